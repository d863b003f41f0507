import Foundation
import OfficePackaging
import Testing
import TestSupport

/// Registration metadata: `-M`, the diarienummer pattern, the lagrum check, the sidecar against its schema.
@Suite struct RegistrationMetadataTests {
    let binary: String
    let municipal = Fixtures.url("minutes/sammantradesprotokoll-kommunstyrelsen.md").path

    init() throws {
        binary = try #require(CommandRunner.protokollPath(), "build the protokoll product first (swift build --build-tests)")
    }

    @Test func sidecarCarriesTheRegistrationAndEveryItemsDnrAndMatchesItsSchema() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CommandRunner.run(binary, ["convert", municipal, "--to", "metadata,odt,docx", "--output-dir", folder.path, "--quiet",
                                              "-M", "handläggare=Eva Ek", "-M", "diarienummer=KS 2024/16", "-M", "sekretess=nej"])
        #expect(r.status == 0, "\(r.stderr)")
        let sidecar = folder.appendingPathComponent("sammantradesprotokoll-kommunstyrelsen.metadata.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sidecar)) as? [String: Any])
        let registration = try #require(json["registration"] as? [String: Any])
        #expect(registration["diarienummer"] as? String == "KS 2024/16", "-M wins over the front matter")
        #expect(registration["handlaggare"] as? String == "Eva Ek")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.compactMap { $0["dnr"] as? String } == ["KS 2024/97-04", "KS 2024/112", "KS 2024/130"])
        #expect(items.first?["decisions"] as? [String] == ["att utse Anna Lind och Per Ek att justera dagens protokoll."])
        let odt = try ZipReader(Array(Data(contentsOf: folder.appendingPathComponent("sammantradesprotokoll-kommunstyrelsen.odt"))))
        let meta = String(decoding: try odt.data("meta.xml"), as: UTF8.self)
        #expect(meta.contains(">Eva Ek</meta:user-defined>"), "\(meta)")
        #expect(meta.contains("<meta:keyword>KS 2024/16</meta:keyword>"))
        let docx = try ZipReader(Array(Data(contentsOf: folder.appendingPathComponent("sammantradesprotokoll-kommunstyrelsen.docx"))))
        #expect(String(decoding: try docx.data("docProps/custom.xml"), as: UTF8.self).contains("KS 2024/16"))

        let check = "import json, sys, jsonschema\njsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))\nprint('valid')"
        let schema = Fixtures.packageRoot().appendingPathComponent("docs/metadata.schema.json").path
        if try CommandRunner.run("/usr/bin/env", ["python3", "-c", "import jsonschema"]).status == 0 {
            let v = try CommandRunner.run("/usr/bin/env", ["python3", "-c", check, schema, sidecar.path])
            #expect(v.stdout == "valid\n", "\(v.stderr)")
        }
    }

    @Test func patternAndLagrumAreCheckedWhereTheyAreWritten() throws {
        let r = try CommandRunner.run(binary, ["convert", municipal, "--to", "metadata", "-o", "-", "-M", "sekretess=ja",
                                              "--diarienummer-pattern", #"KS \d{4}/\d{1,3}"#])
        #expect(r.status == 0)
        #expect(r.stderr.contains("\(municipal):37:1: warning: diarienummer “KS 2024/97-04” does not match the pattern KS \\d{4}/\\d{1,3}"), "\(r.stderr)")
        #expect(!r.stderr.contains("“KS 2024/112”"), "a matching number is not reported")
        #expect(r.stderr.contains("warning: sekretess is marked but no lagrum gives the OSL chapter and section"))
        let lagrum = try CommandRunner.run(binary, ["convert", municipal, "--to", "metadata", "-o", "-", "-q", "-M", "sekretess=ja", "-M", "lagrum=21 kap. 1 § OSL"])
        #expect(!lagrum.stderr.contains("lagrum"), "\(lagrum.stderr)")
        let bad = try CommandRunner.run(binary, ["convert", municipal, "--to", "metadata", "-o", "-", "--diarienummer-pattern", "KS ("])
        #expect(bad.status == 2 && bad.stderr.contains("is not a valid regular expression"))
        let noValue = try CommandRunner.run(binary, ["convert", municipal, "-M", "diarienummer"])
        #expect(noValue.status == 2 && noValue.stderr.contains("-M takes key=value"))
    }
}
