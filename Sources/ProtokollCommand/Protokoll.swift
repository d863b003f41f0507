import ArgumentParser
import Foundation
import Protokoll

/// The `protokoll` command: options become a library call, nothing more.
@main
struct ProtokollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protokoll",
        abstract: "Turns Swedish meeting minutes into documents to sign, archive and register.",
        version: ProtokollVersion.current,
        subcommands: [Convert.self, Check.self, Package.self, Validate.self, Report.self, Writers.self, Styles.self],
        defaultSubcommand: nil
    )

    /// Exit statuses: 0 converted, 1 an input failed, 2 usage error.
    static func main() {
        MemoryTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            Foundation.exit(code == .validationFailure ? 2 : (code.rawValue == 0 ? 0 : code == .failure ? 1 : 2))
        }
    }
}
