//! A property value as the file gives it, and the amounts and years read from it.

use crate::i18n::{msg, quoted_number};
use crate::io::{Words, YEARS};

/// A property value as the file gives it.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Raw {
    Text(String),
    Number(f64),
    /// A value no property is read from, described for a message, such as "a list".
    Other(&'static str),
}

impl Raw {
    /// The value as text, with whole numbers written without a fraction; `None` when empty.
    pub(super) fn text(&self) -> Option<String> {
        match self {
            Raw::Text(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{}", *n as i64)),
            Raw::Number(n) => Some(n.to_string()),
            Raw::Other(_) => None,
        }
    }

    /// How a message describes the value ("'Aktau'", "4.5", "a list"), as its arguments:
    /// `found` is `text`, `number`, `boolean`, `null`, `list` or `object`, and `value` the text
    /// or number as written.
    pub(super) fn said(&self) -> [(&'static str, crate::i18n::Arg); 2] {
        let (found, value) = match self {
            Raw::Text(s) => ("text", s.clone()),
            Raw::Number(n) => ("number", n.to_string()),
            Raw::Other(what) => (
                match *what {
                    "true or false" => "boolean",
                    "null" => "null",
                    "a list" => "list",
                    _ => "object",
                },
                String::new(),
            ),
        };
        [("found", found.into()), ("value", value.into())]
    }
}

/// The year of `text`: a year such as `2024`, or the year a date such as `2024-05-01` or
/// `2024-05-01T10:00` falls in.
pub(super) fn year_of(text: &str) -> Option<i32> {
    let text = text.trim();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.get(digits..)?;
    let date = digits == 4 && rest.starts_with(['-', '/', 'T']);
    if digits == 0 || (!rest.is_empty() && !date) {
        return None;
    }
    text.get(..digits)?.parse().ok()
}

/// An amount of flow: a number of zero or more.
pub(super) fn amount(raw: &Raw) -> Result<f64, Words> {
    let number = match raw {
        Raw::Number(n) => Some(*n),
        Raw::Text(s) => s.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
        Raw::Other(_) => None,
    };
    match number {
        Some(n) if n < 0.0 => Err(Words::new(
            msg("problem-negative-value"),
            [("value", quoted_number(n).into())],
        )),
        Some(n) => Ok(n),
        None => {
            let [found, value] = raw.said();
            Err(Words::new(
                msg("problem-import-value-not-a-number"),
                [found, value],
            ))
        }
    }
}

/// A year for a flow value, in the range the checker accepts.
pub(super) fn flow_year(raw: &Raw) -> Result<i32, Words> {
    let year = match raw {
        Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e6 => Some(*n as i32),
        Raw::Text(s) => year_of(s),
        _ => None,
    };
    match year {
        Some(y) if YEARS.contains(&y) => Ok(y),
        Some(y) => Err(Words::new(
            msg("problem-year-out-of-range"),
            [
                ("year", y.to_string().into()),
                ("first", YEARS.start().to_string().into()),
                ("last", YEARS.end().to_string().into()),
            ],
        )),
        None => {
            let [found, value] = raw.said();
            Err(Words::new(msg("problem-import-not-a-year"), [found, value]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_come_from_years_and_dates() {
        assert_eq!(year_of("2024"), Some(2024));
        assert_eq!(year_of(" 2024-05-01 "), Some(2024));
        assert_eq!(year_of("2024-05-01T10:00:00Z"), Some(2024));
        assert_eq!(year_of("May 2024"), None);
        assert_eq!(year_of("20245"), Some(20245));
        assert_eq!(year_of(""), None);
        assert_eq!(flow_year(&Raw::Number(2024.5)).map_err(|_| ()), Err(()));
        assert!(
            flow_year(&Raw::Number(1700.0)).is_err_and(|w| w.english().contains("out of range"))
        );
    }

    #[test]
    fn amounts_and_years_read_in_russian_and_as_before_in_english() {
        use crate::i18n::Tr;
        let said = |words: Words| (words.english(), words.in_language(&Tr::new("ru")));
        assert_eq!(
            said(amount(&Raw::Text("4,5 Mt".into())).expect_err("not a number")),
            (
                "value '4,5 Mt' is not a number; give the amount as a plain number such as 4.5, with its unit in a separate 'unit' property".to_string(),
                "Значение «4,5 Mt» — не число. Укажите количество обычным числом, например 4.5, а единицу измерения — в отдельном свойстве «unit».".to_string()
            )
        );
        assert_eq!(
            said(amount(&Raw::Number(-2.5)).expect_err("negative")).0,
            "value -2.5 is negative; flows are amounts of zero or more"
        );
        assert_eq!(
            said(flow_year(&Raw::Number(2024.5)).expect_err("not whole")),
            (
                "year 2024.5 is not a whole year; give it as a number such as 2024".to_string(),
                "Год 2024.5 — не целый год. Укажите его числом, например 2024.".to_string()
            )
        );
        assert_eq!(
            said(flow_year(&Raw::Other("a list")).expect_err("a list")),
            (
                "year a list is not a whole year; give it as a number such as 2024".to_string(),
                "Год задан списком, а не целым числом. Укажите его числом, например 2024."
                    .to_string()
            )
        );
    }
}
