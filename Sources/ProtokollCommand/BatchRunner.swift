import ArgumentParser
import Foundation
import Protokoll

/// Reads each input, hands it to `body` (on `jobs` threads), and prints diagnostics as
/// `path:line:column: severity: message`, in input order.
enum BatchRunner {
    /// `excluding` is a folder never read as input (the output folder); `conflicts` names the inputs that must
    /// not be converted, each with its reason, before any is read (over all inputs, before `shard` picks its
    /// share). `record` sees each input's outcome as it is delivered, in input order; the parsed minutes are not
    /// kept, so memory does not grow with the batch.
    @discardableResult
    static func run(
        inputs arguments: [String], quiet: Bool, options: ParseOptions, excluding: String? = nil,
        printsDiagnostics: Bool = true, jobs: Int = 1, shard: Shard? = nil, selection: InputSelection = InputSelection(),
        conflicts: ([InputSource]) -> [InputSource: String] = { _ in [:] },
        body: @escaping @Sendable (InputSource, [UInt8]) -> InputResult,
        record: (InputRecord) -> Void = { _ in }
    ) throws -> BatchTotals {
        let (collected, missing) = InputCollector.collect(arguments, excluding: excluding, selection: selection)
        let refused = conflicts(collected)
        let inputs = shard.map { $0.share(of: collected) } ?? collected
        var totals = BatchTotals()
        for path in missing {
            printError("\(path): error: no such file or directory")
            let outcome = InputRecord(input: InputSource(path: path), outputs: [], failure: "no such file", diagnostics: [], seconds: 0)
            totals.add(outcome)
            record(outcome)
        }
        if collected.isEmpty && missing.isEmpty {
            throw ValidationError("no minutes files (.md, .markdown, .txt, .org, .tex) found in \(arguments.joined(separator: " "))")
        }
        let progress = Progress(total: inputs.count, quiet: quiet || inputs.count < 2)
        OrderedWork.run(count: inputs.count, jobs: jobs, work: { index -> (InputRecord, [String]) in
            let input = inputs[index]
            let start = DispatchTime.now().uptimeNanoseconds
            var lines: [String] = []
            var outcome = InputRecord(input: input, outputs: [], failure: nil, diagnostics: [], seconds: 0)
            if let reason = refused[input] {
                lines.append("\(input.displayName): error: \(reason)")
                outcome.failure = reason
            } else {
                do {
                    let result = body(input, try read(input, options: options))
                    outcome.outputs = result.outputs
                    outcome.files = result.files
                    outcome.inputSHA256 = result.inputSHA256
                    outcome.resumed = result.resumed
                    outcome.failure = result.failure
                    outcome.diagnostics = result.minutes.diagnostics
                    for diagnostic in result.minutes.diagnostics where printsDiagnostics && (!quiet || diagnostic.severity == .error) {
                        lines.append(diagnostic.formatted(path: input.displayName))
                    }
                    if printsDiagnostics, let failure = result.failure, !result.minutes.hasErrors {
                        lines.append("\(input.displayName): error: \(failure)")
                    }
                } catch {
                    if let position = (error as? ReadError)?.position {
                        lines.append("\(input.displayName):\(position): error: \(error)")
                    } else {
                        lines.append("\(input.displayName): error: cannot read: \(readFailure(input, error))")
                    }
                    outcome.failure = "unreadable"
                }
            }
            outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return (outcome, lines)
        }, deliver: { _, delivered in
            let (outcome, lines) = delivered
            progress.clear()
            for line in lines { printError(line) }
            totals.add(outcome)
            record(outcome)
            progress.update(done: totals.inputs - missing.count, failed: totals.failed)
        })
        progress.finish()
        return totals
    }

    /// The input's bytes, at most `limit` + 1 of them (the parser refuses what is over the limit, naming it).
    private static func read(_ input: InputSource, options: ParseOptions) throws -> [UInt8] {
        let limit = options.maxInputBytes
        if input.isStandardInput {
            return Array(FileHandle.standardInput.readData(ofLength: limit + 1))
        }
        var status = stat()
        guard stat(input.path, &status) == 0 else { throw ReadError(String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReadError("it is a folder, not a file")
        case S_IFIFO: throw ReadError("it is a named pipe (FIFO), not a file; use - to read standard input")
        default: throw ReadError("it is not a regular file")
        }
        // Refused before a byte is read, with the file's real size.
        if let refusal = options.sizeRefusal(byteCount: Int(status.st_size)) { throw ReadError(refusal, at: "1:1") }
        guard let handle = FileHandle(forReadingAtPath: input.path) else { throw ReadError(String(cString: strerror(errno))) }
        defer { try? handle.close() }
        return Array(try handle.read(upToCount: limit + 1) ?? Data())
    }

    /// Why an input could not be read, in one line.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
        /// "line:column" when the message is about the content.
        var position: String?
        init(_ description: String, at position: String? = nil) {
            self.description = description
            self.position = position
        }
    }

    private static func readFailure(_ input: InputSource, _ error: any Error) -> String {
        (error as? ReadError)?.description ?? error.localizedDescription
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
