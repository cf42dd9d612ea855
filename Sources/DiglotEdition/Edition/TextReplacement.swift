import Foundation

extension StringProtocol {
    /// The text with every occurrence of `target` replaced, compared byte for byte. Foundation's
    /// `replacingOccurrences` goes through NSString and cost some 40,000 instructions a call in profiles of
    /// whole builds; the edition replaces only literal marks (`*`, dashes, line ends), where bytes suffice.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        return withBytes { bytes in
            guard var found = Self.offset(of: needle, in: bytes, from: 0) else { return String(self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + replacement.utf8.count)
            var copied = 0
            while true {
                out += bytes[copied..<found]
                out += replacement.utf8
                copied = found + needle.count
                guard let next = Self.offset(of: needle, in: bytes, from: copied) else { break }
                found = next
            }
            out += bytes[copied...]
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The first occurrence of `target`, compared byte for byte: `range(of:)` with Foundation imported goes
    /// through NSString as well.
    public func firstRange(ofLiteral target: String) -> Range<String.Index>? {
        let needle = Array(target.utf8)
        guard let found = withBytes({ Self.offset(of: needle, in: $0, from: 0) }) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.count)
    }

    /// Whether `target` occurs in the text, compared byte for byte; an empty target occurs nowhere.
    public func containsLiteral(_ target: String) -> Bool {
        let needle = Array(target.utf8)
        return withBytes { Self.offset(of: needle, in: $0, from: 0) != nil }
    }

    /// Whether the text's UTF-8 has `byte`: `memchr` over the contiguous bytes, where the generic
    /// `utf8.contains` costs some 20 instructions a byte, the price of several whole-article scans a build.
    public func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        } ?? utf8.contains(byte)
    }

    /// The text's UTF-8 in place where it is contiguous, as a native string's is; a copy otherwise.
    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Where `needle` next occurs in `bytes` at or after `start`, `memchr` finding each candidate first byte; an
    /// empty needle occurs nowhere. Needles are whole UTF-8 text, so a match always begins and ends on a scalar
    /// boundary.
    private static func offset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, let base = bytes.baseAddress else { return nil }
        var index = start
        while index + needle.count <= bytes.count,
              let found = memchr(base + index, Int32(first), bytes.count - index - needle.count + 1) {
            let candidate = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + candidate, needle, needle.count) == 0 { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
