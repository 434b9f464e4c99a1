// swift-tools-version:6.1
import PackageDescription

/// NewsGraph: news articles in, entity graphs out.
///
/// Stages are modules that import Core and no other stage (HTTP builds on Fetch): Fetch and HTTP
/// (bytes in), Parse, Language (identification; needs nothing), Extract, Graph, Store. Pipeline
/// alone knows their order; Serve builds on Pipeline, and newsgraph (the CLI) on both.
let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v15)],  // Synchronization.Atomic
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        // The library: `ArticleExtractor` (one article) in NewsGraphPipeline, the record it gives
        // in NewsGraphCore. Modules share everything else with `package` access.
        .library(name: "NewsGraph", targets: ["NewsGraphPipeline", "NewsGraphCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The executable's allocator (the libraries leave that choice to their users).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "NewsGraphCore"),
        // Reading inputs: files, gzip, JSONL lines, WARC records, URL lists.
        .target(name: "NewsGraphFetch", dependencies: ["NewsGraphCore", "CZlib"]),
        // The network apart from the file readers, so what reads files builds without it.
        .target(
            name: "NewsGraphHTTP",
            dependencies: [
                "NewsGraphCore", "NewsGraphFetch",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(name: "NewsGraphParse", dependencies: ["NewsGraphCore", "CLibXML2"]),
        .target(name: "NewsGraphLanguage"),
        .target(name: "NewsGraphExtract", dependencies: ["NewsGraphCore"]),
        .target(name: "NewsGraphGraph", dependencies: ["NewsGraphCore"]),
        .target(
            name: "NewsGraphStore",
            dependencies: [
                "NewsGraphCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "NewsGraphPipeline",
            dependencies: [
                "NewsGraphCore", "NewsGraphFetch", "NewsGraphHTTP", "NewsGraphParse", "NewsGraphLanguage",
                "NewsGraphExtract", "NewsGraphGraph", "NewsGraphStore",
            ]
        ),
        // The HTTP server of `newsgraph serve`: pages and a JSON API over a run's SQLite file,
        // and extraction as a service.
        .target(
            name: "NewsGraphServe",
            dependencies: [
                "NewsGraphCore", "NewsGraphPipeline", "NewsGraphExtract", "NewsGraphStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraphPipeline", "NewsGraphCore", "NewsGraphFetch", "NewsGraphExtract", "NewsGraphGraph",
                "NewsGraphServe", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The library used from Swift code, as a user would write it.
        .executableTarget(
            name: "extract-one-article",
            dependencies: ["NewsGraphPipeline", "NewsGraphCore"],
            path: "Examples/ExtractOneArticle"
        ),
        // Fuzz targets (Scripts/fuzz.sh runs them under libFuzzer; ordinary builds replay files).
        // Each executable links only the module it exercises, so the sanitized build stays small.
        // libFuzzer's driver, declared; `-sanitize=fuzzer` links it.
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .target(name: "FuzzTargets", dependencies: ["CLibFuzzer"], path: "Fuzz/FuzzTargets"),
        .target(
            name: "FuzzParse",
            dependencies: ["FuzzTargets", "NewsGraphCore", "NewsGraphParse"],
            path: "Fuzz/FuzzParse"
        ),
        .target(
            name: "FuzzExtract",
            dependencies: ["FuzzTargets", "NewsGraphCore", "NewsGraphExtract"],
            path: "Fuzz/FuzzExtract"
        ),
        .target(
            name: "FuzzFetch",
            dependencies: ["FuzzTargets", "NewsGraphCore", "NewsGraphFetch"],
            path: "Fuzz/FuzzFetch"
        ),
        .target(
            name: "FuzzGraph",
            dependencies: ["FuzzTargets", "NewsGraphCore", "NewsGraphExtract", "NewsGraphGraph"],
            path: "Fuzz/FuzzGraph"
        ),
        .target(
            name: "FuzzAddresses",
            dependencies: ["FuzzTargets", "NewsGraphCore", "NewsGraphFetch", "NewsGraphParse"],
            path: "Fuzz/FuzzAddresses"
        ),
        .executableTarget(name: "fuzz-parse", dependencies: ["FuzzTargets", "FuzzParse"], path: "Fuzz/fuzz-parse"),
        .executableTarget(
            name: "fuzz-extract", dependencies: ["FuzzTargets", "FuzzExtract"], path: "Fuzz/fuzz-extract"),
        .executableTarget(name: "fuzz-records", dependencies: ["FuzzTargets", "FuzzFetch"], path: "Fuzz/fuzz-records"),
        .executableTarget(name: "fuzz-gzip", dependencies: ["FuzzTargets", "FuzzFetch"], path: "Fuzz/fuzz-gzip"),
        .executableTarget(name: "fuzz-warc", dependencies: ["FuzzTargets", "FuzzFetch"], path: "Fuzz/fuzz-warc"),
        .executableTarget(name: "fuzz-graph", dependencies: ["FuzzTargets", "FuzzGraph"], path: "Fuzz/fuzz-graph"),
        .executableTarget(
            name: "fuzz-addresses", dependencies: ["FuzzTargets", "FuzzAddresses"], path: "Fuzz/fuzz-addresses"),
        // Tests: one target per module (a change to a module runs its own suite first), plus the
        // helpers they share and the command line's end-to-end tests.
        .target(
            name: "NewsGraphTestSupport",
            dependencies: ["NewsGraphCore", "NewsGraphParse", "NewsGraphExtract"],
            path: "Tests/NewsGraphTestSupport"
        ),
        .testTarget(name: "NewsGraphCoreTests", dependencies: ["NewsGraphCore"]),
        .testTarget(name: "NewsGraphFetchTests", dependencies: ["NewsGraphFetch", "NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphParseTests", dependencies: ["NewsGraphParse", "NewsGraphTestSupport"]),
        .testTarget(
            name: "NewsGraphLanguageTests",
            dependencies: ["NewsGraphLanguage", "NewsGraphPipeline", "NewsGraphTestSupport"]
        ),
        .testTarget(name: "NewsGraphExtractTests", dependencies: ["NewsGraphExtract", "NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphGraphTests", dependencies: ["NewsGraphGraph", "NewsGraphTestSupport"]),
        .testTarget(
            name: "NewsGraphStoreTests",
            dependencies: [
                "NewsGraphStore", "NewsGraphPipeline", "NewsGraphTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "NewsGraphPipelineTests",
            dependencies: [
                "NewsGraphPipeline", "NewsGraphFetch", "NewsGraphParse", "NewsGraphStore", "NewsGraphTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "FuzzTargetsTests",
            dependencies: [
                "FuzzTargets", "FuzzParse", "FuzzExtract", "FuzzFetch", "FuzzGraph", "FuzzAddresses",
                "NewsGraphTestSupport",
            ]
        ),
        .testTarget(
            name: "NewsGraphServeTests",
            dependencies: [
                "NewsGraphServe", "NewsGraphPipeline", "NewsGraphCore", "NewsGraphTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "newsgraphTests", dependencies: ["newsgraph", "NewsGraphTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
