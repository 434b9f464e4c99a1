import FuzzGraph
import FuzzTargets

@main enum Entry {
    static func main() { FuzzTarget.graph.main() }
}
