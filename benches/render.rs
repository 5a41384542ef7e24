//! What a user of `corridor-atlas render` waits for: whole processes, from start to the file
//! written, timed on the wall clock. Prints `bench NAME VALUE UNIT` lines:
//!
//! - `render_builtin_1920x1080_png_median`: `render --builtin --size 1920x1080 --out map.png`;
//! - `render_builtin_1920x1080_svg_median`: the same to an SVG;
//! - `render_builtin_slides_median`: every slide of the built-in talk, `--slides DIR`;
//! - `program_size`: the program these runs start, built as for release (stripped, LTO); the
//!   Linux one is to stay at most 20 MB (scripts/dist.sh refuses a larger one);
//! - `render_mapnik_1920x1080_png_median` and `render_vs_mapnik_ratio`: where the peer kit is
//!   given (`MAPNIK_PEER=path/to/render.py`, run with Debian's python3-mapnik), Mapnik drawing
//!   the same countries, links and labels, timed in the same run, turn about with the app, and
//!   how many times faster the app is.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 9;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Runs `command` to the end and returns its wall time in seconds; fails the benchmark if it
/// fails.
fn timed(mut command: Command) -> f64 {
    let started = Instant::now();
    let output = command.output().expect("the command starts");
    let took = started.elapsed().as_secs_f64();
    assert!(
        output.status.success(),
        "{:?} failed: {}{}",
        command,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    took
}

fn atlas(args: &[&str], out: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_corridor-atlas"));
    command
        .args(args)
        .arg(out)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    command
}

fn main() {
    let dir = std::env::temp_dir().join(format!(
        "corridor-atlas-bench-render-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("a folder for the pictures");
    let png = dir.join("map.png");
    let svg = dir.join("map.svg");
    let slides = dir.join("slides");
    let map = ["render", "--builtin", "--size", "1920x1080", "--out"];
    let peer = std::env::var_os("MAPNIK_PEER").filter(|p| Path::new(p).exists());

    let (mut ours, mut theirs, mut as_svg, mut deck) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for run in 0..RUNS {
        // Turn about, so a busy spell of the machine falls on both alike.
        let mapnik = || {
            peer.as_ref().map(|script| {
                let mut command = Command::new("/usr/bin/python3");
                command.arg(script).arg(dir.join("mapnik.png"));
                timed(command)
            })
        };
        if run % 2 == 0 {
            ours.push(timed(atlas(&map, &png)));
            theirs.extend(mapnik());
        } else {
            theirs.extend(mapnik());
            ours.push(timed(atlas(&map, &png)));
        }
        as_svg.push(timed(atlas(&map, &svg)));
        if run < 3 {
            deck.push(timed(atlas(&["render", "--builtin", "--slides"], &slides)));
        }
    }
    let ms = |s: f64| s * 1000.0;
    let ours = median(ours);
    println!(
        "bench render_builtin_1920x1080_png_median {:.0} ms",
        ms(ours)
    );
    println!(
        "bench render_builtin_1920x1080_svg_median {:.0} ms",
        ms(median(as_svg))
    );
    println!(
        "bench render_builtin_slides_median {:.0} ms",
        ms(median(deck))
    );
    if let Ok(meta) = std::fs::metadata(&png) {
        println!(
            "bench render_builtin_1920x1080_png_size {:.0} KB",
            meta.len() as f64 / 1024.0
        );
    }
    if let Ok(meta) = std::fs::metadata(env!("CARGO_BIN_EXE_corridor-atlas")) {
        println!("bench program_size {:.1} MB", meta.len() as f64 / 1e6);
    }
    if !theirs.is_empty() {
        let theirs = median(theirs);
        println!(
            "bench render_mapnik_1920x1080_png_median {:.0} ms",
            ms(theirs)
        );
        println!("bench render_vs_mapnik_ratio {:.2} x", theirs / ours);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
