import Foundation

/// What LibreOffice made of a document: the PDF's text (pdftotext), fonts (pdffonts) and images (pdfimages -list).
public struct RenderedPDF: Sendable {
    /// pdftotext's output; pages are separated by form feeds.
    public let raw: String
    /// pdffonts' table.
    public let fonts: String
    /// pdfimages -list's table.
    public let images: String

    /// The whole text with white space collapsed (no-break spaces included).
    public var text: String { RenderedPDF.collapse(raw) }

    /// The text page by page, white space collapsed, empty trailing pages dropped.
    public var pages: [String] { raw.split(separator: "\u{000C}").map { RenderedPDF.collapse(String($0)) }.filter { !$0.isEmpty } }

    /// Whether the text holds `phrase`, white space collapsed in both.
    public func contains(_ phrase: String) -> Bool { text.contains(RenderedPDF.collapse(phrase)) }

    /// Whether the PDF holds at least one image (a logo).
    public var hasImage: Bool {
        images.split(separator: "\n").dropFirst(2).contains { $0.split(separator: " ").dropFirst(2).first == "image" }
    }

    /// `s` with runs of white space, no-break spaces included, collapsed to one space.
    public static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" || $0 == "\u{202F}" }).joined(separator: " ")
    }
}

/// Opens documents in LibreOffice, headless, as a user's office suite would; tests skip when it is not installed.
public enum LibreOffice {
    static let tools = ["/usr/bin/soffice", "/usr/bin/pdftotext", "/usr/bin/pdffonts", "/usr/bin/pdfimages", "/usr/bin/timeout"]

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
            let images = try CommandRunner.run("/usr/bin/pdfimages", ["-list", pdf])
            guard text.status == 0, fonts.status == 0, images.status == 0 else { throw RenderError(message: "no readable PDF for \(name)") }
            rendered[name] = RenderedPDF(raw: text.stdout, fonts: fonts.stdout, images: images.stdout)
        }
        return rendered
    }

    /// The document as LibreOffice saves it in format `format` ("odt", "docx"), as a user's "Save as" would.
    public static func resave(_ bytes: [UInt8], named name: String, as format: String) throws -> [UInt8] {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name)
        try Data(bytes).write(to: input)
        let out = folder.appendingPathComponent("out")
        let profile = folder.appendingPathComponent("profile").absoluteString
        let converted = try CommandRunner.run("/usr/bin/timeout", [
            "240", "/usr/bin/soffice", "--headless", "-env:UserInstallation=" + profile, "--convert-to", format, "--outdir", out.path, input.path,
        ])
        let saved = out.appendingPathComponent((name as NSString).deletingPathExtension + "." + format)
        guard converted.status == 0, let data = FileManager.default.contents(atPath: saved.path) else {
            throw RenderError(message: "soffice could not save \(name) as \(format): \(converted.stderr)")
        }
        return Array(data)
    }

    /// Renders one document.
    public static func render(_ bytes: [UInt8], named name: String) throws -> RenderedPDF {
        guard let pdf = try render([name: bytes])[name] else { throw RenderError(message: "no PDF for \(name)") }
        return pdf
    }

    /// Why a rendering failed.
    public struct RenderError: Error, CustomStringConvertible {
        /// What went wrong.
        public let message: String
        public var description: String { message }
    }
}
