import MinutesModel
import OfficePackaging

/// The user's ODT template (`--reference-doc mall.odt`) as the writer applies it: the template's styles.xml
/// (page layout, header, footer, its own style definitions) with the house style's definitions added for
/// every style it lacks, and its pictures.
struct ODTReferenceDocument {
    let template: ODTTemplate

    /// The template in `options`, or nil when there is none; throws `TemplateError` when it cannot serve.
    init?(_ options: WriterOptions) throws {
        guard let bytes = options.referenceDocuments[ODTWriter.format.id] else { return nil }
        template = try ODTTemplate(bytes)
    }

    /// The master page the body must start, or nil when the template's first one is "Standard" (the default).
    var bodyMasterPage: String? {
        template.masterPageName == "Standard" ? nil : template.masterPageName
    }

    /// The template's styles with every style in `ODTStyle.contentStyles` and `content` refers to that it
    /// lacks copied from `house` (the filled house styles.xml).
    func styles(merging house: [UInt8], content: ODTNode?) throws -> StyleMergeResult {
        var required = ODTStyle.contentStyles
        for name in content.map(Self.referencedStyles) ?? [] where !required.contains(name) { required.append(name) }
        return try template.styles(merging: house, required: required, keepingFooter: true)
    }

    /// The one-line note naming the styles taken from the house style, or nil when none were needed.
    static func note(added: [String]) -> String? {
        guard !added.isEmpty else { return nil }
        return "the template lacks \(added.map(ODFStyleName.decoded).joined(separator: ", ")); Protokoll's own definitions are used"
    }

    /// Attributes whose value names a style.
    private static let styleAttributes: Set<String> = [
        "text:style-name", "table:style-name", "style:parent-style-name", "style:next-style-name", "style:list-style-name",
    ]

    /// The style names `root` refers to that its own `office:automatic-styles` do not define, in document order.
    static func referencedStyles(_ root: ODTNode) -> [String] {
        var automatic: Set<String> = []
        var referenced: [String] = []
        func visit(_ node: ODTNode, inAutomatic: Bool) {
            guard case .element(let name, let attributes, let children) = node else { return }
            for (key, value) in attributes {
                if inAutomatic && key == "style:name" { automatic.insert(value) }
                if styleAttributes.contains(key) && !referenced.contains(value) { referenced.append(value) }
            }
            for child in children { visit(child, inAutomatic: inAutomatic || name == "office:automatic-styles") }
        }
        visit(root, inAutomatic: false)
        return referenced.filter { !automatic.contains($0) }
    }
}

extension ODTWriter {
    /// Checks the ODT template in `options.referenceDocuments` (`--reference-doc mall.odt`) and says what
    /// Protokoll adds to it: at most one note, naming the styles the writer needs that the template lacks and
    /// that therefore come from the house style `options.style`. Empty when there is no template or it
    /// lacks nothing. The writer cannot print; the CLI shows the note once per run.
    /// Throws `TemplateError` when the template is not a usable ODT, a `WriterError` when the house style is missing.
    public static func referenceNotes(options: WriterOptions) throws -> [String] {
        guard let reference = try ODTReferenceDocument(options) else { return [] }
        let merged = try reference.styles(merging: try ODTStyles.part(Metadata(), style: options.style), content: nil)
        return ODTReferenceDocument.note(added: merged.added).map { [$0] } ?? []
    }
}
