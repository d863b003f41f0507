import Foundation
import ProtokollStyles

/// The house-style parts shipped under `styles/docx/word/`, copied into every package as they are.
enum DOCXStyleParts {
    static func load(_ part: DOCXWordPart) throws -> [UInt8] {
        guard let directory = ProtokollStyles.directory(for: "docx") else {
            throw WriterError.failed(format: "docx", reason: "the docx house style is missing from the resource bundle")
        }
        let url = directory.appendingPathComponent("word").appendingPathComponent(part.fileName)
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw WriterError.failed(format: "docx", reason: "cannot read style part word/\(part.fileName): \(error)")
        }
    }
}
