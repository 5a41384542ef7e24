//! What a chart of flow values plots: one series for each layer and way, so values on
//! different links or between different places are never joined by a line; values for part
//! of a year and values with no year given stand apart, as points no line joins.

use crate::model::{Route, ValueKind};

use super::{Leg, Period, part_of_year};

/// Where a point stands on the chart's time axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum When {
    /// A whole year.
    Year(i32),
    /// Some months of a year: not comparable with whole years, so no line joins it.
    PartOfYear(Period),
    /// The source gives no year: in the chart's last column, after the years.
    NoYear,
}

/// One value on a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Index of the value in its layer.
    pub value: usize,
    pub when: When,
    /// Position on the time axis: the year, or the column after the last year.
    pub x: f64,
    pub amount: f64,
    pub kind: ValueKind,
}

/// The values of one layer along one way, by time.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub layer: usize,
    /// Ids of the way's first and last places.
    pub from: String,
    pub to: String,
    /// Whether the values run one way, from `from` to `to`.
    pub directed: bool,
    /// Sorted by year, values with no year last.
    pub points: Vec<Point>,
}

impl Series {
    /// Runs of points a line may join: whole years next to each other in the series, two or
    /// more of them.
    pub fn lines(&self) -> Vec<Vec<[f64; 2]>> {
        let mut runs: Vec<Vec<[f64; 2]>> = Vec::new();
        let mut run: Vec<[f64; 2]> = Vec::new();
        for p in &self.points {
            if matches!(p.when, When::Year(_)) {
                run.push([p.x, p.amount]);
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        runs.push(run);
        runs.retain(|r| r.len() >= 2);
        runs
    }
}

/// What one chart plots.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chart {
    pub series: Vec<Series>,
    /// The first and last year of the time axis.
    pub years: (i32, i32),
    /// Where the column of values with no year stands, when there are such values.
    pub no_year_x: Option<f64>,
}

/// The chart of the values `flows` (layer, value) that have an amount, with each value's way
/// from `legs` (by layer and value); the time axis spans `years` and any year a value has.
pub fn chart(
    route: &Route,
    flows: &[(usize, usize)],
    legs: &[Vec<Vec<Leg>>],
    years: (i32, i32),
) -> Chart {
    let mut first = years.0;
    let mut last = years.1.max(years.0);
    for &(li, vi) in flows {
        if let Some(y) = route
            .layers
            .get(li)
            .and_then(|l| l.values.get(vi))
            .and_then(|v| v.year)
        {
            first = first.min(y);
            last = last.max(y);
        }
    }
    let no_year_column = f64::from(last) + 1.0;
    let mut series: Vec<(Vec<Leg>, Series)> = Vec::new();
    for &(li, vi) in flows {
        let Some(layer) = route.layers.get(li) else {
            continue;
        };
        let Some(value) = layer.values.get(vi) else {
            continue;
        };
        let Some(amount) = value.value.filter(|a| a.is_finite()) else {
            continue;
        };
        let way = legs
            .get(li)
            .and_then(|l| l.get(vi))
            .cloned()
            .unwrap_or_default();
        let when = match (value.year, part_of_year(value)) {
            (None, _) => When::NoYear,
            (Some(_), Some(period)) => When::PartOfYear(period),
            (Some(year), None) => When::Year(year),
        };
        let x = match value.year {
            Some(year) => f64::from(year),
            None => no_year_column,
        };
        let point = Point {
            value: vi,
            when,
            x,
            amount,
            kind: value.kind,
        };
        let directed = value.is_directed(layer);
        match series
            .iter_mut()
            .find(|(w, s)| s.layer == li && *w == way && s.from == value.from && s.to == value.to)
        {
            Some((_, s)) => {
                s.points.push(point);
                s.directed &= directed;
            }
            None => series.push((
                way,
                Series {
                    layer: li,
                    from: value.from.clone(),
                    to: value.to.clone(),
                    directed,
                    points: vec![point],
                },
            )),
        }
    }
    let mut series: Vec<Series> = series.into_iter().map(|(_, s)| s).collect();
    for s in &mut series {
        s.points.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    let any_without_year = series
        .iter()
        .any(|s| s.points.iter().any(|p| p.when == When::NoYear));
    Chart {
        series,
        years: (first, last),
        no_year_x: any_without_year.then_some(no_year_column),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FlowLayer, FlowValue};

    fn value(from: &str, year: Option<i32>, amount: f64, period: &str) -> FlowValue {
        FlowValue {
            from: from.into(),
            to: "z".into(),
            links: Vec::new(),
            year,
            period: period.into(),
            value: Some(amount),
            kind: ValueKind::Actual,
            source: "s".into(),
            excerpt: String::new(),
            note: Default::default(),
            directed: None,
        }
    }

    fn route(values: Vec<FlowValue>) -> Route {
        Route {
            layers: vec![FlowLayer {
                id: "l".into(),
                name: "L".into(),
                unit: "Mt".into(),
                color: "#000000".into(),
                description: Default::default(),
                directed: true,
                modes: Vec::new(),
                values,
            }],
            ..Route::default()
        }
    }

    fn leg(link: usize) -> Vec<Leg> {
        vec![Leg {
            link,
            reversed: false,
        }]
    }

    #[test]
    fn values_on_different_ways_are_different_series() {
        // As the oil: 3.4 Mt through the pipeline in 2023, 7 Mt planned for it in 2027, and
        // 1.5 Mt a year from another port with no year given.
        let route = route(vec![
            value("baku", Some(2023), 3.4, ""),
            value("baku", Some(2027), 7.0, ""),
            value("aktau", None, 1.5, ""),
        ]);
        let legs = vec![vec![leg(0), leg(0), vec![leg(1)[0], leg(0)[0]]]];
        let chart = chart(&route, &[(0, 0), (0, 1), (0, 2)], &legs, (2022, 2027));
        assert_eq!(chart.series.len(), 2, "{chart:?}");
        let pipeline = &chart.series[0];
        assert_eq!(pipeline.from, "baku");
        assert_eq!(pipeline.lines(), vec![vec![[2023.0, 3.4], [2027.0, 7.0]]]);
        let aktau = &chart.series[1];
        assert_eq!(aktau.points[0].when, When::NoYear);
        assert_eq!(chart.no_year_x, Some(2028.0), "after the last year");
        assert_eq!(aktau.points[0].x, 2028.0);
        assert!(aktau.lines().is_empty(), "a lone point joins nothing");
    }

    #[test]
    fn part_of_a_year_and_no_year_are_not_joined_to_whole_years() {
        // As the trade: $533 M in 2023 and 2024, $547 M in January to August 2025, and a $1 bn
        // target with no year.
        let route = route(vec![
            value("a", Some(2023), 533.0, ""),
            value("a", Some(2024), 533.0, ""),
            value("a", Some(2025), 547.0, "2025-01/2025-08"),
            value("a", None, 1000.0, ""),
        ]);
        let legs = vec![vec![leg(0); 4]];
        let chart = chart(
            &route,
            &[(0, 0), (0, 1), (0, 2), (0, 3)],
            &legs,
            (2022, 2027),
        );
        assert_eq!(chart.series.len(), 1);
        let s = &chart.series[0];
        assert_eq!(
            s.lines(),
            vec![vec![[2023.0, 533.0], [2024.0, 533.0]]],
            "only the whole years are joined"
        );
        assert!(matches!(
            s.points[2].when,
            When::PartOfYear(Period {
                first: 1,
                last: 8,
                ..
            })
        ));
        assert_eq!(s.points[3].when, When::NoYear);
        assert_eq!(chart.years, (2022, 2027));
    }

    #[test]
    fn a_chart_without_undated_values_has_no_column_for_them() {
        let route = route(vec![value("a", Some(2023), 1.0, "")]);
        let chart = chart(&route, &[(0, 0)], &[vec![leg(0)]], (2023, 2023));
        assert_eq!(chart.no_year_x, None);
    }
}
