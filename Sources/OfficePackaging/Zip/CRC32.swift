internal import CZlib

/// CRC-32 as zip stores it, computed by zlib.
public enum CRC32 {
    /// The CRC-32 of `bytes`, continuing from `initial`.
    public static func checksum(_ bytes: [UInt8], initial: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(crc32(uLong(initial), buffer.baseAddress, uInt(buffer.count)))
        }
    }
}
