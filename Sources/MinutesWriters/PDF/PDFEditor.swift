/// Edits a PDF with a classic cross-reference table, as LibreOffice writes it: byte ranges are replaced and the
/// table, every stream `/Length` touched and `startxref` follow, so the file stays valid.
struct PDFEditor {
    private(set) var bytes: [UInt8]
    /// Object number → offset of "N 0 obj", from the one xref table.
    private var offsets: [Int: Int] = [:]
    /// Object number → where its 20-byte xref entry starts.
    private var entries: [Int: Int] = [:]
    private var xrefStart = 0
    private var edits: [(range: Range<Int>, replacement: [UInt8])] = []

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        guard let keyword = PDFEditor.lastRange(of: "startxref", in: bytes),
              let offset = PDFEditor.integer(in: bytes, after: keyword.upperBound)?.value,
              offset >= 0, offset < bytes.count, bytes[offset...].starts(with: Array("xref".utf8))
        else { throw PDFEditor.unreadable("no classic cross-reference table") }
        xrefStart = offset
        var cursor = offset + 4
        while let first = PDFEditor.integer(in: bytes, after: cursor), let count = PDFEditor.integer(in: bytes, after: first.end) {
            var entry = PDFEditor.skipWhite(bytes, count.end)
            for number in first.value..<(first.value + count.value) {
                guard entry + 20 <= bytes.count, let value = Int(String(decoding: bytes[entry..<entry + 10], as: UTF8.self)) else {
                    throw PDFEditor.unreadable("a damaged cross-reference entry")
                }
                if bytes[entry + 17] == UInt8(ascii: "n") {
                    offsets[number] = value
                    entries[number] = entry
                }
                entry += 20
            }
            cursor = entry
            if bytes[PDFEditor.skipWhite(bytes, cursor)...].starts(with: Array("trailer".utf8)) { break }
        }
    }

    /// The first occurrence of `text` at or after `start`.
    func find(_ text: String, from start: Int = 0) -> Range<Int>? {
        PDFEditor.range(of: Array(text.utf8), in: bytes, from: start)
    }

    /// The object whose body holds `position`.
    func object(containing position: Int) -> (number: Int, offset: Int)? {
        offsets.filter { $0.value <= position }.max { $0.value < $1.value }.map { ($0.key, $0.value) }
    }

    /// The offset of object `number`.
    func offset(of number: Int) -> Int? { offsets[number] }

    /// The data of the stream of the object at `offset`, and where it lies.
    func stream(at offset: Int) throws -> (data: Range<Int>, length: Range<Int>) {
        guard let keyword = find("stream", from: offset), let dictionaryLength = find("/Length", from: offset),
              dictionaryLength.lowerBound < keyword.lowerBound, let value = PDFEditor.integer(in: bytes, after: dictionaryLength.upperBound)
        else { throw PDFEditor.unreadable("a stream without a length") }
        var start = keyword.upperBound
        if bytes[start] == 0x0D { start += 1 }
        if bytes[start] == 0x0A { start += 1 }
        // `/Length 358 0 R` points to an object holding the number; `/Length 2796` holds it here.
        var lengthRange = value.start..<value.end
        var length = value.value
        if let generation = PDFEditor.integer(in: bytes, after: value.end), bytes[PDFEditor.skipWhite(bytes, generation.end)] == UInt8(ascii: "R") {
            guard let target = offsets[value.value], let header = find("obj", from: target),
                  let stored = PDFEditor.integer(in: bytes, after: header.upperBound)
            else { throw PDFEditor.unreadable("a stream length that points nowhere") }
            lengthRange = stored.start..<stored.end
            length = stored.value
        }
        guard length >= 0, start + length <= bytes.count else { throw PDFEditor.unreadable("a stream longer than the file") }
        return (start..<start + length, lengthRange)
    }

    /// Replaces a stream's data, updating its length.
    mutating func replaceStream(at offset: Int, with data: [UInt8]) throws {
        let stream = try self.stream(at: offset)
        replace(stream.data, with: data)
        replace(stream.length, with: Array(String(data.count).utf8))
    }

    /// Queues a replacement; ranges must not overlap.
    mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
        edits.append((range, replacement))
    }

    /// The edited file with its cross-reference table rewritten.
    func result() throws -> [UInt8] {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.range.upperBound > b.range.lowerBound {
            throw PDFEditor.unreadable("overlapping edits")
        }
        func moved(_ position: Int) -> Int {
            position + sorted.filter { $0.range.upperBound <= position }.reduce(0) { $0 + $1.replacement.count - $1.range.count }
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cursor = 0
        for edit in sorted {
            output += bytes[cursor..<edit.range.lowerBound]
            output += edit.replacement
            cursor = edit.range.upperBound
        }
        output += bytes[cursor...]
        // Rewrite each in-use entry's offset; entries are fixed width, so the table keeps its size.
        let newXref = moved(xrefStart)
        for (number, old) in offsets {
            guard let entry = entries[number].map(moved) else { continue }
            let digits = String(moved(old))
            output.replaceSubrange(entry..<entry + 10, with: Array((String(repeating: "0", count: 10 - digits.count) + digits).utf8))
        }
        guard let keyword = PDFEditor.lastRange(of: "startxref", in: output), let stored = PDFEditor.integer(in: output, after: keyword.upperBound) else {
            throw PDFEditor.unreadable("no startxref")
        }
        output.replaceSubrange(stored.start..<stored.end, with: Array(String(newXref).utf8))
        return output
    }

    // MARK: - Lexing

    static func integer(in bytes: [UInt8], after position: Int) -> (value: Int, start: Int, end: Int)? {
        let start = skipWhite(bytes, position)
        var end = start
        while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, end - start < 12 { end += 1 }
        guard end > start, let value = Int(String(decoding: bytes[start..<end], as: UTF8.self)) else { return nil }
        return (value, start, end)
    }

    static func skipWhite(_ bytes: [UInt8], _ position: Int) -> Int {
        var cursor = position
        while cursor < bytes.count, [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00].contains(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    static func range(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
            index += 1
        }
        return nil
    }

    static func lastRange(of text: String, in bytes: [UInt8]) -> Range<Int>? {
        let needle = Array(text.utf8)
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
            index -= 1
        }
        return nil
    }

    static func unreadable(_ reason: String) -> WriterError {
        .failed(format: "pdf", reason: "LibreOffice's PDF could not be finished: \(reason)")
    }
}
