import Foundation
import MinutesEvaluation

/// `make eval`: scores the parser on every corpus with answer keys and prints the tables.
/// Usage: `protokoll-eval [--json FILE] [--worst N] [CORPUS-FOLDER ...]` (default: fixtures/eval/kommun, fixtures/eval/real).
@main
struct Eval {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var jsonPath: String?
        var worst = 25
        var folders: [String] = []
        while !arguments.isEmpty {
            let argument = arguments.removeFirst()
            switch argument {
            case "--json": jsonPath = arguments.isEmpty ? nil : arguments.removeFirst()
            case "--worst": worst = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? worst
            default: folders.append(argument)
            }
        }
        if folders.isEmpty { folders = ["fixtures/eval/kommun", "fixtures/eval/real"] }
        do {
            let corpora = try folders.map { try Evaluation.run(corpus: URL(fileURLWithPath: $0)) }
            print(EvaluationReport.text(corpora, worst: worst))
            if let jsonPath {
                try EvaluationReport.json(corpora).write(to: URL(fileURLWithPath: jsonPath))
                print("JSON report: \(jsonPath)")
            }
        } catch {
            FileHandle.standardError.write(Data("protokoll-eval: \(error)\n".utf8))
            exit(2)
        }
    }
}
