//! The built-in Middle Corridor: what a user is promised to find in it.

use corridor_atlas::io;
use corridor_atlas::map::basemap::{BasemapMeshes, Detail, read_countries};
use corridor_atlas::map::projection::Projection;
use corridor_atlas::model::{LinkMode, LinkStatus, NodeKind, Route, ValueKind};
use corridor_atlas::scene::RouteGeometry;

fn route() -> Route {
    let loaded = io::builtin_route().expect("the built-in route passes its own checks");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.route
}

#[test]
fn the_corridors_places_are_there_with_kind_and_country() {
    let route = route();
    for (id, kind, country) in [
        ("aktau", NodeKind::Port, "Kazakhstan"),
        ("kuryk", NodeKind::Port, "Kazakhstan"),
        ("alat", NodeKind::Port, "Azerbaijan"),
        ("tbilisi", NodeKind::City, "Georgia"),
        ("akhalkalaki", NodeKind::RailJunction, "Georgia"),
        ("kars", NodeKind::RailJunction, "Turkey"),
        ("nakhchivan", NodeKind::City, "Azerbaijan"),
        ("meghri", NodeKind::BorderCrossing, "Armenia"),
        ("ceyhan", NodeKind::Terminal, "Turkey"),
        ("dostyk", NodeKind::BorderCrossing, "Kazakhstan"),
    ] {
        let node = route.node(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(node.kind, kind, "{id}");
        assert_eq!(node.country, country, "{id}");
        assert!(!node.description.is_empty(), "{id} has no description");
    }
}

#[test]
fn every_mode_and_status_is_used() {
    let route = route();
    for mode in [
        LinkMode::Rail,
        LinkMode::SeaFerry,
        LinkMode::Pipeline,
        LinkMode::SubseaCable,
    ] {
        assert!(route.links.iter().any(|l| l.mode == mode), "{mode:?}");
    }
    for &status in <LinkStatus as strum::VariantArray>::VARIANTS {
        assert!(route.links.iter().any(|l| l.status == status), "{status:?}");
    }
}

#[test]
fn every_expert_in_the_sources_is_quoted() {
    let route = route();
    for speaker in [
        "Aidar Kurmashev",
        "Amina Kosbaeva",
        "Almas Aubekerov",
        "Ibragim Aliev",
        "Bulat Auelbaev",
        "Kassym-Jomart Tokayev",
    ] {
        assert!(
            route.quotes.iter().any(|q| q.speaker == speaker),
            "no quote by {speaker}"
        );
    }
    let by = |speaker: &str, node: &str| {
        route
            .quotes_for(node)
            .any(|q| q.speaker == speaker && !q.text.is_empty())
    };
    assert!(by("Aidar Kurmashev", "aktau"));
    assert!(by("Bulat Auelbaev", "kars"));
    assert!(route.corridor_quotes().count() > 0);
}

#[test]
fn quotes_and_figures_name_their_source() {
    let route = route();
    assert_eq!(route.sources.len(), 5);
    for q in &route.quotes {
        let source = route.source(&q.source).expect("known source");
        assert_eq!(q.language, source.language, "{}", q.id);
        assert!(!q.translation.is_empty(), "{} has no translation", q.id);
    }
    for f in &route.figures {
        assert!(route.source(&f.source).is_some(), "{}", f.id);
        assert!(!f.excerpt.is_empty(), "{} has no excerpt", f.id);
    }
    let topics: Vec<&str> = route
        .disagreements
        .iter()
        .map(|d| d.topic.as_str())
        .collect();
    assert!(route.disagreements.len() >= 2, "{topics:?}");
}

/// The ferries and the cable cross the Caspian on water; railways and pipelines stay on land.
#[test]
fn links_follow_water_or_land_as_their_mode_needs() {
    let route = route();
    let projection = Projection::default();
    let countries = read_countries(Detail::Fine).expect("basemap");
    let basemap = BasemapMeshes::build(&projection, Detail::Fine, &countries);
    let geometry = RouteGeometry::new(&route, &projection);
    for (link, path) in route.links.iter().zip(geometry.links.iter()) {
        // Skip the ends: ports sit on the shore.
        let inner: Vec<_> = path
            .windows(2)
            .flat_map(|w| (1..10).map(move |k| w[0].lerp(w[1], f64::from(k) / 10.0)))
            .collect();
        let core = &inner[inner.len() / 10..inner.len() - inner.len() / 10];
        let on_land = core
            .iter()
            .filter(|p| basemap.country_at(**p).is_some())
            .count();
        match link.mode {
            LinkMode::SeaFerry | LinkMode::SubseaCable => {
                assert_eq!(on_land, 0, "{} crosses land", link.id)
            }
            LinkMode::Rail | LinkMode::Pipeline | LinkMode::Road => {
                assert_eq!(on_land, core.len(), "{} runs over water", link.id)
            }
            LinkMode::Power => {}
        }
    }
}

#[test]
fn flow_layers_cover_the_sources_figures() {
    let route = route();
    let layer = |id: &str| {
        route
            .layers
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("layer {id}"))
    };
    let value = |id: &str, year: i32| {
        layer(id)
            .values
            .iter()
            .find(|v| v.year == Some(year))
            .and_then(|v| v.value)
    };
    assert_eq!(value("cargo", 2022), Some(3.2));
    assert_eq!(value("oil", 2023), Some(3.4));
    assert_eq!(value("trade", 2023), Some(533.0));
    for id in ["cargo", "oil", "trade", "fibre", "energy", "zangezur"] {
        let l = layer(id);
        assert!(!l.unit.is_empty() && l.rgb().is_some(), "{id}");
        for v in &l.values {
            assert!(route.source(&v.source).is_some(), "{id} {:?}", v.year);
            assert!(!v.excerpt.is_empty(), "{id} {:?} has no excerpt", v.year);
        }
    }
    let span = corridor_atlas::flows::year_span(&route);
    assert_eq!(
        span,
        Some((2022, 2027)),
        "2027: the 7 Mt planned \"by 2027\""
    );
}

