//! Loading on a worker thread, so a large file never freezes the window, and watching open files
//! for changes made by other programs.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use super::problem::Words;
use super::{LoadError, LoadStage, LoadedRoute, Problem};
use crate::i18n::msg;
use crate::worker::{News, Reporter, Worker};

pub use crate::worker::Wake;

/// A load running on a worker thread.
pub struct BackgroundLoad {
    paths: Vec<PathBuf>,
    worker: Worker<LoadStage, Result<LoadedRoute, LoadError>>,
    stage: LoadStage,
}

impl BackgroundLoad {
    pub fn start(paths: Vec<PathBuf>, wake: Wake) -> Self {
        Self::start_preparing(paths, wake, |_| {})
    }

    /// As [`BackgroundLoad::start`], with `prepare` run on the route once it has loaded, on the
    /// worker thread too: what the window wants done before it shows the route, off its own
    /// thread, such as finding fonts for the route's letters.
    pub fn start_preparing(
        paths: Vec<PathBuf>,
        wake: Wake,
        prepare: impl FnOnce(&LoadedRoute) + Send + 'static,
    ) -> Self {
        let work = paths.clone();
        let worker = Worker::spawn(
            "route loader",
            move || wake(),
            move |reporter| {
                let loaded = super::load_files(&work, &mut |stage| reporter.progress(stage));
                if let Ok(loaded) = &loaded {
                    prepare(loaded);
                }
                loaded
            },
        );
        BackgroundLoad {
            paths,
            worker,
            stage: LoadStage::Reading { done: 0, total: 0 },
        }
    }

    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// How far the load has got.
    pub fn stage(&self) -> LoadStage {
        self.stage
    }

    /// Takes the news from the worker; the result once the load has finished.
    pub fn poll(&mut self) -> Option<Result<LoadedRoute, LoadError>> {
        while let Some(news) = self.worker.poll() {
            match news {
                News::Progress(stage) => self.stage = stage,
                News::Done(Ok(result)) => return Some(result),
                // However the worker was lost, opening the file again is what to do.
                News::Done(Err(_)) => {
                    let file = self
                        .paths
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(" + ");
                    return Some(Err(LoadError::Invalid {
                        problems: vec![Problem::worded(
                            &file,
                            Words::new(msg("problem-loading-stopped"), []),
                        )],
                        file,
                        warnings: Vec::new(),
                    }));
                }
            }
        }
        None
    }
}

/// What identifies a version of a file on disk.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &std::path::Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// Looks at `paths` every `interval` until the watcher is dropped, reporting each settled change.
fn look_for_changes(paths: &[PathBuf], interval: Duration, reporter: &Reporter<(), ()>) {
    let look = || paths.iter().map(|p| stamp(p)).collect::<Vec<Stamp>>();
    let mut settled = look();
    let mut pending: Option<Vec<Stamp>> = None;
    while !reporter.stopped() {
        std::thread::sleep(interval);
        let now = look();
        match pending.take() {
            Some(before) if before == now => {
                settled = now;
                reporter.progress(());
            }
            _ if now != settled => pending = Some(now),
            _ => {}
        }
    }
}

/// Watches files for changes by looking at their size and time of modification, which works the
/// same on every platform and on network drives. A change is reported once the file has stopped
/// changing for one more look, so an editor that writes in several steps causes one reload.
pub struct FileWatcher {
    /// Each piece of progress is one change; the worker looks until the watcher is dropped.
    worker: Worker<(), ()>,
}

impl FileWatcher {
    /// How often the files are looked at.
    pub const INTERVAL: Duration = Duration::from_millis(400);

    pub fn watch(paths: Vec<PathBuf>, interval: Duration, wake: Wake) -> Self {
        let worker = Worker::spawn(
            "file watcher",
            move || wake(),
            move |reporter| {
                look_for_changes(&paths, interval, reporter);
            },
        );
        FileWatcher { worker }
    }

    /// Whether a file changed since the last call. A watcher that could not start, or that
    /// died, sees no more changes; the file can still be reloaded by hand.
    pub fn changed(&self) -> bool {
        let mut any = false;
        while let Some(news) = self.worker.poll() {
            any |= matches!(news, News::Progress(()));
        }
        any
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::Ordering;

    use super::*;
    use crate::io::testing::temp_dir;

    fn wait_for<T>(mut f: impl FnMut() -> Option<T>) -> T {
        for _ in 0..200 {
            if let Some(t) = f() {
                return t;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("nothing happened within 4 s");
    }

    #[test]
    fn a_background_load_reports_progress_and_its_result() {
        let dir = temp_dir("bg");
        let path = dir.join("route.json");
        std::fs::write(&path, super::super::BUILTIN_ROUTE_JSON).expect("write");
        let woken = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = Arc::clone(&woken);
        let mut load = BackgroundLoad::start(
            vec![path],
            Arc::new(move || {
                count.fetch_add(1, Ordering::Relaxed);
            }),
        );
        let loaded = wait_for(|| load.poll()).expect("the built-in route loads");
        assert_eq!(loaded.route.id, "middle-corridor");
        assert!(
            woken.load(Ordering::Relaxed) >= 2,
            "woken for progress and for the end"
        );
    }

    #[test]
    fn a_change_on_disk_is_reported_once() {
        let dir = temp_dir("watch");
        let path = dir.join("route.json");
        std::fs::write(&path, "{}").expect("write");
        let watcher = FileWatcher::watch(
            vec![path.clone()],
            Duration::from_millis(30),
            Arc::new(|| {}),
        );
        std::thread::sleep(Duration::from_millis(100));
        assert!(!watcher.changed(), "nothing changed yet");
        std::fs::write(&path, "{\"changed\": true}").expect("write");
        wait_for(|| watcher.changed().then_some(()));
        std::thread::sleep(Duration::from_millis(150));
        assert!(!watcher.changed(), "one change, one report");
    }
}
