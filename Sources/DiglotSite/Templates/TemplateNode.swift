/// A parsed template: text and tags, with sections holding their contents.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(path: [String], escaped: Bool)
    case section(path: [String], inverted: Bool, children: [TemplateNode])
    /// A partial, and the indentation of its standalone tag, added to each of its lines.
    case partial(name: String, indentation: [UInt8])
    /// `{{<parent}}`: the parent template rendered with these blocks replaced.
    case parent(name: String, blocks: [String: [TemplateNode]])
    /// `{{$block}}`: replaceable content, with its default.
    case block(name: String, children: [TemplateNode])
}

/// A tag as written, with its place, for the linter and for error messages.
public struct TemplateTag: Sendable {
    public enum Kind: Sendable { case variable, section, invertedSection, partial, parent, block }
    public var kind: Kind
    public var name: String
    public var line: Int
    public var column: Int
}
