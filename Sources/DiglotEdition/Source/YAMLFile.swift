import Yams

/// A YAML file read with Yams, whose values keep their line and column so that an editor's mistake in
/// `edition.yaml` or `annotations.yaml` is reported where it stands.
public struct YAMLFile: Sendable {
    public let source: SourceFile
    public let root: YAMLValue?

    /// Parses the file; a syntax error becomes one diagnostic at the place libyaml stopped.
    public static func parse(_ source: SourceFile, stage: Diagnostic.Stage) -> (YAMLFile, [Diagnostic]) {
        do {
            // Every value is read as text, so no scalar needs its type resolved: the default resolver's regular
            // expressions cost more than the rest of the parse.
            let node = try Yams.compose(yaml: source.text, .basic)
            return (YAMLFile(source: source, root: node.map { YAMLValue(node: $0, file: source) }), [])
        } catch let error as YamlError {
            return (YAMLFile(source: source, root: nil), [diagnostic(for: error, in: source, stage: stage)])
        } catch {
            return (YAMLFile(source: source, root: nil), [Diagnostic(.error, "\(error)", file: source.path, stage: stage)])
        }
    }

    private static func diagnostic(for error: YamlError, in source: SourceFile, stage: Diagnostic.Stage) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .error("YAML: \(problem)", at: source.location(line: mark.line, column: mark.column), stage: stage)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("YAML: key \(duplicates.joined(separator: ", ")) appears twice",
                          at: source.location(line: context.mark.line, column: context.mark.column), stage: stage)
        default:
            return Diagnostic(.error, "YAML: \(error)", file: source.path, stage: stage)
        }
    }
}

/// One YAML node with its position.
public struct YAMLValue: Sendable {
    public enum Shape: Sendable {
        case scalar(String)
        case mapping([(key: String, keyLocation: SourceLocation, value: YAMLValue)])
        case sequence([YAMLValue])
    }

    public let shape: Shape
    public let location: SourceLocation

    init(node: Node, file: SourceFile) {
        let mark = node.mark
        location = file.location(line: mark?.line ?? 1, column: mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            shape = .scalar(scalar.string)
        case .mapping(let mapping):
            shape = .mapping(mapping.map { pair in
                let keyMark = pair.key.mark
                return (pair.key.string ?? "", file.location(line: keyMark?.line ?? 1, column: keyMark?.column ?? 1),
                        YAMLValue(node: pair.value, file: file))
            })
        case .sequence(let sequence):
            shape = .sequence(sequence.map { YAMLValue(node: $0, file: file) })
        case .alias:
            shape = .scalar("")
        }
    }

    public var string: String? {
        if case .scalar(let s) = shape { return s }
        return nil
    }

    public var sequence: [YAMLValue]? {
        if case .sequence(let items) = shape { return items }
        return nil
    }

    public var entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)]? {
        if case .mapping(let pairs) = shape { return pairs }
        return nil
    }

    public subscript(key: String) -> YAMLValue? {
        entries?.first { $0.key == key }?.value
    }

    /// Strings of a scalar or of a sequence of scalars; YAML writers use both for one-or-many fields.
    public var strings: [String] {
        if let s = string { return [s] }
        return sequence?.compactMap(\.string) ?? []
    }

    /// Warns about keys a reader does not know: a misspelt key would otherwise be ignored in silence.
    public func unknownKeys(allowed: Set<String>, stage: Diagnostic.Stage) -> [Diagnostic] {
        (entries ?? []).filter { !allowed.contains($0.key) }.map { entry in
            .warning("unknown key '\(entry.key)' (known: \(allowed.sorted().joined(separator: ", ")))",
                     at: entry.keyLocation, stage: stage)
        }
    }
}
