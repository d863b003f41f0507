import MinutesModel

/// The names of the signature fields, one per signer in reading order: "Justerare – Per Holm", the role as
/// written when it is none of secretary, chair, adjuster; a number when a name repeats.
enum SignatureFieldNames {
    static func of(_ cells: [SignatureCell]) -> [String] {
        var seen: [String: Int] = [:]
        return cells.map { cell in
            let role = SigningDuty(role: cell.role).noun ?? cell.role
            // A period separates the parts of a PDF field's full name: "Per O. Holm" becomes "Per O Holm".
            var name = [role, cell.name].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " – ").replacingOccurrences(of: ".", with: "")
            seen[name, default: 0] += 1
            if let count = seen[name], count > 1 { name += " \(count)" }
            return name
        }
    }
}
