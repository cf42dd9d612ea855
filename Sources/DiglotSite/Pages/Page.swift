/// A page before rendering: where it goes, which template draws it, and the values the template is given.
public struct Page: Sendable {
    public var path: String
    public var template: String
    public var values: TemplateValues
}
