import MinutesModel

/// Reads the header of the minutes: title, Tid/Datum/Plats fields and attendance lists.
struct HeaderRecognizer {
    struct FieldValue {
        var label: Vocabulary.FieldLabel
        var text: String
        var location: SourceLocation
    }

    var title: [Inline]?
    var titleLocation: SourceLocation?
    var fields: [FieldValue] = []
    var attendance: [AttendanceGroup] = []
    /// Blocks the header did not claim, in order.
    var rest: [SourceBlock] = []
    var diagnostics: [Diagnostic] = []

    private var openGroup: Int?
    /// A field whose label was a heading; only the block right after it may give its value.
    private var awaitingValue: Int?

    /// The shallowest heading level of the header's blocks: a title is never deeper than the items below it.
    private var shallowestHeading = 1
    /// Only the first heading may be the title.
    private var seenHeading = false

    init(blocks: [SourceBlock]) {
        shallowestHeading = blocks.compactMap { if case .heading(let level, _) = $0.kind { level } else { nil } }.min() ?? 1
        for (index, block) in blocks.enumerated() { add(block, isFirst: index == 0, next: index + 1 < blocks.count ? blocks[index + 1] : nil) }
        // A label that only wrapped other lists ("Deltagare" over "Närvarande:" and "Frånvarande:").
        attendance.removeAll { $0.attendees.isEmpty }
    }

    private mutating func add(_ block: SourceBlock, isFirst: Bool, next: SourceBlock?) {
        let awaiting = awaitingValue
        awaitingValue = nil
        if let index = awaiting, case .paragraph(let lines) = block.kind, lines.count == 1, fields[index].text.isEmpty,
           lines[0].leadingLabel() == nil {
            fields[index].text = lines[0].plainText.trimmingSpaces
            return
        }
        switch block.kind {
        case .heading(let level, let inlines):
            openGroup = nil
            let isFirstHeading = !seenHeading
            seenHeading = true
            // "# Mötesprotokoll" / "## LiTHe kod" / "## 2016-03-24": the heading between the title and the date is the organ.
            if !isFirstHeading, title != nil, fields.isEmpty, attendance.isEmpty, let next, case .heading(_, let following) = next.kind,
               MeetingTimeParser.parse(following.plainText).startDate != nil, Vocabulary.attendanceKind(Vocabulary.key(inlines.plainText)) == nil,
               inlines.plainText.split(separator: " ").count <= 5, !inlines.plainText.contains(where: \.isNumber) {
                fields.append(FieldValue(label: .organ, text: inlines.plainText.trimmingSpaces, location: block.location))
                return
            }
            let key = Vocabulary.key(inlines.plainText)
            if let kind = Vocabulary.attendanceKind(key) {
                startGroup(label: inlines.plainText, kind: kind)
            } else if title == nil && fields.isEmpty && attendance.isEmpty && isFirstHeading && (level == 1 || level <= shallowestHeading) {
                title = inlines
                titleLocation = block.location
            } else if let field = Vocabulary.fieldLabel(key), [.time, .date, .place, .placeAndTime].contains(field) {
                // "## Datum" with the value in the next paragraph.
                fields.append(FieldValue(label: field, text: "", location: block.location))
                awaitingValue = fields.count - 1
            } else if MeetingTimeParser.parse(inlines.plainText).startDate != nil, !fields.contains(where: { $0.label == .date }),
                      inlines.plainText.count <= 40 {
                fields.append(FieldValue(label: .date, text: inlines.plainText, location: block.location))
            } else {
                rest.append(block)
            }
        case .paragraph(let lines):
            addParagraph(lines, block: block, isFirst: isFirst)
        case .list(_, _, let items):
            guard let group = openGroup else { rest.append(block); return }
            for item in items {
                guard let first = item.first, let line = first.plainLines.first, let attendee = AttendeeRowParser.parse(line) else { continue }
                attendance[group].attendees.append(attendee)
                for nested in item.dropFirst() { addRows(of: nested, to: group) }
            }
        case .table(_, let rows):
            guard let group = openGroup else { rest.append(block); return }
            for row in rows {
                let line = row.map { $0.plainText.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: "\t")
                if let attendee = AttendeeRowParser.parse(line) { attendance[group].attendees.append(attendee) }
            }
        case .thematicBreak:
            if openGroup != nil {
                diagnostics.append(Diagnostic(.note, "ignored-rule", "stray table rule in an attendance list ignored", at: block.location))
            } else {
                rest.append(block)
            }
        case .html(let lines):
            if let group = openGroup {
                addRows(of: block, to: group)
            } else {
                // Minutes pasted as HTML: read the text lines like a paragraph.
                addParagraph(lines.map { [.text($0)] }, block: block, isFirst: isFirst)
            }
        case .code:
            guard let group = openGroup else { rest.append(block); return }
            addRows(of: block, to: group)
        case .quote:
            openGroup = nil
            rest.append(block)
        }
    }

