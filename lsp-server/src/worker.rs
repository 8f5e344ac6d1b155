//! The dedicated thread each root's whole-workspace diagnostics runs execute on: part
//! of the session's state, so it sits below the method table and the handlers.

/// The one thread a root's whole-workspace diagnostics runs execute on.
///
/// glibc's allocator gives each thread that allocates its own arena and keeps what is
/// freed there for that arena. Full runs on whichever blocking thread was free left a
/// copy of the workspace model in each thread's arena, and the server grew by about
/// 100 MiB per 100 edits on a 100k-line workspace; on one thread, the memory a run
/// frees is what the next run reuses. Reads stay on the blocking pool.
#[derive(Clone)]
pub struct Worker {
    jobs: std::sync::mpsc::Sender<Box<dyn FnOnce() + Send>>,
}

impl Default for Worker {
    fn default() -> Self {
        let (jobs, queue) = std::sync::mpsc::channel::<Box<dyn FnOnce() + Send>>();
        let spawned = std::thread::Builder::new()
            .name("aims-diagnostics".into())
            .spawn(move || {
                // Ends when every sender (the session's and the runs') is dropped.
                for job in queue {
                    job();
                }
            });
        if let Err(error) = spawned {
            crate::log(format!("cannot start the diagnostics thread: {error}"));
        }
        Worker { jobs }
    }
}

impl Worker {
    /// Runs `job` on the worker thread; `None` if the thread is gone. A job must not
    /// panic (wrap it in `catch_unwind`), or the thread ends.
    pub async fn run<T, F>(&self, job: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let (done, result) = tokio::sync::oneshot::channel();
        let job: Box<dyn FnOnce() + Send> = Box::new(move || {
            let _ = done.send(job());
        });
        self.jobs.send(job).ok()?;
        result.await.ok()
    }
}
