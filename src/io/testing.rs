//! What the io tests share: a small route with one broken reference, and an empty folder each.

/// Two ports and a ferry whose `from` misspells `aktau` as `aktu`.
pub(crate) const MINIMAL: &str = r#"{
  "version": 1,
  "id": "t",
  "title": "Test",
  "sources": [{"id": "s1", "title": "An article"}],
  "nodes": [
    {"id": "aktau", "name": "Aktau", "kind": "port", "country": "Kazakhstan", "lat": 43.6, "lon": 51.22},
    {"id": "alat", "name": "Alat", "kind": "port", "country": "Azerbaijan", "lat": 39.93, "lon": 49.42}
  ],
  "links": [
    {"id": "ferry", "from": "aktu", "to": "alat", "mode": "sea_ferry", "status": "operating"}
  ]
}"#;

/// An empty folder for one test's files.
pub(crate) fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("corridor-atlas-io-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `load` on a thread of its own and waits for it at most a while, so that a load
/// stuck on a named pipe fails the test instead of hanging it.
#[cfg(unix)]
pub(crate) fn without_hanging<T: Send + 'static>(load: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, wait) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(load());
    });
    wait.recv_timeout(std::time::Duration::from_secs(30))
        .expect("the load came back; it must not wait on a named pipe")
}

/// A named pipe at `path`, which a read of would wait for a writer that never comes.
#[cfg(unix)]
pub(crate) fn make_fifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}
