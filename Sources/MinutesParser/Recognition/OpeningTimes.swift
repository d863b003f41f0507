import MinutesModel

/// The meeting's start and end as the minutes record them in the opening and closing items: "Öppnar mötet 11:45",
/// "Ordföranden förklarade mötet öppnat klockan 19:38", "## Mötet avslutas" over "12:49". The time the meeting
/// was declared open wins over the time it was called for ("klockan 19:30" in the opening sentence).
enum OpeningTimes {
    static func apply(to minutes: inout Minutes) {
        guard let date = minutes.meta.start?.date, !minutes.items.isEmpty else { return }
        var opened: LocalTime?, closed: LocalTime?
        for item in minutes.items.prefix(2) {
            if opened == nil { opened = time(in: statements(of: item), saying: ["öppna"]) }
        }
        for item in minutes.items.suffix(2) {
            if let time = time(in: statements(of: item), saying: ["avslut"]) { closed = time }
        }
        if let opened { minutes.meta.start = LocalDateTime(date: date, time: opened) }
        guard let closed, let start = minutes.meta.start?.time, start < closed else { return }
        minutes.meta.end = LocalDateTime(date: minutes.meta.end?.date ?? date, time: closed)
    }

    /// The first time in a statement that says one of `words`.
    private static func time(in statements: [String], saying words: [String]) -> LocalTime? {
        for text in statements {
            let lower = text.lowercased()
            guard words.contains(where: lower.contains), let (time, _, _) = ProtocolHeader.timeRange(in: text) else { continue }
            return time
        }
        return nil
    }

    /// The item's title with its first block, and each heading inside the item with the block after it.
    private static func statements(of item: AgendaItem) -> [String] {
        var out = [item.title.plainText + " " + (item.blocks.first.map(text(of:)) ?? "")]
        for (index, block) in item.blocks.enumerated() {
            guard case .heading = block else { continue }
            out.append(text(of: block) + " " + (index + 1 < item.blocks.count ? text(of: item.blocks[index + 1]) : ""))
        }
        return out
    }

    private static func text(of block: Block) -> String {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines): inlines.plainText
        case .decision(let decision): decision.clauses.first?.text.plainText ?? ""
        case .list, .quote, .table, .code, .separator, .section: ""
        }
    }
}
