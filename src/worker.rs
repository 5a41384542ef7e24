//! A job on a thread of its own, so the window never waits for it.
//!
//! The job reports progress and then its result through a channel, and wakes the UI whenever it
//! has news. A job that could not be started, or whose thread died, is reported as a
//! [`WorkerError`] rather than waited for forever.

use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// Called from a worker thread when it has news, so a reactive UI wakes up for it.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// Why a worker gave no result.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error("the {name} could not be started: {source}. Close other programs and try again.")]
    NotStarted {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the {name} stopped before it finished; try again")]
    Died { name: String },
}

/// One piece of news from a worker.
#[derive(Debug)]
pub enum News<P, T> {
    Progress(P),
    /// The last news: the job's result, or why there is none.
    Done(Result<T, WorkerError>),
}

/// What goes through the channel.
enum Message<P, T> {
    Progress(P),
    Done(T),
}

/// A job running on its own thread, giving progress of type `P` and a result of type `T`.
///
/// Dropping the handle does not stop the thread; it asks the job to stop, which a job that
/// loops can see through [`Reporter::stopped`].
pub struct Worker<P, T> {
    name: String,
    messages: Receiver<Message<P, T>>,
    /// Why the thread could not be started, until that is reported.
    not_started: Cell<Option<std::io::Error>>,
    /// Whether the last news has been taken: after it there is none.
    finished: Cell<bool>,
    stop: Arc<AtomicBool>,
}

impl<P: Send + 'static, T: Send + 'static> Worker<P, T> {
    /// Runs `job` on a thread named `name`; `wake` is called on that thread after each piece of
    /// news, so it must only ask the UI to look, never wait for it.
    pub fn spawn(
        name: impl Into<String>,
        wake: impl Fn() + Send + 'static,
        job: impl FnOnce(&Reporter<P, T>) -> T + Send + 'static,
    ) -> Self {
        let name = name.into();
        let (sender, messages) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let reporter = Reporter {
            sender: Some(sender),
            wake: Box::new(wake),
            stop: Arc::clone(&stop),
        };
        let spawned = std::thread::Builder::new()
            .name(name.clone())
            .spawn(move || {
                let result = job(&reporter);
                reporter.finish(result);
            });
        Worker {
            name,
            messages,
            not_started: Cell::new(spawned.err()),
            finished: Cell::new(false),
            stop,
        }
    }
}

impl<P, T> Worker<P, T> {
    /// The next piece of news, without waiting: `None` while the job has nothing new to say,
    /// and for good once its [`News::Done`] has been taken.
    pub fn poll(&self) -> Option<News<P, T>> {
        if self.finished.get() {
            return None;
        }
        if let Some(source) = self.not_started.take() {
            self.finished.set(true);
            return Some(News::Done(Err(WorkerError::NotStarted {
                name: self.name.clone(),
                source,
            })));
        }
        match self.messages.try_recv() {
            Ok(Message::Progress(progress)) => Some(News::Progress(progress)),
            Ok(Message::Done(result)) => {
                self.finished.set(true);
                Some(News::Done(Ok(result)))
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.finished.set(true);
                Some(News::Done(Err(WorkerError::Died {
                    name: self.name.clone(),
                })))
            }
        }
    }

    /// Whether the thread was started; one that was not reports why as its [`News::Done`].
    pub fn started(&self) -> bool {
        let error = self.not_started.take();
        let started = error.is_none();
        self.not_started.set(error);
        started
    }
}

impl<P, T> Drop for Worker<P, T> {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The job's side of a worker: sends progress, and tells whether the news is still wanted.
pub struct Reporter<P, T> {
    /// Taken when the result is sent; still here when the job panicked.
    sender: Option<Sender<Message<P, T>>>,
    wake: Box<dyn Fn() + Send>,
    stop: Arc<AtomicBool>,
}

impl<P, T> Reporter<P, T> {
    /// Sends progress and wakes the UI, unless nobody listens any more.
    pub fn progress(&self, progress: P) {
        if let Some(sender) = &self.sender
            && sender.send(Message::Progress(progress)).is_ok()
        {
            (self.wake)();
        }
    }

