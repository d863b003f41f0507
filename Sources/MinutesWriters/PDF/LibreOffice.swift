import Foundation
import Synchronization

/// LibreOffice as Protokoll's PDF packager: headless, one private user profile per concurrent conversion (kept warm
/// for the whole run, removed at exit), a deadline on every call.
final class LibreOffice: Sendable {
    /// The one instance of a process; its profiles are removed when the process exits.
    static let shared = LibreOffice()

    /// The PDF/A-2b export: tagged, bookmarks from headings, fonts embedded (PDF/A requires it), form fields as
    /// fields, no encryption or JavaScript (LibreOffice adds neither unless asked).
    static let pdfExportFilter = "pdf:writer_pdf_Export:" + """
        {"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"},\
        "ExportBookmarks":{"type":"boolean","value":"true"},"ExportFormFields":{"type":"boolean","value":"true"},\
        "EmbedStandardFonts":{"type":"boolean","value":"true"},"ExportNotes":{"type":"boolean","value":"false"}}
        """

    /// Seconds one conversion may take before it is killed (`PROTOKOLL_SOFFICE_TIMEOUT` overrides).
    static var timeout: Double {
        ProcessInfo.processInfo.environment["PROTOKOLL_SOFFICE_TIMEOUT"].flatMap(Double.init) ?? 180
    }

    private struct State {
        var root: String?
        var idle: [String] = []
        var made = 0
    }
    private let state = Mutex(State())

    /// The soffice program: `PROTOKOLL_SOFFICE`, else the first `soffice` on `PATH`, else Debian's location.
    static var executable: String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["PROTOKOLL_SOFFICE"] { return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init) + ["/usr/lib/libreoffice/program"]
        return folders.map { ($0 as NSString).appendingPathComponent("soffice") }.first(where: FileManager.default.isExecutableFile)
    }

    /// Why PDF cannot be made here, for the user.
    static let missingMessage = "PDF output needs LibreOffice, which is not installed: on Debian run "
        + "`apt-get install libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core` (or set PROTOKOLL_SOFFICE to soffice's path)"

    /// `odt` converted to PDF/A-2b.
    func pdf(fromODT odt: [UInt8]) throws -> [UInt8] {
        guard let soffice = LibreOffice.executable else { throw WriterError.failed(format: "pdf", reason: LibreOffice.missingMessage) }
        let profile = try checkOut()
        var healthy = false
        defer { checkIn(profile, healthy: healthy) }
        let work = profile + "-work"
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let input = (work as NSString).appendingPathComponent("document.odt")
        try Data(odt).write(to: URL(fileURLWithPath: input))
        let outcome = try ChildProcess.run(soffice, [
            "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
            "-env:UserInstallation=" + URL(fileURLWithPath: profile).absoluteString,
            "--convert-to", LibreOffice.pdfExportFilter, "--outdir", work, input,
        ], environment: ["SAL_USE_VCLPLUGIN": "svp"], timeout: LibreOffice.timeout)
        let output = (work as NSString).appendingPathComponent("document.pdf")
        guard let status = outcome.status else {
            throw WriterError.failed(format: "pdf", reason: "LibreOffice did not finish within \(Int(LibreOffice.timeout)) s and was stopped")
        }
        guard status == 0, let data = FileManager.default.contents(atPath: output), data.starts(with: Array("%PDF-".utf8)) else {
            let detail = outcome.messages.split(separator: "\n").filter { !$0.contains("javaldx") && !$0.hasPrefix("convert ") }.joined(separator: " ")
            throw WriterError.failed(format: "pdf", reason: "LibreOffice made no PDF (exit \(status))\(detail.isEmpty ? "" : ": " + detail)")
        }
        healthy = true
        return Array(data)
    }

    private func checkOut() throws -> String {
        try state.withLock { state in
            if let profile = state.idle.popLast() { return profile }
            if state.root == nil {
                var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("protokoll-libreoffice.XXXXXX").utf8CString)
                guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                    throw WriterError.failed(format: "pdf", reason: "cannot make a LibreOffice profile folder: \(String(cString: strerror(errno)))")
                }
                state.root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                atexit { LibreOffice.shared.removeProfiles() }
            }
            state.made += 1
            return (state.root! as NSString).appendingPathComponent("profile-\(state.made)")
        }
    }

    private func checkIn(_ profile: String, healthy: Bool) {
        // A profile that saw a crash or a kill may be damaged: it is dropped, the next call makes a fresh one.
        if !healthy { try? FileManager.default.removeItem(atPath: profile) }
        state.withLock { state in
            if healthy { state.idle.append(profile) }
        }
    }

    private func removeProfiles() {
        if let root = state.withLock({ $0.root }) { try? FileManager.default.removeItem(atPath: root) }
    }
}
