//! Writes a synthetic route of the size asked for, to try the app on a large network:
//!
//! ```sh
//! cargo run --release --example gen_stress -- --nodes 10000 --links 50000 --out stress.json
//! cargo run -- check stress.json
//! ```
//!
//! `--unrouted 3000` keeps 3,000 flow values and leaves out their links, for the app to route.

use std::path::PathBuf;

use clap::Parser;
use corridor_atlas::stress::{StressSpec, generate, unrouted, write_geojson};

/// Writes a deterministic synthetic route: places on a jittered grid over Eurasia, links between
/// near neighbours, and flow layers over several years.
#[derive(Parser)]
struct Args {
    /// How many places.
    #[arg(long, default_value_t = 10_000)]
    nodes: usize,
    /// How many links.
    #[arg(long, default_value_t = 50_000)]
    links: usize,
    /// How many flow layers.
    #[arg(long, default_value_t = 5)]
    layers: usize,
    /// Seeds the layout and the values.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The file to write; `stress.json`, or `stress.geojson` with `--geojson`, by default.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write GeoJSON (points and lines, one value per line) instead of a route file.
    #[arg(long)]
    geojson: bool,
    /// Keep only this many flow values, without their `links`, for the app to route: as the
    /// routing benchmark measures.
    #[arg(long)]
    unrouted: Option<usize>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let mut route = generate(&StressSpec {
        nodes: args.nodes,
        links: args.links,
        layers: args.layers,
        seed: args.seed,
    });
    if let Some(count) = args.unrouted {
        unrouted(&mut route, count);
    }
    let out = args.out.unwrap_or_else(|| {
        PathBuf::from(if args.geojson {
            "stress.geojson"
        } else {
            "stress.json"
        })
    });
    if args.geojson {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
        write_geojson(&route, &mut file)?;
        std::io::Write::flush(&mut file)?;
    } else {
        corridor_atlas::io::save_route(&route, &out)?;
    }
    let values: usize = route.layers.iter().map(|l| l.values.len()).sum();
    println!(
        "wrote {}: {} nodes, {} links, {} layers with {values} values",
        out.display(),
        route.nodes.len(),
        route.links.len(),
        route.layers.len()
    );
    Ok(())
}
