//! Numbers, amounts and dates as each language writes them: "3.2 Mt" and "3,2 млн т",
//! "10,000" and "10 000", "20 October 2025" and "20 октября 2025 г.".
//!
//! The conventions are messages of the language's file (`number-decimal-separator`,
//! `number-group-separator`, `date-full`), so a new language brings its own.

use super::{Arg, Tr, msg};

/// How a language writes a number: the decimal mark and the thousands separator.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberStyle {
    pub decimal: String,
    pub group: String,
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle {
            decimal: ".".into(),
            group: ",".into(),
        }
    }
}

impl NumberStyle {
    pub(super) fn from_messages(tr: &Tr) -> NumberStyle {
        NumberStyle {
            decimal: tr.t("number-decimal-separator"),
            group: tr.t("number-group-separator"),
        }
    }

    /// `value` with at most `decimals` places, trailing zeros dropped, thousands grouped; every
    /// digit of the whole number up to [`WRITTEN_OUT`], in scientific notation beyond.
    pub fn format(&self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        if value.abs() >= WRITTEN_OUT {
            return quoted_number(value).replace('.', &self.decimal);
        }
        let fixed = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let fraction = fraction.trim_end_matches('0');
        let mut out = String::new();
        // "-0" is not a number anyone writes.
        if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                out.push_str(&self.group);
            }
            out.push(c);
        }
        if !fraction.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// An amount with its unit: whole numbers as they are, others to one decimal place.
    pub fn amount(&self, value: f64, unit: &str) -> String {
        let number = self.format(value, 1);
        if unit.is_empty() {
            number
        } else {
            // A no-break space: the unit never starts a line of its own.
            format!("{number}\u{a0}{unit}")
        }
    }
}

/// Numbers this large are written in scientific notation: a row of more than 21 digits is
/// read by no one, and only the first 17 mean anything.
const WRITTEN_OUT: f64 = 1e21;

/// Numbers of more than this many characters are shortened in messages.
const LONG_NUMBER: usize = 21;

/// A number as a message quotes it: as written when short, and in scientific notation when
/// very large or very small (`1.2e+300`, not three hundred digits), with the fewest digits that
/// still read back as the same number.
pub fn quoted_number(value: f64) -> String {
    let magnitude = value.abs();
    if !value.is_finite() || value == 0.0 || (1e-6..1e15).contains(&magnitude) {
        return value.to_string();
    }
    let scientific = format!("{value:e}");
    match scientific.split_once('e') {
        Some((digits, exponent)) if !exponent.starts_with('-') => {
            format!("{digits}e+{exponent}")
        }
        _ => scientific,
    }
}

