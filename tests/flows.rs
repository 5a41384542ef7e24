//! Flow bands on the built-in route: where they run, how wide, side by side.

use corridor_atlas::flows::{self, FlowPathError, Leg};
use corridor_atlas::io;
use corridor_atlas::map::projection::Projection;
use corridor_atlas::model::{FlowLayer, LinkMode, Route, ValueKind};
use corridor_atlas::scene::{BandState, FlowView, RouteGeometry, bands};

fn route() -> Route {
    io::builtin_route().expect("built-in route").route
}

fn layer<'r>(route: &'r Route, id: &str) -> &'r FlowLayer {
    route
        .layers
        .iter()
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("layer {id}"))
}

fn link_ids(route: &Route, legs: &[Leg]) -> Vec<String> {
    legs.iter()
        .map(|l| route.links[l.link].id.clone())
        .collect()
}

#[test]
fn aktau_to_ceyhan_oil_crosses_the_sea_and_takes_the_pipeline_never_the_cable() {
    let route = route();
    let oil = layer(&route, "oil");
    let aktau_ceyhan = oil
        .values
        .iter()
        .find(|v| v.from == "aktau")
        .expect("Aktau–Ceyhan");
    assert!(aktau_ceyhan.links.is_empty(), "routed by the app");
    let legs = flows::legs(&route, oil, aktau_ceyhan).expect("a way");
    assert_eq!(
        link_ids(&route, &legs),
        ["ferry-aktau-alat", "rail-alat-baku", "pipeline-btc"],
        "across the Caspian, to Baku, and through the pipeline"
    );
    // The way joins up from Aktau to Ceyhan.
    let mut at = "aktau";
    for Leg { link, reversed } in legs {
        let l = &route.links[link];
        assert!(
            !matches!(l.mode, LinkMode::SubseaCable | LinkMode::Power),
            "oil along {}",
            l.id
        );
        let (a, b) = if reversed {
            (&l.to, &l.from)
        } else {
            (&l.from, &l.to)
        };
        assert_eq!(a, at);
        at = b;
    }
    assert_eq!(at, "ceyhan");
}

#[test]
fn without_its_modes_the_oil_would_run_along_the_fibre_cable() {
    // What the layer's modes prevent: the shortest way over every link goes under the sea by
    // the cable to Baku.
    let mut route = route();
    let index = route
        .layers
        .iter()
        .position(|l| l.id == "oil")
        .expect("oil");
    route.layers[index].modes.clear();
    let oil = &route.layers[index];
    let value = oil
        .values
        .iter()
        .find(|v| v.from == "aktau")
        .expect("value");
    let legs = flows::legs(&route, oil, value).expect("a way");
    assert_eq!(link_ids(&route, &legs)[0], "cable-caspian-fibre");
}

#[test]
fn a_value_with_no_way_over_its_modes_says_so() {
    let mut route = route();
    let index = route
        .layers
        .iter()
        .position(|l| l.id == "oil")
        .expect("oil");
    route.layers[index].modes = vec![LinkMode::Pipeline];
    let oil = &route.layers[index];
    let value = oil
        .values
        .iter()
        .find(|v| v.from == "aktau")
        .expect("value");
    let err = flows::legs(&route, oil, value).expect_err("no pipeline reaches Aktau");
    assert_eq!(
        err,
        FlowPathError::NoWayOverModes {
            from: "aktau".into(),
            to: "ceyhan".into(),
            modes: vec![LinkMode::Pipeline],
        }
    );
    let message = err.to_string();
    assert!(
        message.contains("(pipeline)") && message.contains("'modes'"),
        "{message}"
    );
}

#[test]
fn listed_links_of_a_mode_the_layer_does_not_travel_are_refused() {
    let mut route = route();
    let index = route
        .layers
        .iter()
        .position(|l| l.id == "oil")
        .expect("oil");
    let value = route.layers[index]
        .values
        .iter_mut()
        .find(|v| v.from == "aktau")
        .expect("value");
    value.to = "baku".into();
    value.links = vec!["cable-caspian-fibre".into()];
    let oil = &route.layers[index];
    let value = oil
        .values
        .iter()
        .find(|v| v.from == "aktau")
        .expect("value");
    let err = flows::legs(&route, oil, value).expect_err("oil by cable");
    assert!(
        matches!(&err, FlowPathError::WrongMode { link, mode: LinkMode::SubseaCable, .. } if link == "cable-caspian-fibre"),
        "{err:?}"
    );
}

