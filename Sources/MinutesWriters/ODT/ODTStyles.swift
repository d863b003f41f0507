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

    /// The template cut once at the places each document fills: the end of the automatic styles, the header and
    /// the footer (searching 18 KB of text for them per document cost a tenth of a batch's time).
    struct Pieces: Sendable {
        let automatic: Substring, beforeHeader: Substring, betweenHeaderAndFooter: Substring, afterFooter: Substring
    }

    private static let cache = ResourceCache<Pieces>()

    static func part(_ meta: Metadata, style: String = ProtokollStyles.standard, furniture: PageFurniture? = nil) throws -> [UInt8] {
        let pieces = try cache.value(style) { try cut(style: style) }
        var filled = String(pieces.automatic)
        if let furniture { filled += try ODTRunningHeader.boxStyles(furniture).map(ODTXML.fragment).joined() }
        filled += pieces.beforeHeader
        filled += try ODTXML.fragment(ODTRunningHeader.header(meta))
        filled += pieces.betweenHeaderAndFooter
        filled += try ODTRunningHeader.footer(meta, furniture: furniture).map(ODTXML.fragment) ?? ""
        filled += pieces.afterFooter
        return Array(filled.utf8)
    }

    /// The house style's template in pieces; throws when it lacks a place to fill.
    private static func cut(style: String) throws -> Pieces {
        guard let template = template(style: style) else {
            throw failure("the house style “\(style)” has no odt/\(templateName) in the resource bundle")
        }
        func range(_ text: String, after start: String.Index) throws -> Range<String.Index> {
            guard let found = template.range(of: text, range: start..<template.endIndex) else {
                throw failure("styles/odt/\(templateName) has no \(text) to fill in")
            }
            return found
        }
        let automaticEnd = try range("</office:automatic-styles>", after: template.startIndex)
        let headerOpen = try range("<style:header>", after: automaticEnd.upperBound)
        let headerClose = try range("</style:header>", after: headerOpen.upperBound)
        let footerOpen = try range("<style:footer>", after: headerClose.upperBound)
        let footerClose = try range("</style:footer>", after: footerOpen.upperBound)
        return Pieces(
            automatic: template[..<automaticEnd.lowerBound], beforeHeader: template[automaticEnd.lowerBound..<headerOpen.lowerBound],
            betweenHeaderAndFooter: template[headerClose.upperBound..<footerOpen.lowerBound], afterFooter: template[footerClose.upperBound...])
    }

    private static func failure(_ reason: String) -> WriterError {
        WriterError.failed(format: ODTWriter.format.id, reason: reason)
    }
}
