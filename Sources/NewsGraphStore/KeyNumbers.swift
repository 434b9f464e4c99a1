import NewsGraphCore

/// The number of each entity key, in the order keys were first written.
///
/// Only the writer queue touches it while records stream in, and ``GraphStore/finish(graph:mergedKeys:)``
/// after the queue has drained, so it needs no lock.
final class KeyNumbers: @unchecked Sendable {
    private var numbers: [HashedKey: Int] = [:]
    private(set) var names: [String] = []
    /// The label of each key's first mention (`nil` while only a quote's speaker has used it).
    private(set) var labels: [EntityLabel?] = []

    func number(for key: HashedKey) -> Int {
        if let number = numbers[key] { return number }
        numbers[key] = names.count
        names.append(key.name)
        labels.append(nil)
        return names.count - 1
    }

    /// The label of key `number`, which becomes `label` if no mention has used the key yet.
    func label(of number: Int, settingIfUnknown label: EntityLabel) -> EntityLabel {
        if let known = labels[number] { return known }
        labels[number] = label
        return label
    }
}
