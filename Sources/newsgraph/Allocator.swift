import CJemalloc
import Foundation

/// The memory allocator this executable runs on, named in `bench` output so a figure says what
/// it measured.
enum Allocator {
    /// Sets the allocator up before any work: freed pages go back to the system from jemalloc's
    /// background threads. `MALLOC_CONF` in the environment, when set, decides instead.
    static func configure() {
        guard ProcessInfo.processInfo.environment["MALLOC_CONF"] == nil else { return }
        _ = newsgraph_jemalloc_purge_in_background()
    }

    /// `jemalloc 5.3.0-…`, or `the C library's malloc` when jemalloc was not the one loaded.
    static var name: String {
        guard let version = newsgraph_jemalloc_version() else { return "the C library's malloc" }
        return "jemalloc " + String(cString: version)
    }
}
