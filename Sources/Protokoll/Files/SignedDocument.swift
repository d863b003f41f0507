import Foundation
import OfficePackaging

/// Recognises a document someone has signed, which Protokoll never overwrites: a PDF with a signature
/// dictionary (`/ByteRange`), an ODF package with `META-INF/documentsignatures.xml`, an OOXML package with
/// `_xmlsignatures/`.
enum SignedDocument {
    /// Why the file at `path` must not be replaced, or nil when it is not a signed document (or does not exist).
    static func reason(atPath path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            // There but unreadable: it might be signed, so it is not replaced.
            return FileManager.default.fileExists(atPath: path)
                ? "\(path) exists but cannot be read to check whether it is signed; Protokoll does not replace it" : nil
        }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return "\(path) cannot be read to check whether it is signed; Protokoll does not replace it" }
        let bytes = [UInt8](data)
        if bytes.starts(with: Array("%PDF-".utf8)) {
            return contains(bytes, "/ByteRange") ? "\(path) is a signed PDF (it has a signature dictionary); Protokoll never overwrites a signed document — convert to another name or folder" : nil
        }
        guard bytes.starts(with: [0x50, 0x4B]), let zip = try? ZipReader(bytes) else { return nil }
        if zip.entry("META-INF/documentsignatures.xml") != nil || zip.entries.contains(where: { $0.name.hasPrefix("_xmlsignatures/") }) {
            return "\(path) is a signed document (it carries a digital signature); Protokoll never overwrites a signed document — convert to another name or folder"
        }
        return nil
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0] == needle[0] && bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
