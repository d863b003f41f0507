import Foundation
import Testing
import TestSupport

/// `--to pdf`: PDF/A-2b through LibreOffice, with signature fields a real signer (pyHanko) signs in place.
@Suite(.enabled(if: LibreOffice.isInstalled, "needs soffice and poppler-utils (make clients)"))
struct PDFOutputTests {
    let binary: String
    let seed = Fixtures.url(Fixtures.seed).path
    let municipal = Fixtures.url("minutes/sammantradesprotokoll-kommunstyrelsen.md").path

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    private func pdf(of input: String, in folder: URL, name: String = "out.pdf") throws -> URL {
        let out = folder.appendingPathComponent(name)
        let r = try CommandRunner.run(binary, ["convert", input, "-o", out.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        return out
    }

    private func tool(_ name: String, _ arguments: [String]) throws -> String {
        let r = try CommandRunner.run("/usr/bin/" + name, arguments)
        #expect(r.status == 0, "\(name): \(r.stderr)")
        return r.stdout
    }

    /// Runs python3 with `script`; nil when python3 lacks `module` (make clients installs it).
    private func python(_ script: String, needs module: String, _ arguments: [String] = []) throws -> CommandResult? {
        guard try CommandRunner.run("/usr/bin/env", ["python3", "-c", "import \(module)"]).status == 0 else { return nil }
        return try CommandRunner.run("/usr/bin/env", ["python3", "-c", script] + arguments, environment: ["PYTHONIOENCODING": "utf-8"])
    }

    @Test func seedIsPDFA2bWithItsMetadataFontsAndText() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try pdf(of: seed, in: folder)
        let info = try tool("pdfinfo", [out.path])
        #expect(info.contains("Title:           Minnesanteckningar från Södertörnskommunernas ledningsgrupps planeringskonferens"), "\(info)")
        #expect(info.contains("Subject:         Södertörnskommunernas ledningsgrupps planeringskonferens 2019-09-05"))
        #expect(info.contains("Author:          Anna Söderström"), "the secretary is the author: \(info)")
        #expect(info.contains("CreationDate:    Thu Sep  5 12:00:00 2019"), "the meeting, never the clock: \(info)")
        #expect(info.contains("Tagged:          yes") && info.contains("Encrypted:       no") && info.contains("JavaScript:      no"))
        let xmp = try tool("pdfinfo", ["-meta", out.path])
        #expect(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "\(xmp)")
        let fonts = try tool("pdffonts", [out.path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.split(separator: " ").reversed().dropFirst(4).first == "yes", "not embedded: \(font)") }
        let text = RenderedPDF.collapse(try tool("pdftotext", [out.path, "-"]))
        for phrase in ["Anna Söderström", "Stefan Hollmark", "Vid anteckningarna", "Justerat", "Att"] {
            #expect(text.contains(phrase), "missing “\(phrase)”")
        }
        let structure = """
            import sys, pikepdf
            p = pikepdf.open(sys.argv[1])
            intent = p.Root.OutputIntents[0]
            print("icc", len(intent.DestOutputProfile.read_bytes()) > 0, intent.S)
            print("xmp", "/Metadata" in p.Root, "encrypted", p.is_encrypted, "id", "/ID" in p.trailer)
            action = p.Root.get("/OpenAction")
            print("javascript", "/JavaScript" in p.Root.get("/Names", {}) or (isinstance(action, pikepdf.Dictionary) and action.get("/S") == "/JavaScript"))
            """
        if let r = try python(structure, needs: "pikepdf", [out.path]) {
            #expect(r.stdout == "icc True /GTS_PDFA1\nxmp True encrypted False id True\njavascript False\n", "\(r.stdout)\(r.stderr)")
        }
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Data(contentsOf: pdf(of: seed, in: folder, name: "a.pdf"))
        let second = try Data(contentsOf: pdf(of: seed, in: folder, name: "b.pdf"))
        #expect(first == second)
    }

    @Test func aSignerSignsTheJusterareFieldAndTheSignedFileIsNeverOverwritten() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try pdf(of: seed, in: folder, name: "seed-planeringskonferens.pdf")
        let key = folder.appendingPathComponent("key.pem").path, cert = folder.appendingPathComponent("cert.pem").path
        let made = try CommandRunner.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                                             "-days", "2", "-subj", "/CN=Stefan Hollmark",
                                                             "-addext", "keyUsage=critical,digitalSignature,nonRepudiation"])
        try #require(made.status == 0, "\(made.stderr)")
        let signed = folder.appendingPathComponent("signed.pdf").path
        guard let sign = try python("import sys; from pyhanko.cli import cli_root; sys.argv = ['pyhanko'] + sys.argv[1:]; cli_root()", needs: "pyhanko",
                                    ["sign", "addsig", "--field", "Justerare – Stefan Hollmark", "pemder", "--key", key, "--cert", cert, "--no-pass", out.path, signed])
        else { return }
        #expect(sign.status == 0, "\(sign.stderr)")
        let validate = try #require(try python("import sys; from pyhanko.cli import cli_root; sys.argv = ['pyhanko'] + sys.argv[1:]; cli_root()",
                                               needs: "pyhanko", ["sign", "validate", "--pretty-print", "--trust", cert, signed]))
        #expect(validate.stdout.contains("Field 1: Justerare – Stefan Hollmark"), "\(validate.stdout)")
        #expect(validate.stdout.contains("The signature is cryptographically sound."))
        #expect(validate.stdout.contains("The signature covers the entire file."))
        #expect(validate.stdout.contains("The signature is judged VALID."))

        try FileManager.default.removeItem(atPath: out.path)
        try FileManager.default.moveItem(atPath: signed, toPath: out.path)
        let before = try Data(contentsOf: out)
        let again = try CommandRunner.run(binary, ["convert", seed, "--to", "pdf,txt", "--output-dir", folder.path, "--quiet"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("\(out.path) is a signed PDF"), "\(again.stderr)")
        #expect(try Data(contentsOf: out) == before, "the signed file is untouched")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("seed-planeringskonferens.txt").path), "no half set")
    }

    @Test func municipalProtocolHasOneSignatureFieldPerSignerAndTheAnslagsbevis() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try pdf(of: municipal, in: folder)
        let text = RenderedPDF.collapse(try tool("pdftotext", [out.path, "-"]))
        #expect(text.contains("ANSLAG/BEVIS") && text.contains("Datum då anslaget sätts upp") && text.contains("2024-07-10"), "\(text)")
        #expect(text.contains("Sida 1 (2)"))
        let pages = try tool("pdftotext", [out.path, "-"]).split(separator: "\u{000C}").map { RenderedPDF.collapse(String($0)) }.filter { !$0.isEmpty }
        #expect(pages.count == 2)
        for page in pages {
            #expect(page.contains("Justerandes signatur Justerandes signatur") && page.contains("Utdragsbestyrkande"), "page furniture on every page: \(page)")
        }
        let xmp = try tool("pdfinfo", ["-meta", out.path])
        #expect(xmp.contains("<protokollreg:diarienummer>KS 2024/15</protokollreg:diarienummer>"), "registration in the XMP: \(xmp)")
        #expect(xmp.contains("<pdfaSchema:prefix>protokollreg</pdfaSchema:prefix>"), "declared by a PDF/A extension schema")
        let fields = "import sys, pikepdf\npdf = pikepdf.open(sys.argv[1])\nfor f in pdf.Root.AcroForm.Fields: print(f.FT, str(f.T))"
        if let r = try python(fields, needs: "pikepdf", [out.path]) {
            #expect(r.stdout == """
                /Sig Sekreterare – Lena Berg
                /Sig Ordförande – Kjell Hedvall
                /Sig Justerare – Anna Lind
                /Sig Justerare – Per Ek

                """, "\(r.stdout)\(r.stderr)")
        }
    }

    @Test func withoutLibreOfficeTheErrorNamesThePackageAndNothingIsWritten() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CommandRunner.run(binary, ["convert", seed, "--to", "txt,pdf", "--output-dir", folder.path, "--quiet"],
                                      environment: ["PROTOKOLL_SOFFICE": "/nonexistent/soffice"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("PDF output needs LibreOffice") && r.stderr.contains("libreoffice-writer-nogui"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func aHangingLibreOfficeIsStoppedAndTheBatchGoesOn() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("soffice")
        try Data("#!/bin/sh\nsleep 30\n".utf8).write(to: fake)
        chmod(fake.path, 0o755)
        let out = folder.appendingPathComponent("out")
        let start = Date()
        let r = try CommandRunner.run(binary, ["convert", seed, municipal, "--to", "pdf", "--output-dir", out.path, "--quiet", "--report", folder.appendingPathComponent("r.json").path],
                                      environment: ["PROTOKOLL_SOFFICE": fake.path, "PROTOKOLL_SOFFICE_TIMEOUT": "1"])
        #expect(r.status == 1)
        #expect(Date().timeIntervalSince(start) < 20, "the deadline stops each call")
        #expect(r.stderr.components(separatedBy: "did not finish within 1 s").count == 3, "both inputs fail on their own: \(r.stderr)")
    }
}