/// `text` with each number longer than [`LONG_NUMBER`] characters written as
/// [`quoted_number`] writes it, for messages of other libraries that write numbers out in full.
pub fn shorten_long_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let length = from
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(from.len());
        let (number, after) = from.split_at(length);
        match number.parse::<f64>() {
            Ok(value) if number.len() > LONG_NUMBER => out.push_str(&quoted_number(value)),
            _ => out.push_str(number),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

impl Tr {
    /// A date as the language writes it in full: "20 October 2025", "20 октября 2025 г.". Takes
    /// `YYYY-MM-DD` or `YYYY-MM`, also after "before " or "around "; any other text is shown as it
    /// is.
    pub fn date(&self, date: &str) -> String {
        // "before 2025-10-20" and "around 2025-10-20", as route files write an approximate date.
        for (prefix, id) in [
            ("before ", msg("date-before")),
            ("around ", msg("date-around")),
        ] {
            if let Some(rest) = date.trim().strip_prefix(prefix)
                && let written = self.date(rest)
                && written != rest
            {
                return self.t_args(id, &[("date", Arg::Text(written))]);
            }
        }
        let parts: Vec<&str> = date.trim().split('-').collect();
        let number = |s: &str, digits: usize| {
            (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
                (Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => self.t_args(
                    "date-full",
                    &[
                        ("day", Arg::from(day)),
                        ("month", Arg::from(month)),
                        ("year", Arg::Text(year.to_string())),
                    ],
                ),
                _ => date.to_owned(),
            },
            [y, m] => match (number(y, 4), number(m, 2)) {
                (Some(year), Some(month @ 1..=12)) => self.t_args(
                    "date-month",
                    &[
                        ("month", Arg::from(month)),
                        ("year", Arg::Text(year.to_string())),
                    ],
                ),
                _ => date.to_owned(),
            },
            _ => date.to_owned(),
        }
    }

    /// A number in this language's style; see [`NumberStyle::format`].
    pub fn number(&self, value: f64, decimals: usize) -> String {
        self.numbers().format(value, decimals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_numbers_use_a_comma_and_spaces() {
        let ru = Tr::new("ru");
        assert_eq!(ru.number(3.2, 1), "3,2");
        assert_eq!(ru.number(10_000.0, 1), "10\u{a0}000");
        assert_eq!(ru.number(1_234_567.25, 2), "1\u{a0}234\u{a0}567,25");
        assert_eq!(
            ru.numbers().amount(533.0, "млн долл."),
            "533\u{a0}млн долл."
        );
        let en = Tr::new("en");
        assert_eq!(en.number(3.2, 1), "3.2");
        assert_eq!(en.number(10_000.0, 1), "10,000");
        assert_eq!(en.number(-0.01, 1), "0");
        assert_eq!(en.numbers().amount(4.5, "Mt"), "4.5\u{a0}Mt");
    }

    #[test]
    fn numbers_past_2_to_the_53_and_past_i64_are_written_as_they_are() {
        let en = Tr::new("en");
        // 2^53 + 2: the first whole numbers a double no longer holds every one of.
        assert_eq!(
            en.number(9_007_199_254_740_994.0, 1),
            "9,007,199,254,740,994"
        );
        // Past the largest i64, which a cast would have stopped at.
        assert_eq!(en.number(1e19, 1), "10,000,000,000,000,000,000");
        assert_eq!(en.number(-2.5e19, 0), "-25,000,000,000,000,000,000");
        // Past 21 digits, in scientific notation in each language's style.
        assert_eq!(en.number(1.5e300, 1), "1.5e+300");
        assert_eq!(Tr::new("ru").number(1.5e300, 1), "1,5e+300");
        assert_eq!(
            en.numbers().amount(f64::MAX, "t"),
            "1.7976931348623157e+308\u{a0}t"
        );
    }

    #[test]
    fn huge_numbers_in_messages_are_shortened() {
        assert_eq!(quoted_number(1e308), "1e+308");
        assert_eq!(quoted_number(-2.5e20), "-2.5e+20");
        assert_eq!(quoted_number(1e-9), "1e-9");
        assert_eq!(quoted_number(95.5), "95.5");
        assert_eq!(quoted_number(-2.0), "-2");
        let digits = format!("invalid value: {}.0, expected 5 or 10", "9".repeat(40));
        assert_eq!(
            shorten_long_numbers(&digits),
            "invalid value: 1e+40, expected 5 or 10"
        );
        let short = "line 12345 column 678901234567890";
        assert_eq!(shorten_long_numbers(short), short);
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        assert_eq!(Tr::new("ru").date("2025-10-20"), "20 октября 2025 г.");
        assert_eq!(Tr::new("en").date("2025-10-20"), "20 October 2025");
        assert_eq!(Tr::new("ru").date("2025-03"), "март 2025 г.");
        assert_eq!(Tr::new("en").date("2025-03"), "March 2025");
        assert_eq!(
            Tr::new("ru").date("before 2025-10-20"),
            "до 20 октября 2025 г."
        );
        assert_eq!(
            Tr::new("ru").date("around 2025-10-20"),
            "около 20 октября 2025 г."
        );
        assert_eq!(
            Tr::new("en").date("before 2025-10-20"),
            "before 20 October 2025"
        );
        assert_eq!(Tr::new("ru").date("before long"), "before long");
        assert_eq!(Tr::new("en").date("2025-13-01"), "2025-13-01");
    }
}
