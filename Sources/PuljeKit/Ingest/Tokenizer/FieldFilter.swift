#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lets the parse loop skip the call for a field that needs no work, a saving that counts on
/// child sheets of millions of rows (the reading benchmark). The rules come from the receiver's
/// `ColumnPlan`, which promises that skipping is the same as being called:
/// - `always`: every field is delivered;
/// - `ifNotEmpty`: empty fields are not delivered (a blank assessment, a blank status);
/// - `ifLong`: only fields of 10 bytes or more, the shortest that can hold a CPR number, are
///   delivered (a pseudonym, a tool name: read for nothing else);
/// - `ifChanged`: a field is delivered only when its bytes differ from the last delivered one
///   in that column (the project, institution and period, repeated row after row).
/// Columns beyond the rules are `ifLong`. Without rules every field is delivered.
struct FieldFilter: ~Copyable {
    enum Rule: UInt8 {
        case always
        case ifNotEmpty
        case ifLong
        case ifChanged
    }

    /// Cells longer than this are always delivered in an `ifChanged` column.
    private static let slotSize = 64
    /// `ifChanged` in `minimumLengths`.
    private static let comparesWithLast: Int8 = -1

    // Plain memory rather than arrays: read for every field of millions of rows, without
    // bounds checks or uniqueness checks on write.
    /// Per column, the shortest field delivered (`always` 0, `ifNotEmpty` 1, `ifLong` 10), or
    /// `comparesWithLast`.
    private var minimumLengths: UnsafeMutablePointer<Int8>?
    /// Per column, a slot for the last delivered bytes of an `ifChanged` column, and their
    /// length (-1: nothing remembered).
    private var remembered: UnsafeMutableRawPointer?
    private var lengths: UnsafeMutablePointer<Int>?
    private var columnCount = 0
    private(set) var isActive = false

    mutating func activate(_ rules: [Rule]) {
        release()
        columnCount = rules.count
        let minimumLengths = UnsafeMutablePointer<Int8>.allocate(capacity: max(1, rules.count))
        for (column, rule) in rules.enumerated() {
            minimumLengths[column] =
                switch rule {
                case .always: 0
                case .ifNotEmpty: 1
                case .ifLong: Int8(PersonalIdentifier.minimumLength)
                case .ifChanged: Self.comparesWithLast
                }
        }
        self.minimumLengths = minimumLengths
        lengths = .allocate(capacity: max(1, rules.count))
        lengths!.initialize(repeating: -1, count: max(1, rules.count))
        remembered = .allocate(byteCount: max(1, rules.count * Self.slotSize), alignment: 8)
        isActive = true
    }

    deinit {
        minimumLengths?.deallocate()
        lengths?.deallocate()
        remembered?.deallocate()
    }

    /// Frees the rules' memory, before new rules.
    private mutating func release() {
        minimumLengths?.deallocate()
        lengths?.deallocate()
        remembered?.deallocate()
        (minimumLengths, lengths, remembered) = (nil, nil, nil)
        columnCount = 0
        isActive = false
    }

    /// Whether field `index` goes to the receiver.
    @inline(__always)
    mutating func passes(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard isActive else { return true }
        guard index < columnCount else { return bytes.count >= PersonalIdentifier.minimumLength }
        let minimum = minimumLengths![index]
        if minimum != Self.comparesWithLast { return bytes.count >= Int(minimum) }
        let slot = remembered! + index * Self.slotSize
        if lengths![index] == bytes.count && (bytes.isEmpty || memcmp(slot, bytes.baseAddress!, bytes.count) == 0) {
            return false
        }
        if bytes.count <= Self.slotSize {
            if !bytes.isEmpty { slot.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
            lengths![index] = bytes.count
        } else {
            lengths![index] = -1
        }
        return true
    }

    /// A record ended with `fields` fields: `ifChanged` columns it did not reach were not
    /// delivered as blank, so their next value must be delivered whatever it is.
    @inline(__always)
    mutating func recordEnded(fields: Int) {
        guard isActive, fields < columnCount else { return }
        for index in fields..<columnCount { lengths![index] = -1 }
    }

    /// Forgets every remembered cell (after a broken record).
    mutating func forgetAll() {
        guard isActive else { return }
        for index in 0..<columnCount { lengths![index] = -1 }
    }
}
