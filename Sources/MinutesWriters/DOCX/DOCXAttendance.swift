import MinutesModel

/// One attendee table per attendance group, each under its own heading; the header row repeats on every page.
struct DOCXAttendance {
    let body: DOCXBody
    let labels: MinutesLabels

    func write(_ groups: [AttendanceGroup]) throws {
        let frame = DOCXTable(style: "Narvarotabell", columns: DOCXMeasure.attendeeColumns, hasHeaderRow: true)
        for group in groups where !group.attendees.isEmpty {
            try body.paragraph(DOCXParagraph(style: "Narvarorubrik")) { try body.inlines.run(group.label, style: .init()) }
            try body.table(frame) {
                try frame.row(body.ml, isHeader: true, cellBorderBottom: true, cells: cells(labels.attendeeColumns, bold: true))
                for attendee in group.attendees {
                    try frame.row(body.ml, cells: cells(AttendeeNote.row(attendee), bold: false))
                }
            }
        }
    }

    private func cells(_ texts: [String], bold: Bool) -> [() throws -> Void] {
        texts.map { text in { try body.cell([.text(text)], bold: bold) } }
    }
}
