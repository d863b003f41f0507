import MinutesModel
import OfficePackaging

/// Makes LibreOffice's PDF reproducible: every date it stamps with the clock (the Info dictionary, the XMP packet,
/// the ICC profile of the PDF/A output intent) becomes the meeting's moment, and the file `/ID` becomes a hash of
/// the content, so the same input gives the same bytes.
enum PDFNormalizer {
    /// `registration` is added to the XMP packet (`PDFRegistrationXMP`).
    static func normalize(_ pdf: [UInt8], moment: LocalDateTime, registration: Registration? = nil) throws -> [UInt8] {
        var editor = try PDFEditor(pdf)
        let stamp = moment.date.iso.replacingOccurrences(of: "-", with: "")
            + (moment.time.map { $0.iso.replacingOccurrences(of: ":", with: "") } ?? "0000") + "00"
        // /CreationDate(D:20261203115652Z') → the meeting, without a zone (the minutes give local time only).
        if let key = editor.find("/CreationDate("), let end = editor.find(")", from: key.upperBound) {
            editor.replace(key.upperBound..<end.lowerBound, with: Array("D:\(stamp)".utf8))
        }
        if let key = editor.find("<xmp:CreateDate>"), let end = editor.find("</xmp:CreateDate>", from: key.upperBound),
           let object = editor.object(containing: key.lowerBound), let stream = try? editor.stream(at: object.offset) {
            var packet = Array(editor.bytes[stream.data])
            let start = key.upperBound - stream.data.lowerBound, stop = end.lowerBound - stream.data.lowerBound
            // Newer LibreOffice writes the same clock value as dc:date, xmp:ModifyDate and xmp:MetadataDate too:
            // every occurrence of it becomes the meeting.
            let clock = Array(packet[start..<stop])
            let stamp = Array(xmpDate(moment).utf8)
            var cursor = 0
            while !clock.isEmpty, let found = PDFEditor.range(of: clock, in: packet, from: cursor) {
                packet.replaceSubrange(found, with: stamp)
                cursor = found.lowerBound + stamp.count
            }
            let added = registration.map(PDFRegistrationXMP.descriptions) ?? ""
            if !added.isEmpty, let close = PDFEditor.range(of: Array("</rdf:RDF>".utf8), in: packet, from: 0) {
                packet.insert(contentsOf: Array(added.utf8), at: close.lowerBound)
            }
            try editor.replaceStream(at: object.offset, with: packet)
        }
        if let key = editor.find("/DestOutputProfile"), let number = PDFEditor.integer(in: editor.bytes, after: key.upperBound),
           let offset = editor.offset(of: number.value) {
            let stream = try editor.stream(at: offset)
            var profile = try ZlibStream.decompress(Array(editor.bytes[stream.data]))
            if profile.count >= 36 {
                // ICC header bytes 24–35: the creation date and time as six big-endian 16-bit numbers.
                let fields = [moment.date.year, moment.date.month, moment.date.day, moment.time?.hour ?? 0, moment.time?.minute ?? 0, 0]
                for (index, value) in fields.enumerated() {
                    profile[24 + 2 * index] = UInt8(truncatingIfNeeded: value >> 8)
                    profile[25 + 2 * index] = UInt8(truncatingIfNeeded: value)
                }
                try editor.replaceStream(at: offset, with: try ZlibStream.compress(profile))
            }
        }
        return try stampIdentifier(editor.result())
    }

    /// `2019-09-05T12:00:00`: XMP's form of the same moment as the Info dictionary's.
    static func xmpDate(_ moment: LocalDateTime) -> String {
        moment.date.iso + "T" + (moment.time.map { $0.iso + ":00" } ?? "00:00:00")
    }

    /// The trailer's `/ID` (both halves) and LibreOffice's `/DocChecksum` become a hash of everything else; they keep
    /// their length, so nothing moves.
    private static func stampIdentifier(_ pdf: [UInt8]) throws -> [UInt8] {
        guard let trailer = PDFEditor.lastRange(of: "trailer", in: pdf) else { return pdf }
        var holes: [Range<Int>] = []
        if let id = PDFEditor.range(of: Array("/ID".utf8), in: pdf, from: trailer.upperBound) {
            var cursor = id.upperBound
            for _ in 0..<2 {
                guard let open = PDFEditor.range(of: [UInt8(ascii: "<")], in: pdf, from: cursor),
                      let close = PDFEditor.range(of: [UInt8(ascii: ">")], in: pdf, from: open.upperBound) else { break }
                holes.append(open.upperBound..<close.lowerBound)
                cursor = close.upperBound
            }
        }
        if let checksum = PDFEditor.range(of: Array("/DocChecksum /".utf8), in: pdf, from: trailer.upperBound) {
            var end = checksum.upperBound
            while end < pdf.count, pdf[end] != 0x0A, pdf[end] != 0x0D, pdf[end] != 0x20, pdf[end] != UInt8(ascii: "/") { end += 1 }
            holes.append(checksum.upperBound..<end)
        }
        var blanked = pdf
        for hole in holes { blanked.replaceSubrange(hole, with: [UInt8](repeating: UInt8(ascii: "0"), count: hole.count)) }
        let digest = Array(SHA256.hex(blanked).uppercased().utf8)
        for hole in holes { blanked.replaceSubrange(hole, with: digest.prefix(hole.count) + [UInt8](repeating: UInt8(ascii: "0"), count: max(0, hole.count - digest.count))) }
        return blanked
    }
}
