import ArgumentParser
import Foundation
import Protokoll

/// Reads each input, hands it to `body`, and prints diagnostics as `path:line:column: severity: message`.
enum BatchRunner {
    static func run(inputs arguments: [String], quiet: Bool, body: (InputSource, [UInt8]) -> InputResult) throws -> [InputResult] {
        let (inputs, missing) = InputCollector.collect(arguments)
        var results: [InputResult] = []
        for path in missing {
            printError("\(path): error: no such file or directory")
            results.append(InputResult(input: InputSource(path: path), minutes: Minutes(), outputs: [], failure: "no such file"))
        }
        if inputs.isEmpty && missing.isEmpty {
            throw ValidationError("no minutes files (.md, .markdown, .txt, .org, .tex) found in \(arguments.joined(separator: " "))")
        }
        for input in inputs {
            let bytes: [UInt8]
            do {
                bytes = try read(input)
            } catch {
                printError("\(input.displayName): error: cannot read: \(error.localizedDescription)")
                results.append(InputResult(input: input, minutes: Minutes(), outputs: [], failure: "unreadable"))
                continue
            }
            let result = body(input, bytes)
            for diagnostic in result.minutes.diagnostics where !quiet || diagnostic.severity == .error {
                printError(diagnostic.formatted(path: input.displayName))
            }
            if let failure = result.failure, !result.minutes.hasErrors {
                printError("\(input.displayName): error: \(failure)")
            }
            results.append(result)
        }
        return results
    }

    private static func read(_ input: InputSource) throws -> [UInt8] {
        if input.isStandardInput { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        return Array(try Data(contentsOf: URL(fileURLWithPath: input.path)))
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The fixed clock for reproducible builds.
enum SourceDateEpoch {
    /// `SOURCE_DATE_EPOCH` as a UTC date-time, when set and valid.
    static func fromEnvironment() -> LocalDateTime? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 else { return nil }
        let date = LocalDate(daysSinceEpoch: seconds / 86_400)
        let rest = seconds % 86_400
        return LocalDateTime(date: date, time: LocalTime(hour: rest / 3600, minute: rest % 3600 / 60))
    }
}
