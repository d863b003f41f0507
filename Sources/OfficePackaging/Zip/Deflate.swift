internal import CZlib

/// Raw deflate (no zlib header or trailer), as zip method 8 stores it.
enum Deflate {
    /// `input` compressed in one `Z_FINISH` pass at the default level, through this thread's reused stream.
    static func compress(_ input: [UInt8]) throws -> [UInt8] {
        let stream = try DeflateStream.forThisThread()
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(input.count))))
        let status = run(&stream.pointee, from: input[...], into: &output) { CZlib.deflate(&$0, Z_FINISH) }
        let produced = Int(stream.pointee.total_out)
        // Reset at once: the next part starts from a fresh state, which gives the same bytes as a new stream.
        deflateReset(stream)
        guard status == Z_STREAM_END else { throw ZipError.compressionFailed(status: status) }
        output.removeSubrange(produced...)
        return output
    }

    /// `input` inflated; it must produce exactly `expectedSize` bytes and never more (a zip bomb stops there).
    static func decompress(_ input: ArraySlice<UInt8>, expectedSize: Int, entry: String) throws -> [UInt8] {
        var stream = z_stream()
        let initStatus = inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { throw ZipError.corruptData(entry: entry, detail: "inflateInit failed (\(initStatus))") }
        defer { inflateEnd(&stream) }

        // One spare byte: producing it proves the stream is longer than declared.
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        let status = run(&stream, from: input, into: &output) { inflate(&$0, Z_FINISH) }
        let produced = Int(stream.total_out)
        switch status {
        case Z_STREAM_END where produced == expectedSize:
            output.removeLast()
            return output
        case Z_STREAM_END:
            throw ZipError.sizeMismatch(entry: entry, declared: expectedSize, actual: produced)
        case Z_BUF_ERROR where stream.avail_out == 0, Z_OK where stream.avail_out == 0:
            throw ZipError.sizeMismatch(entry: entry, declared: expectedSize, actual: Int.max)
        case Z_BUF_ERROR, Z_OK:
            throw ZipError.corruptData(entry: entry, detail: "deflate stream ends early")
        default:
            throw ZipError.corruptData(entry: entry, detail: "zlib status \(status)")
        }
    }

    /// Points `stream` at `input` and `output` and performs one zlib `step`.
    private static func run(
        _ stream: inout z_stream, from input: ArraySlice<UInt8>, into output: inout [UInt8],
        _ step: (inout z_stream) -> Int32
    ) -> Int32 {
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                // zlib never writes through next_in; the cast only satisfies its non-const prototype.
                stream.next_in = source.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return step(&stream)
            }
        }
    }
}
