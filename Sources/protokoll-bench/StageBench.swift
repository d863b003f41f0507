import Foundation
import MinutesCorpus
import MinutesParser
import OfficePackaging
import Protokoll
import SwedishTypography
internal import CZlib

/// Per-stage cost on generated minutes (parse, typeset, each writer) and the deflate floor of the ODT and DOCX:
/// raw deflate at level 6 of the same parts through one reused stream.
enum StageBench {
    static func run(pipeline: Pipeline, rounds: Int) throws {
        let count = 200
        let generator = CorpusGenerator()
        let sources = (0..<count).map { Array(generator.document($0).text.utf8) }
        let parser = MinutesParser(options: pipeline.parseOptions)
        let parsed = sources.map { parser.parse($0) }
        let typeset = parsed.map { $0.typeset() }
        let repeats = max(3, rounds / 40)
        func perDocument(_ body: () -> Void) -> Double { Bench.median(repeats, body) / Double(count) }

        let parse = perDocument { for source in sources { _ = parser.parse(source) } }
        let typography = perDocument { for minutes in parsed { _ = minutes.typeset() } }
        var line = String(format: "Stages, per generated document (%d documents, median of %d): parse %.3f ms, typeset %.3f ms", count, repeats, parse * 1000, typography * 1000)
        var writeTimes: [String: Double] = [:]
        for format in ["txt", "odt", "docx", "json"] {
            let time = perDocument { for minutes in typeset { _ = try? pipeline.render(minutes, as: format) } }
            writeTimes[format] = time
            line += String(format: ", %@ %.3f ms", format, time * 1000)
        }
        print(line)

        var parts: [[UInt8]] = []
        for minutes in typeset {
            for format in ["odt", "docx"] {
                let reader = try ZipReader(try pipeline.render(minutes, as: format))
                for entry in reader.entries where entry.method == .deflated { parts.append(try reader.data(entry.name)) }
            }
        }
        let stream = ReusedDeflate()
        let floor = perDocument { for part in parts { stream.compress(part) } }
        let officeWrite = (writeTimes["odt"] ?? 0) + (writeTimes["docx"] ?? 0)
        print(String(format: "  deflate floor (raw deflate, level 6, one reused stream, the same %d parts): %.3f ms per document; ODT + DOCX writing %.3f ms = %.2f × the floor (target ≤ 1.5)",
                     parts.count, floor * 1000, officeWrite * 1000, officeWrite / max(floor, 1e-12)))
    }
}

/// One raw-deflate stream, reset between inputs: the cheapest way zlib compresses many small parts.
/// (zlib's state points back at its `z_stream`, so the stream lives at one address.)
final class ReusedDeflate {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var output = [UInt8](repeating: 0, count: 1 << 20)

    init() {
        stream.initialize(to: z_stream())
        _ = deflateInit2_(stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    func compress(_ input: [UInt8]) {
        deflateReset(stream)
        let bound = Int(deflateBound(stream, uLong(input.count)))
        if output.count < bound { output = [UInt8](repeating: 0, count: bound) }
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = target.baseAddress
                stream.pointee.avail_out = uInt(target.count)
                _ = deflate(stream, Z_FINISH)
            }
        }
    }
}
