import ArgumentParser
import Protokoll

struct Styles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lists the bundled house styles for --style.")

    func run() {
        for style in HouseStyles.available { print(style) }
    }
}
