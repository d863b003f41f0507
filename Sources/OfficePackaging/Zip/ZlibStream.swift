internal import CZlib

/// zlib-wrapped deflate (RFC 1950), as PDF's FlateDecode stores streams.
package enum ZlibStream {
    /// `input` inflated, refusing more than `limit` bytes of output.
    package static func decompress(_ input: [UInt8], limit: Int = 64 << 20) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ZipError.corruptData(entry: "stream", detail: "inflateInit failed")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        return try input.withUnsafeBufferPointer { source in
            stream.next_in = source.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
            stream.avail_in = uInt(source.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, target.count - Int(stream.avail_out))
                }
                output += chunk[0..<produced]
                guard output.count <= limit else { throw ZipError.corruptData(entry: "stream", detail: "more than \(limit) bytes") }
                if status == Z_STREAM_END { return output }
                guard status == Z_OK else { throw ZipError.corruptData(entry: "stream", detail: "zlib status \(status)") }
            }
        }
    }

    /// `input` deflated at the default level with the zlib header and trailer.
    package static func compress(_ input: [UInt8]) throws -> [UInt8] {
        var size = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { target in
            input.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &size, source.baseAddress, uLong(source.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw ZipError.compressionFailed(status: status) }
        return Array(output[0..<Int(size)])
    }
}
