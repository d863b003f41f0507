import ArgumentParser
import Foundation
import Protokoll

struct Package: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Makes an E-ARK SIP 2.1 (CITS ERMS) per protocol for the e-archive.",
        discussion: """
            Each input becomes a package named after its id (uuid-…, derived from the content): METS.xml, \
            metadata/descriptive/erms.xml, metadata/preservation/premis.xml, schemas/, documentation/ and \
            representations/rep1/ with the PDF/A (when LibreOffice is installed), the ODT and the TXT. The same input \
            and options reproduce the package byte for byte (SOURCE_DATE_EPOCH, front matter `paketdatum`, or the \
            meeting fixes its time). Registration problems (--diarienummer-pattern, sekretess without lagrum) are errors.
            """)

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String] = []

    @OptionGroup var selection: InputOptions

    @Option(name: .customShort("o"), help: "A folder for the packages, or FILE.zip for the one package of one input.")
    var output: String

    @Flag(help: "Zip each package in the folder (<id>.zip) instead of writing its folder.")
    var zip = false

    @Flag(help: "Skip inputs whose package (same input bytes and options, so the same id) is already in the folder.")
    var resume = false

    @Flag(name: .customLong("no-pdf"), help: "Leave the PDF/A out even when LibreOffice is installed.")
    var noPDF = false

    @OptionGroup var common: CommonOptions

    @OptionGroup var batch: BatchOptions

    mutating func validate() throws {
        if inputs.isEmpty && selection.filesFrom == nil { throw ValidationError("give an input: a file, a folder, - or --files-from") }
        if output.lowercased().hasSuffix(".zip") && (inputs.count != 1 || FileManager.default.isDirectory(inputs[0])) {
            throw ValidationError("-o \(output) holds one package: give one input file, or a folder for many")
        }
    }

    func run() throws {
        var writerOptions = WriterOptions()
        writerOptions.now = SourceDateEpoch.fromEnvironment()
        let pipeline = common.pipeline(writerOptions: writerOptions)
        let hasLibreOffice = PDFSupport.isAvailable
        if !noPDF && !hasLibreOffice && !common.quiet {
            BatchRunner.printError("note: the packages hold no PDF/A: \(PDFSupport.missingMessage)")
        }
        let destination: Archiving.Destination = output.lowercased().hasSuffix(".zip") ? .zipFile(output) : .folder(output, zipped: zip)
        let key = [common.metadata.joined(separator: "\u{1F}"), common.year.map(String.init) ?? "", String(common.sortAttendees),
                   common.firstParagraph.map(String.init) ?? "", String(!noPDF && hasLibreOffice), writerOptions.now?.iso ?? "",
                   ProtokollVersion.current, common.diaryNumberPattern ?? ""].joined(separator: "\u{1E}")
        let archiving = { () -> Archiving in
            var archiving = Archiving(pipeline: pipeline, destination: destination, includesPDF: !noPDF && hasLibreOffice, optionsKey: key)
            archiving.resumes = resume
            return archiving
        }()
        let report = try batch.openReport(inputs: inputs, output: output)
        let totals = try BatchRunner.run(
            inputs: try selection.arguments(inputs), quiet: common.quiet, options: common.parseOptions, excluding: output,
            jobs: batch.threadCount, shard: batch.share, selection: selection.selection,
            body: { input, bytes in archiving.package(input, bytes: bytes) },
            record: report.add)
        try report.finish(totals)
        if totals.failed > 0 { throw ExitCode(1) }
    }
}

extension FileManager {
    /// Whether `path` is a directory.
    func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