/// Routing many values at once gives each the way it has alone: the shared searches change
/// nothing but the time.
#[test]
fn routing_together_finds_the_ways_routing_one_by_one_finds() {
    let mut route = corridor_atlas::stress::generate(&corridor_atlas::stress::StressSpec {
        nodes: 400,
        links: 1_200,
        layers: 2,
        seed: 7,
    });
    route.layers[1].modes = vec![LinkMode::Rail, LinkMode::Road];
    for layer in &mut route.layers {
        for v in &mut layer.values {
            v.links.clear();
        }
    }
    // A value to its own start, which has no way.
    route.layers[1].values[0].to = route.layers[1].values[0].from.clone();
    let together = flows::Ways::new(&route).all_legs();
    let km = |legs: &[Leg]| -> f64 {
        legs.iter()
            .map(|leg| {
                let link = &route.links[leg.link];
                flows::path_length_km(&route.link_path(link).expect("path"))
            })
            .sum()
    };
    let mut found = 0;
    for (l, layer) in route.layers.iter().enumerate() {
        for (v, value) in layer.values.iter().enumerate() {
            let alone = flows::legs(&route, layer, value);
            let with_others = &together[l][v];
            match (&alone, with_others) {
                (Ok(a), Ok(b)) => {
                    // Equally short ways may differ; their lengths may not.
                    assert!((km(a) - km(b)).abs() < 1e-6, "{l} {v}");
                    for leg in b {
                        assert!(layer.travels(route.links[leg.link].mode));
                    }
                    found += 1;
                }
                (Err(a), Err(b)) => assert_eq!(a, b),
                _ => panic!("{l} {v}: {alone:?} alone, {with_others:?} together"),
            }
        }
    }
    assert!(found > 100, "{found} ways found");
    assert!(
        together[1][0].is_err(),
        "a value to its own start has no way"
    );
}

#[test]
fn a_broken_chain_of_links_is_refused() {
    let mut route = route();
    let value = &mut route.layers[0].values[0];
    value.links = vec!["pipeline-btc".into()];
    let err =
        flows::legs(&route, &route.layers[0], &route.layers[0].values[0]).expect_err("not joined");
    assert!(err.to_string().contains("does not continue"), "{err}");
}

#[test]
fn bands_in_2024_sit_side_by_side_without_overlap() {
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    let view = FlowView::all_layers(&route, Some(2024));
    let bands = bands::build(&route, &geometry, &view);
    let ferry = route
        .links
        .iter()
        .position(|l| l.id == "ferry-aktau-alat")
        .expect("ferry");
    let on_ferry: Vec<_> = bands.iter().filter(|b| b.link == ferry).collect();
    assert!(on_ferry.len() >= 2, "cargo and trade share the crossing");
    let mut spans: Vec<(f32, f32)> = on_ferry
        .iter()
        .map(|b| (b.offset - b.width / 2.0, b.offset + b.width / 2.0))
        .collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0 + 1e-3, "bands overlap: {spans:?}");
    }
    let cargo = on_ferry
        .iter()
        .find(|b| route.layers[b.layer].id == "cargo")
        .expect("cargo band");
    assert_eq!(
        cargo.state,
        BandState::Value {
            kind: ValueKind::Actual,
            amount: true
        }
    );
    assert!(!cargo.arrow, "the sources give cargo no direction");
    let trade = on_ferry
        .iter()
        .find(|b| route.layers[b.layer].id == "trade")
        .expect("trade band");
    assert!(!trade.arrow, "trade goes both ways");
    let trade_layer = &route.layers[trade.layer];
    assert_eq!(
        trade.width,
        flows::WidthScale::for_layer(trade_layer).width(Some(533.0))
    );
}

#[test]
fn a_year_without_a_value_says_so() {
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    // The cargo figures stop at 2024.
    let bands = bands::build(&route, &geometry, &FlowView::all_layers(&route, Some(2026)));
    let cargo = bands
        .iter()
        .find(|b| route.layers[b.layer].id == "cargo")
        .expect("the cargo way is still drawn");
    assert_eq!(cargo.state, BandState::Missing);
    assert!(!cargo.arrow);
    assert_eq!(
        route.layers[cargo.layer].values[cargo.value].year,
        Some(2024),
        "nearest year"
    );
}

#[test]
fn hidden_layers_draw_nothing() {
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    let mut view = FlowView::all_layers(&route, Some(2024));
    for l in &mut view.layers {
        l.visible = route.layers[l.index].id == "oil";
    }
    let bands = bands::build(&route, &geometry, &view);
    assert!(!bands.is_empty());
    assert!(bands.iter().all(|b| route.layers[b.layer].id == "oil"));
}

