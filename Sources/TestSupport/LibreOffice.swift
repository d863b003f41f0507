import Foundation

/// What LibreOffice made of a document: the PDF's text (pdftotext) and the fonts it embeds (pdffonts).
public struct RenderedPDF: Sendable {
    public let text: String
    public let fonts: String

    /// The text with all white space (no-break spaces included) collapsed to single spaces.
    public var collapsedText: String { RenderedPDF.collapse(text) }

    /// `s` with runs of white space, no-break spaces included, collapsed to one space.
    public static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" || $0 == "\u{202F}" }).joined(separator: " ")
    }
}

/// Opens documents in LibreOffice, headless, as a user's office suite would; tests skip when it is not installed.
public enum LibreOffice {
    static let tools = ["/usr/bin/soffice", "/usr/bin/pdftotext", "/usr/bin/pdffonts", "/usr/bin/timeout"]

    /// Whether soffice and the poppler tools are installed.
    public static var isInstalled: Bool { tools.allSatisfy(FileManager.default.isExecutableFile) }

    /// Converts each document (file name with extension → bytes) to PDF in one soffice run and reads it back.
    public static func render(_ documents: [String: [UInt8]]) throws -> [String: RenderedPDF] {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (name, bytes) in documents.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            paths.append(url.path)
        }
        let profile = folder.appendingPathComponent("profile").absoluteString
        let converted = try CommandRunner.run("/usr/bin/timeout", [
            "240", "/usr/bin/soffice", "--headless", "-env:UserInstallation=" + profile, "--convert-to", "pdf", "--outdir", folder.path,
        ] + paths)
        guard converted.status == 0 else { throw RenderError(message: "soffice exited \(converted.status): \(converted.stderr)") }
        var rendered: [String: RenderedPDF] = [:]
        for name in documents.keys {
            let pdf = folder.appendingPathComponent((name as NSString).deletingPathExtension + ".pdf").path
            let text = try CommandRunner.run("/usr/bin/pdftotext", [pdf, "-"])
            let fonts = try CommandRunner.run("/usr/bin/pdffonts", [pdf])
            guard text.status == 0, fonts.status == 0 else { throw RenderError(message: "no readable PDF for \(name)") }
            rendered[name] = RenderedPDF(text: text.stdout, fonts: fonts.stdout)
        }
        return rendered
    }

    /// Why a rendering failed.
    public struct RenderError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}
