import Foundation

#if FUZZING
import CLibFuzzer
#endif

/// One input NewsGraph reads from strangers, as a fuzz target: a body that takes any bytes and
/// must end without crashing and with its invariants holding.
///
/// The bodies live in one module per module they exercise (`FuzzParse`, `FuzzExtract`,
/// `FuzzFetch`), so each `fuzz-*` executable links only what it tests: the sanitized build stays
/// clear of the network stack. Each target runs two ways: under libFuzzer (`Scripts/fuzz.sh`,
/// which builds the `fuzz-*` executables with `-sanitize=fuzzer,address -DFUZZING`), and in
/// ordinary builds on files, so the inputs kept in `Fuzz/crashes/TARGET/` replay in `swift test`
/// and by hand.
package struct FuzzTarget: Sendable, CustomStringConvertible {
    /// The target's name: `fuzz-NAME` is its executable, `Fuzz/crashes/NAME/` its kept inputs.
    package let name: String
    private let body: @Sendable ([UInt8]) -> Void

    package init(_ name: String, body: @escaping @Sendable ([UInt8]) -> Void) {
        self.name = name
        self.body = body
    }

    package var description: String { name }

    package func run(_ bytes: [UInt8]) { body(bytes) }

    /// libFuzzer's entry: one input (an empty one may come with no pointer).
    package func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    /// A `fuzz-NAME` executable's entry. Under libFuzzer (`-DFUZZING`) every input the fuzzer
    /// makes goes to this target (the executable owns `main`: SwiftPM points `main` at each
    /// executable's own entry on Linux, so libFuzzer's is never linked); otherwise the files named
    /// on the command line are replayed.
    package func main() -> Never {
        #if FUZZING
        Self.running = self
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzTarget.running?.run(data, size) ?? 0 })
        #else
        replayArguments()
        #endif
    }

    #if FUZZING
    /// The target libFuzzer's callback, a C function pointer that cannot capture it, reaches.
    nonisolated(unsafe) private static var running: FuzzTarget?
    #endif

    /// The ordinary build's entry: every file named on the command line (folders: the files in
    /// them), then exit.
    package func replayArguments() -> Never {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let files = Self.files(at: path) else {
                FileHandle.standardError.write(Data("fuzz-\(name): no such file: \(path)\n".utf8))
                exit(2)
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                run([UInt8](data))
                count += 1
            }
        }
        print("fuzz-\(name): \(count) inputs ran clean")
        exit(0)
    }

    /// The file at `path`, or the files in the folder at `path` (sorted, without hidden files and
    /// the folder's README), nil if none is there.
    package static func files(at path: String) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README" }.sorted().map { path + "/" + $0 }
    }
}
