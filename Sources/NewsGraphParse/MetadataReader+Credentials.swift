import Foundation

/// The letters a byline writes after a name (`Jane Doe, MD`), which belong to the name.
extension MetadataReader {
    /// Post-nominal letters (`MD`, `PhD`, `CPA`, `Jr.`): degrees, licences, certifications and
    /// generational suffixes written after a name, each word capitalised and one of them.
    static func isCredential(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard (1...3).contains(words.count), part.count <= 24 else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && postNominals.contains(word.lowercased().filter { $0 != "." })
        }
    }

    /// Common post-nominal letters, lower-cased without dots.
    static let postNominals: Set<String> = [
        "md", "do", "phd", "dphil", "mba", "mph", "msc", "ms", "ma", "bsc", "jd", "llm", "esq", "rn", "bsn", "msn",
        "np", "aprn", "dnp", "pa-c", "crna", "lpn", "dds", "dmd", "dvm", "pharmd", "psyd", "edd", "dpt", "rd", "rdn",
        "ld", "ldn", "cdces", "lcsw", "lmft", "lpc", "lmhc", "cfp", "cfa", "cpa", "chfc", "clu", "cissp", "pmp",
        "facs", "facp", "faap", "frcp", "ibclc", "cscs", "jr", "sr", "ii", "iii", "iv", "obe", "mbe", "cbe",
    ]
}
