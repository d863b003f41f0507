import Foundation
import ProtokollStyles

/// The house-style parts shipped under `styles/docx/word/` (or `styles/houses/<style>/docx/word/`), copied into
/// every package as they are.
enum DOCXStyleParts {
    private static let cache = ResourceCache<[UInt8]>()

    static func load(_ part: DOCXWordPart, style: String = ProtokollStyles.standard) throws -> [UInt8] {
        try cache.value(style + "/" + part.fileName) { try read(part, style: style) }
    }

    private static func read(_ part: DOCXWordPart, style: String) throws -> [UInt8] {
        guard let directory = ProtokollStyles.directory(for: "docx", style: style) else {
            throw WriterError.failed(format: "docx", reason: "the house style “\(style)” has no docx parts in the resource bundle")
        }
        let url = directory.appendingPathComponent("word").appendingPathComponent(part.fileName)
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw WriterError.failed(format: "docx", reason: "cannot read style part word/\(part.fileName): \(error)")
        }
    }
}
