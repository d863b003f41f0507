import Foundation
import MinutesWriters
import OfficePackaging
import Testing
import TestSupport

/// Every style the writer refers to is defined: in styles/odt/styles.xml or in content.xml's automatic styles.
@Suite("ODT style map")
struct ODTStyleMapTests {
    static var references: Regex<(Substring, Substring)> { #/(?:text:style-name|table:style-name|style:parent-style-name|style:next-style-name|style:page-layout-name|style:font-name|style:list-style-name)="([^"]*)"/# }
    static var definitions: Regex<(Substring, Substring)> { #/style:name="([^"]*)"/# }

    @Test(arguments: Fixtures.exampleNames() + ["every block kind"])
    func everyStyleUsedIsDefined(_ input: String) throws {
        let minutes = input == "every block kind" ? ODTTestSupport.everyBlockKind("Text") : try ODTTestSupport.example(input)
        let odt = try ODTTestSupport.write(minutes)
        let reader = try ZipReader(odt)
        let content = String(decoding: try reader.data("content.xml"), as: UTF8.self)
        let styles = String(decoding: try reader.data("styles.xml"), as: UTF8.self)
        let defined = Set((content + styles).matches(of: Self.definitions).map { String($0.1) })
        let used = Set((content + styles).matches(of: Self.references).map { String($0.1) })
        #expect(used.count > 20)
        #expect(used.subtracting(defined).sorted() == [])
    }

    @Test func customStylesHaveSwedishDisplayNames() throws {
        let odt = try ODTTestSupport.write(try ODTTestSupport.seedMinutes())
        let styles = String(decoding: try ZipReader(odt).data("styles.xml"), as: UTF8.self)
        for name in ["Protokoll rubrik", "Närvarotabell", "Underskrift roll", "Stark betoning", "Länk"] {
            #expect(styles.contains("style:display-name=\"\(name)\""), "\(name)")
        }
        for name in ["Beslut", "Beslutssats", "Underskrift", "Sidhuvud", "Sidfot"] {
            #expect(styles.contains("style:name=\"\(name)\""), "\(name)")
        }
    }
}
