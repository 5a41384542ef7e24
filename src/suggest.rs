//! "Did you mean": the known name closest to one that names nothing, so a message about a typo
//! can offer the fix.

/// The name in `known` closest to `wanted`, when it is close enough to be a likely typo.
///
/// Close enough means at most `max(2, n / 3)` single-character edits (insertions, deletions and
/// substitutions: the Levenshtein distance), where `n` is the number of characters in `wanted`.
/// So a short id may have two typos and a long one a third of its letters wrong; beyond that a
/// suggestion is more likely to mislead than help. Case counts, as it does in ids. Among names
/// equally close the alphabetically first wins, so the answer does not depend on the order of
/// `known`.
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_len = wanted.chars().count();
    let limit = 2.max(wanted_len / 3);
    known
        .into_iter()
        // No name whose length differs by more than the limit can be within it; skipping those
        // saves measuring most of a long list.
        .filter(|k| k.chars().count().abs_diff(wanted_len) <= limit)
        .map(|k| (strsim::levenshtein(wanted, k), k))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_the_name() {
        assert_eq!(closest("aktu", ["aktau", "alat", "baku"]), Some("aktau"));
        assert_eq!(closest("prot", ["port", "city", "place"]), Some("port"));
    }

    #[test]
    fn a_name_too_far_from_all_gets_none() {
        assert_eq!(closest("tbilisi", ["aktau", "alat"]), None);
        assert_eq!(closest("x", std::iter::empty()), None);
    }

    #[test]
    fn short_names_may_have_two_edits_and_long_ones_a_third() {
        assert_eq!(closest("ab", ["xy"]), Some("xy"), "two edits");
        assert_eq!(closest("ab", ["xyz"]), None, "three edits");
        // Twelve letters allow four edits.
        assert_eq!(
            closest("abcdefghijkl", ["abcdefghwxyz"]),
            Some("abcdefghwxyz")
        );
        assert_eq!(
            closest("abcdefghijkl", ["abcdefgvwxyz"]),
            None,
            "five edits"
        );
    }

    #[test]
    fn length_is_counted_in_characters() {
        // Six letters, twelve bytes: two edits allowed, not four.
        assert_eq!(closest("ақтауы", ["ақтау"]), Some("ақтау"));
        assert_eq!(closest("ақтауы", ["ақ"]), None);
    }

    #[test]
    fn the_closest_wins_and_ties_go_to_the_first_in_order() {
        assert_eq!(closest("alat", ["alata", "alat1x", "blat"]), Some("alata"));
        assert_eq!(closest("abc", ["abd", "abe"]), Some("abd"));
        assert_eq!(closest("abc", ["abe", "abd"]), Some("abd"));
    }

    #[test]
    fn case_counts() {
        assert_eq!(closest("AKTAU", ["aktau"]), None);
        assert_eq!(closest("Aktau", ["aktau"]), Some("aktau"));
    }
}
