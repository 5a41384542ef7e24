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

    /// `value` with at most `decimals` places, trailing zeros dropped, thousands grouped.
    pub fn format(&self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return value.to_string();
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
