import Foundation
import Protokoll
import Testing
import TestSupport

/// Org-mode and LaTeX sources leave no markup of their own in any output.
@Suite struct ReaderOutputTests {
    @Test(arguments: ["foreningsprotokoll-arsmote.org", "foreningsprotokoll-arsmote.tex"])
    func noRawMarkupInAnyFormat(name: String) throws {
        let pipeline = Pipeline()
        let minutes = pipeline.parse(try Fixtures.bytes("readers/" + name), sourceName: name)
        #expect(minutes.items.count == 7)
        for format in ["txt", "json"] {
            let text = String(decoding: try pipeline.render(minutes, as: format), as: UTF8.self)
            for raw in ["#+TITLE", "#+OPTIONS", "\\section", "\\textbf", "\\begin", "\\end{", "\\maketitle", "\\documentclass", "*Beslut*"] {
                #expect(!text.contains(raw), "\(raw) in the \(format) output of \(name)")
            }
        }
    }
}