#[test]
fn values_with_no_year_are_drawn_only_at_their_own_stop() {
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    let id = |b: &corridor_atlas::scene::Band| route.layers[b.layer].id.as_str();
    let undated = bands::build(&route, &geometry, &FlowView::all_layers(&route, None));
    let shown = |id_: &str| {
        undated
            .iter()
            .filter(|b| id(b) == id_ && matches!(b.state, BandState::Value { .. }))
            .map(|b| &route.layers[b.layer].values[b.value])
            .collect::<Vec<_>>()
    };
    for layer in ["trade", "zangezur", "energy", "oil"] {
        let values = shown(layer);
        assert!(!values.is_empty(), "{layer} has a value with no year");
        assert!(values.iter().all(|v| v.year.is_none()), "{layer}");
    }
    assert!(shown("cargo").is_empty(), "every cargo figure has a year");
    // In a year, the same ways are dotted: no value that year.
    let in_2023 = bands::build(&route, &geometry, &FlowView::all_layers(&route, Some(2023)));
    for b in in_2023
        .iter()
        .filter(|b| id(b) == "zangezur" || id(b) == "energy")
    {
        assert_eq!(b.state, BandState::Missing, "{}", id(b));
    }
    let trade_2023: Vec<_> = in_2023.iter().filter(|b| id(b) == "trade").collect();
    assert_eq!(trade_2023.len(), 1);
    assert_eq!(
        route.layers[trade_2023[0].layer].values[trade_2023[0].value].value,
        Some(533.0),
        "the 2023 figure, not the target"
    );
}

#[test]
fn arrows_only_where_the_source_gives_a_direction() {
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    let mut arrows: Vec<&str> = Vec::new();
    for year in [
        Some(2022),
        Some(2023),
        Some(2024),
        Some(2025),
        Some(2027),
        None,
    ] {
        for b in bands::build(&route, &geometry, &FlowView::all_layers(&route, year)) {
            if b.arrow {
                arrows.push(route.layers[b.layer].id.as_str());
            }
        }
    }
    arrows.sort_unstable();
    arrows.dedup();
    assert_eq!(
        arrows,
        ["oil"],
        "cargo, trade and the Zangezur transit have none"
    );
}

#[test]
fn the_legend_shows_values_with_no_year_apart() {
    use corridor_atlas::i18n::Tr;
    use corridor_atlas::scene::legend::{LegendKind, rows};
    let route = route();
    let texts = |year: Option<i32>, tr: &Tr| -> Vec<String> {
        rows(
            &route,
            &FlowView::all_layers(&route, year),
            LegendKind::Full,
            tr,
        )
        .into_iter()
        .flat_map(|r| std::iter::once(r.text).chain(r.detail))
        .collect()
    };
    let en = Tr::default();
    let undated = texts(None, &en);
    assert!(
        undated.contains(&"Values with no year given".to_string()),
        "{undated:?}"
    );
    assert!(
        !undated.iter().any(|t| t.starts_with("Flows in")),
        "{undated:?}"
    );
    let in_2025 = texts(Some(2025), &en);
    assert!(
        in_2025
            .windows(2)
            .any(|w| w == ["No year given", "not shown for 2025"]),
        "{in_2025:?}"
    );
    assert!(
        in_2025
            .iter()
            .any(|t| t.ends_with("the value is for Jan–Aug 2025 only")),
        "the trade figure is for part of 2025: {in_2025:?}"
    );
    let ru = texts(None, &Tr::new("ru"));
    assert!(
        ru.contains(&"Значения без указания года".to_string()),
        "{ru:?}"
    );
    let ru_2025 = texts(Some(2025), &Tr::new("ru"));
    assert!(
        ru_2025
            .windows(2)
            .any(|w| w == ["Год не указан", "не показаны за 2025 г."]),
        "{ru_2025:?}"
    );
    assert!(
        ru_2025
            .iter()
            .any(|t| t.ends_with("значение только за янв.–авг. 2025 г.")),
        "{ru_2025:?}"
    );
}

