import Foundation
import FuzzAddresses
import FuzzExtract
import FuzzFetch
import FuzzGraph
import FuzzParse
import FuzzTargets
import NewsGraphTestSupport
import Testing

/// Every input a fuzzer found crashing (kept in `Fuzz/crashes/TARGET/`) and the seed corpus run
/// clean through their targets: a fixed crash stays fixed.
@Suite struct FuzzReplayTests {
    static let targets: [FuzzTarget] = [.parse, .extract, .records, .gzip, .warc, .graph, .addresses]

    @Test(arguments: targets)
    func keptCrashesRunClean(target: FuzzTarget) throws {
        let folder = TestSupport.packageRoot + "/Fuzz/crashes/" + target.name
        let files = try #require(FuzzTarget.files(at: folder), "Fuzz/crashes/\(target.name) is missing")
        for file in files {
            target.run([UInt8](try #require(FileManager.default.contents(atPath: file))))
        }
    }

    @Test(arguments: targets)
    func seedsRunClean(target: FuzzTarget) throws {
        for folder in ["/corpus/html", "/corpus/text"] {
            for file in FuzzTarget.files(at: TestSupport.packageRoot + folder) ?? [] {
                let bytes = [UInt8](try #require(FileManager.default.contents(atPath: file)))
                target.run(bytes)
                target.run(Array(bytes.prefix(bytes.count / 3)))
            }
        }
    }

    /// A `fuzz-NAME` shim without its target here would never be replayed.
    @Test func everyShimIsReplayed() throws {
        let root = TestSupport.packageRoot + "/Fuzz/"
        let shims = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix("fuzz-") }
        #expect(Set(shims) == Set(Self.targets.map { "fuzz-" + $0.name }))
        for target in Self.targets {
            #expect(FuzzTarget.files(at: root + "crashes/" + target.name) != nil)
        }
    }
}
