/// Lets go of a value on a background thread, then runs `afterwards` there.
///
/// Why: when a big file's analysis lands, the article it replaces holds the
/// whole text and its tables (hundreds of megabytes for a 100 MB file), and
/// giving that memory back to the kernel (unmapping it page by page) cost the
/// reader's thread 20–40 ms, during which a key waited. Moved (`consume`)
/// into a box that only the background thread empties, the value's last
/// reference is dropped there, whatever the order the two threads run in.
public enum BackgroundRelease {
    public static func release<Value>(_ value: consuming Value, then afterwards: @escaping @Sendable () -> Void = {}) {
        let box = Box(value)
        BackgroundPriority.run {
            box.empty()
            afterwards()
        }
    }

    private final class Box<Value>: @unchecked Sendable {   // (emptied by one thread, once)
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
        func empty() { value = nil }
    }
}