/// The map's labels of the flows shown in `year`, as an exported picture of the whole route
/// places them.
fn flow_labels_in(route: &Route, year: Option<i32>) -> Vec<String> {
    use corridor_atlas::export::{Furniture, Picture};
    use corridor_atlas::map::camera::Camera;
    use corridor_atlas::text::TextMeasure;
    use egui::{Pos2, Rect, vec2};
    let geometry = RouteGeometry::new(route, &Projection::for_route(route));
    let (min, max) = geometry.bounds().expect("a route with places");
    let frame = Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 900.0));
    let flows = FlowView::all_layers(route, year);
    let picture = Picture {
        route,
        geometry: &geometry,
        flows: &flows,
        selection: None,
        camera: Camera::fitting(min, max, frame, 50.0),
        size: frame.size(),
        text_scale: 1.0,
        furniture: Furniture::default(),
        slide: None,
    };
    let fonts = TextMeasure::default();
    let names: Vec<&str> = route.nodes.iter().map(|n| n.name.as_str()).collect();
    picture
        .scene(None, None, &fonts.as_fn())
        .labels
        .into_iter()
        .map(|l| l.text)
        .filter(|t| !names.contains(&t.as_str()))
        .collect()
}

#[test]
fn the_band_label_of_a_part_of_a_year_names_its_months() {
    use corridor_atlas::i18n::Tr;
    let route = route();
    let trade = layer(&route, "trade");
    let amount = |a: f64| Tr::default().numbers().amount(a, &trade.unit);
    let in_2025 = flow_labels_in(&route, Some(2025));
    assert!(
        in_2025.contains(&format!("{} (Jan–Aug)", amount(547.0))),
        "{in_2025:?}"
    );
    assert!(
        !in_2025.contains(&amount(547.0)),
        "never as a whole year: {in_2025:?}"
    );
    // A whole year's figure is labelled by its amount alone.
    let in_2024 = flow_labels_in(&route, Some(2024));
    assert!(in_2024.contains(&amount(533.0)), "{in_2024:?}");
    assert!(!in_2024.iter().any(|t| t.contains('(')), "{in_2024:?}");
}

/// The charts of the built-in route: the oil through Ceyhan is one series per way, never one
/// line 3.4 → 1.5 → 7 Mt; the trade's Jan–Aug 2025 figure and its target with no year stand
/// apart from the whole years.
#[test]
fn the_built_in_charts_join_only_whole_years_of_one_way() {
    use corridor_atlas::flows::series::{self, When};
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    let index = |id: &str| {
        route
            .layers
            .iter()
            .position(|l| l.id == id)
            .unwrap_or_else(|| panic!("layer {id}"))
    };
    let all_of = |li: usize| -> Vec<(usize, usize)> {
        (0..route.layers[li].values.len())
            .map(|vi| (li, vi))
            .collect()
    };
    let years = flows::year_span(&route).expect("years");

    let oil = index("oil");
    let chart = series::chart(&route, &all_of(oil), &geometry.flow_legs, years);
    let mut ways: Vec<(&str, &str)> = chart
        .series
        .iter()
        .map(|s| (s.from.as_str(), s.to.as_str()))
        .collect();
    ways.sort_unstable();
    assert_eq!(ways, [("aktau", "ceyhan"), ("baku", "ceyhan")]);
    for s in &chart.series {
        let values = &route.layers[oil].values;
        for p in &s.points {
            let v = &values[p.value];
            assert_eq!(
                (v.from.as_str(), v.to.as_str()),
                (s.from.as_str(), s.to.as_str())
            );
        }
        for line in s.lines() {
            assert!(
                !line.iter().any(|p| p[1] == 1.5),
                "the 1.5 Mt from Aktau joined to the pipeline's figures: {line:?}"
            );
        }
    }

    let trade = index("trade");
    let chart = series::chart(&route, &all_of(trade), &geometry.flow_legs, years);
    assert_eq!(chart.series.len(), 1, "one way, Aktau–Alat");
    let s = &chart.series[0];
    assert!(!s.directed, "trade goes both ways");
    let part = s
        .points
        .iter()
        .find(|p| matches!(p.when, When::PartOfYear(_)))
        .expect("the Jan–Aug 2025 figure");
    assert_eq!((part.x, part.amount), (2025.0, 547.0));
    let target = s
        .points
        .iter()
        .find(|p| p.when == When::NoYear)
        .expect("the target with no year");
    assert_eq!(Some(target.x), chart.no_year_x);
    assert!(target.x > f64::from(years.1), "after the last year");
    let lines = s.lines();
    assert!(!lines.is_empty(), "the whole years are joined");
    for line in &lines {
        for p in line {
            assert!(p[0] < 2025.0, "only whole years in a line: {lines:?}");
        }
    }
}
