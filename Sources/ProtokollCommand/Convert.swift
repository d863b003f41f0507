import ArgumentParser
import Foundation
import Protokoll

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Converts minutes to txt, json and the other registered formats.",
        discussion: """
        INPUT is a file, a directory (walked for .md, .markdown, .txt, .org and .tex) or - for standard input.
        Diagnostics go to standard error as path:line:column: severity: message.
        Exit status: 0 all converted (warnings allowed), 1 at least one input failed, 2 usage error.
        """)

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String] = []

    @OptionGroup var selection: InputOptions

    @Option(name: .customLong("to"), help: "Comma-separated formats (see `protokoll writers`); default: from -o's extension, else txt.")
    var formats: String?

    @Option(name: .customShort("o"), help: "The output file (one input and one format); - for standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Folder for <stem>.<ext> per input and format (default: the current folder).")
    var outputDirectory: String?

    @OptionGroup var common: CommonOptions

    @Option(help: "Line width of text output.")
    var width: Int = 72

    @Option(name: .customLong("line-ending"), help: "Line ending of text output: lf or crlf.")
    var lineEnding: String = "lf"

    @OptionGroup var batch: BatchOptions

    @Flag(help: "Keep a journal in --output-dir (.protokoll-journal.jsonl) and skip inputs an earlier --resume run converted with the same bytes and options, their outputs unchanged: a killed run restarted with the same command finishes the rest.")
    var resume = false

    @Flag(help: "Replace existing outputs that differ from the new ones (a signed document is never replaced).")
    var force = false

    @Flag(help: "Write SHA256SUMS (sha256sum's format) at the root of the outputs: --output-dir, or -o's folder.")
    var checksums = false

    @Option(help: "The house style (see `protokoll styles`).")
    var style: String = "standard"

    @Option(name: .customLong("reference-doc"), help: "Your own .odt or .docx template: its styles, page layout, header and footer are used.")
    var referenceDocuments: [String] = []

    mutating func validate() throws {
        if inputs.isEmpty && selection.filesFrom == nil { throw ValidationError("give an input: a file, a folder, - or --files-from") }
        if output != nil && outputDirectory != nil { throw ValidationError("use either -o or --output-dir, not both") }
        guard width >= 24 else { throw ValidationError("--width must be at least 24") }
        guard WriterOptions.LineEnding(rawValue: lineEnding) != nil else { throw ValidationError("--line-ending is lf or crlf") }
        guard HouseStyles.available.contains(style) else {
            throw ValidationError("unknown style “\(style)”; bundled styles: \(HouseStyles.available.joined(separator: ", "))")
        }
        let known = WriterRegistry.standard.formats.map(\.id)
        for format in formatList where !known.contains(format) {
            throw ValidationError(WriterError.unknownFormat(format, known: known).description)
        }
        if formats != nil, let output, let implied = Self.format(ofFileName: output), formatList != [implied] {
            throw ValidationError("-o \(output) names a .\(implied) file, but --to asks for \(formatList.joined(separator: ",")); drop --to or change the name")
        }
        for path in referenceDocuments {
            guard let format = Self.format(ofFileName: path), ["odt", "docx"].contains(format) else {
                throw ValidationError("--reference-doc \(path): a template is an .odt or a .docx file")
            }
            if !formatList.contains(format) {
                throw ValidationError("--reference-doc \(path) styles \(format) output, but --to asks for \(formatList.joined(separator: ",")); add \(format) or drop the template")
            }
        }
        if let output {
            guard inputs.count == 1, formatList.count == 1, !isDirectory(inputs[0]) else {
                throw ValidationError("-o takes one input file and one format; use --output-dir for more")
            }
            if output == "-", let format = try? WriterRegistry.standard.writer(for: formatList[0]), !type(of: format).format.isText {
                throw ValidationError("-o - writes text formats only; \(formatList[0]) is binary")
            }
        }
    }

    /// The formats asked for: `--to`, else the one `-o`'s extension names, else txt.
    var formatList: [String] {
        guard let formats else {
            return [output.flatMap(Self.format(ofFileName:)) ?? "txt"]
        }
        return formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// The registered format whose file extension `path` has, if any.
    static func format(ofFileName path: String) -> String? {
        // The longest matching extension wins: x.metadata.json is the sidecar, x.json the AST.
        let name = (path as NSString).lastPathComponent.lowercased()
        return WriterRegistry.standard.formats.filter { name.hasSuffix("." + $0.fileExtension) }
            .max { $0.fileExtension.count < $1.fileExtension.count }?.id
    }

    func run() throws {
        var writerOptions = WriterOptions(width: width, lineEnding: WriterOptions.LineEnding(rawValue: lineEnding) ?? .lf)
        writerOptions.now = SourceDateEpoch.fromEnvironment()
        writerOptions.style = style
        for path in referenceDocuments {
            do {
                let template = try HouseStyles.referenceDocument(at: path)
                writerOptions.referenceDocuments[template.format] = template.bytes
            } catch {
                throw ValidationError("\(error)")
            }
        }
        try printReferenceNotes(writerOptions)
        let pipeline = common.pipeline(writerOptions: writerOptions)
        let destination: OutputDestination = output.map { .file($0) } ?? .directory(outputDirectory ?? ".")
        let conversion = { () -> Conversion in
            var conversion = Conversion(pipeline: pipeline, formats: formatList, destination: destination)
            conversion.overwrites = force
            if output == nil && resume {
                conversion.journal = ConversionJournal(folder: outputDirectory ?? ".", options: optionsKey(writerOptions))
                conversion.resumes = resume
            }
            return conversion
        }()
        if output == nil { AtomicFile.removeStaleTemporaries(under: outputDirectory ?? ".") }
        let standardOutputFailure = Mutex<String?>(nil)
        let report = try batch.openReport(inputs: inputs, output: output)
        var written: [OutputFile] = []
        let totals = try BatchRunner.run(
            inputs: try selection.arguments(inputs), quiet: common.quiet, options: common.parseOptions, excluding: output == nil ? outputDirectory ?? "." : nil,
            jobs: batch.threadCount, shard: batch.share, selection: selection.selection,
            conflicts: conversion.conflicts(among:),
            body: { input, bytes in
                conversion.convert(input, bytes: bytes) { bytes in
                    do {
                        try FileHandle.standardOutput.write(contentsOf: Data(bytes))
                    } catch {
                        standardOutputFailure.set("cannot write to standard output: \(error.localizedDescription)")
                    }
                }
            },
            record: { record in
                conversion.journal?.record(record)
                if checksums { written += record.files }
                report.add(record)
            })
        conversion.journal?.checkpoint()
        if let failure = standardOutputFailure.get() {
            BatchRunner.printError("error: \(failure)")
            throw ExitCode(1)
        }
        try report.finish(totals)
        if checksums && output != "-" {
            let root = output.map { ($0 as NSString).deletingLastPathComponent } ?? outputDirectory ?? "."
            do {
                try ChecksumFile.update(in: root.isEmpty ? "." : root, with: written)
            } catch {
                BatchRunner.printError("error: cannot write \(ChecksumFile.name): \(error)")
                throw ExitCode(1)
            }
        }
        if totals.failed > 0 { throw ExitCode(1) }
    }

    /// What decides the outputs' bytes besides the input: a journal entry counts only for the same key.
    private func optionsKey(_ options: WriterOptions) -> String {
        let templates: [String] = options.referenceDocuments.sorted { $0.key < $1.key }.map { "\($0.key)=\(ConversionJournal.digest($0.value))" }
        var parts: [String] = [formatList.joined(separator: ","), String(width), lineEnding, style, templates.joined(separator: ",")]
        parts.append(common.metadata.joined(separator: "\u{1F}"))
        parts.append(common.diaryNumberPattern ?? "")
        parts.append(common.year.map(String.init) ?? "")
        parts.append(String(common.sortAttendees))
        parts.append(common.firstParagraph.map(String.init) ?? "")
        parts.append(options.now?.iso ?? "")
        parts.append(ProtokollVersion.current)
        return ConversionJournal.digest(Array(parts.joined(separator: "\u{1E}").utf8))
    }

    /// Checks each template before any input is converted (a broken one is a usage error naming the file)
    /// and prints what the house style fills in for it.
    private func printReferenceNotes(_ options: WriterOptions) throws {
        for case let writer as any ReferenceDocumentWriter in WriterRegistry.standard.writers {
            let format = type(of: writer).format.id
            guard formatList.contains(format), let path = referenceDocuments.last(where: { $0.lowercased().hasSuffix("." + format) }) else {
                continue
            }
            do {
                for note in try type(of: writer).referenceNotes(options: options) where !common.quiet {
                    BatchRunner.printError("\(path): note: \(note)")
                }
            } catch {
                throw ValidationError("\(path): cannot use the reference document: \(error)")
            }
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
