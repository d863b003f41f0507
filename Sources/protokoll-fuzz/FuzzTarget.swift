import Foundation
import Protokoll

/// One fuzz input through the whole pipeline: parser, typography, every writer, and the validator on what the
/// ODT and DOCX writers produced. A finding is a trap: a crash inside, or an invalid document written.
enum FuzzTarget {
    static let pipeline = Pipeline()

    static func run(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B]) {
            // A package, as `protokoll validate` and `--reference-doc` read them: judged, never a crash.
            _ = DocumentValidation.problems(in: bytes, fileExtension: "odt")
            _ = DocumentValidation.problems(in: bytes, fileExtension: "docx")
        }
        let minutes = pipeline.parse(bytes, sourceName: "fuzz-input")
        guard !minutes.hasErrors else { return }
        // PDF is LibreOffice's export, a process per document: not fuzzed here (its ODT is, with the signature fields).
        for format in pipeline.registry.formats where format.id != "pdf" {
            let output: [UInt8]
            do {
                output = try pipeline.render(minutes, as: format.id)
            } catch {
                fatalError("the \(format.id) writer failed on parsed minutes: \(error)")
            }
            if let problems = DocumentValidation.problems(in: output, fileExtension: format.id), !problems.isEmpty {
                fatalError("invalid \(format.id): \(problems.prefix(3).joined(separator: "; "))")
            }
            if format.id == "txt" || format.id == "json", let control = output.firstIndex(where: isForbiddenControl) {
                fatalError("the \(format.id) output holds control byte \(output[control]) at offset \(control)")
            }
        }
        // The ODT the PDF writer hands LibreOffice: signature lines carry form fields.
        var fieldOptions = pipeline.writerOptions
        fieldOptions.signatureFields = true
        guard let odt = try? ODTWriter().write(minutes, options: fieldOptions) else { fatalError("the ODT writer failed with signature fields") }
        if let problems = DocumentValidation.problems(in: odt, fileExtension: "odt"), !problems.isEmpty {
            fatalError("invalid odt with signature fields: \(problems.prefix(3).joined(separator: "; "))")
        }
    }

    /// C0 controls other than tab, line feed and form feed, and DEL: never in a text or JSON output.
    static func isForbiddenControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C) || byte == 0x7F
    }
}

#if FUZZING
internal import CLibFuzzer

/// libFuzzer's driver runs the target (`make fuzz` builds with `-sanitize=fuzzer -DFUZZING`).
@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzTarget.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
    }
}
#else
/// Without libFuzzer: replays the files or folders given (a finding, a corpus) through the same target.
@main
struct Replay {
    static func main() throws {
        let manager = FileManager.default
        var count = 0
        for argument in CommandLine.arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("protokoll-fuzz: \(argument): no such file\n".utf8))
                exit(2)
            }
            let paths = isFolder.boolValue
                ? try manager.contentsOfDirectory(atPath: argument).sorted().map { argument + "/" + $0 }
                : [argument]
            for path in paths {
                guard let data = manager.contents(atPath: path) else { continue }
                FuzzTarget.run(Array(data))
                count += 1
            }
        }
        print("replayed \(count) inputs: no finding")
    }
}
#endif
