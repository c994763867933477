#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lets the parse loop skip the call for a field that needs no work, a saving that counts on
/// child sheets of millions of rows (the reading benchmark). A sink that sets rules promises
/// that skipping is the same as being called:
/// - `always`: every field is delivered;
/// - `ifNotEmpty`: empty fields are not delivered (a blank assessment, a blank status);
/// - `ifLong`: only fields of 10 bytes or more, the shortest that can hold a CPR number, are
///   delivered (a pseudonym, a tool name: read for nothing else);
/// - `ifChanged`: a field is delivered only when its bytes differ from the last delivered one
///   in that column (the project, institution and period, repeated row after row).
/// Columns beyond the rules are `ifLong`. Without rules every field is delivered.
struct FieldFilter {
    enum Rule: UInt8 {
        case always
        case ifNotEmpty
        case ifLong
        case ifChanged
    }

    /// Cells longer than this are always delivered in an `ifChanged` column.
    private static let slotSize = 64

    private var rules: [Rule] = []
    /// Per column, a slot for the last delivered bytes of an `ifChanged` column, and their
    /// length (-1: nothing remembered).
    private var remembered: UnsafeMutableRawPointer?
    private var lengths: [Int] = []
    private(set) var isActive = false

    mutating func activate(_ rules: [Rule]) {
        self.rules = rules
        lengths = Array(repeating: -1, count: rules.count)
        remembered?.deallocate()
        remembered = .allocate(byteCount: max(1, rules.count * Self.slotSize), alignment: 8)
        isActive = true
    }

    func free() {
        remembered?.deallocate()
    }

    /// Whether field `index` goes to the sink.
    @inline(__always)
    mutating func passes(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard isActive else { return true }
        guard index < rules.count else { return bytes.count >= PersonalIdentifier.minimumLength }
        switch rules[index] {
        case .always:
            return true
        case .ifNotEmpty:
            return !bytes.isEmpty
        case .ifLong:
            return bytes.count >= PersonalIdentifier.minimumLength
        case .ifChanged:
            let slot = remembered! + index * Self.slotSize
            if lengths[index] == bytes.count && (bytes.isEmpty || memcmp(slot, bytes.baseAddress!, bytes.count) == 0) {
                return false
            }
            if bytes.count <= Self.slotSize {
                if !bytes.isEmpty { slot.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
                lengths[index] = bytes.count
            } else {
                lengths[index] = -1
            }
            return true
        }
    }

    /// A record ended with `fields` fields: `ifChanged` columns it did not reach were not
    /// delivered as blank, so their next value must be delivered whatever it is.
    @inline(__always)
    mutating func recordEnded(fields: Int) {
        guard isActive, fields < lengths.count else { return }
        for index in fields..<lengths.count { lengths[index] = -1 }
    }

    /// Forgets every remembered cell (after a broken record).
    mutating func forgetAll() {
        for index in lengths.indices { lengths[index] = -1 }
    }
}
