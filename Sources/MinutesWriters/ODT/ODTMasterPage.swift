/// Puts the body on a user template's master page when it is not "Standard" (LibreOffice uses the first
/// paragraph's `style:master-page-name`; without one the body would fall back to "Standard").
enum ODTMasterPage {
    /// Gives the first paragraph or heading of `body` a paragraph style that starts `masterPage`: its own
    /// automatic style gets the attribute, a named style gets an automatic child that carries it.
    static func start(_ masterPage: String, body: inout [ODTNode], automaticStyles: inout [ODTNode]) {
        guard let index = body.firstIndex(where: isParagraph),
              case .element(let name, var attributes, let children) = body[index],
              let at = attributes.firstIndex(where: { $0.0 == "text:style-name" })
        else { return }
        let current = attributes[at].1
        let pageAttribute = ("style:master-page-name", masterPage)
        if let automatic = automaticStyles.firstIndex(where: { $0.attribute("style:name") == current }),
           case .element(let styleName, let styleAttributes, let styleChildren) = automaticStyles[automatic] {
            automaticStyles[automatic] = .element(styleName, attributes: styleAttributes + [pageAttribute], children: styleChildren)
            return
        }
        automaticStyles.append(.el("style:style", [
            ("style:name", ODTStyle.firstPage), ("style:family", "paragraph"), ("style:parent-style-name", current), pageAttribute,
        ]))
        attributes[at].1 = ODTStyle.firstPage
        body[index] = .element(name, attributes: attributes, children: children)
    }

    private static func isParagraph(_ node: ODTNode) -> Bool {
        guard case .element(let name, _, _) = node else { return false }
        return name == "text:p" || name == "text:h"
    }
}
