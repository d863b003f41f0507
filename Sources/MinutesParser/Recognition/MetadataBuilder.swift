import MinutesModel

/// Assembles `Metadata` from the header fields, the title and the front matter (which wins).
struct MetadataBuilder {
    let header: HeaderRecognizer
    let frontMatter: FrontMatter
    let text: String
    let sourceName: String?
    let options: ParseOptions
    var diagnostics: [Diagnostic] = []

    init(header: HeaderRecognizer, frontMatter: FrontMatter, text: String, sourceName: String?, options: ParseOptions) {
        self.header = header
        self.frontMatter = frontMatter
        self.text = text
        self.sourceName = sourceName
        self.options = options
    }

    mutating func build(signatures: [Signature], firstParagraph: SourceBlock?) -> Metadata {
        var meta = Metadata()
        let title = header.title?.plainText.trimmingSpaces
        meta.title = title
        (meta.kind, meta.organ) = MetadataBuilder.kindAndOrgan(fromTitle: title ?? "", signatures: signatures)
        for field in header.fields {
            switch field.label {
            case .place: meta.place = field.text
            case .organ: meta.organ = field.text
            case .adjusters: meta.fields.append(Metadata.Field(key: "utses att justera", value: field.text))
            case .adjustmentPlaceAndTime: meta.fields.append(Metadata.Field(key: "justeringens plats och tid", value: field.text))
            case .time, .date, .placeAndTime: break
            }
        }
        // "Protokoll fört vid datorföreningen Stackens höstmöte … i sal Q22": the opening sentence names who met and where.
        if let opening = firstParagraph?.plainLines.joined(separator: " "), opening.count <= 400 {
            if meta.organ == nil { meta.organ = MeetingPhrase.organ(in: opening) }
            if meta.place == nil { meta.place = MeetingPhrase.place(in: opening) }
        }
        readTime(into: &meta, firstParagraph: firstParagraph)
        applyFrontMatter(to: &meta)
        return meta
    }

    private mutating func readTime(into meta: inout Metadata, firstParagraph: SourceBlock?) {
        var written = WrittenMeetingTime()
        var location = header.titleLocation ?? SourceLocation(line: 1, column: 1)
        for field in header.fields where [.time, .date, .placeAndTime].contains(field.label) {
            let parsed = MeetingTimeParser.parse(field.text)
            if written.startDate == nil, let date = parsed.startDate {
                written.startDate = date
                written.endDate = parsed.endDate
                location = field.location
            }
            if written.startTime == nil, let time = parsed.startTime {
                written.startTime = time
                written.endTime = parsed.endTime
                if parsed.endDate != nil { written.endDate = parsed.endDate }
            }
            if field.label == .placeAndTime, meta.place == nil {
                meta.place = MetadataBuilder.placePart(of: field.text)
            }
        }
        // No Tid/Datum field: the title or the opening sentence often says when ("... torsdag den 22 februari 2018 klockan 19:30").
        if written.startDate == nil {
            for (candidate, at) in [(header.title?.plainText, header.titleLocation), (firstParagraph?.plainLines.joined(separator: " "), firstParagraph?.location)] {
                guard let candidate, let at else { continue }
                let parsed = MeetingTimeParser.parse(candidate)
                if parsed.startDate != nil {
                    written = parsed
                    location = at
                    diagnostics.append(Diagnostic(.note, "date-from-text", "meeting date taken from the text, there is no Tid or Datum field", at: at))
                    break
                }
            }
        }
        if written.startDate == nil, hasFrontMatterDate { return }
        if written.startDate == nil, let date = FileNameDate.date(in: sourceName) {
            written.startDate = WrittenDate(year: date.year, month: date.month, day: date.day)
            diagnostics.append(Diagnostic(.warning, "date-from-file-name", "no meeting date in the text; \(date.iso) is taken from the file name", at: location))
        }
        guard let startWritten = written.startDate else {
            diagnostics.append(Diagnostic(.warning, "no-date", "no meeting date found (add a `Datum:` line or `datum:` front matter)", at: location))
            return
        }
        let mentioned = YearInference.mentionedYears(in: text, sourceName: sourceName)
        guard let start = resolve(startWritten, mentioned: mentioned, at: location) else { return }
        meta.start = LocalDateTime(date: start, time: written.startTime)
        if let endWritten = written.endDate {
            var end = endWritten
            if end.year == nil { end.year = start.year + (end.month < start.month ? 1 : 0) }
            if let date = LocalDate(year: end.year ?? start.year, month: end.month, day: end.day) {
                meta.end = LocalDateTime(date: date, time: written.endTime)
            }
        } else if let endTime = written.endTime {
            meta.end = LocalDateTime(date: start, time: endTime)
        }
        if let end = meta.end, let startValue = meta.start, end < startValue {
            diagnostics.append(Diagnostic(.warning, "end-before-start", "the meeting ends (\(end.iso)) before it starts (\(startValue.iso))", at: location))
        }
    }

    private mutating func resolve(_ written: WrittenDate, mentioned: [Int: Int], at location: SourceLocation) -> LocalDate? {
        if let doubt = written.doubt {
            diagnostics.append(Diagnostic(.warning, "ambiguous-date", doubt, at: location))
        }
        if let year = written.year ?? options.year ?? frontMatterYear {
            guard let date = LocalDate(year: year, month: written.month, day: written.day) else {
                diagnostics.append(Diagnostic(.warning, "invalid-date", "\(year)-\(written.month)-\(written.day) is not a date", at: location))
                return nil
            }
            if let weekday = written.weekday, date.weekday != weekday {
                diagnostics.append(Diagnostic(.warning, "weekday-mismatch", "\(date.iso) is not the weekday the text gives", at: location))
            }
            return date
        }
        guard let inferred = YearInference.infer(month: written.month, day: written.day, weekday: written.weekday, mentioned: mentioned) else {
            diagnostics.append(Diagnostic(.warning, "no-year", "the meeting date has no year and none could be inferred; add `år:` front matter", at: location))
            return nil
        }
        diagnostics.append(Diagnostic(inferred.certain ? .note : .warning, "inferred-year", inferred.reason, at: location))
        return LocalDate(year: inferred.year, month: written.month, day: written.day)
    }

