//! Builds the [`Scene`] for one view: which links, bands, places and labels are drawn, and how
//! plainly when the view is crowded.

use std::sync::Arc;

use ecolor::Color32;
use emath::{Rect, Vec2};

use crate::map::basemap::BasemapMeshes;
use crate::map::camera::ScreenTransform;
use crate::model::Route;

use super::labels::{
    FLOW_LABEL_SIZE, LabelPlacer, NODE_LABEL_SIZE, area_labels, country_labels, flow_labels,
    node_labels, sea_labels,
};
use super::{
    AreaFill, Band, Line, Marker, MarkerShape, MeasureText, PlainLinks, RouteGeometry, Scene,
    SceneOptions, Target, style,
};

/// Above this many places on screen, they are drawn as dots and labels may cover them.
const CROWDED_MARKERS: usize = 2_000;
/// Above this many links in view, they are drawn as plain thin lines.
const CROWDED_LINES: usize = 3_000;
/// Above this many flow bands in view, they are drawn plain.
const CROWDED_BANDS: usize = 3_000;
/// Width of a link drawn as a plain thin line, in screen points.
pub const PLAIN_LINE_WIDTH: f32 = 1.0;
/// At most this many links, and as many flow bands, are drawn at once, so a huge network cannot
/// overflow the GPU's buffers; the map says how many are left out until the view zooms in.
pub const MAX_LINES_DRAWN: usize = 1_000_000;

