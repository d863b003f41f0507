import Foundation
import ProtokollStyles

/// The house styles bundled with Protokoll, chosen with `--style NAME`.
public enum HouseStyles {
    /// Style names in alphabetical order; `standard` is the default.
    public static var available: [String] { ProtokollStyles.names }

    /// Reads a template for `--reference-doc`: its format comes from the extension (`.odt` or `.docx`).
    public static func referenceDocument(at path: String) throws -> (format: String, bytes: [UInt8]) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard ext == "odt" || ext == "docx" else {
            throw ReferenceDocumentError("\(path): a reference document is an .odt or .docx file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReferenceDocumentError("\(path): cannot read the reference document")
        }
        return (ext, Array(data))
    }
}

/// Why a reference document cannot be used.
public struct ReferenceDocumentError: Error, CustomStringConvertible {
    /// The message.
    public let description: String

    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
