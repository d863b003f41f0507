import MinutesModel

/// Reads presence notes such as `punkt 2-7`, `§§ 1–5, 7` or `punkterna 2 och 4`.
enum PresenceParser {
    private static let punktPrefixes = ["punkterna", "punkt", "pkt.", "pkt", "p."]
    private static let paragrafPrefixes = ["paragraferna", "paragraf", "§§", "§"]

    /// The ranges and unit of a presence note, or nil when `text` is not one.
    static func parse(_ text: String) -> (ranges: [ItemRange], unit: PresenceUnit)? {
        let lowered = text.lowercased().trimmingSpaces
        var rest: Substring?
        var unit = PresenceUnit.punkt
        for prefix in punktPrefixes where lowered.hasPrefix(prefix) {
            rest = lowered.dropFirst(prefix.count); unit = .punkt; break
        }
        if rest == nil {
            for prefix in paragrafPrefixes where lowered.hasPrefix(prefix) {
                rest = lowered.dropFirst(prefix.count); unit = .paragraf; break
            }
        }
        guard let body = rest, let ranges = ranges(in: body), !ranges.isEmpty else { return nil }
        return (ranges, unit)
    }

    /// Parses `2-7, 9 och 11` (hyphen, en dash or "till"; separated by commas, "och", "samt").
    static func ranges(in text: Substring) -> [ItemRange]? {
        var normalized = String(text)
        for (from, to) in [("–", "-"), ("—", "-"), (" till ", "-"), (" och ", ","), (" samt ", ","), ("§", "")] {
            normalized = normalized.replacingAll(from, with: to)
        }
        var result: [ItemRange] = []
        for part in normalized.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ (1...4).contains($0.count) }),
                  let from = Int(bounds[0]), let to = Int(bounds[bounds.count - 1]) else { return nil }
            result.append(ItemRange(from: from, to: to))
        }
        return result
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (plain text, no patterns).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