/// Builds the scene for `route` seen through `view`.
pub fn build(
    route: &Route,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    basemap: Option<Arc<BasemapMeshes>>,
    bands: &[Band],
    options: SceneOptions,
    measure: &MeasureText<'_>,
) -> Scene {
    let SceneOptions {
        highlight,
        text_scale,
        covered,
        first_labels,
        language,
    } = options;
    let node_points = &geometry.nodes;

    let (view_min, view_max) = view.visible_map_rect();
    let link_in_view = |i: usize| {
        geometry
            .link_bounds
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|(lo, hi)| {
                lo.x <= view_max.x && hi.x >= view_min.x && lo.y <= view_max.y && hi.y >= view_min.y
            })
    };
    let mut order: Vec<usize> = geometry
        .link_order
        .iter()
        .copied()
        .filter(|&i| link_in_view(i) && geometry.links[i].len() >= 2)
        .collect();
    let mut bands: Vec<Band> = bands
        .iter()
        .filter(|b| link_in_view(b.link))
        .cloned()
        .collect();
    let plain_bands = bands.len() > CROWDED_BANDS;
    let hidden_flows = bands.len().saturating_sub(MAX_LINES_DRAWN);
    bands.truncate(MAX_LINES_DRAWN);
    let hidden_links = order.len().saturating_sub(MAX_LINES_DRAWN);
    order.truncate(MAX_LINES_DRAWN);
    // A dense network is drawn in plain thin lines from one mesh: ties and dashes on thousands
    // of links would only blur, and cost more than a frame. A highlighted link is still lifted
    // out on top.
    let crowded_lines = order.len() > CROWDED_LINES;
    let mut lines = Vec::new();
    let plain_links = crowded_lines.then(|| {
        let highlighted: Vec<usize> = [highlight.selected, highlight.hovered]
            .into_iter()
            .filter_map(|t| match t {
                Some(Target::Link(i)) if order.contains(&i) => Some(i),
                _ => None,
            })
            .collect();
        PlainLinks {
            paths: Arc::clone(&geometry.links),
            colors: Arc::clone(&geometry.plain_colors),
            links: std::mem::replace(&mut order, highlighted),
            order: Arc::clone(&geometry.link_order),
        }
    });
    for i in order {
        let link = &route.links[i];
        let points = Arc::clone(&geometry.links[i]);
        let mut style = style::link_style(link.mode, link.status);
        if crowded_lines {
            style.width = PLAIN_LINE_WIDTH;
            style.dash = style::Dash::Solid;
            style.decoration = style::Decoration::None;
        }
        let target = Some(Target::Link(i));
        let emphasis = if highlight.selected == target {
            Some((style.width + 8.0, style::SELECTED.gamma_multiply(0.6)))
        } else if highlight.hovered == target {
            Some((style.width + 7.0, style::HOVERED.gamma_multiply(0.45)))
        } else {
            None
        };
        if emphasis.is_some() {
            style.width += 1.0;
        }
        lines.push(Line {
            points,
            style,
            casing: emphasis.or((!crowded_lines).then_some((
                style.width + 2.5,
                Color32::from_rgba_unmultiplied(255, 255, 255, 170),
            ))),
            target,
        });
    }

    let marker_room = view.screen.expand(20.0);
    let on_screen: Vec<usize> = (0..route.nodes.len())
        .filter(|&i| marker_room.contains(view.map_to_screen(node_points[i])))
        .collect();
    // Where places carpet the screen, they are drawn as dots, and labels may cover them.
    let crowded = on_screen.len() > CROWDED_MARKERS;
    let mut markers = Vec::with_capacity(on_screen.len());
    for i in on_screen {
        let Some(node) = route.nodes.get(i) else {
            continue;
        };
        let (shape, radius) = if crowded {
            (MarkerShape::Circle, 2.0)
        } else {
            style::node_marker(node.kind)
        };
        let target = Some(Target::Node(i));
        let ring = if highlight.selected == target {
            Some((radius + 5.0, style::SELECTED))
        } else if highlight.hovered == target {
            Some((radius + 4.0, style::HOVERED))
        } else {
            None
        };
        markers.push(Marker {
            at: node_points[i],
            shape,
            radius,
            fill: style::NODE_FILL,
            stroke: (if crowded { 0.0 } else { 1.8 }, style::NODE_STROKE),
            ring,
            target,
        });
    }

    let mut placer = LabelPlacer::new(view.screen);
    for r in &covered {
        placer.occupy(*r);
    }
    for m in markers.iter().filter(|_| !crowded) {
        let c = view.map_to_screen(m.at);
        // A margin round each marker, so no label seems to belong to a neighbour.
        placer.occupy(Rect::from_center_size(c, Vec2::splat(m.radius * 2.0 + 8.0)));
    }
    let mut labels = node_labels(
        route,
        geometry,
        view,
        highlight,
        &first_labels,
        &covered,
        NODE_LABEL_SIZE * text_scale,
        measure,
        &mut placer,
    );

    let route_countries = basemap
        .as_ref()
        .map(|b| {
            let mut on = vec![false; b.countries.len()];
            for country in &geometry.countries {
                if let Some(i) = b.countries.iter().position(|c| &c.name == country) {
                    on[i] = true;
                }
            }
            on
        })
        .unwrap_or_default();

    // Amounts as the scene's language writes them: "4.5 Mt", "4,5 Mt".
    let tr = crate::i18n::Tr::new(&language);
    labels.extend(flow_labels(
        route,
        &bands,
        view,
        &tr,
        FLOW_LABEL_SIZE * text_scale,
        measure,
        &mut placer,
    ));
    labels.extend(area_labels(route, geometry, view, measure, &mut placer));
    labels.extend(sea_labels(
        &geometry.projection,
        view,
        &language,
        measure,
        &mut placer,
    ));
    if let Some(b) = &basemap {
        labels.extend(country_labels(b, view, &language, measure, &mut placer));
    }

    let areas = route
        .areas
        .iter()
        .zip(&geometry.areas)
        .filter_map(|(area, mesh)| {
            let [r, g, b] = area.rgb().unwrap_or(style::AREA_RGB);
            Some(AreaFill {
                mesh: Arc::clone(mesh.as_ref()?),
                fill: Color32::from_rgba_unmultiplied(r, g, b, 60),
                outline: Color32::from_rgba_unmultiplied(r, g, b, 200),
            })
        })
        .collect();

    Scene {
        basemap,
        route_countries,
        areas,
        hidden_links,
        hidden_flows,
        plain_links,
        lines,
        bands,
        plain_bands,
        markers,
        labels,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Decoration, Highlight};
    use super::*;
    use crate::map::projection::Projection;
    use crate::model::{LinkStatus, NodeKind};
    use emath::{Pos2, vec2};

    /// A grid of `side`² places, each linked to its east neighbour, around 45° N 60° E.
    fn grid_route(side: usize) -> Route {
        let id = |r: usize, c: usize| format!("n{r}-{c}");
        let mut route = Route {
            version: crate::model::FORMAT_VERSION,
            id: "grid".into(),
            title: "Grid".into(),
            ..Route::default()
        };
        for r in 0..side {
            for c in 0..side {
                route.nodes.push(crate::model::Node {
                    id: id(r, c),
                    name: id(r, c).into(),
                    local_name: String::new(),
                    kind: NodeKind::Place,
                    country: String::new(),
                    lat: 40.0 + r as f64 * 0.1,
                    lon: 55.0 + c as f64 * 0.1,
                    description: Default::default(),
                });
                if c > 0 {
                    route.links.push(crate::model::Link {
                        id: format!("l{r}-{c}"),
                        name: Default::default(),
                        from: id(r, c - 1),
                        to: id(r, c),
                        mode: crate::model::LinkMode::Rail,
                        status: LinkStatus::Operating,
                        via: Vec::new(),
                        description: Default::default(),
                    });
                }
            }
        }
        route
    }

    /// The map over the Caspian, with the coarse basemap and no route, named in `language`.
    fn caspian_labels(language: &str) -> Vec<String> {
        let route = grid_route(0);
        let projection = Projection::default();
        let geometry = RouteGeometry::new(&route, &projection);
        let basemap = crate::map::basemap::Basemap::default()
            .meshes(&projection, crate::map::basemap::Detail::Coarse, || {})
            .expect("the basemap");
        let screen = Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 1000.0));
        let view = ScreenTransform::new(
            crate::map::camera::Camera::new(projection.project(45.0, 55.0), 3.0),
            screen,
        );
        let options = SceneOptions {
            language: language.to_owned(),
            ..SceneOptions::default()
        };
        let measure =
            |text: &str, size: f32, _: bool| vec2(text.chars().count() as f32 * size * 0.6, size);
        let scene = build(
            &route,
            &geometry,
            &view,
            Some(basemap),
            &[],
            options,
            &measure,
        );
        scene.labels.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn countries_and_seas_are_named_in_the_scenes_language() {
        let russian = caspian_labels("ru");
        assert!(russian.iter().any(|t| t == "КАЗАХСТАН"), "{russian:?}");
        assert!(
            russian.iter().any(|t| t == "Каспийское море"),
            "{russian:?}"
        );
        assert!(
            !russian
                .iter()
                .any(|t| t == "KAZAKHSTAN" || t == "Caspian Sea")
        );

        let english = caspian_labels("en");
        assert!(english.iter().any(|t| t == "KAZAKHSTAN"), "{english:?}");
        assert!(english.iter().any(|t| t == "Caspian Sea"), "{english:?}");
        assert_eq!(
            SceneOptions::default().language,
            "en",
            "English unless told"
        );

        let turkish = caspian_labels("tr");
        assert!(turkish.iter().any(|t| t == "KAZAKİSTAN"), "{turkish:?}");
        assert!(turkish.iter().any(|t| t == "Hazar Denizi"), "{turkish:?}");
    }

    #[test]
    fn a_huge_network_is_drawn_whole_in_plain_lines_and_in_style_when_zoomed_in() {
        let route = grid_route(100);
        let projection = Projection::fitted(route.nodes.iter().map(|n| (n.lat, n.lon)));
        let geometry = RouteGeometry::new(&route, &projection);
        let screen = Rect::from_min_size(Pos2::ZERO, vec2(1920.0, 1080.0));
        let (min, max) = geometry.bounds().expect("bounds");
        let view = ScreenTransform::new(
            crate::map::camera::Camera::fitting(min, max, screen, 20.0),
            screen,
        );
        let options = SceneOptions::plain(Highlight::default(), 1.0);
        let measure = |text: &str, size: f32, _: bool| vec2(text.len() as f32 * size * 0.5, size);
        let scene = build(
            &route,
            &geometry,
            &view,
            None,
            &[],
            options.clone(),
            &measure,
        );
        assert_eq!(route.links.len(), 9_900);
        let plain = scene.plain_links.as_ref().expect("crowded: plain lines");
        assert_eq!(plain.links.len(), 9_900, "every link is drawn");
        assert_eq!(scene.hidden_links, 0);
        assert!(scene.lines.is_empty());
        assert_eq!(scene.markers.len(), 10_000);
        assert!(scene.markers.iter().all(|m| m.radius <= 2.0), "dots");

        // Zoomed in on a corner, every link in view is drawn in its own style.
        let corner = ScreenTransform::new(
            crate::map::camera::Camera::new(min, view.camera.km_per_px / 20.0),
            screen,
        );
        let scene = build(
            &route,
            &geometry,
            &corner,
            None,
            &[],
            options.clone(),
            &measure,
        );
        assert_eq!(scene.hidden_links, 0);
        assert!(scene.plain_links.is_none());
        assert!(!scene.lines.is_empty() && scene.lines.len() < 1_000);
        assert!(
            scene
                .lines
                .iter()
                .all(|l| l.style.decoration != Decoration::None)
        );
    }
}
