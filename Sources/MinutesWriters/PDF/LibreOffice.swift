import Foundation
import Synchronization

/// LibreOffice as Protokoll's PDF packager: headless, one private user profile per concurrent conversion (kept
/// for the whole run, removed at exit), a deadline on every call. With Debian's python3-uno each profile has a
/// long-running office that converts document after document (a start costs seconds, a conversion a fraction);
/// without it each document gets its own `soffice --convert-to`.
final class LibreOffice: Sendable {
    /// The one instance of a process; its offices are ended and its profiles removed when the process exits.
    static let shared = LibreOffice()

    /// The PDF/A-2b export: tagged, bookmarks from headings, fonts embedded (PDF/A requires it), form fields as
    /// fields, no encryption or JavaScript (LibreOffice adds neither unless asked).
    static let pdfExportOptions = """
        {"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"},\
        "ExportBookmarks":{"type":"boolean","value":"true"},"ExportFormFields":{"type":"boolean","value":"true"},\
        "EmbedStandardFonts":{"type":"boolean","value":"true"},"ExportNotes":{"type":"boolean","value":"false"},\
        "ExportLinksRelativeFsys":{"type":"boolean","value":"true"}}
        """

    /// Seconds one conversion may take before it is killed (`PROTOKOLL_SOFFICE_TIMEOUT` overrides).
    static var timeout: Double {
        guard let given = ProcessInfo.processInfo.environment["PROTOKOLL_SOFFICE_TIMEOUT"].flatMap(Double.init), given.isFinite, given > 0 else { return 180 }
        return min(given, 86_400)
    }

    /// The python that has the `uno` module (Debian's python3-uno installs it for /usr/bin/python3 only).
    static let unoPython = "/usr/bin/python3"

    /// Why PDF cannot be made here, for the user.
    static let missingMessage = "PDF output needs LibreOffice, which is not installed: on Debian run "
        + "`apt-get install libreoffice-writer-nogui python3-uno fonts-liberation2 fonts-dejavu-core` (or set PROTOKOLL_SOFFICE to soffice's path)"

