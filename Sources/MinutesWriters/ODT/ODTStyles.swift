import Foundation
import MinutesModel
import ProtokollStyles

/// styles.xml: the house style from `styles/odt/styles.xml`, with the running header filled in.
enum ODTStyles {
    static let templateName = "styles.xml"
    private static let headerOpen = "<style:header>"
    private static let headerClose = "</style:header>"

    /// The template as shipped, or nil when the resource is missing.
    static let template: String? = ProtokollStyles.directory(for: "odt")
        .flatMap { try? String(contentsOf: $0.appendingPathComponent(templateName), encoding: .utf8) }

    static func part(_ meta: Metadata) throws -> [UInt8] {
        guard let template else { throw failure("the house style styles/odt/\(templateName) is missing") }
        guard let open = template.range(of: headerOpen),
              let close = template.range(of: headerClose, range: open.upperBound..<template.endIndex) else {
            throw failure("styles/odt/\(templateName) has no style:header to fill in")
        }
        let header = try ODTXML.fragment(headerParagraph(meta))
        var filled = template
        filled.replaceSubrange(open.upperBound..<close.lowerBound, with: "\n    " + header + "\n   ")
        return Array(filled.utf8)
    }

    /// Kind and organ on the left, the ISO date at the right tab stop.
    static func headerParagraph(_ meta: Metadata) -> ODTNode {
        var content: [ODTNode] = [.text(RunningHeader.left(meta))]
        let right = RunningHeader.right(meta)
        if !right.isEmpty { content += [.el("text:tab"), .text(right)] }
        return ODTBlocks.paragraph(ODTStyle.header, content)
    }

    private static func failure(_ reason: String) -> WriterError {
        WriterError.failed(format: ODTWriter.format.id, reason: reason)
    }
}
