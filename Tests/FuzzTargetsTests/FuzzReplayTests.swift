import Foundation
import FuzzTargets
import NewsGraphTestSupport
import Testing

/// Every input a fuzzer found crashing (kept in `Fuzz/crashes/TARGET/`) and the seed corpus run
/// clean through their targets: a fixed crash stays fixed.
@Suite struct FuzzReplayTests {
    @Test(arguments: FuzzTarget.allCases)
    func keptCrashesRunClean(target: FuzzTarget) throws {
        let folder = TestSupport.packageRoot + "/Fuzz/crashes/" + target.rawValue
        let files = try #require(FuzzTarget.files(at: folder), "Fuzz/crashes/\(target.rawValue) is missing")
        for file in files {
            target.run([UInt8](try #require(FileManager.default.contents(atPath: file))))
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedsRunClean(target: FuzzTarget) throws {
        for folder in ["/corpus/html", "/corpus/text"] {
            for file in FuzzTarget.files(at: TestSupport.packageRoot + folder) ?? [] {
                let bytes = [UInt8](try #require(FileManager.default.contents(atPath: file)))
                target.run(bytes)
                target.run(Array(bytes.prefix(bytes.count / 3)))
            }
        }
    }
}
