import ArgumentParser
import Foundation
import Protokoll

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks minutes before signing: the parser's diagnostics and facts that contradict each other.",
        discussion: """
            Reports a year far from the meeting's, a weekday that does not match its date, presence for items \
            that do not exist, signers missing from the attendance lists and listed justerare or secretaries \
            missing from the signatures, gaps and repeats in numbering, decisions without text, an end before the \
            start, and a sammanträdesprotokoll without its organ. Writes nothing; exit 1 when an input has an error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String] = []

    @OptionGroup var selection: InputOptions

    @Option(help: "text: `path:line:column: severity: message` lines on standard error; json: one array on standard output.")
    var format: Format = .text

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if inputs.isEmpty && selection.filesFrom == nil { throw ValidationError("give an input: a file, a folder, - or --files-from") }
    }

    func run() throws {
        let pipeline = common.pipeline()
        let parser = MinutesParser(options: common.parseOptions)
        var records: [InputRecord] = []
        let totals = try BatchRunner.run(
            inputs: try selection.arguments(inputs), quiet: common.quiet, options: common.parseOptions, printsDiagnostics: format == .text,
            jobs: ProcessInfo.processInfo.activeProcessorCount, selection: selection.selection,
            body: { input, bytes in
                var minutes = pipeline.parse(bytes, sourceName: input.isStandardInput ? nil : input.path)
                if !minutes.hasErrors {
                    minutes.diagnostics += MinutesLint.findings(minutes, text: parser.sourceText(bytes))
                }
                return InputResult(input: input, minutes: minutes, outputs: [], failure: minutes.hasErrors ? "has errors" : nil)
            },
            record: { if format == .json { records.append($0) } })
        if format == .json { try printJSON(records) }
        if totals.failed > 0 { throw ExitCode(1) }
    }

    private func printJSON(_ results: [InputRecord]) throws {
        let findings: [[String: Any]] = results.flatMap { result in
            result.diagnostics.filter { !common.quiet || $0.severity == .error }.map { diagnostic in
                ["path": result.input.isStandardInput ? "-" : result.input.path, "line": diagnostic.location.line,
                 "column": diagnostic.location.column, "severity": diagnostic.severity.rawValue,
                 "code": diagnostic.code, "message": diagnostic.message] as [String: Any]
            } + (result.failure != nil && result.count(.error) == 0
                ? [["path": result.input.path, "line": 0, "column": 0, "severity": "error", "code": "input", "message": result.failure ?? ""]]
                : [])
        }
        let data = try JSONSerialization.data(withJSONObject: findings, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
