import Foundation
import OfficePackaging

/// `protokoll package`: each input becomes one E-ARK SIP, written whole (a folder renamed into place, or a zip
/// written atomically); one bad input never stops the others.
public struct Archiving: Sendable {
    /// Where packages go.
    public enum Destination: Sendable {
        /// `<folder>/<package id>/`, or `<folder>/<package id>.zip` when `zipped`.
        case folder(String, zipped: Bool)
        /// Exactly this zip file (one input).
        case zipFile(String)
    }

    /// Parses and renders; its registration checks report errors here.
    public var pipeline: Pipeline
    /// Where the packages go.
    public var destination: Destination
    /// Whether the representation carries the PDF/A (LibreOffice needed).
    public var includesPDF: Bool
    /// What decides the bytes besides the input (part of the package id).
    public var optionsKey: String
    /// Skip an input whose package (same id: same bytes, same options) is already in the folder (`--resume`).
    public var resumes = false

    /// Creates an archiving run.
    public init(pipeline: Pipeline, destination: Destination, includesPDF: Bool, optionsKey: String) {
        self.pipeline = pipeline
        self.pipeline.registrationSeverity = .error
        self.destination = destination
        self.includesPDF = includesPDF
        self.optionsKey = optionsKey
    }

    /// What names a package besides the input's bytes: the options and the input's place in the batch, so two
    /// copies of one file in different folders never share an id (or a staging folder).
    private func identityKey(_ input: InputSource) -> String {
        optionsKey + "\u{1E}" + (input.isStandardInput ? "-" : (input.relativeFolder as NSString).appendingPathComponent(input.stem))
    }

    /// Packages one input.
    public func package(_ input: InputSource, bytes: [UInt8]) -> InputResult {
        if resumes, case .folder(let folder, let zipped) = destination {
            // A package folder appears only whole (it is renamed into place), so its presence means it is done.
            let id = PackageFacts.identifier(source: bytes, optionsKey: identityKey(input))
            let path = (folder as NSString).appendingPathComponent(zipped ? id + ".zip" : id)
            if FileManager.default.fileExists(atPath: path) {
                var skipped = InputResult(input: input, minutes: Minutes(), outputs: [path], failure: nil)
                skipped.resumed = true
                return skipped
            }
        }
        let minutes = pipeline.parse(bytes, sourceName: input.isStandardInput ? nil : input.path)
        var result = InputResult(input: input, minutes: minutes, outputs: [], failure: nil)
        guard !minutes.hasErrors else {
            result.failure = "not packaged: the input has errors"
            return result
        }
        do {
            var renderings: [String: [UInt8]] = [:]
            for format in (includesPDF ? ["pdf"] : []) + ["odt", "txt"] {
                renderings[format] = try pipeline.render(minutes, as: format)
            }
            let package = try SIPBuilder.build(minutes, source: bytes, sourceName: input.isStandardInput ? "standard input" : (input.path as NSString).lastPathComponent,
                                               stem: input.isStandardInput ? "protokoll" : input.stem, renderings: renderings,
                                               optionsKey: identityKey(input), now: pipeline.writerOptions.now)
            let path: String
            switch destination {
            case .folder(let folder, let zipped):
                if zipped {
                    path = (folder as NSString).appendingPathComponent(package.id + ".zip")
                    try AtomicFile.write(try package.zip(), to: path)
                } else {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    try package.write(into: folder)
                    path = (folder as NSString).appendingPathComponent(package.id)
                }
            case .zipFile(let file):
                try AtomicFile.write(try package.zip(), to: file)
                path = file
            }
            result.outputs = [path]
        } catch {
            result.failure = (error as? WriteError)?.description ?? "\(error)"
        }
        return result
    }
}
