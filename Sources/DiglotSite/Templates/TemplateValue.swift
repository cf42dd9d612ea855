/// A value given to a template. Typed, so that rendering never has to cast `Any` at each name it looks up —
/// the reason templates render fast enough for a journal's archive.
public enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case number(Int)
    case list([TemplateValue])
    case map([String: TemplateValue])

    /// Mustache's truth: false, an empty list and a missing value skip a section; anything else opens it.
    var isTruthy: Bool {
        switch self {
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        default: true
        }
    }

    public subscript(key: String) -> TemplateValue? {
        if case .map(let values) = self { return values[key] }
        return nil
    }
}

public typealias TemplateValues = [String: TemplateValue]

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension TemplateValue {
    /// A list of maps, the usual shape of a template's repeated part.
    public static func maps(_ items: [TemplateValues]) -> TemplateValue { .list(items.map(TemplateValue.map)) }
    public static func texts(_ items: [String]) -> TemplateValue { .list(items.map(TemplateValue.text)) }
    /// An optional text: absent values are left out, so `{{#name}}` sections skip them.
    public static func optional(_ text: String?) -> TemplateValue? { text.map(TemplateValue.text) }
}
