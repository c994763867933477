// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pulje",
    products: [
        .executable(name: "pulje", targets: ["pulje"]),
        .library(name: "PuljeKit", targets: ["PuljeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // The .xlsx archive (issue 17): a maintained ZIP reader, no ZIP code of pulje's own.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Property tests only (dialect round trip, order invariance).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libcsv from Debian's libcsv-dev; it ships no pkg-config file, so the module map links `csv`.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // GLPK from Debian's libglpk-dev: the exact integer bounds behind the disclosure audit.
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // libxlsxwriter from Debian's libxlsxwriter-dev: the .xlsx workbooks pulje writes (issue 17:
        // the registration template and `--format xlsx`). Only `Output/XLSX` touches it.
        .systemLibrary(
            name: "CLibXLSXWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The one system call Swift's Glibc module lacks: renameat2, which swaps a report folder
        // into place in one step (ReportFolder).
        .target(name: "CPuljeSystem"),
        // The engine: ingest -> model -> validation -> report. The CLI and the tests use it directly.
        .target(
            name: "PuljeKit",
            dependencies: [
                "CLibCSV",
                "CGLPK",
                "CLibXLSXWriter",
                "CPuljeSystem",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Deterministic synthetic registration sheets (the bundled fixtures, and larger sets for benchmarks).
        .target(
            name: "PuljeSynthesis",
            dependencies: ["PuljeKit"]
        ),
        .executableTarget(
            name: "pulje",
            dependencies: [
                "PuljeKit",
                "PuljeSynthesis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-build reading benchmark: pulje's reader against libcsv alone on the same bytes.
        .executableTarget(
            name: "pulje-bench",
            dependencies: ["PuljeKit", "PuljeSynthesis"]
        ),
        // Seeded fuzzing of the reader and validator on mutated fixture sheets (README, Hardening).
        .executableTarget(
            name: "pulje-fuzz",
            dependencies: ["PuljeKit", "PuljeSynthesis"]
        ),
        .testTarget(
            name: "PuljeKitTests",
            dependencies: [
                "PuljeKit", "PuljeSynthesis",
                // Damaging .xlsx fixtures (a missing part) in the XLSX tests. On Linux it brings
                // the module CZlib (Debian's zlib1g-dev), with which the tests decode Chromium's
                // PNG screenshot of report.html; a CZlib of pulje's own would clash with it.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
