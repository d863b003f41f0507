import ArgumentParser
import Foundation
import Protokoll

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates .odt and .docx files against the bundled ODF 1.3 and ISO 29500 schemas.",
        discussion: "Prints file: part: line: message for each problem; exit 0 only when every file is valid.")

    @Argument(help: "The .odt or .docx files.")
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            let ext = (file as NSString).pathExtension
            guard let data = FileManager.default.contents(atPath: file) else {
                BatchRunner.printError("\(file): error: cannot read the file")
                failed = true
                continue
            }
            guard let problems = DocumentValidation.problems(in: Array(data), fileExtension: ext) else {
                BatchRunner.printError("\(file): error: not an .odt or .docx file")
                failed = true
                continue
            }
            for problem in problems { print("\(file): \(problem)") }
            if problems.isEmpty { print("\(file): valid") } else { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}
