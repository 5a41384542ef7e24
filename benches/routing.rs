//! Routing flow values that name no links: the way of each through a network of 5,000 places,
//! over its layer's modes, as the checker and the map find it once per route. Prints
//! `bench NAME VALUE UNIT` lines:
//!
//! - `routing_3000_values_5000_nodes_median`: 3,000 values of the synthetic network's flow
//!   layers, their `links` left out, routed together (`Ways::all_legs`), in ms;
//! - `routing_3000_values_5000_nodes_peak`: the most heap memory the routing held at once, over
//!   what the route itself takes, in MB;
//! - `routing_3000_scattered_values_median` and `_peak`: 3,000 values between places drawn at
//!   random, each from a place of its own, so no two share a search: the worst case;
//! - `check_3000_values_5000_nodes_median` and `_peak`: reading and checking the same route as a
//!   file, routing included, as `check` and the app do;
//! - `routing_one_by_one_3000_values_median`: the same 3,000 values, each with a search of its
//!   own, for comparison with the searches shared by values from one place;
//! - `render_3000_values_5000_nodes_median` and `_peak`: the whole `corridor-atlas render` of
//!   that route file to a 1920×1080 PNG, as a user runs it, in ms, and the most memory the
//!   process held (its peak resident set), in MB.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use corridor_atlas::flows::Ways;
use corridor_atlas::model::Route;
use corridor_atlas::stress::{StressSpec, generate, scattered, unrouted};

/// Counts the heap memory in use and its peak since the last reset.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the layout is passed on as it came.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const RUNS: usize = 5;
const VALUES: usize = 3_000;
/// Runs of the whole `render` process, which draws the basemap and the picture too.
const RENDER_RUNS: usize = 3;

/// The median time of `RUNS` runs of `work`, in ms, and the most heap memory it held above
/// what was in use before it, in MB.
fn measure(mut work: impl FnMut()) -> (f64, f64) {
    let mut times = Vec::new();
    let mut peak = 0;
    for _ in 0..RUNS {
        let before = IN_USE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let start = Instant::now();
        work();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        peak = peak.max(PEAK.load(Ordering::Relaxed).saturating_sub(before));
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], peak as f64 / 1_000_000.0)
}

fn value_count(route: &Route) -> usize {
    route.layers.iter().map(|l| l.values.len()).sum()
}

fn print(name: &str, (ms, mb): (f64, f64)) {
    println!("bench {name}_median {ms:.1} ms");
    println!("bench {name}_peak {mb:.1} MB");
}

/// The wall time of `render` of the route at `path` to a PNG in `dir`, median of `RENDER_RUNS`
/// runs, in ms, and the most memory any of the processes held, in MB.
fn render(path: &std::path::Path, dir: &std::path::Path) -> (f64, f64) {
    let out = dir.join("map.png");
    let mut times = Vec::new();
    for _ in 0..RENDER_RUNS {
        let start = Instant::now();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_corridor-atlas"))
            .arg("render")
            .arg(path)
            .arg("--out")
            .arg(&out)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("render starts");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(
            output.status.success(),
            "render failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    times.sort_by(f64::total_cmp);
    (times[RENDER_RUNS / 2], children_peak_mb())
}

/// The largest peak resident set of the child processes waited for so far, in MB.
fn children_peak_mb() -> f64 {
    // SAFETY: `getrusage` fills the zeroed struct it is given and reads nothing else.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    // Linux gives kilobytes.
    usage.ru_maxrss as f64 * 1024.0 / 1_000_000.0
}

fn main() {
    let spec = StressSpec {
        nodes: 5_000,
        links: 25_000,
        layers: 3,
        seed: 1,
    };
    let mut route = generate(&spec);
    unrouted(&mut route, VALUES);
    assert_eq!(value_count(&route), VALUES, "enough values");

    let routed = |route: &Route| {
        let ways = Ways::new(route).all_legs();
        let found = ways.iter().flatten().filter(|w| w.is_ok()).count();
        assert!(found > VALUES / 2, "{found} of {VALUES} values have a way");
    };
    print("routing_3000_values_5000_nodes", measure(|| routed(&route)));

    let dir = std::env::temp_dir().join(format!(
        "corridor-atlas-bench-routing-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("a temporary folder for the route file");
    let path = dir.join("unrouted.json");
    std::fs::write(
        &path,
        serde_json::to_string(&route).expect("the route as JSON"),
    )
    .expect("the route file is written");
    print(
        "check_3000_values_5000_nodes",
        measure(|| {
            let loaded = corridor_atlas::io::load_route_file(&path).expect("the route loads");
            assert_eq!(value_count(&loaded.route), VALUES);
        }),
    );
    print("render_3000_values_5000_nodes", render(&path, &dir));
    let _ = std::fs::remove_dir_all(&dir);

    let (alone, _) = measure(|| {
        let ways = Ways::new(&route);
        let found = route
            .layers
            .iter()
            .flat_map(|l| l.values.iter().map(move |v| (l, v)))
            .filter(|(l, v)| ways.legs(l, v).is_ok())
            .count();
        assert!(found > VALUES / 2);
    });
    println!("bench routing_one_by_one_3000_values_median {alone:.1} ms");

    let mut far = generate(&spec);
    scattered(&mut far, VALUES, 2);
    assert_eq!(value_count(&far), VALUES);
    print("routing_3000_scattered_values", measure(|| routed(&far)));
}
