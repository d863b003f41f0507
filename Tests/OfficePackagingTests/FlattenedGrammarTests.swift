import Testing
@testable import OfficePackaging

/// The WordprocessingML grammar is flattened by scripts/flatten-ooxml-rng so libxml2 validates in linear time;
/// these cases pin that it still accepts and rejects what the original grammar did (each was checked against the
/// unflattened files with xmllint when the script was written).
@Suite("Flattened WordprocessingML grammar")
struct FlattenedGrammarTests {
    private static let header = #"<w:hdr xmlns:w="\#(SampleParts.wordNamespace)">"#

    private func isValid(_ xml: String, _ schema: BundledSchema) throws -> Bool {
        try SchemaValidator.validate(Array(xml.utf8), against: schema).isEmpty
    }

    @Test(arguments: [
        ("", true),
        ("<w:p/><w:bookmarkStart w:id=\"0\" w:name=\"a\"/><w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:bookmarkEnd w:id=\"0\"/><w:p/>", true),
        ("<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc></w:tc></w:tr></w:tbl>", true),
        ("<w:p><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>x</w:t></w:r></w:ins><w:proofErr w:type=\"spellStart\"/><w:r/></w:p>", true),
        ("<w:altChunk r:id=\"x\"/><w:p/><w:altChunk r:id=\"y\"/>", true),
        ("<w:r><w:t>x</w:t></w:r>", false),
        ("<w:p><w:foo/></w:p>", false),
        ("<w:tr/>", false),
        ("<w:p><w:r/><w:pPr/></w:p>", false),
        ("<w:p><w:r><w:rPr/><w:rPr/></w:r></w:p>", false),
        ("<w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", false),
    ])
    func bodiesAreJudgedAsBefore(body: String, valid: Bool) throws {
        #expect(try isValid(SampleParts.document(body: body), .wordMain) == valid, "\(body)")
    }

    @Test func aHeaderMayBeEmptyButHoldsNoBareRun() throws {
        #expect(try isValid(Self.header + "</w:hdr>", .wordHeader))
        #expect(try !isValid(Self.header + "<w:r/></w:hdr>", .wordHeader))
    }

    /// Before flattening, 320 empty paragraphs took over a minute; the suite would not finish.
    @Test func longBodiesValidate() throws {
        let paragraphs = String(repeating: #"<w:p><w:pPr><w:pStyle w:val="Beslut"/></w:pPr><w:r><w:t xml:space="preserve">att </w:t></w:r><w:r><w:t>godkänna.</w:t></w:r></w:p>"#, count: 2_000)
        let rows = String(repeating: "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>", count: 2_000)
        let runs = "<w:p>" + String(repeating: "<w:r><w:t>x</w:t></w:r>", count: 2_000) + "</w:p>"
        let table = #"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="10"/><w:gridCol w:w="10"/></w:tblGrid>"# + rows + "</w:tbl><w:p/>"
        #expect(try isValid(SampleParts.document(body: paragraphs + table + runs), .wordMain))
    }
}
