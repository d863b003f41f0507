/// Names of the styles the writer uses: named ones live in `styles/odt/styles.xml`, the table ones are
/// automatic styles in content.xml (`ODTAutomaticStyles`).
enum ODTStyle {
    // Paragraph styles (styles.xml)
    static let body = "Text_20_body"
    static let title = "Protokoll_20_rubrik"
    static let attendanceHeading = "Narvarorubrik"
    static let listItem = "Listpunkt"
    static let quote = "Citat"
    static let codeBlock = "Kodblock"
    static let separator = "Avskiljare"
    static let decision = "Beslut"
    static let clause = "Beslutssats"
    static let clauseAttachment = "Beslutsbilaga"
    static let tableContents = "Table_20_Contents"
    static let tableHeading = "Table_20_Heading"
    static let factLabel = "Faktaetikett"
    static let factGroup = "Faktagrupp"
    static let attendeeCell = "Narvarotabell"
    static let attendeeHeaderCell = "Narvarotabell_20_rubrik"
    static let signatureRole = "Underskrift_20_roll"
    static let signatureName = "Underskrift"
    static let itemDiaryNumber = "Dnr"
    static let signatureHeading = "Underskrifter_20_rubrik"
    static let signatureNote = "Underskrift_20_not"
    static let postingHeading = "Anslagsrubrik"
    static let postingStatement = "Anslagstext"
    static let header = "Sidhuvud"
    static let protocolHeader = "Sidhuvud_20_protokoll"
    static let protocolHeaderLast = "Sidhuvud_20_datum"
    static let footer = "Sidfot"

    /// Item headings are outline level 2; sub-headings 3 and deeper share the deepest defined style.
    static func heading(outlineLevel: Int) -> String {
        "Heading_20_\(min(max(outlineLevel, 2), 4))"
    }

    // Text styles (styles.xml)
    static let emphasis = "Betoning"
    static let strong = "Stark_20_betoning"
    static let code = "Kod"
    static let link = "Lank"

    // List styles (styles.xml)
    static let bulletList = "Punktlista"
    static let numberedList = "Numrering"
    static let clauseBulletList = "Beslutspunktlista"
    static let clauseNumberedList = "Beslutsnumrering"

    // Automatic styles (content.xml)
    static let keepWithNext = "Behall"
    /// The title's automatic variant that starts a user template's own master page.
    static let firstPage = "Forsta_20_sida"

    /// Every named style content.xml can refer to (the header and footer ones live in styles.xml only):
    /// what a user's template must define or get from the house style.
    static let contentStyles: [String] = [
        body, title, attendanceHeading, listItem, quote, codeBlock, separator, decision, clause, clauseAttachment,
        tableContents, tableHeading, factLabel, factGroup, attendeeCell, attendeeHeaderCell, signatureRole,
        signatureName, itemDiaryNumber, signatureHeading, signatureNote, postingHeading, postingStatement,
    ] + (2...4).map { heading(outlineLevel: $0) } + [
        emphasis, strong, code, link, bulletList, numberedList, clauseBulletList, clauseNumberedList,
    ]
}
