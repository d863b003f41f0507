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

    init(blocks: [SourceBlock]) {
        for (index, block) in blocks.enumerated() { add(block, isFirst: index == 0) }
    }

    private mutating func add(_ block: SourceBlock, isFirst: Bool) {
        switch block.kind {
        case .heading(_, let inlines):
            openGroup = nil
            let key = Vocabulary.key(inlines.plainText)
            if let kind = Vocabulary.attendanceLabels[key] {
                startGroup(label: inlines.plainText, kind: kind)
            } else if title == nil && fields.isEmpty && attendance.isEmpty {
                title = inlines
                titleLocation = block.location
            } else if let field = Vocabulary.fieldLabels[key] {
                fields.append(FieldValue(label: field, text: "", location: block.location))
            } else if !MeetingTimeParser.parse(inlines.plainText).isEmpty, !fields.contains(where: { $0.label == .date }),
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
        case .html, .code:
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
        var leftover: [[Inline]] = []
        for (offset, line) in lines.enumerated() {
            let location = SourceLocation(line: block.location.line + offset, column: block.location.column)
            if claimLine(line, at: location) { continue }
            leftover.append(line)
        }
        guard !leftover.isEmpty else { return }
        // A whole paragraph of rows under an open attendance label.
        if let group = openGroup {
            let rows = leftover.map { AttendeeRowParser.parse($0.plainText) }
            if leftover.count == 1, let list = commaList(leftover[0].plainText) {
                attendance[group].attendees += list
                return
            }
            if rows.allSatisfy({ $0 != nil }) {
                attendance[group].attendees += rows.compactMap { $0 }
                return
            }
            openGroup = nil
        }
        // A short first line before anything else is the title ("Protokoll styrelsemöte 2019-09-25").
        if isFirst && title == nil && leftover.count == 1 && leftover[0].plainText.count <= 100 && !leftover[0].plainText.hasSuffix(".") {
            title = leftover[0]
            titleLocation = block.location
            return
        }
        rest.append(SourceBlock(kind: .paragraph(lines: leftover), location: block.location))
    }

    /// Claims a `Label: value` line for a field or an attendance list.
    private mutating func claimLine(_ line: [Inline], at location: SourceLocation) -> Bool {
        let whole = Vocabulary.key(line.plainText)
        if let kind = Vocabulary.attendanceLabels[whole], line.plainText.count < 48 {
            startGroup(label: line.plainText, kind: kind)
            return true
        }
        guard let (label, value) = line.leadingLabel() else {
            if let last = fields.indices.last, fields[last].text.isEmpty, openGroup == nil {
                fields[last].text = line.plainText.trimmingSpaces
                return true
            }
            return false
        }
        let key = Vocabulary.key(label)
        if let field = Vocabulary.fieldLabels[key] {
            openGroup = nil
            fields.append(FieldValue(label: field, text: value.plainText.trimmingSpaces, location: location))
            return true
        }
        if let kind = Vocabulary.attendanceLabels[key] {
            startGroup(label: label, kind: kind)
            let text = value.plainText.trimmingSpaces
            if let group = openGroup, !text.isEmpty {
                attendance[group].attendees += AttendeeRowParser.parseNameList(text) ?? []
            }
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
        var text = label.trimmingSpaces
        while let last = text.last, last == ":" { text.removeLast() }
        if let existing = attendance.firstIndex(where: { Vocabulary.key($0.label) == Vocabulary.key(text) }) {
            openGroup = existing
            return
        }
        attendance.append(AttendanceGroup(label: text, kind: kind, attendees: []))
        openGroup = attendance.count - 1
    }
}
