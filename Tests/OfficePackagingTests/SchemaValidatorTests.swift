import Testing
@testable import OfficePackaging

@Suite("SchemaValidator")
struct SchemaValidatorTests {
    private func issues(_ xml: String, _ schema: BundledSchema) throws -> [ValidationIssue] {
        try SchemaValidator.validate(Array(xml.utf8), against: schema)
    }

    @Test func everyBundledSchemaLoads() throws {
        for schema in BundledSchema.allCases {
            _ = try SchemaValidator.validate(Array("<x/>".utf8), against: schema)
        }
    }

    @Test(arguments: [
        (SampleParts.content, BundledSchema.odfDocument),
        (SampleParts.styles, .odfDocument),
        (SampleParts.meta, .odfDocument),
        (SampleParts.settings, .odfDocument),
        (SampleParts.manifest(listing: SampleParts.odtParts), .odfManifest),
        (SampleParts.document(body: SampleParts.documentBody), .wordMain),
        (SampleParts.wordStyles, .wordStyles),
        (SampleParts.coreProperties, .coreProperties),
        (SampleParts.appProperties, .extendedProperties),
        (SampleParts.contentTypes, .contentTypes),
        (SampleParts.packageRelationships, .relationships),
    ])
    func minimalPartsAreValid(xml: String, schema: BundledSchema) throws {
        #expect(try issues(xml, schema) == [])
    }

    @Test(arguments: [
        (SampleParts.contentWithUnknownElement, BundledSchema.odfDocument, 3),
        (SampleParts.contentWithoutVersion, .odfDocument, 3),
        (SampleParts.documentWithUnknownElement, .wordMain, 3),
        (SampleParts.contentTypesBroken, .contentTypes, 3),
        (SampleParts.relationshipsBroken, .relationships, 3),
    ])
    func brokenPartsFailWithALineNumber(xml: String, schema: BundledSchema, line: Int) throws {
        let found = try issues(xml, schema)
        #expect(!found.isEmpty)
        #expect(found.contains { $0.line == line }, "\(found)")
    }

    @Test func aMissingVersionIsNamed() throws {
        let found = try issues(SampleParts.contentWithoutVersion, .odfDocument)
        #expect(found.contains { $0.message.contains("document-content failed to validate attributes") }, "\(found)")
    }

    @Test func theManifestSchemaWantsItsVersion() throws {
        let withoutVersion = SampleParts.manifest(listing: []).replacingOccurrences(of: #" manifest:version="1.3">"#, with: ">")
        #expect(try !issues(withoutVersion, .odfManifest).isEmpty)
    }

    @Test func aWrongPartTypeIsInvalid() throws {
        #expect(try !issues(SampleParts.wordStyles, .wordMain).isEmpty)
        #expect(try !issues(SampleParts.content, .odfManifest).isEmpty)
    }

    @Test func malformedInputBecomesAnIssue() throws {
        let found = try issues("<office:document-content>\n<a>", .odfDocument)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.line > 0 })
    }

    @Test func validationWorksFromManyTasksAtOnce() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let xml = index.isMultiple(of: 2) ? SampleParts.content : SampleParts.contentWithUnknownElement
                    return try SchemaValidator.validate(Array(xml.utf8), against: .odfDocument).count
                }
            }
            var invalid = 0
            for try await count in group where count > 0 {
                invalid += 1
            }
            #expect(invalid == 8)
        }
    }

    @Test func issuesDescribeThemselves() {
        #expect(ValidationIssue(line: 4, message: "Did not expect element x there").description == "line 4: Did not expect element x there")
    }
}
