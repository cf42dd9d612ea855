// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Diglot",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "diglot", targets: ["diglot"]),
        .executable(name: "diglot-serve", targets: ["diglot-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark through pkg-config; no copy of cmark is vendored.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not expose: the atomic swap of public/.
        .target(name: "CAtomicSwap"),
        .target(
            name: "DiglotEdition",
            dependencies: ["Markdown", "Yams"]
        ),
        .target(
            name: "DiglotSite",
            dependencies: [
                "DiglotEdition", "CAtomicSwap",
            ]
        ),
        .target(
            name: "DiglotPreview",
            dependencies: ["DiglotSite", "FlyingFox", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .target(
            name: "DiglotCommandLine",
            dependencies: ["DiglotSite", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Two executables, so that builds do not load the preview's networking libraries (CompanionExecutable).
        .executableTarget(name: "diglot", dependencies: ["DiglotCommandLine", "DiglotSite"]),
        .executableTarget(name: "diglot-serve", dependencies: ["DiglotCommandLine", "DiglotPreview"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DiglotEditionTests", dependencies: ["DiglotEdition"], resources: [.copy("Fixtures")]),
        // swift-mustache is the reference the site's own template engine is checked against, output for output.
        .testTarget(
            name: "DiglotSiteTests",
            dependencies: ["DiglotSite", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "DiglotPreviewTests", dependencies: ["DiglotPreview"]),
        .testTarget(name: "DiglotCLITests", dependencies: ["diglot", "diglot-serve"]),
    ]
)