    /// Whether the [`Worker`] handle was dropped, so a job that loops can end.
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    fn finish(mut self, result: T) {
        if let Some(sender) = self.sender.take()
            && sender.send(Message::Done(result)).is_ok()
        {
            (self.wake)();
        }
    }
}

impl<P, T> Drop for Reporter<P, T> {
    /// A job that panicked never sent its result: closing the channel lets `poll` report it as
    /// died, and the wake makes the UI look now rather than at some later frame.
    fn drop(&mut self) {
        if let Some(sender) = self.sender.take() {
            drop(sender);
            (self.wake)();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    use super::*;

    /// Polls until the worker is done, collecting its progress; panics after 10 s.
    fn wait<P, T>(worker: &Worker<P, T>) -> (Vec<P>, Result<T, WorkerError>) {
        let mut progress = Vec::new();
        for _ in 0..1000 {
            while let Some(news) = worker.poll() {
                match news {
                    News::Progress(p) => progress.push(p),
                    News::Done(result) => return (progress, result),
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the worker gave no result within 10 s");
    }

    #[test]
    fn progress_comes_in_order_before_the_result() {
        let woken = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&woken);
        let worker = Worker::spawn(
            "counter",
            move || {
                count.fetch_add(1, Ordering::SeqCst);
            },
            |reporter| {
                for i in 0..3 {
                    reporter.progress(i);
                }
                "done"
            },
        );
        let (progress, result) = wait(&worker);
        assert_eq!(progress, [0, 1, 2]);
        assert_eq!(result.ok(), Some("done"));
        assert_eq!(
            woken.load(Ordering::SeqCst),
            4,
            "woken for each piece of news"
        );
        assert!(worker.poll().is_none(), "nothing after the result");
        assert!(worker.started());
    }

    #[test]
    fn a_worker_that_panics_is_reported_as_died() {
        let (woke, woken) = mpsc::channel();
        let worker: Worker<(), ()> = Worker::spawn(
            "doomed job",
            move || {
                let _ = woke.send(());
            },
            |_| panic!("the job fails"),
        );
        woken
            .recv_timeout(Duration::from_secs(10))
            .expect("woken though the job died");
        let (_, result) = wait(&worker);
        let error = result.expect_err("no result");
        assert!(matches!(error, WorkerError::Died { .. }), "{error}");
        assert_eq!(
            error.to_string(),
            "the doomed job stopped before it finished; try again"
        );
        assert!(worker.poll().is_none(), "reported once");
    }

    #[test]
    fn a_worker_that_could_not_start_says_why_once() {
        let (_, messages) = mpsc::channel::<Message<(), ()>>();
        let worker = Worker {
            name: "loader".to_string(),
            messages,
            not_started: Cell::new(Some(std::io::Error::other("no threads left"))),
            finished: Cell::new(false),
            stop: Arc::new(AtomicBool::new(false)),
        };
        assert!(!worker.started());
        let Some(News::Done(Err(error))) = worker.poll() else {
            panic!("the failure is the news");
        };
        assert!(matches!(error, WorkerError::NotStarted { .. }));
        assert!(error.to_string().contains("no threads left"), "{error}");
        assert!(worker.poll().is_none(), "reported once");
    }

    #[test]
    fn dropping_the_worker_asks_the_job_to_stop() {
        let (stopped, saw_stop) = mpsc::channel();
        let (running, is_running) = mpsc::channel();
        let worker: Worker<(), ()> = Worker::spawn(
            "looper",
            || {},
            move |reporter| {
                let _ = running.send(());
                while !reporter.stopped() {
                    std::thread::sleep(Duration::from_millis(5));
                }
                let _ = stopped.send(());
            },
        );
        is_running
            .recv_timeout(Duration::from_secs(10))
            .expect("the job runs");
        assert!(worker.poll().is_none(), "no news while it loops");
        drop(worker);
        saw_stop
            .recv_timeout(Duration::from_secs(10))
            .expect("the job saw the stop");
    }
}
