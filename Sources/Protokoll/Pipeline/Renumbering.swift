extension Minutes {
    /// The minutes with numbered items renumbered from `first` (paragraphs run through the year: § 163 …), presence
    /// notes shifted with them and every item written with §. Items that already start at `first` are unchanged.
    public func renumbered(from first: Int) -> Minutes {
        guard let current = items.compactMap(\.number).first, current != first else { return self }
        let (offset, overflow) = first.subtractingReportingOverflow(current)
        guard !overflow else { return self }
        var copy = self
        copy.items = items.map { item in
            var i = item
            i.number = item.number.map { shifted($0, by: offset) }
            i.usesParagraphSign = true
            return i
        }
        copy.attendance = attendance.map { group in
            var g = group
            g.attendees = group.attendees.map { attendee in
                var a = attendee
                a.presence = attendee.presence.map { ItemRange(from: shifted($0.from, by: offset), to: shifted($0.to, by: offset)) }
                a.presenceUnit = .paragraf
                return a
            }
            return g
        }
        return copy
    }

    /// `number + offset`, or `number` unchanged where the sum would not fit (a number no protocol has).
    private func shifted(_ number: Int, by offset: Int) -> Int {
        let (sum, overflow) = number.addingReportingOverflow(offset)
        return overflow ? number : sum
    }
}
