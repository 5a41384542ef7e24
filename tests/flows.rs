//! Flow bands on the built-in route: where they run, how wide, side by side.

use corridor_atlas::flows::{self, Leg};
use corridor_atlas::io;
use corridor_atlas::map::projection::Projection;
use corridor_atlas::model::{Route, ValueKind};
use corridor_atlas::scene::{BandState, FlowView, RouteGeometry, bands};

fn route() -> Route {
    io::builtin_route().expect("built-in route").route
}

#[test]
fn aktau_to_ceyhan_oil_takes_the_shortest_way_to_the_pipeline() {
    let route = route();
    let oil = route.layers.iter().find(|l| l.id == "oil").expect("oil");
    let aktau_ceyhan = oil
        .values
        .iter()
        .find(|v| v.from == "aktau")
        .expect("Aktau–Ceyhan");
    assert!(aktau_ceyhan.links.is_empty(), "routed by the app");
    let legs = flows::legs(&route, aktau_ceyhan).expect("a way");
    let ids: Vec<&str> = legs
        .iter()
        .map(|l| route.links[l.link].id.as_str())
        .collect();
    assert_eq!(ids.last(), Some(&"pipeline-btc"));
    // The way joins up from Aktau to Ceyhan.
    let mut at = "aktau";
    for Leg { link, reversed } in legs {
        let l = &route.links[link];
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
fn a_broken_chain_of_links_is_refused() {
    let mut route = route();
    let value = &mut route.layers[0].values[0];
    value.links = vec!["pipeline-btc".into()];
    let err = flows::legs(&route, &route.layers[0].values[0]).expect_err("not joined");
    assert!(err.to_string().contains("does not continue"), "{err}");
}

#[test]
fn bands_in_2024_sit_side_by_side_without_overlap() {
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    let view = FlowView::all_layers(&route, 2024);
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
    assert!(cargo.arrow, "cargo runs one way");
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
    let bands = bands::build(&route, &geometry, &FlowView::all_layers(&route, 2026));
    let cargo = bands
        .iter()
        .find(|b| route.layers[b.layer].id == "cargo")
        .expect("the cargo way is still drawn");
    assert_eq!(cargo.state, BandState::Missing);
    assert!(!cargo.arrow);
    assert_eq!(
        route.layers[cargo.layer].values[cargo.value].year, 2024,
        "nearest year"
    );
}

#[test]
fn hidden_layers_draw_nothing() {
    let route = route();
    let geometry = RouteGeometry::new(&route, &Projection::default());
    let mut view = FlowView::all_layers(&route, 2024);
    for l in &mut view.layers {
        l.visible = route.layers[l.index].id == "oil";
    }
    let bands = bands::build(&route, &geometry, &view);
    assert!(!bands.is_empty());
    assert!(bands.iter().all(|b| route.layers[b.layer].id == "oil"));
}
