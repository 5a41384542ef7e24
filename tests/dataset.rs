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
    assert!(by("Almas Aubekerov", "aktau"), "the AZAL crash near Aktau");
    assert!(
        route
            .corridor_quotes()
            .any(|q| q.speaker == "Bulat Auelbaev")
    );
}

/// A quote hangs on the places it names; where that takes judgement, its note says why.
#[test]
fn quotes_stand_where_they_name_places_and_say_why() {
    let route = route();
    let quote = |id: &str| {
        route
            .quotes
            .iter()
            .find(|q| q.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    // "the ports of Aktau and Baku": the port of Baku is at Alat, not in the city.
    let q01 = quote("q01");
    assert_eq!(q01.nodes, ["aktau", "alat"]);
    assert!(q01.note.contains("Alat"), "{}", q01.note);
    assert!(!route.quotes_for("baku").any(|q| q.id == "q01"));
    // No place named: the corridor overview.
    for id in ["q10", "q30"] {
        let q = quote(id);
        assert!(q.nodes.is_empty(), "{id} on {:?}", q.nodes);
        assert!(route.corridor_quotes().any(|c| c.id == id));
        assert!(q.note.contains("Names no place"), "{id}: {}", q.note);
    }
    // The AZAL crash names no place in the quote; the article puts it near Aktau.
    let azal = route
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Авиапроисшествие с рейсом AZAL"))
        .expect("Aubekerov on the AZAL crash");
    assert_eq!(azal.nodes, ["aktau"]);
    assert!(azal.note.contains("под Актау"), "{}", azal.note);
    // Every attachment a quote's words do not make by naming the place has a note, in both
    // languages.
    for q in &route.quotes {
        for id in &q.nodes {
            let node = route.node(id).expect("a known node");
            let named = node
                .name
                .get("ru")
                .is_some_and(|ru| q.text.contains(&ru.chars().take(4).collect::<String>()));
            if !named || id == "alat" {
                assert!(!q.note.is_empty(), "{} is on {id} with no note", q.id);
            }
        }
        if !q.note.is_empty() {
            assert!(
                q.note.get("en").is_some() && q.note.get("ru").is_some(),
                "{}'s note in both languages",
                q.id
            );
        }
    }
}

/// A figure's note agrees with the sentence it comes from: the 62% growth is put in 2023 by its
/// own sentence, and the note says so rather than that the year is not given.
#[test]
fn figure_notes_agree_with_their_sentences() {
    let route = route();
    let f03 = route
        .figures
        .iter()
        .find(|f| f.id == "f03")
        .expect("the 62% growth");
    assert!(f03.excerpt.starts_with("В 2023 году"), "{}", f03.excerpt);
    assert!(f03.value.contains("2023"), "{}", f03.value);
    assert!(f03.note.contains("in 2023"), "{}", f03.note);
    assert!(
        !f03.note.contains("does not say which year"),
        "{}",
        f03.note
    );
    let ru = f03.note.get("ru").unwrap_or_default();
    assert!(ru.contains("к 2023 г."), "{ru}");
}

/// The talk says only what the sources say.
#[test]
fn slides_claim_nothing_the_sources_do_not() {
    let route = route();
    for slide in &route.story {
        for language in ["en", "ru"] {
            let text = slide.text.get(language).unwrap_or_default();
            let title = slide.title.get(language).unwrap_or_default();
            for claim in [
                "cross the Caspian too",
                "Fibre and power",
                "через Каспий должны",
            ] {
                assert!(
                    !text.contains(claim) && !title.contains(claim),
                    "{title:?} claims {claim:?}"
                );
            }
        }
    }
    // The fibre-optic line is said to run along the Caspian seabed, between Kazakhstan and
    // Azerbaijan: the slide says that and no more.
    let fibre = route
        .story
        .iter()
        .find(|s| {
            s.layers
                .as_deref()
                .is_some_and(|l| l.iter().any(|l| l == "fibre"))
        })
        .expect("the fibre slide");
    assert!(fibre.text.contains("Caspian seabed"), "{}", fibre.text);
    assert!(!fibre.title.contains("power") && !fibre.title.contains("Power"));
    // Tokayev's words on regions were said in another context (his 2022 visit, as the article
    // tells it), not of the Zangezur route.
    let zangezur = route
        .story
        .iter()
        .find(|s| {
            s.layers
                .as_deref()
                .is_some_and(|l| l.iter().any(|l| l == "zangezur"))
        })
        .expect("the Zangezur slide");
    for id in &zangezur.quotes {
        let q = route.quotes.iter().find(|q| &q.id == id).expect("a quote");
        assert_ne!(q.speaker, "Kassym-Jomart Tokayev", "{id}");
    }
}

/// The sources that print no date say "not given", and so does every quote dated from them:
/// nothing is dated "before" or "around" a day a source never gave.
#[test]
fn undated_sources_are_not_given_a_date() {
    use corridor_atlas::model::Dating;
    let route = route();
    for s in &route.sources {
        let expected = match s.id.as_str() {
            "s000" | "s002" => Dating::NotGiven,
            _ => Dating::Given(&s.date),
        };
        assert_eq!(s.dating(), expected, "{}", s.id);
        assert!(!s.date.contains("before") && !s.date.contains("around"));
    }
    for q in &route.quotes {
        assert!(
            !q.date.contains("before") && !q.date.contains("around"),
            "{}: {}",
            q.id,
            q.date
        );
        if q.source == "s002" {
            assert_eq!(route.quote_dating(q), Dating::NotGiven, "{}", q.id);
        }
        // A quote's own date says when the words were said; copying its article's date would
        // claim more than the article does.
        let source = route.source(&q.source).expect("a source");
        assert!(q.date.is_empty() || q.date != source.date, "{}", q.id);
    }
}

/// Altynkol, the Kazakh station at Khorgos, lies in Kazakhstan on the basemap; Dilucu on the
/// short border of Turkey and Nakhchivan, on the Aras.
#[test]
fn border_stations_lie_on_their_own_side_of_the_border() {
    let route = route();
    let projection = Projection::default();
    let countries = read_countries(Detail::Fine).expect("basemap");
    let basemap = BasemapMeshes::build(&projection, Detail::Fine, &countries);
    let at = |lat: f64, lon: f64| {
        basemap
            .country_at(projection.project(lat, lon))
            .map(str::to_owned)
    };
    // Countries within `km` of a point, looking all round it.
    let around = |lat: f64, lon: f64, km: f64| {
        let mut found: Vec<String> = (0..36)
            .filter_map(|k| {
                let a = f64::from(k) * 10f64.to_radians();
                let dlat = km * a.cos() / 111.2;
                let dlon = km * a.sin() / (111.2 * lat.to_radians().cos());
                at(lat + dlat, lon + dlon)
            })
            .collect();
        found.sort();
        found.dedup();
        found
    };
    // The lookup tells the two sides apart: where the station was drawn before is China.
    assert_eq!(at(44.21, 80.41).as_deref(), Some("China"));
    let altynkol = route.node("altynkol").expect("Altynkol");
    assert_eq!(
        at(altynkol.lat, altynkol.lon).as_deref(),
        Some("Kazakhstan")
    );
    assert_eq!(around(altynkol.lat, altynkol.lon, 2.0), ["Kazakhstan"]);
    assert!(
        around(altynkol.lat, altynkol.lon, 8.0).contains(&"China".to_owned()),
        "a border station, by the border"
    );

    let dilucu = route.node("dilucu").expect("Dilucu");
    assert!((39.64..=39.70).contains(&dilucu.lat), "{}", dilucu.lat);
    assert!((44.78..=44.81).contains(&dilucu.lon), "{}", dilucu.lon);
    assert_eq!(at(dilucu.lat, dilucu.lon).as_deref(), Some("Turkey"));
    let near = around(dilucu.lat, dilucu.lon, 1.5);
    assert!(near.contains(&"Azerbaijan".to_owned()), "{near:?}");
    assert!(!near.contains(&"Armenia".to_owned()), "{near:?}");
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
