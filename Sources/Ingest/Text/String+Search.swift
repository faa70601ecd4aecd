extension String {
    /// Byte-wise substring test on UTF-8 (Foundation's `contains` goes through NSString and is far slower).
    package func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let first = pin.first else { return true }
                guard hay.count >= pin.count else { return false }
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == first {
                        var offset = 1
                        while offset < pin.count && hay[index + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// Whether the UTF-8 holds a run of at least `length` ASCII digits.
    package func hasDigitRun(_ length: Int) -> Bool {
        var run = 0
        for byte in utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run >= length { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}
