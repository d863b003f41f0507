/// A template's styles by kind (ODT family, DOCX type) and the name the user sees, the first style of each:
/// how a style made under Protokoll's shown name ("Närvarotabell") but another internal name is found.
struct ShownNameIndex {
    /// A style's kind and shown name, as the caller normalises it.
    struct Key: Hashable {
        let kind: String
        let shownName: String
    }

    private let names: [Key: String]

    /// Indexes `styles` by `key`, each under its internal `name`; styles without either are left out.
    init(_ styles: [XMLNodeRef], key: (XMLNodeRef) -> Key?, name: (XMLNodeRef) -> String?) {
        names = Dictionary(styles.compactMap { style in key(style).flatMap { key in name(style).map { (key, $0) } } }) { first, _ in first }
    }

    /// The internal name of the first indexed style under `key`, or nil.
    subscript(key: Key?) -> String? {
        key.flatMap { names[$0] }
    }
}
