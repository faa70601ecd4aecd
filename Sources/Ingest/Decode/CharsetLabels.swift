import Foundation

/// Maps declared charset labels to the charset we decode with; the table is `Resources/charset-labels.json`.
package enum CharsetLabels {
    private static let table: [String: String] = {
        guard let url = Bundle.module.url(forResource: "charset-labels", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return ["utf-8": "UTF-8"] }
        return object.filter { !$0.key.hasPrefix("_") }
    }()

    /// The charset to decode a page declared as `label` with, or nil when neither the table nor ICU knows it.
    package static func resolve(_ label: String) -> String? {
        let key = label.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
            .lowercased()
        guard !key.isEmpty else { return nil }
        if let mapped = table[key] { return mapped }
        return ICU.canonicalCharset(key) != nil ? key : nil
    }
}
