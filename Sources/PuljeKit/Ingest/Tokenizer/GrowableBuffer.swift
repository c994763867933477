/// A manually managed, growable array for the parse loop: no copy-on-write checks and no
/// reference counting. Not copyable, so that its memory has one owner, and freed with it.
struct GrowableBuffer<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
    var rawBuffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(buffer) }

    subscript(index: Int) -> Element {
        get { base[index] }
        set { base[index] = newValue }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func removeLast(_ k: Int) {
        count -= k  // elements are trivial (bytes, spans, tuples of integers)
    }

    mutating func removeAll() {
        count = 0
    }

    private mutating func grow(to minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

extension GrowableBuffer where Element == UInt8 {
    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeRawBufferPointer) {
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        count += bytes.count
    }

    /// Drops the first `k` bytes, moving the rest to the front.
    mutating func removeFirst(_ k: Int) {
        guard k > 0 else { return }
        (base).update(from: base + k, count: count - k)
        count -= k
    }
}