    private mutating func addRows(of block: SourceBlock, to group: Int) {
        for line in block.plainLines {
            if let attendee = AttendeeRowParser.parse(line) { attendance[group].attendees.append(attendee) }
        }
    }

    private mutating func addParagraph(_ lines: [[Inline]], block: SourceBlock, isFirst: Bool) {
        // "Anna A, Bertil B, Cecilia C" alone under a label.
        if let group = openGroup, lines.count == 1, let list = commaList(lines[0].plainText) {
            attendance[group].attendees += list
            return
        }
        var pending: [[Inline]] = []
        var pendingStart = block.location
        func flush(into rest: inout [SourceBlock]) {
            if !pending.isEmpty { rest.append(SourceBlock(kind: .paragraph(lines: pending), location: pendingStart)) }
            pending = []
        }
        for (offset, line) in lines.enumerated() {
            let location = SourceLocation(line: block.location.line + offset, column: block.location.column)
            if claimLine(line, at: location) {
                flush(into: &rest)
                continue
            }
            if let group = openGroup {
                if let attendee = AttendeeRowParser.parseStrict(line.plainText) {
                    attendance[group].attendees.append(attendee)
                    continue
                }
                openGroup = nil
            }
            if pending.isEmpty { pendingStart = location }
            pending.append(line)
        }
        // A short first line before anything else is the title ("Protokoll styrelsemöte 2019-09-25").
        if isFirst && title == nil && lines.count == 1 && pending.count == 1 && pending[0].plainText.count <= 100
            && !pending[0].plainText.hasSuffix(".") {
            title = pending[0]
            titleLocation = block.location
            return
        }
        flush(into: &rest)
    }

    /// Claims a `Label: value` line for a field or an attendance list.
    private mutating func claimLine(_ line: [Inline], at location: SourceLocation) -> Bool {
        let whole = Vocabulary.key(line.plainText)
        if let kind = Vocabulary.attendanceKind(whole), line.plainText.count < 48 {
            startGroup(label: line.plainText, kind: kind)
            return true
        }
        // "Övriga närvarande Karin Knutsson (EY)": a form-style label and its first row on one line.
        if let (label, kind, rest) = Vocabulary.attendanceLabelPrefix(of: line.plainText), let attendee = AttendeeRowParser.parse(rest) {
            startGroup(label: label, kind: kind)
            if let group = openGroup { attendance[group].attendees.append(attendee) }
            return true
        }
        guard let (label, value) = line.leadingLabel() else { return false }
        let key = Vocabulary.key(label)
        if let field = Vocabulary.fieldLabel(key) {
            openGroup = nil
            // A leading U+FFFD is a no-break space lost to a wrong encoding ("Plats:\u{FFFD}Logen").
            let text = value.plainText.trimmingSpaces.drop(while: { $0 == "\u{FFFD}" })
            fields.append(FieldValue(label: field, text: String(text), location: location))
            return true
        }
        if let kind = Vocabulary.attendanceKind(key) {
            // A value without letters ("Närvarande:\\", a hard break that ended the paragraph) is no value.
            let raw = value.plainText.trimmingSpaces
            let text = raw.contains(where: \.isLetter) ? raw : ""
            let names = AttendeeRowParser.parseNameList(text)
            // "Närvarande: 23 röstberättigade medlemmar enligt röstlängd" is a remark, not a list: keep it as text.
            guard text.isEmpty || names != nil else { return false }
            startGroup(label: label, kind: kind)
            if let group = openGroup { attendance[group].attendees += names ?? [] }
            return true
        }
        return false
    }

    /// "Anna A, Bertil B, Cecilia C": three or more names on one line.
    private func commaList(_ text: String) -> [Attendee]? {
        guard !text.contains("\t"), AttendeeRowParser.splitCommas(text).count >= 3 else { return nil }
        guard let list = AttendeeRowParser.parseNameList(text),
              list.allSatisfy({ $0.organisation == nil && $0.roles.isEmpty && $0.presence.isEmpty }) else { return nil }
        return list
    }

    private mutating func startGroup(label: String, kind: AttendanceKind) {
        var text = Vocabulary.repairedAttendanceLabel(label.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "))
        while let last = text.last, last == ":" { text.removeLast() }
        if let existing = attendance.firstIndex(where: { Vocabulary.key($0.label) == Vocabulary.key(text) }) {
            openGroup = existing
            return
        }
        attendance.append(AttendanceGroup(label: text, kind: kind, attendees: []))
        openGroup = attendance.count - 1
    }
}
