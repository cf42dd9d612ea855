/// The `<meta>` tags and JSON-LD of a page's head, in the order they are written.
public struct HeadMetadata {
    public struct Name {
        public var name: String
        public var content: String
        public var lang: String?

        var context: TemplateValues {
            var c: TemplateValues = ["name": .text(name), "content": .text(content)]
            if let lang { c["meta_lang"] = .text(lang) }
            return c
        }
    }

    public struct Property {
        public var property: String
        public var content: String
        var context: TemplateValues { ["property": .text(property), "content": .text(content)] }
    }

    public var names: [Name] = []
    public var properties: [Property] = []
    /// Serialised JSON-LD, safe to place inside `<script>`.
    public var jsonLD: String?

    public init() {}

    public mutating func add(_ name: String, _ content: String?, lang: String? = nil) {
        guard let content, !content.isEmpty else { return }
        names.append(Name(name: name, content: content, lang: lang))
    }

    public mutating func property(_ property: String, _ content: String?) {
        guard let content, !content.isEmpty else { return }
        properties.append(Property(property: property, content: content))
    }
}
