/// A template's zip archive, with read failures reported as `TemplateError`.
struct TemplateArchive {
    let reader: ZipReader

    /// Opens `bytes` as a zip archive.
    init(_ bytes: [UInt8]) throws {
        do {
            reader = try ZipReader(bytes)
        } catch {
            throw TemplateError.unreadableArchive("\(error)")
        }
    }

    /// Whether the archive has entry `name`.
    func contains(_ name: String) -> Bool { reader.entry(name) != nil }

    /// The data of entry `name`, or nil when the archive has no such entry.
    func dataIfPresent(_ name: String) throws -> [UInt8]? {
        guard contains(name) else { return nil }
        return try data(name)
    }

    /// The data of entry `name`; a missing entry is `TemplateError.missingPart`.
    func data(_ name: String) throws -> [UInt8] {
        guard contains(name) else { throw TemplateError.missingPart(name) }
        do {
            return try reader.data(name)
        } catch {
            throw TemplateError.unreadableArchive("\(name): \(error)")
        }
    }

    /// A media type guessed from the file extension, for pictures the package metadata does not type.
    static func mediaType(byExtension path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        case "bmp": return "image/bmp"
        case "tif", "tiff": return "image/tiff"
        case "emf": return "image/x-emf"
        case "wmf": return "image/x-wmf"
        default: return "application/octet-stream"
        }
    }
}
