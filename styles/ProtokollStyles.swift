import Foundation

/// The bundled house styles: unzipped, diffable ODT and DOCX parts.
public enum ProtokollStyles {
    /// The folder holding one format's style parts (`odt` or `docx`), inside the resource bundle.
    public static func directory(for format: String) -> URL? {
        Bundle.module.url(forResource: format, withExtension: nil)
    }
}
