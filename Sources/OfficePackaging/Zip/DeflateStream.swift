#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CZlib

/// One raw-deflate stream per thread, reset between parts: a new stream per part costs ≈ 256 KiB of fresh
/// allocations, and glibc handed them back to the kernel after every part (a `brk` each time).
enum DeflateStream {
    /// The calling thread's stream (made on first use, ended when the thread ends), ready for a new input.
    static func forThisThread() throws -> UnsafeMutablePointer<z_stream> {
        if let existing = pthread_getspecific(key) { return existing.assumingMemoryBound(to: z_stream.self) }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw ZipError.compressionFailed(status: status)
        }
        pthread_setspecific(key, stream)
        return stream
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            guard let stream = raw?.assumingMemoryBound(to: z_stream.self) else { return }
            deflateEnd(stream)
            stream.deallocate()
        }
        return key
    }()
}
