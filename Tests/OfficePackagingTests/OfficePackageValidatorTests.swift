import Testing
@testable import OfficePackaging

@Suite("OfficePackageValidator")
struct OfficePackageValidatorTests {
    @Test func aMinimalODTIsValid() throws {
        #expect(OfficePackageValidator.validateODT(try package(SampleParts.odtEntries())) == [])
    }

    @Test func mimetypeMustComeFirst() throws {
        var entries = SampleParts.odtEntries()
        entries.append(entries.removeFirst())
        let issues = OfficePackageValidator.validateODT(try package(entries))
        #expect(issues == [PackageIssue(part: "mimetype", message: "must be the first entry in the package")])
    }

    @Test func mimetypeMustBeStored() throws {
        let issues = OfficePackageValidator.validateODT(try package(SampleParts.odtEntries(), stored: []))
        #expect(issues == [PackageIssue(part: "mimetype", message: "must be stored uncompressed, not deflated")])
    }

    @Test func everyFileMustBeListedAndEveryListedFileMustExist() throws {
        var entries = SampleParts.odtEntries().filter { $0.0 != "meta.xml" }
        entries.append(("Bilagor/extra.xml", "<x/>"))
        let issues = OfficePackageValidator.validateODT(try package(entries))
        #expect(has(issues, "META-INF/manifest.xml", "lists 'meta.xml', which is not in the package"))
        #expect(has(issues, "Bilagor/extra.xml", "not listed in META-INF/manifest.xml"))
        #expect(issues.count == 2, "\(issues)")
        #expect(issues.first { $0.part == "META-INF/manifest.xml" }?.line == 6)  // the meta.xml entry
    }

    @Test func manifestRulesForMETAINF() throws {
        var entries = SampleParts.odtEntries()
        entries.append(("META-INF/manifest.rdf", "<x/>"))
        entries.append(("META-INF/documentsignatures.xml", "<x/>"))
        entries[5].1 = SampleParts.manifest(listing: SampleParts.odtParts + ["mimetype"])
        let issues = OfficePackageValidator.validateODT(try package(entries))
        #expect(has(issues, "META-INF/manifest.rdf", "not allowed in META-INF"))
        #expect(has(issues, "META-INF/manifest.xml", "must not list 'mimetype'"))
        #expect(issues.count == 2, "\(issues)")
    }

    @Test func missingManifestAndInvalidPartsAreReported() throws {
        var entries = SampleParts.odtEntries().filter { $0.0 != "META-INF/manifest.xml" }
        entries[1].1 = SampleParts.contentWithUnknownElement
        let issues = OfficePackageValidator.validateODT(try package(entries))
        #expect(has(issues, "META-INF/manifest.xml", "missing"))
        #expect(issues.contains { $0.part == "content.xml" && $0.line == 3 }, "\(issues)")
    }

    @Test func garbageIsOneIssue() {
        let issues = OfficePackageValidator.validateODT(Array("not a zip".utf8))
        #expect(issues.count == 1)
        #expect(issues.first?.part == PackageIssue.packagePart)
        #expect(OfficePackageValidator.validateDOCX([]).count == 1)
    }

    @Test func aMinimalDOCXIsValid() throws {
        #expect(OfficePackageValidator.validateDOCX(try package(SampleParts.docxEntries())) == [])
    }

    @Test func emptyTableCellAndDanglingRelationshipAreReported() throws {
        let rels = SampleParts.relationships([
            ("rId1", "officeDocument/2006/relationships/styles", "styles.xml"),
            ("rId2", "officeDocument/2006/relationships/numbering", "numbering.xml"),
        ])
        let entries = SampleParts.docxEntries(documentBody: SampleParts.emptyCellBody, documentRelationships: rels)
        let issues = OfficePackageValidator.validateDOCX(try package(entries))
        #expect(issues.contains { $0.part == "word/document.xml" && $0.line == 3 && $0.message.contains("w:tc holds no w:p") })
        #expect(has(issues, "word/_rels/document.xml.rels", "relationship rId2 targets 'numbering.xml'"))
        #expect(issues.count == 2, "\(issues)")
    }

    /// Data descriptors are legal in ZIP, ODF and OPC (LibreOffice writes them); content types and folder entries are checked.
    @Test func contentTypesAndDirectoriesAreCheckedDataDescriptorsAccepted() throws {
        var entries = SampleParts.docxEntries()
        entries.append(("media/logo.png", "png"))
        entries.append(("word/document.xml.bak", "x"))
        var archive = try package(entries)
        archive[6] |= 1 << 3  // data-descriptor flag on the first local header…
        archive[centralDirectoryOffset(archive) + 8] |= 1 << 3  // …and in its central record
        var withDirectory = ZipWriter(timestamp: .dosEpoch)
        try withDirectory.add("word/", [])

        let issues = OfficePackageValidator.validateDOCX(archive)
        #expect(has(issues, "media/logo.png", "has no content type"))
        #expect(has(issues, "word/document.xml.bak", "has no content type"))
        #expect(!has(issues, "[Content_Types].xml", "data-descriptor"))
        #expect(issues.count == 2, "\(issues)")
        #expect(has(OfficePackageValidator.validateDOCX(withDirectory.finish()), "word/", "directory entries"))
    }

    @Test func eachPartIsValidatedByItsContentType() throws {
        var entries = SampleParts.docxEntries()
        entries[2].1 = SampleParts.documentWithUnknownElement
        entries[5].1 = SampleParts.coreProperties.replacingOccurrences(of: "2024-05-14T10:00:00Z", with: "igår")
        let issues = OfficePackageValidator.validateDOCX(try package(entries))
        #expect(issues.contains { $0.part == "word/document.xml" && $0.line == 3 }, "\(issues)")
        #expect(issues.contains { $0.part == "docProps/core.xml" }, "\(issues)")
    }

    @Test func issuesDescribeThemselves() {
        #expect(PackageIssue(part: "content.xml", line: 3, message: "bad").description == "content.xml: 3: bad")
        #expect(PackageIssue(part: "mimetype", message: "bad").description == "mimetype: bad")
    }
}
