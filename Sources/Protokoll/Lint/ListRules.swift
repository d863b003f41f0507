/// The attendance lists against the items and the signatures.
enum ListRules {
    static func findings(_ minutes: Minutes, _ text: LintText) -> [Diagnostic] {
        presenceOutsideItems(minutes, text) + signersNotListed(minutes, text) + listedSignersNotSigning(minutes, text)
    }

    /// "punkt 2–9" when the minutes have no item 8 or 9.
    static func presenceOutsideItems(_ minutes: Minutes, _ text: LintText) -> [Diagnostic] {
        let numbered = minutes.items.compactMap(\.number)
        guard !numbered.isEmpty else { return [] }
        let usesParagraphSigns = minutes.items.contains(where: \.usesParagraphSign)
        var findings: [Diagnostic] = []
        for attendee in minutes.attendance.flatMap(\.attendees) where !attendee.presence.isEmpty {
            // "punkt 3" counts agenda points even where items carry § numbers (§ 163 is punkt 1).
            let known: Set<Int> = attendee.presenceUnit == .punkt && usesParagraphSigns
                ? Set(1...minutes.items.count) : Set(numbered)
            let missing = attendee.presence.flatMap { range -> [Int] in
                range.to - range.from > 10_000 ? [range.to] : (range.from...range.to).filter { !known.contains($0) }
            }
            guard !missing.isEmpty else { continue }
            let unit = attendee.presenceUnit == .paragraf ? "§" : "punkt"
            let ranges = attendee.presence.map { $0.from == $0.to ? "\($0.from)" : "\($0.from)–\($0.to)" }.joined(separator: ", ")
            let shown = missing.prefix(5).map(String.init).joined(separator: ", ") + (missing.count > 5 ? " …" : "")
            findings.append(Diagnostic(.warning, "presence-outside-items",
                "\(attendee.name) is present for \(unit) \(ranges), but the minutes have no \(unit) \(shown)",
                at: text.location(of: attendee.name) ?? SourceLocation(line: 1, column: 1)))
        }
        return findings
    }

    /// A justerare or chair whose name is on none of the attendance lists (a secretary may be an official who is
    /// not listed, so secretaries are not checked).
    static func signersNotListed(_ minutes: Minutes, _ text: LintText) -> [Diagnostic] {
        let listed = Set(minutes.attendance.flatMap(\.attendees).flatMap { PersonName.keys($0.name) })
        guard !listed.isEmpty else { return [] }
        return minutes.signatures.compactMap { signature in
            guard let name = signature.name, !name.isEmpty, PersonName.isPresentMembersRole(signature.role),
                  listed.isDisjoint(with: PersonName.keys(name)) else { return nil }
            return Diagnostic(.warning, "signer-not-listed",
                "\(name) signs under “\(signature.role)” but is on none of the attendance lists",
                at: text.location(of: name, last: true) ?? SourceLocation(line: 1, column: 1))
        }
    }

    /// A justerare or secretary on the lists whose name is not among the signatures.
    static func listedSignersNotSigning(_ minutes: Minutes, _ text: LintText) -> [Diagnostic] {
        let signing = Set(minutes.signatures.compactMap(\.name).flatMap(PersonName.keys))
        guard !signing.isEmpty else { return [] }
        var findings: [Diagnostic] = []
        for attendee in minutes.attendance.flatMap(\.attendees) {
            guard let role = attendee.roles.first(where: PersonName.isSigningRole), signing.isDisjoint(with: PersonName.keys(attendee.name)) else { continue }
            findings.append(Diagnostic(.warning, "listed-signer-missing",
                "\(attendee.name) is listed as \(role) but is not among the signatures",
                at: text.location(of: attendee.name) ?? SourceLocation(line: 1, column: 1)))
        }
        return findings
    }
}

/// Names compared as people are: case, spacing and a party or role in brackets do not matter.
enum PersonName {
    /// The ways a name may be matched: without what is in brackets, and each bracketed part on its own (a party,
    /// or a nickname as in "Rasmus Kaj (kaj)").
    static func keys(_ name: String) -> [String] {
        var outside = "", inside: [String] = [], current = ""
        var depth = 0
        for character in name {
            if character == "(" {
                depth += 1
                continue
            }
            if character == ")" {
                depth = max(0, depth - 1)
                if depth == 0 { inside.append(current); current = "" }
                continue
            }
            if depth == 0 { outside.append(character) } else { current.append(character) }
        }
        return ([outside] + inside).map(normalized).filter { !$0.isEmpty }
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\t" }).joined(separator: " ")
    }

    /// The roles on an attendance list whose holder signs the minutes.
    static func isSigningRole(_ role: String) -> Bool {
        let role = role.lowercased()
        return role.hasPrefix("juster") || role.hasSuffix("justerare") || role == "sekreterare" || role == "protokollförare"
            || role == "mötessekreterare"
    }

    /// Signature roles held by members who took part: justerare and chairs.
    static func isPresentMembersRole(_ role: String) -> Bool {
        let role = role.lowercased()
        return role.contains("juster") || role.contains("ordförande")
    }
}
