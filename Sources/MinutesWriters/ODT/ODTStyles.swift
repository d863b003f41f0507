import Foundation
import MinutesModel
import ProtokollStyles

/// styles.xml: the house style from `styles/odt/styles.xml`, with the running header and footer filled in.
enum ODTStyles {
    static let templateName = "styles.xml"

    /// The house style's styles.xml as shipped, or nil when the style or the resource is missing.
    static func template(style: String) -> String? {
        ProtokollStyles.directory(for: "odt", style: style)
            .flatMap { try? String(contentsOf: $0.appendingPathComponent(templateName), encoding: .utf8) }
    }

    static func part(_ meta: Metadata, style: String = ProtokollStyles.standard, furniture: PageFurniture? = nil) throws -> [UInt8] {
        guard let template = template(style: style) else {
            throw failure("the house style “\(style)” has no odt/\(templateName) in the resource bundle")
        }
        var filled = template
        try fill("style:header", in: &filled, with: ODTRunningHeader.header(meta))
        try fill("style:footer", in: &filled, with: ODTRunningHeader.footer(meta, furniture: furniture))
        if let furniture, let end = filled.range(of: "</office:automatic-styles>") {
            filled.insert(contentsOf: try ODTRunningHeader.boxStyles(furniture).map(ODTXML.fragment).joined(), at: end.lowerBound)
        }
        return Array(filled.utf8)
    }

    /// Replaces the template's `<element>…</element>` by `node`, or removes it when `node` is nil.
    private static func fill(_ element: String, in text: inout String, with node: ODTNode?) throws {
        guard let open = text.range(of: "<\(element)>"),
              let close = text.range(of: "</\(element)>", range: open.upperBound..<text.endIndex) else {
            throw failure("styles/odt/\(templateName) has no \(element) to fill in")
        }
        text.replaceSubrange(open.lowerBound..<close.upperBound, with: try node.map(ODTXML.fragment) ?? "")
    }

    private static func failure(_ reason: String) -> WriterError {
        WriterError.failed(format: ODTWriter.format.id, reason: reason)
    }
}
