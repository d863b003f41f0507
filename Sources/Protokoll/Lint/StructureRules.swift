import Foundation

/// Meeting times and the header a sammanträdesprotokoll needs. The parser reports numbering gaps, repeats and
/// steps back (`item-gap`, `duplicate-item`, `item-order`) and a decision label without text (`empty-decision`)
/// itself, so `check` shows them from there.
enum StructureRules {
    static func findings(_ minutes: Minutes, _ text: LintText) -> [Diagnostic] {
        timeOrder(minutes, text) + missingOrgan(minutes)
    }

    /// An end before the start on the same day.
    static func timeOrder(_ minutes: Minutes, _ text: LintText) -> [Diagnostic] {
        guard let start = minutes.meta.start, let end = minutes.meta.end, let startTime = start.time, let endTime = end.time,
              start.date == end.date, endTime < startTime else { return [] }
        let written = { (time: LocalTime) in String(format: "%02d.%02d", time.hour, time.minute) }
        let location = text.location(of: written(endTime)) ?? text.location(of: written(startTime)) ?? SourceLocation(line: 1, column: 1)
        return [Diagnostic(.warning, "end-before-start",
            "the meeting ends at \(written(endTime)), before it starts at \(written(startTime))", at: location)]
    }

    /// A sammanträdesprotokoll names the body that met.
    static func missingOrgan(_ minutes: Minutes) -> [Diagnostic] {
        guard minutes.meta.kind == .sammantradesprotokoll, minutes.meta.organ?.isEmpty ?? true else { return [] }
        return [Diagnostic(.warning, "missing-organ",
            "a sammanträdesprotokoll without the body that met (add an `organ:` line to the front matter)", at: SourceLocation(line: 1, column: 1))]
    }
}
