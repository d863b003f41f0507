/// The light-markup syntaxes minutes arrive in; each has a reader that yields `SourceBlock`s, as pandoc's readers do.
enum SourceFormat: Equatable {
    case markdown, org, latex

    /// The format by the file's extension, else by the text's first lines (`#+TITLE:`, `\documentclass`, `\section`).
    static func detect(sourceName: String?, text: String) -> SourceFormat {
        if let name = sourceName?.lowercased() {
            if name.hasSuffix(".org") { return .org }
            if name.hasSuffix(".tex") || name.hasSuffix(".latex") { return .latex }
            if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
        }
        var orgSigns = 0, latexSigns = 0
        for line in text.split(separator: "\n", maxSplits: 60, omittingEmptySubsequences: true).prefix(60) {
            let t = line.drop { $0 == " " || $0 == "\t" }
            if t.hasPrefix("#+TITLE:") || t.hasPrefix("#+title:") || t.hasPrefix("#+DATE:") || t.hasPrefix("#+date:")
                || t.hasPrefix("#+BEGIN_") || t.hasPrefix("#+begin_") || t.hasPrefix("#+AUTHOR:") || t.hasPrefix("#+OPTIONS:") {
                orgSigns += 1
            }
            if t.hasPrefix("\\documentclass") || t.hasPrefix("\\begin{document}") || t.hasPrefix("\\section")
                || t.hasPrefix("\\subsection") || t.hasPrefix("\\begin{itemize}") || t.hasPrefix("\\begin{enumerate}") {
                latexSigns += 1
            }
        }
        if latexSigns > 0, latexSigns >= orgSigns { return .latex }
        if orgSigns > 0 { return .org }
        return .markdown
    }
}

/// What a non-Markdown reader yields: the blocks and the document's own keywords (title, date) as front matter.
struct ReaderOutput {
    var blocks: [SourceBlock]
    var entries: [FrontMatter.Entry]
}

/// A reader that works line by line over the whole text, as the Org-mode and LaTeX readers do.
protocol LineReader {
    init(lines: [Substring])
    func read() -> ReaderOutput
}

extension LineReader {
    /// A reader over `text`'s lines (line numbers count from 1 in the source).
    init(text: String) {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false))
    }
}
