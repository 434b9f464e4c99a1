import FuzzParse
import FuzzTargets

@main enum Entry {
    static func main() { FuzzTarget.parse.main() }
}
