//! Time to read and check large files, written to a temporary folder first: a synthetic 50 MB
//! GeoJSON network, and a 60 MB FlowmapBlue flows CSV of 2.5 million rows with its locations.
//! Prints `bench NAME VALUE UNIT` lines, the CSV's beside Python's `csv` module reading the same
//! pair in the same run, where there is a `python3`; `cargo bench --bench load -- csv` runs only
//! the benchmarks whose names hold `csv`.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use corridor_atlas::stress::{StressSpec, generate, write_geojson};

/// How many times the GeoJSON file is loaded; the median is reported.
const RUNS: usize = 5;
/// How many times the CSV pair is checked; the median is reported.
const CSV_RUNS: usize = 3;

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let dir = std::env::temp_dir().join(format!("corridor-atlas-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder for the files");
    if wanted("load_geojson") {
        geojson(&dir);
    }
    if wanted("load_csv") {
        csv(&dir);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn geojson(dir: &Path) {
    // About 50 MB of GeoJSON.
    let spec = StressSpec {
        nodes: 64_000,
        links: 147_000,
        layers: 3,
        seed: 1,
    };
    let route = generate(&spec);
    let path = dir.join("stress.geojson");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("a GeoJSON file"));
    write_geojson(&route, &mut out).expect("the GeoJSON is written");
    drop(out);
    drop(route);
    let size = std::fs::metadata(&path).expect("the file's size").len();

    let times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let loaded = corridor_atlas::io::load_route_file(&path).expect("the GeoJSON loads");
            let took = start.elapsed();
            assert_eq!(loaded.route.links.len(), spec.links);
            took
        })
        .collect();
    println!(
        "bench load_geojson_file_size {:.1} MB",
        size as f64 / 1_000_000.0
    );
    println!("bench load_geojson_50mb_median {:.0} ms", median_ms(times));
}

/// Places, distinct origin-destination pairs and months of the flows CSV: monthly counts
/// between a thousand places of one region, as an export of trips or trade by month has them,
/// 2.5 million rows in all.
const PLACES: usize = 1_000;
const PAIRS: usize = 50_000;
const MONTHS: usize = 50;

/// `corridor-atlas check` of the pair, as a user runs it: time, and the process's peak memory
/// during it, on Linux.
fn csv(dir: &Path) {
    let (locations, flows) = (dir.join("locations.csv"), dir.join("flows.csv"));
    write_csv_pair(&locations, &flows);
    let size = std::fs::metadata(&flows).expect("the file's size").len();
    let files = [flows, locations];
    reset_memory_peak();
    let times: Vec<Duration> = (0..CSV_RUNS)
        .map(|_| {
            let mut report = Vec::new();
            let start = Instant::now();
            let code = corridor_atlas::cli::check(&files, false, &mut report);
            let took = start.elapsed();
            assert_eq!(code, 0, "{}", String::from_utf8_lossy(&report));
            took
        })
        .collect();
    println!(
        "bench load_csv_flows_file_size {:.1} MB",
        size as f64 / 1_000_000.0
    );
    let median = median_ms(times);
    println!("bench load_csv_2_5m_rows_check_median {median:.0} ms");
    let memory = memory_peak_mb();
    if let Some(mb) = memory {
        println!("bench load_csv_2_5m_rows_memory_peak {mb:.0} MB");
    }
    match python_peer(&files[0], &files[1]) {
        Some((seconds, mb)) => {
            let ours = median / 1000.0;
            println!(
                "bench load_csv_python_csv_module {:.0} ms",
                seconds * 1000.0
            );
            println!("bench load_csv_python_csv_module_memory_peak {mb:.0} MB");
            println!(
                "bench load_csv_time_ratio_to_python {:.2} x",
                ours / seconds
            );
            if let Some(ours) = memory {
                println!("bench load_csv_memory_ratio_to_python {:.2} x", ours / mb);
            }
        }
        None => println!("bench load_csv_python_csv_module skipped: no python3"),
    }
}

/// What the same pair takes Python's `csv` module to read, with each row checked against the
/// locations and its count added to its origin, destination and year, as the check does; the
/// median time in seconds and the peak memory in MB. `None` without `python3`.
fn python_peer(flows: &Path, locations: &Path) -> Option<(f64, f64)> {
    const SCRIPT: &str = r#"
import csv, resource, sys, time
runs = []
for _ in range(3):
    start = time.perf_counter()
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        places = {r["id"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}
    sums = {}
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = [h.strip().lower() for h in next(rows)]
        o, d, c, t = (header.index(n) for n in ("origin", "dest", "count", "time"))
        for row in rows:
            if row[o] not in places or row[d] not in places:
                raise SystemExit("unknown place")
            key = (row[o], row[d], int(row[t][:4]))
            sums[key] = sums.get(key, 0.0) + float(row[c])
    runs.append(time.perf_counter() - start)
    del sums
runs.sort()
# The peak of this process's own memory: the rusage one keeps the peak from before exec, the
# benchmark's own.
try:
    with open("/proc/self/status") as f:
        peak = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(runs[len(runs) // 2], peak / 1024)
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .arg(flows)
        .arg(locations)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut numbers = text
        .split_whitespace()
        .filter_map(|n| n.parse::<f64>().ok());
    Some((numbers.next()?, numbers.next()?))
}

/// Writes the locations and the 2.5 million flow rows, month after month.
fn write_csv_pair(locations: &Path, flows: &Path) {
    let mut seed = 7u64;
    let mut next = move |n: usize| {
        // A linear congruential generator: the same files every run.
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % n as u64) as usize
    };
    let mut text = String::from("id,name,lat,lon\n");
    for i in 0..PLACES {
        let lat = 38.0 + next(14_000) as f64 / 1000.0;
        let lon = 45.0 + next(40_000) as f64 / 1000.0;
        let _ = writeln!(text, "p{i},Place {i},{lat:.3},{lon:.3}");
    }
    std::fs::write(locations, &text).expect("the locations file");
    let pairs: Vec<(usize, usize)> = (0..PAIRS)
        .map(|_| {
            let origin = next(PLACES);
            let dest = (origin + 1 + next(PLACES - 1)) % PLACES;
            (origin, dest)
        })
        .collect();
    let mut text = String::with_capacity(64 << 20);
    text.push_str("origin,dest,count,time\n");
    for month in 0..MONTHS {
        let (year, month) = (2021 + month / 12, month % 12 + 1);
        for &(origin, dest) in &pairs {
            let count = 1 + next(99_999);
            let _ = writeln!(text, "p{origin},p{dest},{count},{year}-{month:02}");
        }
    }
    std::fs::write(flows, &text).expect("the flows file");
}

fn median_ms(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times
        .get(times.len() / 2)
        .map_or(0.0, |t| t.as_secs_f64() * 1000.0)
}

/// Starts the peak resident memory afresh, on Linux, so that it counts only what follows.
fn reset_memory_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Peak resident memory in MB, from `/proc/self/status`; `None` where there is none.
fn memory_peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
