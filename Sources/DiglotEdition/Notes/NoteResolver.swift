/// A note of the edition, linked both ways: to it from each call, and from it back to each call.
public struct Note: Sendable, Equatable {
    public var label: String
    /// The anchor of the note, `note-<label>`.
    public var id: String
    public var blocks: [Block]
    public var location: SourceLocation
    /// The anchors of the calls of this note, in text order: one backlink each.
    public var callAnchors: [String]

    public var plainText: String { blocks.plainText }
}

/// The notes of an article with every call resolved.
public struct ResolvedNotes: Sendable {
    public var notes: [Note]
    /// For each call (by its index), the anchor of the call itself and the id of its note (nil: no such note).
    public var calls: [Int: (anchor: String, target: String?)]
}

/// Links note calls and note definitions, and reports what does not match: a call without a note and a note
/// defined twice are errors; a note never called is a warning.
public enum NoteResolver {
    public static func resolve(calls: [NoteCall], definitions: [NoteDefinition]) -> (ResolvedNotes, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var byLabel: [String: NoteDefinition] = [:]
        var order: [String] = []
        for definition in definitions {
            if let first = byLabel[definition.label] {
                diagnostics.append(
                    Diagnostic.error("note \(definition.label) is defined twice", at: definition.location, stage: .notes)
                        .relating(.note("first defined here", at: first.location, stage: .notes)))
            } else {
                byLabel[definition.label] = definition
                order.append(definition.label)
            }
        }
        var callAnchors: [String: [String]] = [:]
        var resolvedCalls: [Int: (anchor: String, target: String?)] = [:]
        for call in calls.sorted(by: { $0.index < $1.index }) {
            let occurrence = (callAnchors[call.label]?.count ?? 0) + 1
            let anchor = "call-\(idFragment(call.label))" + (occurrence > 1 ? "-\(occurrence)" : "")
            if byLabel[call.label] != nil {
                callAnchors[call.label, default: []].append(anchor)
                resolvedCalls[call.index] = (anchor, noteID(call.label))
            } else {
                callAnchors[call.label, default: []].append(anchor)
                resolvedCalls[call.index] = (anchor, nil)
                diagnostics.append(.error("note \(call.label) is called here but never defined", at: call.location, stage: .notes))
            }
        }
        let firstCall = Dictionary(calls.map { ($0.label, $0.index) }, uniquingKeysWith: min)
        let sortedLabels = order.enumerated().sorted { a, b in
            sortKey(a.element, definitionOrder: a.offset, firstCall: firstCall) < sortKey(b.element, definitionOrder: b.offset, firstCall: firstCall)
        }.map(\.element)
        let notes = sortedLabels.map { label -> Note in
            let definition = byLabel[label]!
            if callAnchors[label] == nil {
                diagnostics.append(.warning("note \(label) is never called in the text", at: definition.location, stage: .notes))
            }
            return Note(label: label, id: noteID(label), blocks: definition.blocks, location: definition.location,
                        callAnchors: callAnchors[label] ?? [])
        }
        return (ResolvedNotes(notes: notes, calls: resolvedCalls), diagnostics)
    }

    /// Numbered notes keep their numbers' order; named ones follow in the order of their first call.
    private static func sortKey(_ label: String, definitionOrder: Int, firstCall: [String: Int]) -> (Int, Int, Int) {
        if let number = Int(label) { return (0, number, definitionOrder) }
        return (1, firstCall[label] ?? Int.max, definitionOrder)
    }

    public static func noteID(_ label: String) -> String { "note-\(idFragment(label))" }

    /// Labels become part of an id: keep letters, digits, `-` and `_`; spell anything else as its code point.
    static func idFragment(_ label: String) -> String {
        label.unicodeScalars.map { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"))
                ? String(scalar) : "_\(String(scalar.value, radix: 16))"
        }.joined()
    }
}