    /// The soffice program: `PROTOKOLL_SOFFICE`, else the first `soffice` on `PATH`, else Debian's location.
    static var executable: String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["PROTOKOLL_SOFFICE"] { return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init) + ["/usr/lib/libreoffice/program"]
        return folders.map { ($0 as NSString).appendingPathComponent("soffice") }.first(where: FileManager.default.isExecutableFile)
    }

    /// A profile and, once started, the office working in it.
    private final class Slot: @unchecked Sendable {
        let profile: String
        var worker: PipedProcess?
        init(profile: String) { self.profile = profile }
    }

    private struct State {
        var root: String?
        var idle: [Slot] = []
        var all: [Slot] = []
        var hasUNO: Bool?
    }
    private let state = Mutex(State())

    /// `odt` converted to PDF/A-2b.
    func pdf(fromODT odt: [UInt8]) throws -> [UInt8] {
        guard let soffice = LibreOffice.executable else { throw WriterError.failed(format: "pdf", reason: LibreOffice.missingMessage) }
        let slot = try checkOut()
        var healthy = false
        defer { checkIn(slot, healthy: healthy) }
        let work = slot.profile + "-work"
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let input = (work as NSString).appendingPathComponent("document.odt")
        let output = (work as NSString).appendingPathComponent("document.pdf")
        try Data(odt).write(to: URL(fileURLWithPath: input))
        if hasUNO() {
            do {
                try convertInWorker(slot, soffice: soffice, input: input, output: output)
            } catch WorkerFailure.didNotStart {
                // An office that will not start under UNO is not retried for every document: the rest of the run
                // converts each document in its own soffice.
                state.withLock { $0.hasUNO = false }
                slot.worker?.stop()
                slot.worker = nil
                try convertInOwnProcess(slot, soffice: soffice, input: input, work: work)
            }
        } else {
            try convertInOwnProcess(slot, soffice: soffice, input: input, work: work)
        }
        guard let data = FileManager.default.contents(atPath: output), data.starts(with: Array("%PDF-".utf8)) else {
            throw WriterError.failed(format: "pdf", reason: "LibreOffice made no PDF")
        }
        healthy = true
        return Array(data)
    }

    private func convertInWorker(_ slot: Slot, soffice: String, input: String, output: String) throws {
        let timeout = LibreOffice.timeout
        if slot.worker?.isAlive != true {
            signal(SIGPIPE, SIG_IGN)
            let scriptPath = try script()
            let worker = try PipedProcess(LibreOffice.unoPython, [
                scriptPath, soffice, URL(fileURLWithPath: slot.profile).absoluteString,
                "protokoll-\(getpid())-\((slot.profile as NSString).lastPathComponent)", LibreOffice.pdfExportOptions,
            ], environment: ["SAL_USE_VCLPLUGIN": "svp"])
            slot.worker = worker
            guard worker.answer(timeout: timeout) == "ready" else { throw WorkerFailure.didNotStart }
        }
        guard let answer = slot.worker?.ask(input + "\t" + output, timeout: timeout) else { throw stopped(timeout) }
        guard answer == "ok" else {
            throw WriterError.failed(format: "pdf", reason: "LibreOffice could not export the document: \(answer.replacingOccurrences(of: "error ", with: ""))")
        }
    }

    private func convertInOwnProcess(_ slot: Slot, soffice: String, input: String, work: String) throws {
        let outcome = try ChildProcess.run(soffice, [
            "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
            "-env:UserInstallation=" + URL(fileURLWithPath: slot.profile).absoluteString,
            "--convert-to", "pdf:writer_pdf_Export:" + LibreOffice.pdfExportOptions, "--outdir", work, input,
        ], environment: ["SAL_USE_VCLPLUGIN": "svp"], timeout: LibreOffice.timeout)
        guard let status = outcome.status else { throw stopped(LibreOffice.timeout) }
        guard status == 0 else {
            let detail = outcome.messages.split(separator: "\n").filter { !$0.contains("javaldx") && !$0.hasPrefix("convert ") }.joined(separator: " ")
            throw WriterError.failed(format: "pdf", reason: "LibreOffice made no PDF (exit \(status))\(detail.isEmpty ? "" : ": " + detail)")
        }
    }

    private enum WorkerFailure: Error { case didNotStart }

    private func stopped(_ timeout: Double) -> WriterError {
        .failed(format: "pdf", reason: "LibreOffice did not finish within \(Int(timeout)) s and was stopped")
    }

    private func hasUNO() -> Bool {
        if let known = state.withLock({ $0.hasUNO }) { return known }
        let found = FileManager.default.isExecutableFile(atPath: LibreOffice.unoPython)
            && ((try? ChildProcess.run(LibreOffice.unoPython, ["-c", "import uno"], environment: [:], timeout: 30))?.status == 0)
        state.withLock { $0.hasUNO = found }
        return found
    }

    /// The worker script, written once into the profiles' folder.
    private func script() throws -> String {
        guard let root = state.withLock({ $0.root }) else { throw WriterError.failed(format: "pdf", reason: "no profile folder") }
        let path = (root as NSString).appendingPathComponent("worker.py")
        if !FileManager.default.fileExists(atPath: path) {
            try Data(UNOWorkerScript.source.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        return path
    }

    private func checkOut() throws -> Slot {
        try state.withLock { state in
            if let slot = state.idle.popLast() { return slot }
            if state.root == nil {
                var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("protokoll-libreoffice.XXXXXX").utf8CString)
                guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                    throw WriterError.failed(format: "pdf", reason: "cannot make a LibreOffice profile folder: \(String(cString: strerror(errno)))")
                }
                state.root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                atexit { LibreOffice.shared.shutDown() }
            }
            let slot = Slot(profile: (state.root! as NSString).appendingPathComponent("profile-\(state.all.count + 1)"))
            state.all.append(slot)
            return slot
        }
    }

    private func checkIn(_ slot: Slot, healthy: Bool) {
        // A slot that saw a crash, a kill or a failure starts afresh: new office, new profile.
        if !healthy {
            slot.worker?.stop()
            slot.worker = nil
            try? FileManager.default.removeItem(atPath: slot.profile)
        }
        state.withLock { $0.idle.append(slot) }
    }

    private func shutDown() {
        let (root, slots) = state.withLock { ($0.root, $0.all) }
        // The profiles are removed anyway: no need to wait for the offices to close them.
        for slot in slots { slot.worker?.stop() }
        if let root { try? FileManager.default.removeItem(atPath: root) }
    }
}
