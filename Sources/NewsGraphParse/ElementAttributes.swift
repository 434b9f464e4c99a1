import CLibXML2

/// The attributes of one element that the parse stage reads, found in one pass over libxml2's
/// attribute list without copying.
///
/// Values point into the libxml2 tree and are valid only while it lives (during the walk).
struct ElementAttributes {
    enum Name: UInt8 {
        case `class`, id, role, itemprop, style, hidden, ariaHidden, type, rel, href, content, property, name, lang
        case datetime, itemtype, itemscope
    }

    /// Held inline (no allocation per element): one slot per ``Name``.
    private var values:
        (
            UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?,
            UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?,
            UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?,
            UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?,
            UnsafePointer<UInt8>?
        ) = (nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil)
    /// True when the element has none of the attributes above (most elements).
    private(set) var isEmpty = true

    init(_ node: xmlNodePtr) {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, let key = Self.lookUp(name) {
                isEmpty = false
                let value = Self.value(of: current) ?? Self.empty
                withUnsafeMutableBytes(of: &values) { slots in
                    slots.storeBytes(
                        of: value, toByteOffset: Int(key.rawValue) * MemoryLayout<UnsafePointer<UInt8>?>.stride,
                        as: UnsafePointer<UInt8>?.self)
                }
            }
            attribute = current.pointee.next
        }
    }

    subscript(_ name: Name) -> UnsafePointer<UInt8>? {
        if isEmpty { return nil }
        return withUnsafeBytes(of: values) { slots in
            slots.load(
                fromByteOffset: Int(name.rawValue) * MemoryLayout<UnsafePointer<UInt8>?>.stride,
                as: UnsafePointer<UInt8>?.self)
        }
    }

    func string(_ name: Name) -> String? {
        self[name].map { String(cString: $0) }
    }

    func has(_ name: Name) -> Bool { self[name] != nil }

    /// True when the value, lower-cased, equals `expected` (ASCII, lower case).
    func value(_ name: Name, equals expected: StaticString) -> Bool {
        guard let value = self[name] else { return false }
        let count = expected.utf8CodeUnitCount
        let pointer = expected.utf8Start
        for index in 0..<count where value[index] | 0x20 != pointer[index] | 0x20 || value[index] == 0 {
            return false
        }
        return value[count] == 0 || value[count] == 0x20
    }

    /// True when the value contains `needle` (lower-case ASCII), ignoring case.
    func value(_ name: Name, contains needle: StaticString) -> Bool {
        guard let value = self[name] else { return false }
        return Self.contains(value, needle.utf8Start, needle.utf8CodeUnitCount)
    }

    static func contains(_ haystack: UnsafePointer<UInt8>, _ needle: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count > 0 else { return haystack[0] != 0 }
        // A tight loop over the value for the needle's first byte; most positions stop there.
        let first = needle[0] | 0x20
        var start = 0
        while true {
            let byte = haystack[start]
            if byte == 0 { return false }
            if byte | 0x20 == first {
                var matched = 1
                while matched < count, haystack[start + matched] != 0,
                    haystack[start + matched] | 0x20 == needle[matched] | 0x20
                {
                    matched += 1
                }
                if matched == count { return true }
            }
            start += 1
        }
    }

    /// The value of an attribute written without one (`hidden`); never written to.
    nonisolated(unsafe) private static let empty: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.pointee = 0
        return UnsafePointer(pointer)
    }()

    /// The attribute's text when it is one text node (always, for parsed HTML).
    private static func value(of attribute: xmlAttrPtr) -> UnsafePointer<UInt8>? {
        guard let child = attribute.pointee.children else { return nil }
        guard child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE else { return nil }
        return UnsafePointer(child.pointee.content)
    }

    private static func lookUp(_ name: UnsafePointer<UInt8>) -> Name? {
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length == 8 {
                return name[8] != 0 && strcmpLower(name, "aria-hidden") ? .ariaHidden : nil
            }
            key = key << 8 | UInt64(name[length] | 0x20)
            length += 1
        }
        return names[key]
    }

    private static func strcmpLower(_ name: UnsafePointer<UInt8>, _ expected: StaticString) -> Bool {
        let pointer = expected.utf8Start
        for index in 0..<expected.utf8CodeUnitCount where name[index] | 0x20 != pointer[index] { return false }
        return name[expected.utf8CodeUnitCount] == 0
    }

    private static let names: [UInt64: Name] = {
        let table: [(String, Name)] = [
            ("class", .class), ("id", .id), ("role", .role), ("itemprop", .itemprop), ("style", .style),
            ("hidden", .hidden), ("type", .type), ("rel", .rel), ("href", .href), ("content", .content),
            ("property", .property), ("name", .name), ("lang", .lang), ("datetime", .datetime),
            ("itemtype", .itemtype), ("itemscope", .itemscope),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { ($0.0.utf8.reduce(0) { $0 << 8 | UInt64($1) }, $0.1) })
    }()
}
