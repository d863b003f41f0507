import Foundation

/// Prints corpus scores as tables (per file, per fact class, totals, worst facts) and as JSON.
public enum EvaluationReport {
    /// The text report: one table per corpus, then the wrong facts, at most `worst` of them per corpus.
    public static func text(_ corpora: [CorpusScore], worst: Int = 25) -> String {
        var out = ""
        let classes = FactClass.allCases
        for corpus in corpora {
            out += "\n## \(corpus.name): \(corpus.right)/\(corpus.total) facts right = \(percent(corpus.ratio)) (worst file \(percent(corpus.worstFileRatio)))\n\n"
            let width = max(20, corpus.files.map(\.file.count).max() ?? 20)
            out += pad("file", width) + "  " + classes.map { pad($0.rawValue, 11) }.joined(separator: " ") + "  total\n"
            for file in corpus.files {
                out += pad(file.file, width) + "  "
                out += classes.map { pad(cell(file.count($0)), 11) }.joined(separator: " ")
                out += "  " + percent(file.ratio) + "\n"
            }
            out += pad("all", width) + "  " + classes.map { pad(cell(corpus.count($0)), 11) }.joined(separator: " ")
            out += "  " + percent(corpus.ratio) + "\n"
            let wrong = corpus.files.flatMap { file in file.facts.filter { !$0.isRight }.map { (file.file, $0) } }
            if !wrong.isEmpty {
                out += "\nwrong facts (\(wrong.count); first \(min(worst, wrong.count)) by file):\n"
                for (file, fact) in wrong.prefix(worst) {
                    out += "  \(file): \(fact.name): expected \(quoted(fact.expected)), got \(quoted(fact.actual))\n"
                }
            }
        }
        return out
    }

    /// The JSON report: every corpus with its totals and every fact.
    public static func json(_ corpora: [CorpusScore]) throws -> Data {
        struct Summary: Encodable {
            var name: String
            var right: Int
            var total: Int
            var ratio: Double
            var worstFileRatio: Double
            var files: [FileScore]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(corpora.map {
            Summary(name: $0.name, right: $0.right, total: $0.total, ratio: $0.ratio, worstFileRatio: $0.worstFileRatio, files: $0.files)
        })
    }

    static func percent(_ ratio: Double) -> String { String(format: "%5.1f %%", ratio * 100) }

    static func cell(_ count: (right: Int, total: Int)) -> String { count.total == 0 ? "-" : "\(count.right)/\(count.total)" }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func quoted(_ text: String?) -> String {
        guard let text else { return "nothing" }
        let short = text.count > 90 ? String(text.prefix(87)) + "..." : text
        return "“" + short.replacingOccurrences(of: "\n", with: "⏎") + "”"
    }
}
