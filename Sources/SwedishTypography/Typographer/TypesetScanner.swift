/// The single pass behind `Typographer`: reads scalars from `s`, writes the result to `out`.
struct TypesetScanner {
    /// The input text.
    let s: [Unicode.Scalar]
    /// The output so far (an array: appending to a `String` scalar by scalar is far slower).
    var out: [Unicode.Scalar] = []
    /// The next input position to handle.
    var i = 0

    /// Whether a long number is grouped without an amount unit after it (a table column of amounts).
    let groupsEveryNumber: Bool

    init(_ text: String, groupsEveryNumber: Bool = false) {
        self.groupsEveryNumber = groupsEveryNumber
        s = Array(text.unicodeScalars)
        out.reserveCapacity(s.count + s.count / 16)
    }

    /// The typeset text.
    var result: String { String(scalars: out) }

    /// Runs every rule over the whole input.
    mutating func run() {
        while i < s.count {
            let c = s[i]
            if i == 0 || s[i - 1].isTokenSeparator, let end = verbatimTokenEnd(from: i) {
                // A URL, an e-mail address or a file name is data: copied as written.
                out.append(contentsOf: s[i..<end])
                i = end
                continue
            }
            if c.isASCIIDigit {
                digitRun()
            } else if c.isWordLetter {
                word()
            } else {
                switch c {
                case "-": hyphen()
                case "§": section()
                case "\"": emit("\u{201D}")
                case "'": emit("\u{2019}")
                default: emit(c)
                }
            }
        }
    }

    /// Copies one scalar and moves on.
    mutating func emit(_ c: Unicode.Scalar) {
        out.append(c)
        i += 1
    }

    /// Handles a run of letters: a clock phrase when it is `kl`/`klockan`, else copied unchanged.
    mutating func word() {
        let start = i
        let end = letterRunEnd(from: start)
        if start == 0 || !s[start - 1].isWordCharacter, let next = clock(wordStart: start, wordEnd: end) {
            i = next
            return
        }
        out.append(contentsOf: s[start..<end])
        i = end
    }

    /// Handles a run of digits: a time range, a number range, a grouped number, or copied unchanged.
    mutating func digitRun() {
        let start = i
        let end = digitRunEnd(from: start)
        if let next = timeRange(start, end) ?? numberRange(start, end) {
            i = next
            return
        }
        if isGroupable(start, end) {
            NumberGrouping.appendGrouped(s[start..<end], to: &out)
        } else {
            out.append(contentsOf: s[start..<end])
        }
        i = end
    }
}
