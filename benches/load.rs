//! Time to read and check a 50 MB GeoJSON network: a synthetic one, written to a temporary file.
//! Prints `bench NAME VALUE UNIT` lines.

use std::time::{Duration, Instant};

use corridor_atlas::stress::{StressSpec, generate, write_geojson};

/// How many times the file is loaded; the median is reported.
const RUNS: usize = 5;

fn main() {
    // About 50 MB of GeoJSON.
    let spec = StressSpec {
        nodes: 64_000,
        links: 147_000,
        layers: 3,
        seed: 1,
    };
    let route = generate(&spec);
    let dir = std::env::temp_dir().join(format!("corridor-atlas-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder for the GeoJSON file");
    let path = dir.join("stress.geojson");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("a GeoJSON file"));
    write_geojson(&route, &mut out).expect("the GeoJSON is written");
    drop(out);
    drop(route);
    let size = std::fs::metadata(&path).expect("the file's size").len();

    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let loaded = corridor_atlas::io::load_route_file(&path).expect("the GeoJSON loads");
            let took = start.elapsed();
            assert_eq!(loaded.route.links.len(), spec.links);
            took
        })
        .collect();
    times.sort();
    let median = times[RUNS / 2].as_secs_f64() * 1000.0;
    println!(
        "bench load_geojson_file_size {:.1} MB",
        size as f64 / 1_000_000.0
    );
    println!("bench load_geojson_50mb_median {median:.0} ms");
    let _ = std::fs::remove_dir_all(&dir);
}
