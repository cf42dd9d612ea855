/// Renders parsed templates into bytes. Names are looked up through the stack of section values as Mustache
/// says: the first part of a dotted name in the innermost value that has it, the rest inside that value.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]

    func render(_ name: String, _ values: TemplateValues) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32768)
        var stack: [TemplateValue] = [.map(values)]
        render(templates[name] ?? [], stack: &stack, blocks: [:], indentation: [], into: &out)
        return out
    }

    private func render(_ nodes: [TemplateNode], stack: inout [TemplateValue], blocks: [String: [TemplateNode]],
                        indentation: [UInt8], into out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                if indentation.isEmpty { out.append(contentsOf: bytes) } else { appendIndented(bytes, indentation, into: &out) }
            case .variable(let path, let escaped):
                guard let value = lookup(path, in: stack) else { continue }
                switch value {
                case .text(let text): escaped ? HTMLBytes.appendEscaped(text, to: &out) : out.append(contentsOf: text.utf8)
                case .number(let number): out.append(contentsOf: String(number).utf8)
                case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
                case .list, .map: continue
                }
            case .section(let path, let inverted, let children):
                let value = lookup(path, in: stack)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy { render(children, stack: &stack, blocks: blocks, indentation: indentation, into: &out) }
                } else if truthy, let value {
                    if case .list(let items) = value {
                        for item in items {
                            stack.append(item)
                            render(children, stack: &stack, blocks: blocks, indentation: indentation, into: &out)
                            stack.removeLast()
                        }
                    } else {
                        stack.append(value)
                        render(children, stack: &stack, blocks: blocks, indentation: indentation, into: &out)
                        stack.removeLast()
                    }
                }
            case .partial(let name, let partialIndentation):
                guard let partial = templates[name] else { continue }
                render(partial, stack: &stack, blocks: blocks, indentation: indentation + partialIndentation, into: &out)
            case .parent(let name, let overrides):
                guard let parent = templates[name] else { continue }
                // The outermost override of a block wins: it was written closest to the page being rendered.
                let merged = overrides.merging(blocks) { _, outer in outer }
                render(parent, stack: &stack, blocks: merged, indentation: indentation, into: &out)
            case .block(let name, let children):
                render(blocks[name] ?? children, stack: &stack, blocks: blocks, indentation: indentation, into: &out)
            }
        }
    }

    private func lookup(_ path: [String], in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        for value in stack.reversed() {
            guard case .map(let values) = value, var found = values[first] else { continue }
            for key in path.dropFirst() {
                guard let next = found[key] else { return nil }
                found = next
            }
            return found
        }
        return nil
    }

    /// A partial's text with its tag's indentation at the start of each of its lines.
    private func appendIndented(_ bytes: [UInt8], _ indentation: [UInt8], into out: inout [UInt8]) {
        var atLineStart = out.isEmpty || out.last == UInt8(ascii: "\n")
        for byte in bytes {
            if atLineStart { out.append(contentsOf: indentation) }
            out.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
    }
}

/// HTML escaping straight into bytes: `&`, `<`, `>`, `"` and `'`.
enum HTMLBytes {
    /// Copies the runs between escaped characters whole: most of a page's text has nothing to escape.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            for index in bytes.indices where needsEscape(bytes[index]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                appendEscaped(bytes[index], to: &out)
                copied = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

    @inline(__always)
    static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: [38, 97, 109, 112, 59])
        case UInt8(ascii: "<"): out.append(contentsOf: [38, 108, 116, 59])
        case UInt8(ascii: ">"): out.append(contentsOf: [38, 103, 116, 59])
        case UInt8(ascii: "\""): out.append(contentsOf: [38, 113, 117, 111, 116, 59])
        case UInt8(ascii: "'"): out.append(contentsOf: [38, 35, 51, 57, 59])
        default: out.append(byte)
        }
    }
}
