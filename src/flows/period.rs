//! Values for part of a year, such as trade in January to August: the months a value's `period`
//! names, read and worded.

use crate::i18n::{Arg, Tr};
use crate::model::FlowValue;

/// The months of one year a value covers, first and last, 1 to 12.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub year: i32,
    pub first: u32,
    pub last: u32,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error(
        "'{0}' is not a period of months; write the first and last month as YYYY-MM/YYYY-MM, such as 2025-01/2025-08"
    )]
    Unreadable(String),
    #[error("the period '{0}' ends before it starts; write the earlier month first")]
    Backwards(String),
    #[error(
        "the period '{0}' runs over more than one year; a value is for one year or part of one"
    )]
    Years(String),
}

impl Period {
    /// Reads `YYYY-MM/YYYY-MM`, both months in one year.
    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let unreadable = || PeriodError::Unreadable(text.to_owned());
        let month = |s: &str| -> Option<(i32, u32)> {
            let (y, m) = s.trim().split_once('-')?;
            let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
            if !digits(y, 4) || !digits(m, 2) {
                return None;
            }
            let m: u32 = m.parse().ok()?;
            (1..=12).contains(&m).then_some((y.parse().ok()?, m))
        };
        let (a, b) = text.split_once('/').ok_or_else(unreadable)?;
        let ((year, first), (end_year, last)) = (
            month(a).ok_or_else(unreadable)?,
            month(b).ok_or_else(unreadable)?,
        );
        if year != end_year {
            return Err(PeriodError::Years(text.to_owned()));
        }
        if last < first {
            return Err(PeriodError::Backwards(text.to_owned()));
        }
        Ok(Period { year, first, last })
    }

    /// Whether the period is the whole year, January to December.
    pub fn is_whole_year(&self) -> bool {
        self.first == 1 && self.last == 12
    }

    /// "Jan–Aug 2025", "янв.–авг. 2025 г.".
    pub fn words(&self, tr: &Tr) -> String {
        let (first, last) = self.months(tr);
        let year = ("year", Arg::Text(self.year.to_string()));
        if self.first == self.last {
            tr.t_args("period-month", &[("first", Arg::Text(first)), year])
        } else {
            tr.t_args(
                "period-months",
                &[("first", Arg::Text(first)), ("last", Arg::Text(last)), year],
            )
        }
    }

    /// "Jan–Aug", for a label beside a band whose year is said elsewhere.
    pub fn months_words(&self, tr: &Tr) -> String {
        let (first, last) = self.months(tr);
        if self.first == self.last {
            first
        } else {
            format!("{first}–{last}")
        }
    }

    fn months(&self, tr: &Tr) -> (String, String) {
        let name = |m: u32| tr.t_args("month-short", &[("month", Arg::from(m))]);
        (name(self.first), name(self.last))
    }
}

/// The part of a year a value covers, when its period reads and is less than the whole year.
pub fn part_of_year(value: &FlowValue) -> Option<Period> {
    if value.period.trim().is_empty() {
        return None;
    }
    Period::parse(&value.period)
        .ok()
        .filter(|p| !p.is_whole_year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_reads_and_says_its_months() {
        let p = Period::parse("2025-01/2025-08").expect("reads");
        assert_eq!(
            p,
            Period {
                year: 2025,
                first: 1,
                last: 8
            }
        );
        assert!(!p.is_whole_year());
        assert_eq!(p.words(&Tr::default()), "Jan–Aug 2025");
        assert_eq!(p.words(&Tr::new("ru")), "янв.–авг. 2025 г.");
        assert_eq!(p.months_words(&Tr::default()), "Jan–Aug");
        assert!(
            Period::parse("2024-01/2024-12")
                .expect("reads")
                .is_whole_year()
        );
    }

    #[test]
    fn a_bad_period_says_what_is_wrong() {
        for bad in [
            "2025-1/2025-8",
            "2025-01",
            "January to August",
            "2025-00/2025-08",
        ] {
            assert!(
                matches!(Period::parse(bad), Err(PeriodError::Unreadable(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            Period::parse("2025-08/2025-01"),
            Err(PeriodError::Backwards(_))
        ));
        assert!(matches!(
            Period::parse("2024-07/2025-06"),
            Err(PeriodError::Years(_))
        ));
    }
}
