import FuzzAddresses
import FuzzTargets

@main enum Entry {
    static func main() { FuzzTarget.addresses.main() }
}
