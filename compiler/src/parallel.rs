//! Running per-file queries of a cold database on every core, for a command that
//! checks a workspace once.
//!
//! Salsa memoises a query's value whichever thread computed it, and a value does not
//! depend on that thread, so computing the per-file queries (parsing, summaries,
//! per-file checks) of many files on several threads and then asking the
//! whole-workspace queries on one gives the same answers, in the same order, as
//! asking everything on one thread. Each thread works on a clone of the database
//! (a handle on the same storage) and takes the next file from a shared counter, so
//! a large file does not hold up the others.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::db::{RootDatabase, SourceFile};

/// How many threads to use: one per core the process may use, never more than the
/// files to share out.
fn thread_count(files: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(files)
}

/// Runs `query` once for every file of `files`, spread over the cores; returns when
/// all have run. With one core (or one file) it runs them in order on this thread.
pub fn for_each_file(
    db: &RootDatabase,
    files: &[SourceFile],
    query: impl Fn(&RootDatabase, SourceFile) + Sync,
) {
    let threads = thread_count(files.len());
    if threads <= 1 {
        for &file in files {
            query(db, file);
        }
        return;
    }
    let next = AtomicUsize::new(0);
    let work = |db: &RootDatabase| {
        while let Some(&file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
            query(db, file);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            let db = db.clone();
            let work = &work;
            scope.spawn(move || work(&db));
        }
        work(db);
    });
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Mutex;

    use super::for_each_file;
    use crate::db::SourceFile;
    use crate::queries;
    use crate::workspace::{Lifetime, Project};

    fn example(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../examples")
            .join(name)
    }

    #[test]
    fn every_file_is_visited_once() {
        let today = jiff::civil::date(2026, 11, 28);
        let project = Project::load(&example("meridian"), Some(today), today).unwrap();
        let files: Vec<SourceFile> = queries::spec_files(&project.db, project.workspace).collect();
        let seen = Mutex::new(Vec::new());
        for_each_file(&project.db, &files, |db, file| {
            seen.lock().unwrap().push(file.path(db).clone());
        });
        let mut seen = seen.into_inner().unwrap();
        seen.sort();
        let mut expected: Vec<String> = files.iter().map(|f| f.path(&project.db).clone()).collect();
        expected.sort();
        assert!(expected.len() > 2);
        assert_eq!(seen, expected);
    }

    #[test]
    fn loading_for_one_run_answers_what_a_session_answers() {
        let today = jiff::civil::date(2026, 11, 28);
        for name in ["errors", "meridian", "acme"] {
            let session = Project::load(&example(name), Some(today), today).unwrap();
            let once =
                Project::load_for(&example(name), Some(today), today, Lifetime::OneRun).unwrap();
            once.check_files_in_parallel();
            let expected = session.diagnostics();
            assert_eq!(once.diagnostics(), expected, "{name}");
            if name == "errors" {
                assert!(!expected.is_empty());
            }
        }
    }
}
