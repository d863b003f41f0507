import Foundation

/// The bundled house styles: unzipped, diffable ODT and DOCX parts, one folder per style.
public enum ProtokollStyles {
    /// The default house style.
    public static let standard = "standard"

    /// The names of the bundled styles: `standard`, and each folder under `houses/` that has parts.
    public static var names: [String] {
        guard let houses = Bundle.module.url(forResource: "houses", withExtension: nil),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: houses.path) else { return [standard] }
        return ([standard] + entries.filter { !$0.hasPrefix(".") }).sorted()
    }

    /// The folder holding one format's style parts (`odt` or `docx`) of a house style, inside the resource bundle;
    /// nil for an unknown style or format.
    public static func directory(for format: String, style: String = standard) -> URL? {
        if style == standard { return Bundle.module.url(forResource: format, withExtension: nil) }
        guard names.contains(style), let houses = Bundle.module.url(forResource: "houses", withExtension: nil) else { return nil }
        let folder = houses.appendingPathComponent(style).appendingPathComponent(format)
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }
}
