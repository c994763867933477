extension TrafficLight {
    /// The ASCII spellings of SPEC 3.4, matched on bytes without building a string.
    @inline(__always)
    init?(bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else { return nil }
        switch (first | 0x20, bytes.count) {
        case (UInt8(ascii: "g"), 1): self = .green
        case (UInt8(ascii: "g"), 3) where asciiEquals(bytes, "gul"): self = .yellow
        case (UInt8(ascii: "g"), 5) where asciiEquals(bytes, "groen") || asciiEquals(bytes, "green"): self = .green
        case (UInt8(ascii: "y"), 1): self = .yellow
        case (UInt8(ascii: "y"), 6) where asciiEquals(bytes, "yellow"): self = .yellow
        case (UInt8(ascii: "r"), 1): self = .red
        case (UInt8(ascii: "r"), 3) where asciiEquals(bytes, "red"): self = .red
        case (UInt8(ascii: "r"), 4) where asciiEquals(bytes, "roed"): self = .red
        default: return nil
        }
    }
}

extension ChildStatus {
    /// `aktiv` and `udgaaet`, matched on bytes.
    init?(bytes: UnsafeRawBufferPointer) {
        if asciiEquals(bytes, "aktiv") {
            self = .aktiv
        } else if asciiEquals(bytes, "udgaaet") {
            self = .udgaaet
        } else {
            return nil
        }
    }
}

/// Case-insensitive comparison of a cell with a lower-case ASCII word.
@inline(__always)
func asciiEquals(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    let pointer = word.utf8Start
    for index in 0..<bytes.count where bytes[index] | 0x20 != pointer[index] {
        return false
    }
    return true
}
