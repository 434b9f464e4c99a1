import CJemalloc

/// The memory allocator this executable runs on, named in `bench` output so a figure says what
/// it measured.
enum Allocator {
    /// `jemalloc 5.3.0-…`, or `the C library's malloc` when jemalloc was not the one loaded.
    static var name: String {
        guard let version = newsgraph_jemalloc_version() else { return "the C library's malloc" }
        return "jemalloc " + String(cString: version)
    }
}
