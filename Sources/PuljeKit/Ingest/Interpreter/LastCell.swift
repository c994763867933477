#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Remembers the last raw bytes of a cell and what they resolved to.
struct LastCell<Value> {
    private var bytes: [UInt8] = []
    private var known = false
    private(set) var value: Value?

    @inline(__always)
    func matches(_ cell: UnsafeRawBufferPointer) -> Bool {
        guard known, cell.count == bytes.count else { return false }
        return bytes.withUnsafeBytes { stored in
            cell.count == 0 || memcmp(stored.baseAddress!, cell.baseAddress!, cell.count) == 0
        }
    }

    mutating func store(_ cell: UnsafeRawBufferPointer, _ resolved: Value) {
        bytes = Array(cell)
        value = resolved
        known = true
    }
}
