import Foundation

/// How names are written around a comma: letters after a name (`Jane Doe, MD`), which belong
/// to it, and a surname first (`Doe, Jane`), as citations write authors.
extension MetadataReader {
    /// `Doe, Jane A.` → `Jane A. Doe`: one capitalised word, a comma, then given names or
    /// initials; nil for anything else (`Jane Doe, MD`, `Doe, Roe`, two names).
    static func surnameFirst(_ text: String) -> String? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let surname = parts[0].trimmingCharacters(in: .whitespaces)
        let given = parts[1].trimmingCharacters(in: .whitespaces)
        let givenWords = given.split(separator: " ")
        guard !surname.contains(" "), surname.count >= 2, (1...3).contains(givenWords.count),
            !isCredential(given), surname.first?.isUppercase == true,
            givenWords.allSatisfy({
                $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
            }),
            // A given name, not an initial alone, leads (`Doe, J.` is a citation too, but
            // `Doe, Roe` would be two surnames as easily).
            givenWords[0].count >= 2
        else { return nil }
        let name = given + " " + surname
        return isPersonName(name, declared: true) ? name : nil
    }

    /// Post-nominal letters (`MD`, `PhD`, `CPA`, `Jr.`): degrees, licences, certifications and
    /// generational suffixes written after a name, each word capitalised and one of them.
    static func isCredential(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard (1...3).contains(words.count), part.count <= 24 else { return false }
        return words.allSatisfy { word in
            // `Ph.D.`, `CFP®`: dots and marks are not part of the letters.
            word.first?.isUppercase == true
                && postNominals.contains(word.lowercased().filter { $0.isLetter || $0 == "-" })
        }
    }

    /// Common post-nominal letters, lower-cased without dots.
    static let postNominals: Set<String> = [
        "md", "do", "phd", "dphil", "mba", "mph", "msc", "ms", "ma", "bsc", "jd", "llm", "esq", "rn", "bsn", "msn",
        "np", "aprn", "dnp", "pa-c", "crna", "lpn", "dds", "dmd", "dvm", "pharmd", "psyd", "edd", "dpt", "rd", "rdn",
        "ld", "ldn", "cdces", "lcsw", "lmft", "lpc", "lmhc", "cfp", "cfa", "cpa", "chfc", "clu", "cissp", "pmp",
        "facs", "facp", "faap", "frcp", "ibclc", "cscs", "jr", "sr", "ii", "iii", "iv", "obe", "mbe", "cbe", "ba",
        "bs", "msw", "lmsw", "fnp", "fnp-c", "fnp-bc", "np-c", "crnp", "eds", "mfa", "med", "ches", "cde", "cns",
        "dc", "od", "pe", "aia", "cpt", "cism", "cisa", "ea", "cmt", "caia", "frm", "shrm-cp", "shrm-scp", "sphr",
        "phr", "ccc-slp", "otr", "mpa", "mpp", "llb", "qc", "kc", "frcs", "mrcp", "mrcgp", "facc", "faan", "cnm",
    ]
}
