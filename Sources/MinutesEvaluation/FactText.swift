import Foundation

/// Normalises text before two facts are compared: case, spacing, dashes, quotes and a leading "att" don't count.
enum FactText {
    /// The comparable form of a fact's text; nil and empty text are the same (no fact).
    static func normalized(_ text: String?) -> String? {
        guard let text else { return nil }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}":
                pendingSpace = !out.isEmpty
                continue
            case "\u{00AD}", "\u{200B}":
                continue
            default:
                break
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch scalar {
            case "–", "—", "−", "‐", "‑": out.append("-")
            case "”", "“", "„", "»", "«": out.append("\"")
            case "’", "‘", "´": out.append("'")
            case "…": out.append("...")
            default: out.unicodeScalars.append(scalar)
            }
        }
        let lowered = timesWithPoint(out.lowercased())
        return lowered.isEmpty ? nil : lowered
    }

    /// "klockan 19:38" and "klockan 19.38" are one time: the rulebook writes times with a point.
    private static func timesWithPoint(_ text: String) -> String {
        var characters = Array(text)
        guard characters.contains(":") else { return text }
        for i in characters.indices where characters[i] == ":" && i >= 2 && i + 2 < characters.count {
            let digits = [characters[i - 2], characters[i - 1], characters[i + 1], characters[i + 2]]
            let after = i + 3 < characters.count ? characters[i + 3] : " "
            if digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), !after.isNumber { characters[i] = "." }
        }
        return String(characters)
    }

    /// A decision's comparable form: each paragraph normalised without a leading "att", joined by one space.
    static func decision(_ paragraphs: [String]) -> String? {
        let parts = paragraphs.compactMap { normalized($0) }.map { part -> String in
            var p = part
            if p.hasPrefix("att ") { p.removeFirst(4) }
            while let last = p.last, last == "," || last == ";" { p.removeLast() }
            return p
        }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// A person's comparable name: normalised, without a nickname in parentheses being required.
    static func name(_ text: String?) -> String? { normalized(text) }

    /// "§ 12", "$ 12", "12." and "12" all become "12"; "10 a" stays "10 a".
    static func itemNumber(_ text: String?) -> String? {
        guard var t = normalized(text) else { return nil }
        t = t.replacingOccurrences(of: "§", with: "").replacingOccurrences(of: "$", with: "")
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return t.isEmpty ? nil : t
    }

    /// The signature role as a function: sekreterare, ordförande or justerare, else the normalised text.
    static func signatureRole(_ text: String) -> String {
        let t = normalized(text) ?? ""
        let secretary = ["vid protokollet", "vid anteckningarna", "sekreterare", "protokollförare", "sekr"]
        let chair = ["ordförande", "ordf"]
        let adjuster = ["justera", "justering", "protokolljusterare"]
        if secretary.contains(where: { t.contains($0) }) { return "sekreterare" }
        if adjuster.contains(where: { t.contains($0) }) { return "justerare" }
        if chair.contains(where: { t.contains($0) }) { return "ordförande" }
        return t
    }
}
