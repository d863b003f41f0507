/// A user's DOCX template (`--reference-doc mall.docx`): its styles, page setup, headers and footers.
///
/// The writer replaces its bundled `word/styles.xml` with `styles(merging:required:)`, adds
/// `headerFooterParts` (and their media) to the package, and ends its body with
/// `sectionProperties(remapping:)`.
public struct DOCXTemplate: Sendable {
    /// The template's styles part as stored.
    let stylesXML: [UInt8]
    /// Every header and footer the template's last section references, ready to add to the package.
    public let headerFooterParts: [TemplatePart]
    /// The template's last `w:sectPr` (page size, margins, header/footer references with the template's
    /// relationship ids), serialised standalone with its namespace declarations; nil when it has none.
    public let sectionProperties: [UInt8]?

    /// Reads `bytes` as a DOCX; throws `TemplateError` when it is not a WordprocessingML package or has no styles.
    public init(_ bytes: [UInt8]) throws {
        let package = try DOCXTemplatePackage(TemplateArchive(bytes))
        guard let stylesPath = package.documentRelationships.first(where: { $0.type.hasSuffix("/relationships/styles") })?.resolvedTarget,
              package.archive.contains(stylesPath)
        else { throw TemplateError.missingPart("word/styles.xml") }
        stylesXML = try package.archive.data(stylesPath)
        let section = try DOCXTemplateSection(package)
        sectionProperties = section.properties
        headerFooterParts = try package.headerFooterParts(section.references)
    }

    /// The template's section properties with header/footer relationship ids renamed through `remapping`
    /// (template id → the id the writer gave the part); references whose id is not a key are dropped.
    public func sectionProperties(remapping: [String: String]) -> [UInt8]? {
        sectionProperties.flatMap { DOCXTemplateSection.remap($0, remapping) }
    }
}