/// Every flow value says only what its source says: no year a source never gave, a part of a
/// year marked as such, "will increase" an estimate, and a direction only where one is given.
#[test]
fn flow_values_say_only_what_the_sources_say() {
    let route = route();
    let layer = |id: &str| {
        route
            .layers
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("layer {id}"))
    };
    let one = |id: &str, amount: Option<f64>| {
        let found: Vec<_> = layer(id)
            .values
            .iter()
            .filter(|v| v.value == amount)
            .collect();
        assert_eq!(found.len(), 1, "{id} {amount:?}");
        found[0]
    };
    // No year given: the $1 bn target, the Zangezur transit, the Green Energy Corridor and the
    // Aktau–Ceyhan agreement.
    for (id, amount) in [
        ("trade", Some(1000.0)),
        ("zangezur", Some(10.0)),
        ("energy", None),
        ("oil", Some(1.5)),
    ] {
        assert_eq!(one(id, amount).year, None, "{id} {amount:?}");
    }
    // The one value in 2027 is the oil planned "by 2027".
    let in_2027: Vec<(&str, Option<f64>)> = route
        .layers
        .iter()
        .flat_map(|l| l.values.iter().map(move |v| (l.id.as_str(), v)))
        .filter(|(_, v)| v.year == Some(2027))
        .map(|(id, v)| (id, v.value))
        .collect();
    assert_eq!(in_2027, [("oil", Some(7.0))]);
    let part = one("trade", Some(547.0));
    assert_eq!(
        (part.year, part.period.as_str()),
        (Some(2025), "2025-01/2025-08")
    );
    // "увеличит" (will increase): an estimate, not a plan.
    assert_eq!(one("zangezur", Some(10.0)).kind, ValueKind::Estimate);
    // Directions: none given for cargo, trade or the Zangezur transit; oil runs to Ceyhan.
    for id in ["cargo", "trade", "zangezur", "fibre", "energy"] {
        let l = layer(id);
        assert!(
            l.values.iter().all(|v| !v.is_directed(l)),
            "{id} has no direction in its source"
        );
    }
    let oil = layer("oil");
    assert!(oil.values.iter().all(|v| v.is_directed(oil)));
}

/// Each layer names the kinds of link it travels, and every value runs along those alone.
#[test]
fn flows_keep_to_their_layers_modes() {
    use LinkMode::*;
    let route = route();
    let expected: [(&str, &[LinkMode]); 6] = [
        ("cargo", &[Rail, SeaFerry, Road]),
        ("oil", &[Pipeline, SeaFerry, Rail]),
        ("trade", &[]),
        ("fibre", &[SubseaCable]),
        ("energy", &[Power]),
        ("zangezur", &[Rail, Road]),
    ];
    for (id, modes) in expected {
        let layer = route
            .layers
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("layer {id}"));
        assert_eq!(layer.modes, modes, "{id}");
        for v in &layer.values {
            let legs = corridor_atlas::flows::legs(&route, layer, v)
                .unwrap_or_else(|e| panic!("{id} {:?}: {e}", v.year));
            for leg in legs {
                let mode = route.links[leg.link].mode;
                assert!(layer.travels(mode), "{id} runs along a {mode:?} link");
            }
        }
    }
}

#[test]
fn every_flow_value_has_a_way_along_the_links() {
    let route = route();
    for layer in &route.layers {
        for v in &layer.values {
            let legs = corridor_atlas::flows::legs(&route, layer, v)
                .unwrap_or_else(|e| panic!("{} {:?}: {e}", layer.id, v.year));
            assert!(!legs.is_empty());
        }
    }
}
