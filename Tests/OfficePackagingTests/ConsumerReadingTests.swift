import Testing
@testable import OfficePackaging

/// Parts are judged as a consumer reads them: OOXML markup compatibility, ODF foreign markup.
@Suite struct ConsumerReadingTests {
    @Test func ignorableMarkupIsWhatConsumersIgnore() throws {
        let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let body = #"<w:body><w:p w14:paraId="1A2B3C4D"><w14:foo/><mc:AlternateContent><mc:Choice Requires="w14"><w14:bar/></mc:Choice><mc:Fallback><w:r><w:t>x</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p></w:body>"#
        let declared = #"<w:document xmlns:w="\#(word)" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#
        let ignorable = declared + #" mc:Ignorable="w14">"# + body + "</w:document>"
        #expect(try SchemaValidator.validate(Array(ignorable.utf8), against: .wordMain) == [])
        let notIgnorable = declared + ">" + body + "</w:document>"
        #expect(try !SchemaValidator.validate(Array(notIgnorable.utf8), against: .wordMain).isEmpty, "w14 markup is only legal when ignorable")
    }

    @Test func foreignODFAttributesAreIgnoredButUnknownODFOnesAreNot() throws {
        let foreign = SampleParts.content.replacingOccurrences(of: "<office:body>", with: #"<office:body xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" loext:x="1">"#)
        #expect(try SchemaValidator.validate(Array(foreign.utf8), against: .odfDocument) == [])
        #expect(try !SchemaValidator.validate(Array(SampleParts.contentWithUnknownElement.utf8), against: .odfDocument).isEmpty)
    }
}
