import MinutesModel

/// Runs the recognisers in order over one document and assembles `Minutes`.
struct MinutesBuilder {
    let options: ParseOptions
    let sourceName: String?
    var diagnostics: [Diagnostic] = []

    init(options: ParseOptions, sourceName: String?) {
        self.options = options
        self.sourceName = sourceName
    }

    mutating func build(_ text: String) -> Minutes {
        let format = SourceFormat.detect(sourceName: sourceName, text: text)
        var frontMatter = format == .markdown ? FrontMatter(splitting: text) : FrontMatter(splitting: "")
        diagnostics += frontMatter.diagnostics
        if let damage = TextHealth.encodingDamage(in: text) { diagnostics.append(damage) }
        if format == .markdown, ConvertedProtocolReader.recognizes(frontMatter.body) {
            var minutes = ConvertedProtocolReader(body: frontMatter.body, frontMatter: frontMatter).read()
            minutes.diagnostics = (diagnostics + minutes.diagnostics).sorted { $0.location < $1.location }
            return minutes
        }
        var read: [SourceBlock]
        switch format {
        case .markdown:
            var reader = CommonMarkReader(text: repairHeadingMarks(frontMatter.body))
            read = reader.read()
            diagnostics += reader.diagnostics
        case .org:
            let output = OrgReader(text: text).read()
            read = output.blocks
            frontMatter.entries = output.entries
        case .latex:
            let output = LaTeXReader(text: text).read()
            read = output.blocks
            frontMatter.entries = output.entries
        }
        var blocks = dropRepeatedPageHeaders(joinSplitHeadings(read))
        guard !blocks.isEmpty || !frontMatter.entries.isEmpty else {
            diagnostics.append(Diagnostic(.error, "empty-input", "input is empty: no minutes to convert", at: SourceLocation(line: 1, column: 1)))
            return Minutes(diagnostics: diagnostics)
        }
        var minutes = Minutes()
        minutes.signatures = SignatureRecognizer.extract(from: &blocks, diagnostics: &diagnostics)

        let firstItem = blocks.firstIndex { itemHeading(of: $0) != nil } ?? blocks.count
        let header = HeaderRecognizer(blocks: Array(blocks[..<firstItem]))
        diagnostics += header.diagnostics
        minutes.attendance = AttendanceRepairs.repair(header.attendance, diagnostics: &diagnostics, at: blocks.first?.location ?? SourceLocation(line: 1, column: 1))

        if firstItem < blocks.count {
            minutes.items = droppingTableOfContents(items(from: blocks[firstItem...]))
            minutes.preamble = BlockConverter.convert(header.rest)
        } else {
            (minutes.preamble, minutes.items) = unnumberedItems(from: header.rest)
        }
        var metadata = MetadataBuilder(header: header, frontMatter: frontMatter, text: text, sourceName: sourceName, options: options)
        minutes.meta = metadata.build(signatures: minutes.signatures, firstParagraph: header.rest.first)
        diagnostics += metadata.diagnostics
        OpeningTimes.apply(to: &minutes)
        RollCall.apply(to: &minutes, diagnostics: &diagnostics)
        checkNumbering(minutes.items)
        if minutes.signatures.isEmpty {
            diagnostics.append(Diagnostic(.note, "no-signatures", "no signature block (Justerat, Vid protokollet ...) found at the end", at: blocks.last?.location ?? SourceLocation(line: 1, column: 1)))
        }
        if let warning = TextHealth.structureWarning(minutes, at: SourceLocation(line: 1, column: 1)) { diagnostics.append(warning) }
        minutes.diagnostics = diagnostics.sorted { $0.location < $1.location }
        return minutes
    }
}
