/// An item heading of a converted protocol: "§ 12", "§ 12  Dnr KS-2024-00123", "$ 80 Title", OCR's "\$ 179" or "S 12 Dnr …".
struct ProtocolItemHeading: Equatable {
    var number: Int
    var dnr: String?
    /// Title text on the heading line itself, if any.
    var titleStart: String?
    /// Whether the source printed "§" (sammanträdesanteckningar number items bare).
    var usesParagraphSign = true

    static func parse(_ text: String) -> ProtocolItemHeading? {
        var s = Substring(text)
        if s.hasPrefix("\\") { s = s.dropFirst() }
        guard let mark = s.first, mark == "§" || mark == "$" || mark == "S" else { return nil }
        s = s.dropFirst()
        let ocrS = mark == "S"
        s = s.drop { $0 == " " }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        if let next = s.first, next != " " { return nil }
        let rest = String(s).squeezingSpaces
        var dnr: String?
        var title: String? = rest.isEmpty ? nil : rest
        if let range = rest.range(of: "Dnr") {
            let before = rest[..<range.lowerBound].trimmingSpaces
            var value = rest[range.upperBound...].drop { $0 == " " || $0 == "." || $0 == ":" }
            value = value.dropLast(while: { $0 == " " })
            dnr = value.isEmpty ? nil : String(value)
            title = before.isEmpty ? nil : before
        }
        if ocrS && dnr == nil && title != nil { return nil }  // "S 12 ledamöter …" is prose
        if let t = title, t.first.map({ $0.isLowercase || $0 == "," || $0 == ")" }) ?? false { return nil }  // "§ 5 kommunallagen"
        if let t = title, t.hasPrefix("och ") || t.hasPrefix("- ") || t.hasPrefix("–") { return nil }
        return ProtocolItemHeading(number: number, dnr: dnr, titleStart: title)
    }
}
