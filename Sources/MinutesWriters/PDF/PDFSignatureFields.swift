/// Turns the text fields LibreOffice exported from the signature lines into unsigned signature fields
/// (`/FT /Sig`): same place, same widget and appearance, named after the signer, no text value. A post-processing
/// step because LibreOffice's form export has no signature field, while it does put a field exactly on each line.
enum PDFSignatureFields {
    /// `pdf` with every text field named in `names` made a signature field; returns the names it found too.
    static func convert(_ pdf: [UInt8], names: [String]) throws -> (pdf: [UInt8], fields: [String]) {
        var editor = try PDFEditor(pdf)
        var found: [String] = []
        var cursor = 0
        while let type = editor.find("/FT/Tx", from: cursor) {
            cursor = type.upperBound
            guard let object = editor.object(containing: type.lowerBound),
                  let open = editor.find("<<", from: object.offset), let end = editor.find("endobj", from: open.lowerBound),
                  let close = PDFEditor.lastRange(of: ">>", in: Array(editor.bytes[open.lowerBound..<end.lowerBound])) else { continue }
            let dictionary = Array(editor.bytes[open.lowerBound..<open.lowerBound + close.upperBound])
            guard let title = literalString(after: "/T(", in: dictionary), let name = String(validating: nameEscapesDecoded(title), as: UTF8.self),
                  names.contains(name) else { continue }
            let kept = ["/Rect", "/P ", "/AP"].compactMap { entry(named: $0, in: dictionary) }
            var replacement = Array("<</Type/Annot/Subtype/Widget/F 4\n".utf8)
            for part in kept { replacement += part + [0x0A] }
            replacement += Array("/FT/Sig\n/T<\(utf16Hex(name))>\n>>".utf8)
            editor.replace(open.lowerBound..<open.lowerBound + close.upperBound, with: replacement)
            found.append(name)
        }
        if !found.isEmpty { dropFormFont(&editor) }
        return (try editor.result(), found)
    }

    /// LibreOffice adds an unembedded Helvetica (`/He`) to the shared font resources for the text fields' values;
    /// signature fields have none, and PDF/A wants every font a page lists embedded, so the entry is blanked
    /// (spaces of the same length: nothing moves).
    private static func dropFormFont(_ editor: inout PDFEditor) {
        var cursor = 0
        while let key = editor.find("/He ", from: cursor) {
            cursor = key.upperBound
            guard let number = PDFEditor.integer(in: editor.bytes, after: key.upperBound),
                  let generation = PDFEditor.integer(in: editor.bytes, after: number.end),
                  let reference = editor.find("R", from: generation.end), reference.lowerBound == PDFEditor.skipWhite(editor.bytes, generation.end),
                  let font = editor.offset(of: number.value), let end = editor.find("endobj", from: font)
            else { continue }
            let body = String(decoding: editor.bytes[font..<end.lowerBound], as: UTF8.self)
            guard body.contains("/BaseFont/Helvetica"), !body.contains("/FontDescriptor") else { continue }
            editor.replace(key.lowerBound..<reference.upperBound, with: [UInt8](repeating: 0x20, count: reference.upperBound - key.lowerBound))
        }
    }

    /// The bytes of a literal string `(…)` starting after `key`, escapes resolved.
    static func literalString(after key: String, in bytes: [UInt8]) -> [UInt8]? {
        guard let start = PDFEditor.range(of: Array(key.utf8), in: bytes, from: 0) else { return nil }
        var value: [UInt8] = []
        var depth = 1
        var index = start.upperBound
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                index += 1
                let escaped: [UInt8: UInt8] = [UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09]
                value.append(escaped[bytes[index]] ?? bytes[index])
            } else if byte == UInt8(ascii: "(") {
                depth += 1
                value.append(byte)
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return value }
                value.append(byte)
            } else {
                value.append(byte)
            }
            index += 1
        }
        return nil
    }

    /// LibreOffice writes a field name's UTF-8 bytes as `#E2#80#93`; this reads them back.
    static func nameEscapesDecoded(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "#"), index + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16) {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// `/Rect[…]`, `/P 12 0 R` or `/AP<<…>>` as written in `dictionary`.
    private static func entry(named key: String, in dictionary: [UInt8]) -> [UInt8]? {
        guard let start = PDFEditor.range(of: Array(key.utf8), in: dictionary, from: 0) else { return nil }
        let closer: [UInt8]
        switch key {
        case "/Rect": closer = Array("]".utf8)
        case "/AP": closer = Array(">>".utf8)
        default: closer = Array("R".utf8)
        }
        guard let end = PDFEditor.range(of: closer, in: dictionary, from: start.upperBound) else { return nil }
        return Array(dictionary[start.lowerBound..<end.upperBound])
    }

    /// A PDF text string in UTF-16BE with its byte-order mark, as hex.
    static func utf16Hex(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF")
        return ([0xFEFF] + Array(text.utf16)).map { unit in
            String([12, 8, 4, 0].map { digits[Int((unit >> UInt16($0)) & 0xF)] })
        }.joined()
    }
}
