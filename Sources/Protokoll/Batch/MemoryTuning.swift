/// glibc's allocator, set for a batch of many small documents (the CLI and the bench call it at start).
public enum MemoryTuning {
    /// By default glibc returns the heap's free top to the kernel after every large free and serves each block over
    /// 128 KiB (an XML part, a zip being assembled) with its own mmap: a `brk` or `mmap` pair and fresh zeroed pages
    /// per document part. Fixed thresholds keep such blocks in the heap and trim only beyond 16 MiB of free top, so
    /// memory still stays bounded (the bench measures peak RSS at 10,000 and 100,000 documents).
    public static func apply() {
        #if os(Linux)
        _ = glibcMallopt(mmapThreshold, 4 << 20)
        _ = glibcMallopt(trimThreshold, 16 << 20)
        #endif
    }

    #if os(Linux)
    // <malloc.h> is not part of Swift's Glibc module; these are its values.
    private static let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
    private static let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
    #endif
}

#if os(Linux)
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
