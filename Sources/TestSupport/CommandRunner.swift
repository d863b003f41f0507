import Foundation

/// Runs the built `protokoll` binary, as a user would, and captures what it prints.
public struct CommandResult: Sendable {
    /// The exit status.
    public let status: Int32
    /// What it printed on standard output.
    public let stdout: String
    /// What it printed on standard error.
    public let stderr: String
}

/// Runs programs for tests.
public enum CommandRunner {
    /// The `protokoll` executable next to the test bundle (SwiftPM puts both in the same folder).
    public static func protokollPath() -> String? { executablePath("protokoll") }

    /// The package's executable `name` next to the test bundle, or in .build/debug.
    public static func executablePath(_ name: String) -> String? {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: first)
            for _ in 0..<4 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent(name))
            }
        }
        candidates.append(Fixtures.packageRoot().appendingPathComponent(".build/debug/" + name))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }

    /// Runs `executable` with `arguments`, feeding `stdin`; working directory `directory`.
    public static func run(_ executable: String, _ arguments: [String], stdin: [UInt8] = [], in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh empty folder under the temporary directory.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("protokoll-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
