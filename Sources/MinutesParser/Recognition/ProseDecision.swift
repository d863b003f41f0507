/// Decisions stated in running prose, as association minutes write them without a "Beslut" label:
/// "Mötet godkände dagordningen.", "Årsavgiften fastställs till 200 kr.", "Ordföranden förklarade mötet öppnat."
/// The first sentence that decides and the rest of its paragraph are the decision; sentences before it stay text.
enum ProseDecision {
    /// Where the first deciding sentence of a paragraph starts (a character offset), or nil when none decides.
    static func start(in text: String) -> Int? {
        guard mayDecide(text) else { return nil }
        return sentences(of: text).first { decides($0.text) }?.offset
    }

    /// Whether the text holds a stem of a deciding verb at all (ASCII case folded), or lost letters (U+FFFD) that
    /// could hide one: a byte scan that spares the sentence analysis for the many paragraphs that cannot decide.
    static func mayDecide(_ text: String) -> Bool {
        var contiguous = text
        return contiguous.withUTF8(scanForStems)
    }

    private static func scanForStems(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for start in bytes.indices {
            let first = folded(bytes[start])
            if first == 0xEF, start + 2 < bytes.count, bytes[start + 1] == 0xBF, bytes[start + 2] == 0xBD { return true }
            guard let candidates = stemsByFirstByte[first] else { continue }
            for stem in candidates where start + stem.count <= bytes.count {
                var offset = 1
                while offset < stem.count, folded(bytes[start + offset]) == stem[offset] { offset += 1 }
                if offset == stem.count { return true }
            }
        }
        return false
    }

    /// Every word `decides` looks for starts with one of these (lower case; "Ö" as a capital variant).
    private static let stemsByFirstByte: [UInt8: [[UInt8]]] = Dictionary(grouping: [
        "valde", "omvalde", "godk", "fastst", "bevilj", "anto", "antar", "besl", "bif", "avslo", "tillsatt", "fann",
        "lades", "tecknar", "förklar", "fÖrklar", "avsluta", "öppnade", "Öppnade",
    ].map { Array($0.utf8) }, by: { $0[0] })

    /// The paragraph's sentences with their character offsets: a sentence ends at ".", "!" or "?" followed by
    /// a space and a capital ("d.v.s. inom", "kl. 19" do not end one), or at a line end after a non-letter when the
    /// next line starts with a capital ("… Kalle Sandborg (nyval)⏎Årsmötet beslutade …").
    static func sentences(of text: String) -> [(offset: Int, text: Substring)] {
        let characters = Array(text)
        var boundaries: [Int] = [0]
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var end: Int?
            if ".!?".contains(character), index + 1 < characters.count, characters[index + 1] == " " || characters[index + 1] == "\n" {
                end = index + 1
            } else if character == "\n", index > 0, !characters[index - 1].isLetter {
                end = index
            }
            if let end {
                var next = end
                while next < characters.count, characters[next] == " " || characters[next] == "\n" { next += 1 }
                if next < characters.count, characters[next].isUppercase || characters[next] == "\u{FFFD}" {
                    boundaries.append(next)
                    index = next
                    continue
                }
            }
            index += 1
        }
        var out: [(Int, Substring)] = []
        var lower = text.startIndex
        for (i, offset) in boundaries.enumerated() {
            let endOffset = i + 1 < boundaries.count ? boundaries[i + 1] : characters.count
            let upper = text.index(lower, offsetBy: endOffset - offset)
            out.append((offset, text[lower..<upper]))
            lower = upper
        }
        return out
    }

    /// Whether the sentence records what the meeting did: a decision or election verb in the passive, a
    /// decision verb with the meeting (board, association) as subject, or the chair opening or closing the meeting.
    static func decides(_ sentence: Substring) -> Bool {
        let pieces = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard pieces.count >= 2, pieces.count <= 70 else { return false }
        let words = pieces.map { piece -> String in
            var word = piece
            while let first = word.first, isPunctuation(first) { word.removeFirst() }
            while let last = word.last, isPunctuation(last) { word.removeLast() }
            return word.lowercased()
        }
        guard words.count >= 2, words.count <= 70 else { return false }
        // "Vi har infört en stadgeändring, som … godkändes": a report in the first person tells, it does not decide.
        if let first = words.first, first == "vi" || first == "jag" { return false }
        let present = Set(words)
        let damaged = words.contains { $0.unicodeScalars.contains("\u{FFFD}") }
        func contains(_ pattern: String) -> Bool { present.contains(pattern) || (damaged && words.contains { matches($0, pattern) }) }
        func isOne(_ word: String, of patterns: Set<String>) -> Bool {
            patterns.contains(word) || (word.unicodeScalars.contains("\u{FFFD}") && patterns.contains { matches(word, $0) })
        }
        for (index, word) in words.enumerated() {
            if isOne(word, of: passive) { return true }
            if index > 0, isOne(word, of: strong) { return true }
            guard isOne(word, of: active) else { continue }
            let near: [Int] = [index - 2, index - 1, index + 1]
            guard near.contains(where: { words.indices.contains($0) && isMeetingSubject(words[$0]) }) else { continue }
            if matches(word, "fann") && !(contains("stadgeenligt") || contains("behörigen") || contains("behörigt")) { continue }
            return true
        }
        if contains("lades") && contains("handlingarna") { return true }
        if contains("tecknar") && (contains("firman") || contains("firma")) { return true }
        let declares = contains("förklarade") || contains("förklarar")
        if declares, contains("mötet"), ["öppnat", "öppnad", "avslutat", "avslutad"].contains(where: contains) { return true }
        if let first = words.first, isMeetingSubject(first), words.count >= 2,
           ["avslutades", "avslutade", "öppnades"].contains(where: { matches(words[1], $0) }) { return true }
        return false
    }

    private static func isPunctuation(_ character: Character) -> Bool { ",.:;!?()\"”“".contains(character) }

    /// Passives of deciding and electing: "valdes", "godkändes", "fastställs".
    private static let passive: Set<String> = ["valdes", "omvaldes", "godkändes", "fastställdes", "fastställs", "beviljades",
                                  "beviljas", "antogs", "beslutades", "beslöts", "bifölls", "avslogs", "tillsattes"]
    /// Verbs that decide whoever the subject is: "Årsmötet beslutade …", "Vi beslöt …".
    private static let strong: Set<String> = ["beslutade", "beslutar", "beslöt"]
    /// Verbs that decide when the meeting is their subject: "Mötet godkände …", "antog mötet förslaget".
    private static let active: Set<String> = ["valde", "omvalde", "godkände", "godkännde", "godkänner", "fastställde", "fastställer",
                                 "beviljade", "beviljar", "antog", "antar", "biföll", "bifaller", "avslog", "fann"]

    private static func isMeetingSubject(_ word: String) -> Bool {
        ["mötet", "stämman", "styrelsen", "föreningen", "nämnden", "utskottet"].contains { matches(word, $0) }
            || word.hasSuffix("mötet") || word.hasSuffix("stämman") || word.hasSuffix("m\u{FFFD}tet")
    }

    /// `word` equals `pattern`, a U+FFFD in `word` standing for any one letter (text whose å ä ö were lost).
    static func matches(_ word: String, _ pattern: String) -> Bool {
        guard word.count == pattern.count else { return false }
        return zip(word, pattern).allSatisfy { $0 == $1 || $0 == "\u{FFFD}" }
    }
}