    /// The front-matter keys that give the meeting's date.
    static let dateKeys: Set<String> = ["datum", "date", "sammanträdesdatum", "mötesdatum"]

    /// Whether the front matter gives the date (then the text need not, and its absence is no warning).
    private var hasFrontMatterDate: Bool {
        frontMatter.entries.contains { Self.dateKeys.contains($0.key) }
    }

    /// A date written out with its year, "5 mars 2024" or "tisdag 5 mars 2024".
    static func writtenDate(_ value: String) -> LocalDate? {
        guard let written = MeetingTimeParser.parse(value).startDate, let year = written.year else { return nil }
        return LocalDate(year: year, month: written.month, day: written.day)
    }

    private var frontMatterYear: Int? {
        frontMatter.entries.first { $0.key == "år" || $0.key == "year" }.flatMap { Int($0.value.trimmingSpaces) }
    }

    private mutating func applyFrontMatter(to meta: inout Metadata) {
        var timeText: String?
        for entry in frontMatter.entries {
            let value = entry.value.trimmingSpaces
            switch entry.key {
            case "titel", "title", "rubrik": meta.title = value
            case "organ", "nämnd", "styrelse": meta.organ = value
            case "plats", "lokal", "place": meta.place = value
            case "dokumenttyp", "typ", "kind":
                if let kind = MetadataBuilder.kind(named: value) {
                    meta.kind = kind
                } else {
                    let known = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
                    diagnostics.append(Diagnostic(.warning, "unknown-kind", "dokumenttyp “\(value)” is not one of \(known)", at: entry.location))
                }
            case let key where Self.dateKeys.contains(key):
                if let date = LocalDate(iso: value) ?? LocalDateTime(iso: value)?.date ?? Self.writtenDate(value) {
                    meta.start = LocalDateTime(date: date, time: meta.start?.date == date ? meta.start?.time : nil)
                    if let end = meta.end, end.date != date, meta.start.map({ end < $0 }) ?? false { meta.end = nil }
                } else {
                    diagnostics.append(Diagnostic(.warning, "invalid-date", "front-matter date “\(value)” is not a date (write YYYY-MM-DD or “5 mars 2024”)", at: entry.location))
                }
            case "tid", "time": timeText = value
            case "år", "year": break
            default: meta.fields.append(Metadata.Field(key: entry.key, value: value))
            }
        }
        if let timeText, let date = meta.start?.date {
            let parsed = MeetingTimeParser.parse("kl " + timeText)
            meta.start = LocalDateTime(date: date, time: parsed.startTime)
            meta.end = parsed.endTime.map { LocalDateTime(date: date, time: $0) }
        }
    }

    static func kind(named value: String) -> DocumentKind? {
        let key = Vocabulary.key(value).replacingAll("ä", with: "a")
        if let direct = DocumentKind(rawValue: key) { return direct }
        switch key {
        case "mötesanteckningar", "anteckningar": return .minnesanteckningar
        case "förening", "föreningsprotokoll", "forening": return .foreningsprotokoll
        case "kommun", "nämnd", "namnd": return .sammantradesprotokoll
        default: return nil
        }
    }

    /// The kind from the title's first word, and the organ from what follows "från"/"för"/"vid".
    static func kindAndOrgan(fromTitle title: String, signatures: [Signature]) -> (DocumentKind, String?) {
        let key = Vocabulary.key(title)
        var kind = DocumentKind.protokoll
        if key.hasPrefix("minnesanteckning") || key.hasPrefix("mötesanteckning") || key.hasPrefix("anteckningar") {
            kind = .minnesanteckningar
        } else if key.hasPrefix("sammanträdesprotokoll") {
            kind = .sammantradesprotokoll
        } else if ["årsmöte", "vårmöte", "höstmöte", "föreningsstämma", "extra årsmöte"].contains(where: key.contains)
                    || signatures.contains(where: { Vocabulary.key($0.role) == "vid protokollet" || Vocabulary.key($0.role) == "justeras" }) {
            kind = .foreningsprotokoll
        }
        if let organ = MeetingPhrase.organ(in: title) { return (kind, organ) }
        var organ: String?
        for preposition in [" från ", " för ", " vid "] {
            if let range = title.range(of: preposition), title.distance(from: title.startIndex, to: range.lowerBound) <= 40 {
                organ = String(title[range.upperBound...]).trimmingSpaces
                break
            }
        }
        // "Anteckningar från arbetsmöte": the meeting, not who met.
        if let named = organ, !named.contains(" "), ["möte", "mötet", "stämma", "sammanträde"].contains(where: { named.lowercased().hasSuffix($0) }) { organ = nil }
        return (kind, organ)
    }

    /// "Nicolairummet, stadshuset kl. 09:00-15:17" → "Nicolairummet, stadshuset".
    static func placePart(of text: String) -> String? {
        let lower = text.lowercased()
        guard let range = lower.range(of: " kl") ?? lower.range(of: " klockan") else { return text.trimmingSpaces }
        let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
        let place = String(text.prefix(offset)).trimmingSpaces
        return place.isEmpty ? nil : place
    }
}
