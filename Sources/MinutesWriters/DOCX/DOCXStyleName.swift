/// The DOCX style ids the writer refers to (`w:pStyle`, `w:rStyle`, `w:tblStyle`), as docs/templates.md lists
/// them: a `--reference-doc` lacking one gets the house style's definition (with what it is based on).
enum DOCXStyleName {
    static let contentStyles = [
        "ProtokollRubrik", "Heading1", "Heading2", "Narvarorubrik", "Tabelltext", "Narvarotabell", "TableGrid",
        "Dnr", "Beslut", "Beslutssats", "Beslutsbilaga", "ListParagraph", "Quote", "Kodblock", "Avskiljare",
        "Underskriftsrubrik", "UnderskriftRoll", "Underskriftslinje", "Underskrift", "UnderskriftNot",
        "Anslagsrubrik", "Anslagstext", "Header", "SidhuvudProtokoll", "SidhuvudDatum", "Footer", "Hyperlink", "Kod",
    ]
}
