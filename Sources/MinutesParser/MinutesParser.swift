import MinutesModel

/// Parses Swedish minutes written as light text (Markdown-like, optional front matter) into `Minutes`.
public struct MinutesParser: Sendable {
    /// The limits and overrides in force.
    public var options: ParseOptions

    /// Creates a parser with the given options.
    public init(options: ParseOptions = ParseOptions()) {
        self.options = options
    }

    /// Parses raw bytes; never throws: problems become diagnostics, fatal ones with severity `error`.
    public func parse(_ bytes: [UInt8], sourceName: String? = nil) -> Minutes {
        let source = SourceDecoder.decode(bytes, maxBytes: options.maxInputBytes)
        if source.isFatal { return Minutes(diagnostics: source.diagnostics) }
        if source.text.utf8.count > ParagraphLength.maxBytes, let refusal = ParagraphLength.refusal(in: source.text) {
            return Minutes(diagnostics: source.diagnostics + [refusal])
        }
        var minutes = parse(text: source.text, sourceName: sourceName)
        if source.diagnostics.contains(where: { $0.code == "control-character" }) {
            // The decoder's own replacements are reported already, with their cause.
            minutes.diagnostics.removeAll { $0.code == "encoding-damage" }
        }
        minutes.diagnostics = (source.diagnostics + minutes.diagnostics)
        return minutes
    }

    /// The text `parse` reads from `bytes`: decoded, line endings normalised, control characters replaced; lines
    /// and columns of its diagnostics count in it.
    public func sourceText(_ bytes: [UInt8]) -> String {
        SourceDecoder.decode(bytes, maxBytes: options.maxInputBytes).text
    }

    /// Parses text that is already decoded.
    public func parse(text: String, sourceName: String? = nil) -> Minutes {
        var builder = MinutesBuilder(options: options, sourceName: sourceName)
        return builder.build(text)
    }
}
