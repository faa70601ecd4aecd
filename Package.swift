// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "news-ingest",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ingest-cli", targets: ["ingest-cli"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Extract", targets: ["Extract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libxml2: module map + static inline shim only (apt: libxml2-dev).
        .systemLibrary(name: "CLibXML", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib: module map only (apt: zlib1g-dev), for .gz inputs.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // ICU: the only C file that includes ICU headers; its public header uses stdint types only.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "Ingest",
            dependencies: [
                "CLibXML", "CICUShim", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        .target(name: "Extract", dependencies: ["Ingest"], resources: [.copy("Resources")]),
        .executableTarget(
            name: "ingest-cli",
            dependencies: [
                "Ingest", "Extract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "Ingest"]),
    ]
)
