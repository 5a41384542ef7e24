//! Loading on a worker thread, so a large file never freezes the window, and watching open files
//! for changes made by other programs.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, SystemTime};

use super::{LoadError, LoadStage, LoadedRoute, Problem};

/// Called from a worker thread when it has news, so a reactive UI wakes up for it.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

enum LoadEvent {
    Progress(LoadStage),
    Done(Box<Result<LoadedRoute, LoadError>>),
}

/// A load running on a worker thread.
pub struct BackgroundLoad {
    paths: Vec<PathBuf>,
    events: Receiver<LoadEvent>,
    stage: LoadStage,
}

impl BackgroundLoad {
    pub fn start(paths: Vec<PathBuf>, wake: Wake) -> Self {
        let (sender, events) = mpsc::channel();
        let work = paths.clone();
        // If no thread can be started the sender is dropped with the closure, and `poll` reports
        // the load as stopped.
        let _ = std::thread::Builder::new()
            .name("route loader".into())
            .spawn(move || {
                let mut progress = |stage| {
                    let _ = sender.send(LoadEvent::Progress(stage));
                    wake();
                };
                let result = super::load_files(&work, &mut progress);
                let _ = sender.send(LoadEvent::Done(Box::new(result)));
                wake();
            });
        BackgroundLoad {
            paths,
            events,
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
        loop {
            match self.events.try_recv() {
                Ok(LoadEvent::Progress(stage)) => self.stage = stage,
                Ok(LoadEvent::Done(result)) => return Some(*result),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => {
                    let file = self
                        .paths
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(" + ");
                    return Some(Err(LoadError::Invalid {
                        problems: vec![Problem::in_file(
                            &file,
                            "loading stopped unexpectedly; try opening the file again",
                        )],
                        file,
                        warnings: Vec::new(),
                    }));
                }
            }
        }
    }
}

/// What identifies a version of a file on disk.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &std::path::Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// Watches files for changes by looking at their size and time of modification, which works the
/// same on every platform and on network drives. A change is reported once the file has stopped
/// changing for one more look, so an editor that writes in several steps causes one reload.
pub struct FileWatcher {
    changes: Receiver<()>,
    stop: Arc<AtomicBool>,
}

impl FileWatcher {
    /// How often the files are looked at.
    pub const INTERVAL: Duration = Duration::from_millis(400);

    pub fn watch(paths: Vec<PathBuf>, interval: Duration, wake: Wake) -> Self {
        let (sender, changes) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let _ = std::thread::Builder::new()
            .name("file watcher".into())
            .spawn(move || {
                let look = || paths.iter().map(|p| stamp(p)).collect::<Vec<Stamp>>();
                let mut settled = look();
                let mut pending: Option<Vec<Stamp>> = None;
                while !stopped.load(Ordering::Relaxed) {
                    std::thread::sleep(interval);
                    let now = look();
                    match pending.take() {
                        Some(before) if before == now => {
                            settled = now;
                            if sender.send(()).is_err() {
                                return;
                            }
                            wake();
                        }
                        _ if now != settled => pending = Some(now),
                        _ => {}
                    }
                }
            });
        FileWatcher { changes, stop }
    }

    /// Whether a file changed since the last call.
    pub fn changed(&self) -> bool {
        let mut any = false;
        while self.changes.try_recv().is_ok() {
            any = true;
        }
        any
    }
}

impl Drop for FileWatcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::temp_dir;
    use super::*;

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
