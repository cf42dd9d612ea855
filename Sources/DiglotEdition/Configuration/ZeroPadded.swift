extension Int {
    /// `7.zeroPadded(to: 2)` is "07", as `String(format: "%02d")` writes it (the sign counts in the width),
    /// without Foundation's C varargs formatting, which stood out in profiles of the exports.
    public func zeroPadded(to width: Int) -> String {
        let digits = String(magnitude)
        let sign = self < 0 ? "-" : ""
        return sign + String(repeating: "0", count: Swift.max(0, width - sign.count - digits.count)) + digits
    }
}
