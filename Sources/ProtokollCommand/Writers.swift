import ArgumentParser
import Protokoll

struct Writers: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lists the registered output formats.")

    func run() {
        for format in WriterRegistry.standard.formats {
            print("\(format.id)\t.\(format.fileExtension)\t\(format.mediaType)")
        }
    }
}
