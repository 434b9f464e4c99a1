import NewsGraphCore

/// A graph file built as UTF-8 bytes: literals copied, numbers written digit by digit, names
/// escaped on their bytes. The files of a large graph run to hundreds of megabytes, and string
/// interpolation and character-by-character escapes cost several times the writing itself.
struct FileBytes {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Text copied as it is.
    mutating func append(raw text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Text escaped for XML content or a quoted attribute (``XML/escape(_:)``).
    mutating func append(xml text: String) {
        XML.append(escaping: text, to: &bytes)
    }

    /// `open`, the text escaped for XML, then `close`: one element or attribute.
    mutating func append(_ open: StaticString, xml text: String, _ close: StaticString) {
        append(open)
        append(xml: text)
        append(close)
    }

    mutating func append(_ open: StaticString, _ value: Int, _ close: StaticString) {
        append(open)
        append(value)
        append(close)
    }

    /// A whole number as `String(value)` writes it.
    mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
            )
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }
}
