// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Protokoll",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Protokoll", targets: ["Protokoll"]),
        .executable(name: "protokoll", targets: ["protokoll"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: C libraries (system-library targets; only MinutesParser and OfficePackaging import them)
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

        // MARK: Core library
        .target(name: "MinutesModel"),
        .target(name: "SwedishTypography", dependencies: ["MinutesModel"]),
        .target(
            name: "MinutesParser",
            dependencies: ["MinutesModel", "SwedishTypography", "CCmarkGFM", "Yams"]),
        .target(
            name: "OfficePackaging",
            dependencies: ["CZlib", "CLibXML2"],
            resources: [.copy("Resources/schemas")]),
        .target(
            name: "ProtokollStyles", path: "styles",
            exclude: ["README.md"],
            resources: [.copy("odt"), .copy("docx"), .copy("houses")]),
        .target(
            name: "MinutesWriters",
            dependencies: ["MinutesModel", "SwedishTypography", "OfficePackaging", "ProtokollStyles"]),
        .target(
            name: "Protokoll",
            dependencies: ["MinutesModel", "MinutesParser", "SwedishTypography", "MinutesWriters", "OfficePackaging", "ProtokollStyles"]),

        // MARK: Command-line tool
        // Its folder is not `Sources/protokoll`: on a case-insensitive file system that is `Sources/Protokoll`.
        .executableTarget(
            name: "protokoll",
            dependencies: ["Protokoll", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/ProtokollCommand"),

        .target(name: "MinutesEvaluation", dependencies: ["MinutesModel", "Protokoll"]),
        .executableTarget(name: "protokoll-eval", dependencies: ["MinutesEvaluation"]),

        // Deterministic realistic minutes for the benchmark and the bulk tests.
        .target(name: "MinutesCorpus"),
        .executableTarget(
            name: "protokoll-bench",
            dependencies: ["Protokoll", "MinutesParser", "SwedishTypography", "OfficePackaging", "MinutesCorpus", "CZlib"]),

        // libFuzzer harness (`make fuzz`); without -DFUZZING it replays files through the same target.
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(name: "protokoll-fuzz", dependencies: ["Protokoll", "CLibFuzzer"]),

        // MARK: Tests
        .target(name: "TestSupport", dependencies: ["MinutesModel", "OfficePackaging"]),
        .testTarget(name: "MinutesModelTests", dependencies: ["MinutesModel"]),
        .testTarget(name: "SwedishTypographyTests", dependencies: ["SwedishTypography", "MinutesModel", "MinutesCorpus"]),
        .testTarget(name: "MinutesParserTests", dependencies: ["MinutesParser", "MinutesModel", "TestSupport"]),
        .testTarget(name: "OfficePackagingTests", dependencies: ["OfficePackaging", "TestSupport"]),
        .testTarget(
            name: "MinutesWritersTests",
            dependencies: ["MinutesWriters", "MinutesParser", "MinutesModel", "OfficePackaging", "Protokoll", "TestSupport"]),
        .testTarget(name: "ProtokollTests", dependencies: ["Protokoll", "MinutesCorpus", "TestSupport"]),
        .testTarget(name: "MinutesEvaluationTests", dependencies: ["MinutesEvaluation", "MinutesModel", "TestSupport"]),
        .testTarget(name: "ProtokollCLITests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
