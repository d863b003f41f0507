import ArgumentParser
import Foundation
import Protokoll

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reports diagnostics without writing anything; exit 1 when any input has an error.")

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String]

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = common.pipeline()
        let results = try BatchRunner.run(inputs: inputs, quiet: common.quiet, options: common.parseOptions) { input, bytes in
            let minutes = pipeline.parse(bytes, sourceName: input.isStandardInput ? nil : input.path)
            return InputResult(input: input, minutes: minutes, outputs: [], failure: minutes.hasErrors ? "has errors" : nil)
        }
        if results.contains(where: { !$0.succeeded }) { throw ExitCode(1) }
    }
}
