import FuzzExtract
import FuzzTargets

@main enum Entry {
    static func main() { FuzzTarget.extract.main() }
}
