//! The built-in Middle Corridor: what a user is promised to find in it.

use corridor_atlas::io;
use corridor_atlas::map::basemap::{BasemapMeshes, Detail, read_countries};
use corridor_atlas::map::projection::Projection;
use corridor_atlas::model::{LinkMode, LinkStatus, NodeKind, Route};
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
            .find(|v| v.year == year)
            .and_then(|v| v.value)
    };
    assert_eq!(value("cargo", 2022), Some(3.2));
    assert_eq!(value("oil", 2023), Some(3.4));
    assert_eq!(value("trade", 2023), Some(533.0));
    for id in ["cargo", "oil", "trade", "fibre", "energy", "zangezur"] {
        let l = layer(id);
        assert!(!l.unit.is_empty() && l.rgb().is_some(), "{id}");
        for v in &l.values {
            assert!(route.source(&v.source).is_some(), "{id} {}", v.year);
            assert!(!v.excerpt.is_empty(), "{id} {} has no excerpt", v.year);
        }
    }
    let span = corridor_atlas::flows::year_span(&route);
    assert_eq!(span, Some((2022, 2027)));
}

#[test]
fn every_flow_value_has_a_way_along_the_links() {
    let route = route();
    for layer in &route.layers {
        for v in &layer.values {
            let legs = corridor_atlas::flows::legs(&route, v)
                .unwrap_or_else(|e| panic!("{} {}: {e}", layer.id, v.year));
            assert!(!legs.is_empty());
        }
    }
}
