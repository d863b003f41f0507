extension TypesetScanner {
    /// The scalar at `k`, or nil outside the text.
    func at(_ k: Int) -> Unicode.Scalar? { k >= 0 && k < s.count ? s[k] : nil }

    /// The first position at or after `k` whose scalar fails `test` (the text's end when none).
    func firstIndex(from k: Int, while test: (Unicode.Scalar) -> Bool) -> Int {
        var e = k
        while e < s.count, test(s[e]) { e += 1 }
        return e
    }

    /// The last position at or before `k` whose scalar fails `test` (-1 when none).
    func lastIndex(atOrBefore k: Int, while test: (Unicode.Scalar) -> Bool) -> Int {
        var b = k
        while b >= 0, test(s[b]) { b -= 1 }
        return b
    }

    /// The end of the run of ASCII digits starting at `k`.
    func digitRunEnd(from k: Int) -> Int { firstIndex(from: k) { $0.isASCIIDigit } }

    /// The end of the run of letters starting at `k`.
    func letterRunEnd(from k: Int) -> Int { firstIndex(from: k) { $0.isWordLetter } }

    /// The start of the run of letters ending at the letter at `k`.
    func letterRunStart(endingAt k: Int) -> Int { lastIndex(atOrBefore: k) { $0.isWordLetter } + 1 }

    /// The first position at or after `k` that is not an inline space.
    func skipSpaces(from k: Int) -> Int { firstIndex(from: k) { $0.isInlineSpace } }

    /// The last position at or before `k` that is not an inline space (-1 when none).
    func skipSpacesBackward(from k: Int) -> Int { lastIndex(atOrBefore: k) { $0.isInlineSpace } }

    /// The integer value of the digits in `range` (at most four digits are ever asked for).
    func value(_ range: Range<Int>) -> Int {
        s[range].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }

    /// Whether `range` holds `word`, comparing ASCII letters case-insensitively.
    func matchesASCII(_ range: Range<Int>, _ word: String) -> Bool {
        let target = word.unicodeScalars
        guard range.count == target.count else { return false }
        return zip(s[range], target).allSatisfy { $0.asciiLowercased == $1 }
    }

    /// The lowercased word of letters ending just before `k`, skipping spaces and the given
    /// punctuation first; nil when no word is there.
    func previousWord(before k: Int, skipping punctuation: Set<Unicode.Scalar> = []) -> String? {
        var p = k - 1
        while p >= 0, s[p].isInlineSpace || punctuation.contains(s[p]) { p -= 1 }
        guard p >= 0, s[p].isWordLetter else { return nil }
        let start = letterRunStart(endingAt: p)
        return String(String.UnicodeScalarView(s[start...p])).lowercased()
    }
}
