import MinutesModel

/// Finds the signature block at the end of the minutes ("Vid anteckningarna", "Justerat", names) and removes it.
enum SignatureRecognizer {
    private enum Line {
        case role(String)
        case signed(role: String, names: [String])
        case name(String)
    }

    /// The signers in reading order; `blocks` loses the signature region.
    static func extract(from blocks: inout [SourceBlock], diagnostics: inout [Diagnostic]) -> [Signature] {
        var start = blocks.count
        var regionStart: Int?
        while start > 0, isCompatible(blocks[start - 1]) {
            start -= 1
            if blocks[start].plainLines.contains(where: { classify($0).map(isRoleLine) ?? false }) { regionStart = start }
        }
        guard var first = regionStart else { return [] }
        if first > 0, case .heading(_, let inlines) = blocks[first - 1].kind,
           Vocabulary.signatureHeadings.contains(Vocabulary.key(inlines.plainText)) {
            first -= 1
        }
        let lines = blocks[first...].flatMap(\.plainLines).compactMap(classify)
        let signatures = pair(lines)
        if !signatures.isEmpty {
            let location = blocks[first].location
            blocks.removeSubrange(first...)
            if signatures.contains(where: { $0.name == nil }) {
                diagnostics.append(Diagnostic(.note, "unsigned-role", "a signature role has no printed name under it", at: location))
            }
        }
        return signatures
    }

    private static func isRoleLine(_ line: Line) -> Bool {
        switch line {
        case .role, .signed: return true
        case .name: return false
        }
    }

    private static func isCompatible(_ block: SourceBlock) -> Bool {
        switch block.kind {
        case .paragraph, .code, .html:
            let lines = block.plainLines
            return lines.count <= 12 && lines.allSatisfy { $0.count <= 90 }
        case .heading(_, let inlines):
            let key = Vocabulary.key(inlines.plainText)
            return Vocabulary.signatureRoles.contains(key) || Vocabulary.signatureHeadings.contains(key)
        case .list(_, _, let items):
            return items.count <= 6 && items.allSatisfy { $0.count == 1 && isCompatible($0[0]) }
        case .thematicBreak:
            return true
        case .quote, .table:
            return false
        }
    }

    private static func classify(_ raw: String) -> Line? {
        let text = raw.trimmingSpaces
        guard text.contains(where: \.isLetter) else { return nil }
        let key = Vocabulary.key(text)
        if Vocabulary.signatureRoles.contains(key) { return .role(roleLabel(text)) }
        if let colon = text.firstIndex(of: ":") {
            let role = Vocabulary.key(text[..<colon])
            let rest = text[text.index(after: colon)...].trimmingSpaces
            if Vocabulary.signatureRoles.contains(role) {
                let names = names(in: rest)
                return names.isEmpty ? .role(roleLabel(String(text[..<colon]))) : .signed(role: roleLabel(String(text[..<colon])), names: names)
            }
        }
        let parts = AttendeeRowParser.splitCommas(text)
        if parts.count == 2, Vocabulary.signatureRoles.contains(Vocabulary.key(parts[1])) || Vocabulary.roles.contains(Vocabulary.key(parts[1])),
           AttendeeRowParser.looksLikeName(parts[0]) {
            return .signed(role: roleLabel(parts[1]), names: [parts[0]])
        }
        if !text.contains(where: \.isNumber), AttendeeRowParser.looksLikeName(text), text.split(separator: " ").count <= 5 {
            return .name(text)
        }
        return nil
    }

    private static func names(in text: String) -> [String] {
        text.replacingAll(" och ", with: ", ").split(separator: ",").map { $0.trimmingSpaces }
            .filter { AttendeeRowParser.looksLikeName($0) }
    }

    /// A role as a label: trimmed, without the colon, first letter capitalised.
    private static func roleLabel(_ text: String) -> String {
        var label = text.trimmingSpaces
        while let last = label.last, last == ":" { label.removeLast() }
        guard let first = label.first else { return label }
        return first.uppercased() + label.dropFirst()
    }

    /// Roles written first and names after them in the same order (the seed), or each role followed by its names.
    private static func pair(_ lines: [Line]) -> [Signature] {
        var leadingRoles: [String] = []
        var index = 0
        while index < lines.count, case .role(let r) = lines[index] { leadingRoles.append(r); index += 1 }
        let rest = lines[index...]
        if leadingRoles.count >= 2, rest.count == leadingRoles.count,
           rest.allSatisfy({ if case .name = $0 { return true } else { return false } }) {
            return zip(leadingRoles, rest).map { role, line in
                if case .name(let n) = line { return Signature(role: role, name: n) }
                return Signature(role: role, name: nil)
            }
        }
        var signatures: [Signature] = []
        var currentRole: String?
        var roleUsed = true
        for line in lines {
            switch line {
            case .role(let r):
                if let pending = currentRole, !roleUsed { signatures.append(Signature(role: pending, name: nil)) }
                currentRole = r
                roleUsed = false
            case .signed(let role, let names):
                if let pending = currentRole, !roleUsed { signatures.append(Signature(role: pending, name: nil)) }
                signatures += names.map { Signature(role: role, name: $0) }
                currentRole = role
                roleUsed = true
            case .name(let n):
                if let role = currentRole {
                    signatures.append(Signature(role: role, name: n))
                    roleUsed = true
                }
            }
        }
        if let pending = currentRole, !roleUsed { signatures.append(Signature(role: pending, name: nil)) }
        return signatures
    }
}
