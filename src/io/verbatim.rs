//! Whether a quote, or a figure's excerpt, is word for word in the text of its source.
//!
//! The words must be the source's, character for character: the same letters in the same case,
//! ё where the source has ё, the same dashes and punctuation. Only two things may differ, as
//! they do between a web page and a route file: a run of white space (a line break, two spaces)
//! counts as one space, and a quotation mark of any style («» “” „ ‘’ " ') as any other. A
//! quote may leave a passage out, marked [`CUT`]; its pieces must then all be found, in order.

/// How a quote marks a passage it leaves out: `"… имеет особое значение. […] Для Казахстана …"`.
pub const CUT: &str = "[…]";

/// Quotation marks, which count as one another.
const QUOTATION_MARKS: &[char] = &['«', '»', '“', '”', '„', '‘', '’', '"', '\''];

/// What stands for every quotation mark once a text is evened out.
const ANY_QUOTATION_MARK: char = '"';

/// A source's text, evened out once, for finding the words of many quotes in it.
#[derive(Clone, Debug)]
pub struct SourceText {
    evened: String,
}

/// Why words are not found in a source.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Mismatch {
    #[error("there are no words to look for")]
    NoWords,
    #[error("\"{piece}\" is not in the source")]
    NotFound { piece: String },
    #[error("\"{piece}\" is in the source, but not after the words before the […]")]
    OutOfOrder { piece: String },
}

impl SourceText {
    pub fn new(text: &str) -> Self {
        SourceText {
            evened: even_out(text),
        }
    }

    /// Where `words` begin in the source, as a byte offset into its evened-out text (for
    /// comparing the order of two quotes), or why they are not there. `words` may leave out
    /// passages marked [`CUT`], and their pieces must then come in the source's order.
    pub fn find(&self, words: &str) -> Result<usize, Mismatch> {
        let pieces: Vec<String> = words
            .split(CUT)
            .map(even_out)
            .filter(|p| !p.is_empty())
            .collect();
        let mut first = None;
        let mut from = 0;
        for piece in pieces {
            let Some(at) = self.evened.get(from..).and_then(|rest| rest.find(&piece)) else {
                return Err(if self.evened.contains(&piece) {
                    Mismatch::OutOfOrder { piece }
                } else {
                    Mismatch::NotFound { piece }
                });
            };
            let at = from + at;
            first.get_or_insert(at);
            from = at + piece.len();
        }
        first.ok_or(Mismatch::NoWords)
    }
}

/// The text with every run of white space as one space, every quotation mark as one, and no
/// space at either end.
fn even_out(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(if QUOTATION_MARKS.contains(&c) {
            ANY_QUOTATION_MARK
        } else {
            c
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "Политолог подчёркивает.\n\n\"Конвенция 2018 года стала поворотным \
        моментом. Конвенция четко разграничивает “суверенные права” прикаспийских стран – \
        договоры были заключены еще в 1990-х годах\", - подчеркнул эксперт.";

    fn source() -> SourceText {
        SourceText::new(SOURCE)
    }

    #[test]
    fn the_words_as_printed_are_found_where_they_begin() {
        let at = source()
            .find("Конвенция 2018 года стала поворотным моментом.")
            .expect("found");
        assert_eq!(
            &SourceText::new(SOURCE).evened[at..at + "Конвенция".len()],
            "Конвенция"
        );
        assert!(
            source().find("Политолог подчёркивает.").expect("found")
                < source().find("Конвенция четко").expect("found")
        );
    }

    #[test]
    fn white_space_and_the_style_of_quotation_marks_may_differ() {
        let s = source();
        for words in [
            "Конвенция  2018 года\nстала поворотным моментом.",
            "разграничивает «суверенные права» прикаспийских",
            "разграничивает \"суверенные права\" прикаспийских",
            "разграничивает „суверенные права“ прикаспийских",
            "  моментом. Конвенция  ",
        ] {
            assert!(s.find(words).is_ok(), "{words:?}");
        }
    }

    #[test]
    fn one_letter_changed_is_not_found() {
        let s = source();
        let quote = "Конвенция четко разграничивает “суверенные права” прикаспийских стран";
        assert!(s.find(quote).is_ok());
        for changed in [
            // A letter replaced.
            "Конвенция четко разграничивает “суверенные права” прикаспийских стрын",
            // Case.
            "конвенция четко разграничивает “суверенные права” прикаспийских стран",
            // ё for е, and е for ё.
            "Конвенция чётко разграничивает “суверенные права” прикаспийских стран",
            // A letter left out.
            "Конвенция четко разграничивает “суверенные права” прикапийских стран",
        ] {
            assert_eq!(
                s.find(changed)
                    .map_err(|e| matches!(e, Mismatch::NotFound { .. })),
                Err(true),
                "{changed:?}"
            );
        }
        assert!(s.find("Политолог подчеркивает.").is_err(), "е for ё");
        assert!(s.find("стран — договоры").is_err(), "another dash");
    }

    #[test]
    fn a_cut_is_marked_and_its_pieces_come_in_order() {
        let s = source();
        assert!(
            s.find("Конвенция 2018 года стала поворотным моментом. […] договоры были заключены")
                .is_ok()
        );
        assert_eq!(
            s.find("договоры были заключены […] Конвенция 2018 года"),
            Err(Mismatch::OutOfOrder {
                piece: "Конвенция 2018 года".into()
            })
        );
        // Three dots are not a cut: they are looked for as they are.
        assert!(
            s.find("Конвенция 2018 года стала поворотным моментом. ... договоры были заключены")
                .is_err()
        );
        assert!(
            s.find("Конвенция 2018 года стала поворотным моментом. … договоры были заключены")
                .is_err()
        );
        assert_eq!(s.find(" […] "), Err(Mismatch::NoWords));
        assert_eq!(s.find(""), Err(Mismatch::NoWords));
    }
}
