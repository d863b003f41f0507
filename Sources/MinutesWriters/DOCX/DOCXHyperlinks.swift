import Foundation

/// External hyperlink targets, each with a relationship id, in order of first use.
final class DOCXHyperlinks {
    private let firstNumber: Int
    private(set) var targets: [(id: String, target: String)] = []
    private var idByTarget: [String: String] = [:]

    /// Ids start at `rId<firstNumber>`, after the document's fixed relationships.
    init(firstNumber: Int) {
        self.firstNumber = firstNumber
    }

    /// The relationship id for an external link, or nil when the destination is empty or in-document (`#…`).
    func id(for destination: String) -> String? {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let target = DOCXHyperlinks.uriEscaped(trimmed)
        if let id = idByTarget[target] { return id }
        let id = "rId\(firstNumber + targets.count)"
        targets.append((id, target))
        idByTarget[target] = id
        return id
    }

    /// `s` with every byte outside URI characters percent-encoded (Word rejects relationship targets with
    /// spaces or raw control characters); existing `%XX` escapes stay.
    static func uriEscaped(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var out = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isEscape = byte == UInt8(ascii: "%") && index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2])
            if isEscape || uriBytes.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigits(byte)
            }
            index += 1
        }
        return out
    }

    private static let uriBytes: Set<UInt8> = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=".utf8)

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
