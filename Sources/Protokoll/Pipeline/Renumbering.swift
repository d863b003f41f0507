extension Minutes {
    /// The minutes with numbered items renumbered from `first` (paragraphs run through the year: § 163 …), presence
    /// notes shifted with them and every item written with §. Items that already start at `first` are unchanged.
    public func renumbered(from first: Int) -> Minutes {
        guard let current = items.compactMap(\.number).first, current != first else { return self }
        let offset = first - current
        var copy = self
        copy.items = items.map { item in
            var i = item
            i.number = item.number.map { $0 + offset }
            i.usesParagraphSign = true
            return i
        }
        copy.attendance = attendance.map { group in
            var g = group
            g.attendees = group.attendees.map { attendee in
                var a = attendee
                a.presence = attendee.presence.map { ItemRange(from: $0.from + offset, to: $0.to + offset) }
                a.presenceUnit = .paragraf
                return a
            }
            return g
        }
        return copy
    }
}
