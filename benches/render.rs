//! Time to draw the built-in route to a 1920×1080 PNG, as `corridor-atlas render --builtin`
//! does: route, projection, fonts and basemap set up afresh each time, then the SVG written and
//! rasterized. Prints `bench NAME VALUE UNIT` lines.

use std::time::Instant;

use corridor_atlas::export::ImageFormat;
use corridor_atlas::export::render::{RenderState, Renderer};

const RUNS: usize = 7;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let route = corridor_atlas::io::builtin_route()
        .expect("the built-in route loads")
        .route;
    let size = egui::vec2(1920.0, 1080.0);
    for (name, format) in [("png", ImageFormat::Png), ("svg", ImageFormat::Svg)] {
        let mut times = Vec::with_capacity(RUNS);
        let mut bytes = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            let renderer = Renderer::new(&route, "built-in");
            let picture = renderer
                .render(&RenderState::default(), size, 1.0, format)
                .expect("the built-in route renders");
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            bytes = picture.len();
        }
        println!(
            "bench render_builtin_1920x1080_{name}_median {:.0} ms",
            median(times)
        );
        println!(
            "bench render_builtin_1920x1080_{name}_size {:.0} KB",
            bytes as f64 / 1024.0
        );
    }
}
