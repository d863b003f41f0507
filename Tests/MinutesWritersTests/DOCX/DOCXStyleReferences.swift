/// The style ids a DOCX package's parts refer to (`w:pStyle`, `w:rStyle`, `w:tblStyle`, `w:numStyle`), read from
/// the bytes the writer produced (a test: `DOCXStyleName.contentStyles` must name them all).
enum DOCXStyleReferences {
    private static let prefixes = ["pStyle", "rStyle", "tblStyle", "numStyle"].map { Array("<w:\($0) w:val=\"".utf8) }

    /// Every referenced id once, in order of first use.
    static func ids(in parts: [[UInt8]]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for part in parts {
            for id in references(in: part) where seen.insert(id).inserted { result.append(id) }
        }
        return result
    }

    private static func references(in bytes: [UInt8]) -> [String] {
        var ids: [String] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let prefix = prefixes.first(where: { bytes[index...].starts(with: $0) }) else {
                index += 1
                continue
            }
            let start = index + prefix.count
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.endIndex
            ids.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end
        }
        return ids
    }
}
