import Foundation

/// The inputs NewsGraph reads from strangers, each as a fuzz target: a body that takes any
/// bytes and must end without crashing and with its invariants holding.
///
/// Each target runs two ways: under libFuzzer (`Scripts/fuzz.sh`, which builds the `fuzz-*`
/// executables with `-sanitize=fuzzer,address -DFUZZING`), and in ordinary builds on files, so
/// the crashes kept in `Fuzz/crashes/TARGET/` replay in `swift test` and by hand.
package enum FuzzTarget: String, CaseIterable, Sendable {
    case parse, extract, records, gzip, warc

    package func run(_ bytes: [UInt8]) {
        switch self {
        case .parse: Self.parse(bytes)
        case .extract: Self.extract(bytes)
        case .records: Self.records(bytes)
        case .gzip: Self.gzip(bytes)
        case .warc: Self.warc(bytes)
        }
    }

    /// libFuzzer's entry: one input.
    package func run(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    /// The ordinary build's entry: every file named on the command line (folders: the files in
    /// them), then exit.
    package func replayArguments() -> Never {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let files = Self.files(at: path) else {
                FileHandle.standardError.write(Data("fuzz-\(rawValue): no such file: \(path)\n".utf8))
                exit(2)
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                run([UInt8](data))
                count += 1
            }
        }
        print("fuzz-\(rawValue): \(count) inputs ran clean")
        exit(0)
    }

    /// The file at `path`, or the files in the folder at `path` (sorted), nil if none is there.
    package static func files(at path: String) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}
