/// Page geometry in twentieths of a point (twips): A4 with 2.5 cm margins.
enum DOCXMeasure {
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let margin = 1417
    static let headerDistance = 709
    /// The width between the margins, where tables and the header's right tab end.
    static let textWidth = pageWidth - 2 * margin
    /// How far each nesting step (attachments, quotes, list levels) moves text in.
    static let indentStep = 567
    /// The hanging indent of a list marker.
    static let listHanging = 357
    /// Twips in `centimetres` (567 a centimetre, rounded).
    static func twips(centimetres: Double) -> Int { Int((centimetres * 1440 / 2.54).rounded()) }
    /// Label/value grids: the narrowest label column.
    static let factLabelWidth = 1701

    /// A label column wide enough that no label wraps ("Justeringens plats och tid" in bold 10.5 pt Arial, about
    /// 100 twips a character, plus the cell's right margin and some slack), at least `factLabelWidth`, at most half the text width.
    static func labelColumn(for labels: [String]) -> Int {
        let longest = labels.map(\.count).max() ?? 0
        return min(max(factLabelWidth, longest * 100 + 170), textWidth / 2)
    }
    /// Attendee table column widths: Namn, Organisation, Anteckning.
    static let attendeeColumns = [2835, 3119, textWidth - 2835 - 3119]
}
