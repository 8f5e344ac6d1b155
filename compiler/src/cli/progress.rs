//! A progress line on stderr for work that takes more than a moment, so that a
//! person at a terminal knows `aims` is busy on a large workspace; quiet otherwise.
//!
//! Nothing is printed when stderr is not a terminal (CI logs, pipes), nor when the
//! work finishes within [`DELAY`], so output stays byte-identical for tools.

use std::io::{IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long work may take before the progress line appears.
pub const DELAY: Duration = Duration::from_millis(500);

/// While alive, shows `message…` on stderr once [`DELAY`] has passed; when dropped,
/// replaces it with how long the work took.
pub struct Progress {
    done: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Progress {
    pub fn start(message: impl Into<String>) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress {
                done: None,
                thread: None,
            };
        }
        let message = message.into();
        let (done, wait) = mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let started = Instant::now();
            if wait.recv_timeout(DELAY) != Err(RecvTimeoutError::Timeout) {
                return;
            }
            let mut stderr = std::io::stderr();
            let _ = write!(stderr, "{message}…");
            let _ = stderr.flush();
            let _ = wait.recv();
            let seconds = started.elapsed().as_secs_f64();
            let _ = writeln!(stderr, "\r\x1b[2K{message}: done in {seconds:.1} s");
        });
        Progress {
            done: Some(done),
            thread: Some(thread),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        drop(self.done.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
