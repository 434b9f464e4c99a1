import FuzzFetch
import FuzzTargets

@main enum Entry {
    static func main() { FuzzTarget.records.main() }
}
