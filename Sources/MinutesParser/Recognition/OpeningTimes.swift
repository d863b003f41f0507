import MinutesModel

/// The meeting's start and end read from its opening and closing items when no Tid field gives them:
/// "Öppnar mötet 11:45", "Ordföranden förklarade mötet öppnat klockan 19:38", "Avslutar mötet 12:30".
enum OpeningTimes {
    static func apply(to minutes: inout Minutes) {
        guard let date = minutes.meta.start?.date, minutes.meta.start?.time == nil else { return }
        var start: LocalTime?, end: LocalTime?
        for item in minutes.items {
            var texts = [item.title.plainText]
            if let first = item.blocks.first { texts.append(text(of: first)) }
            for text in texts {
                let lower = text.lowercased()
                guard let (time, _, _) = ProtocolHeader.timeRange(in: text) else { continue }
                if start == nil, lower.contains("öppna") { start = time }
                if lower.contains("avslut") || lower.contains("mötet avslutades") { end = time }
            }
        }
        guard let start else { return }
        minutes.meta.start = LocalDateTime(date: date, time: start)
        if let end, minutes.meta.end == nil, start < end { minutes.meta.end = LocalDateTime(date: date, time: end) }
    }

    private static func text(of block: Block) -> String {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines): inlines.plainText
        case .decision(let decision): decision.clauses.first?.text.plainText ?? ""
        case .list, .quote, .table, .code, .separator, .section: ""
        }
    }
}
