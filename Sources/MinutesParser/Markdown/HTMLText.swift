/// Reduces a raw HTML block to its text lines: tags and comments dropped, common entities decoded.
enum HTMLText {
    static func lines(of html: String) -> [String] {
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            let c = html[index]
            if c == "<" {
                if html[index...].hasPrefix("<!--") {
                    guard let close = html.range(of: "-->", range: index..<html.endIndex) else { break }
                    index = close.upperBound
                    continue
                }
                guard let close = html[index...].firstIndex(of: ">") else { text.append(c); index = html.index(after: index); continue }
                let tag = html[html.index(after: index)..<close].lowercased()
                if tag.hasPrefix("br") || tag.hasPrefix("p") || tag.hasPrefix("/p") || tag.hasPrefix("li") || tag.hasPrefix("/li")
                    || tag.hasPrefix("div") || tag.hasPrefix("/div") || tag.hasPrefix("tr") || tag.hasPrefix("h") || tag.hasPrefix("/h") {
                    text.append("\n")
                }
                index = html.index(after: close)
                continue
            }
            if c == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
                let entity = String(html[html.index(after: index)..<semicolon])
                if let decoded = entities[entity] {
                    text.append(decoded)
                    index = html.index(after: semicolon)
                    continue
                }
            }
            text.append(c)
            index = html.index(after: index)
        }
        return text.split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "aring": "å", "auml": "ä", "ouml": "ö", "Aring": "Å", "Auml": "Ä", "Ouml": "Ö", "sect": "§", "ndash": "–",
    ]
}
