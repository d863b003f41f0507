import MinutesModel

extension Minutes {
    /// The minutes with Swedish typography applied to the prose (code, URLs, e-mail addresses, file names and
    /// free front-matter fields are left as written).
    public func typeset(with typographer: Typographer = Typographer()) -> Minutes {
        var copy = self
        copy.meta.title = meta.title.map(typographer.typeset)
        copy.meta.organ = meta.organ.map(typographer.typeset)
        copy.meta.place = meta.place.map(typographer.typeset)
        // Free front-matter fields (diarienummer, links, invoice numbers …) are data: left as written.
        copy.attendance = attendance.map { group in
            var g = group
            g.attendees = group.attendees.map { attendee in
                var a = attendee
                a.organisation = attendee.organisation.map(typographer.typeset)
                a.notes = attendee.notes.map(typographer.typeset)
                return a
            }
            return g
        }
        copy.preamble = preamble.map { $0.typeset(typographer) }
        copy.items = items.map { item in
            var i = item
            i.title = item.title.map { $0.typeset(typographer) }
            i.blocks = item.blocks.map { $0.typeset(typographer) }
            return i
        }
        return copy
    }
}

extension Block {
    func typeset(_ t: Typographer) -> Block {
        switch self {
        case .paragraph(let inlines): return .paragraph(inlines.map { $0.typeset(t) })
        case .heading(let level, let inlines): return .heading(level: level, inlines.map { $0.typeset(t) })
        case .list(var list):
            list.items = list.items.map { $0.map { $0.typeset(t) } }
            return .list(list)
        case .decision(var decision):
            decision.clauses = decision.clauses.map { clause in
                var c = clause
                c.text = clause.text.map { $0.typeset(t) }
                c.attachments = clause.attachments.map { $0.typeset(t) }
                return c
            }
            return .decision(decision)
        case .quote(let blocks): return .quote(blocks.map { $0.typeset(t) })
        case .section(var section):
            section.title = section.title.map { $0.typeset(t) }
            section.blocks = section.blocks.map { $0.typeset(t) }
            return .section(section)
        case .table(var table):
            // A column headed as amounts ("Belopp", "Summa (tkr)") groups its numbers; others keep them as written.
            let amounts = Typographer(groupsEveryNumber: true)
            let amountColumns = Set((table.header ?? []).indices.filter { AmountColumn.isAmountHeader(table.header?[$0].plainText ?? "") })
            table.header = table.header?.map { $0.map { $0.typeset(t) } }
            table.rows = table.rows.map { row in
                row.enumerated().map { column, cell in cell.map { $0.typeset(amountColumns.contains(column) ? amounts : t) } }
            }
            return .table(table)
        case .code, .separator: return self
        }
    }
}

extension Inline {
    func typeset(_ t: Typographer) -> Inline {
        switch self {
        case .text(let s): return .text(t.typeset(s))
        case .emphasis(let c): return .emphasis(c.map { $0.typeset(t) })
        case .strong(let c): return .strong(c.map { $0.typeset(t) })
        case .link(let c, let destination): return .link(text: c.map { $0.typeset(t) }, destination: destination)
        case .code, .lineBreak: return self
        }
    }
}

/// Table headers that announce a column of amounts.
enum AmountColumn {
    /// Words naming amounts, and the amount units themselves ("Summa (tkr)").
    static let words = TypesetWords.amountUnits.union(["belopp", "summa", "kostnad", "kostnader", "intäkt", "intäkter",
                                                       "budget", "utfall", "prognos", "pris", "avgift"])

    static func isAmountHeader(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { word in Self.words.contains(String(word)) }
    }
}
