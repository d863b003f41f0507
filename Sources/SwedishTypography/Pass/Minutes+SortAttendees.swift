import MinutesModel

extension Minutes {
    /// The minutes with each attendance group in Swedish alphabetical order of surname, then given names; the
    /// presidium (ordförande, then vice ordförande) stays at the top.
    /// Off by default: lists often follow seniority or party, which sorting would destroy.
    public func sortingAttendees() -> Minutes {
        var copy = self
        copy.attendance = attendance.map { group in
            var sorted = group
            sorted.attendees = group.attendees.sorted { a, b in
                // The presidium (ordförande, vice ordförande …) stays first, in its order.
                let (ra, rb) = (Minutes.presidiumRank(a), Minutes.presidiumRank(b))
                if ra != rb { return ra < rb }
                if ra < Minutes.presidium.count { return false }
                let (ka, kb) = (Minutes.sortKey(a.name), Minutes.sortKey(b.name))
                if ka.surname != kb.surname { return SwedishCollation.areInIncreasingOrder(ka.surname, kb.surname) }
                return SwedishCollation.areInIncreasingOrder(ka.given, kb.given)
            }
            return sorted
        }
        return copy
    }

    /// The chair's roles in the order a list gives them; anyone else ranks after them.
    static let presidium = ["ordförande", "förste vice ordförande", "1:e vice ordförande", "vice ordförande",
                            "andre vice ordförande", "2:e vice ordförande"]

    /// The place of the attendee's highest presidium role in `presidium`, or `presidium.count`.
    static func presidiumRank(_ attendee: Attendee) -> Int {
        attendee.roles.compactMap { role in presidium.firstIndex(of: role.lowercased()) }.min() ?? presidium.count
    }

    /// "Anna Maria Söderström" → surname "Söderström", given "Anna Maria"; a particle stays with the surname ("von Essen").
    static func sortKey(_ name: String) -> (surname: String, given: String) {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1, let last = words.last else { return (name, "") }
        var surname = [last]
        var given = Array(words.dropLast())
        while let particle = given.last, ["von", "af", "de", "van", "der", "den"].contains(particle) {
            surname.insert(particle, at: 0)
            given.removeLast()
        }
        return (surname.joined(separator: " "), given.joined(separator: " "))
    }
}
