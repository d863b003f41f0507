import MinutesModel
import Testing
@testable import SwedishTypography

/// U+00A0 NO-BREAK SPACE, spelled out for expectations.
let nbsp = "\u{00A0}"
/// U+2013 EN DASH, spelled out for expectations.
let ndash = "\u{2013}"

/// A date from an ISO string, failing the test when it is not a date.
func date(_ iso: String) throws -> LocalDate {
    try #require(LocalDate(iso: iso))
}

/// A time from hour and minute, failing the test when it is not a time.
func time(_ hour: Int, _ minute: Int) throws -> LocalTime {
    try #require(LocalTime(hour: hour, minute: minute))
}

/// A date-time from an ISO string, failing the test when it is not one.
func dateTime(_ iso: String) throws -> LocalDateTime {
    try #require(LocalDateTime(iso: iso))
}

/// Typesets `text` with the default typographer.
func typeset(_ text: String) -> String { Typographer().typeset(text) }

/// An expectation written with `~` for U+00A0 (the en dash is written as itself, `–`).
func nb(_ text: String) -> String { String(text.map { $0 == "~" ? "\u{00A0}" : $0 }) }
