import Foundation
import Synchronization

/// Class/id vocabulary of page chrome, loaded once from `Resources/boilerplate-tokens.json`.
package struct BoilerplateTokens: Sendable {
    package var positive: Set<String> = []
    package var positiveSubstrings: [String] = []
    package var negative: Set<String> = []
    package var negativeSubstrings: [String] = []
    package var remove: Set<String> = []
    package var removeSubstrings: [String] = []
    package var removeRoles: Set<String> = []

    package static let shared: BoilerplateTokens = {
        var tokens = BoilerplateTokens()
        guard let url = Bundle.module.url(forResource: "boilerplate-tokens", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return tokens }
        func list(_ key: String) -> [String] { (object[key] as? [String]) ?? [] }
        tokens.positive = Set(list("positive"))
        tokens.positiveSubstrings = list("positiveSubstrings")
        tokens.negative = Set(list("negative"))
        tokens.negativeSubstrings = list("negativeSubstrings")
        tokens.remove = Set(list("remove"))
        tokens.removeSubstrings = list("removeSubstrings")
        tokens.removeRoles = Set(list("removeRoles"))
        return tokens
    }()

    /// What the class/id/role words of one element say about it.
    package struct Verdict: Sendable {
        /// Sum of +1 per positive and -1 per negative signal.
        package var weight: Int
        /// The element is chrome to drop when met inside the article.
        package var remove: Bool
    }

    /// Verdicts by class/id/role string, shared by all documents: sites repeat their class names.
    private static let cache = Mutex<[String: Verdict]>([:])
    /// Entries kept in the shared cache before it is cleared (memory stays bounded over huge batches).
    private static let maxCachedVerdicts = 50_000

    package func cachedVerdict(classAndID: String, role: String?) -> Verdict {
        let key = role.map { classAndID + "@" + $0 } ?? classAndID
        if let known = Self.cache.withLock({ $0[key] }) { return known }
        let result = verdict(classAndID: classAndID, role: role)
        Self.cache.withLock { cache in
            if cache.count >= Self.maxCachedVerdicts { cache.removeAll() }
            cache[key] = result
        }
        return result
    }

    package func verdict(classAndID: String, role: String?) -> Verdict {
        var weight = 0
        var remove = false
        var positiveSeen = false, negativeSeen = false
        for token in Self.split(classAndID) {
            if !positiveSeen, positive.contains(token) || positiveSubstrings.contains(where: token.containsBytes) {
                positiveSeen = true
            }
            if !negativeSeen, negative.contains(token) || negativeSubstrings.contains(where: token.containsBytes) {
                negativeSeen = true
            }
            if !remove, self.remove.contains(token) || removeSubstrings.contains(where: token.containsBytes) {
                remove = true
            }
        }
        if positiveSeen { weight += 1 }
        if negativeSeen { weight -= 1 }
        if let role, removeRoles.contains(role.lowercased()) {
            remove = true
            weight -= 1
        }
        return Verdict(weight: weight, remove: remove)
    }

    /// Lower-case words of a class/id string, split at spaces; each word also split at `-`/`_` boundaries is
    /// left whole (substring lists catch the parts).
    private static func split(_ value: String) -> [String] {
        value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).flatMap { word -> [String] in
            let whole = String(word)
            let parts = word.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" }).map(String.init)
            return parts.count > 1 ? [whole] + parts : [whole]
        }
    }
}
