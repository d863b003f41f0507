/// The source text as lines of words with their columns, for rules that read dates and find names.
struct LintText {
    /// A word without the punctuation around it, and the 1-based column where it starts.
    struct Word {
        var text: String
        var column: Int
    }

    let lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The words of line `index` (0-based), split at spaces and tabs, without surrounding punctuation.
    func words(ofLine index: Int) -> [Word] {
        var words: [Word] = []
        var current = "", start = 0, column = 0
        for character in lines[index] {
            column += 1
            if character == " " || character == "\t" || character == "\u{A0}" {
                if !current.isEmpty { words.append(Self.word(current, at: start)) }
                current = ""
            } else {
                if current.isEmpty { start = column }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(Self.word(current, at: start)) }
        return words.filter { !$0.text.isEmpty }
    }

    private static let punctuation: Set<Character> = [",", ".", ";", ":", "(", ")", "[", "]", "*", "_", "\"", "”", "“", "!", "?"]

    private static func word(_ raw: String, at column: Int) -> Word {
        let leading = raw.prefix { punctuation.contains($0) }.count
        let trimmed = raw.dropFirst(leading).reversed().drop { punctuation.contains($0) }.reversed()
        return Word(text: String(trimmed), column: column + leading)
    }

    /// Where `name` first occurs (or last, with `last`), as written; nil when the text does not hold it.
    func location(of name: String, last: Bool = false) -> SourceLocation? {
        guard !name.isEmpty else { return nil }
        let order = last ? Array(lines.indices.reversed()) : Array(lines.indices)
        for index in order {
            guard let range = lines[index].range(of: name) else { continue }
            return SourceLocation(line: index + 1, column: lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1)
        }
        return nil
    }
}
