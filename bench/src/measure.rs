//! Measuring processes: wall time of a command, its CPU time (user + system) and peak
//! resident memory as the kernel accounts them (`wait4`, see `usage`), the CPU time of
//! the calling thread, resident memory of a live process from `/proc/PID/status`, and
//! the order statistics the report prints.
//!
//! CPU time is the figure to compare on a shared machine: wall time also counts the
//! time a process waits for a core that another job holds. `wait4` gives it in
//! microseconds, so a 50 ms command is measured to far better than the 10 ms ticks
//! of GNU `time`, which the bench used before; short commands are run more often
//! (`Repeat`), so that their medians hold still from run to run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::usage;

/// One run of a command.
#[derive(Clone, Copy, Debug)]
pub struct Run {
    /// Wall time.
    pub seconds: f64,
    /// User + system CPU time, when it could be measured (else the wall time).
    pub cpu: f64,
    /// Peak resident set size in KiB, when it could be measured.
    pub peak_kib: Option<u64>,
    pub success: bool,
}

/// How many times to run a command: at least `min` times, then again while all the
/// runs so far took less than `budget` of wall time, up to `max` times. A command that
/// takes a few milliseconds is so run dozens of times, one that takes a second `min`
/// times.
#[derive(Clone, Copy, Debug)]
pub struct Repeat {
    pub min: usize,
    pub max: usize,
    pub budget: Duration,
}

impl Repeat {
    /// Once (smoke runs).
    pub const ONCE: Repeat = Repeat {
        min: 1,
        max: 1,
        budget: Duration::ZERO,
    };

    /// At least `min` runs, and up to 31 within about one and a half seconds.
    pub fn at_least(min: usize) -> Repeat {
        Repeat {
            min,
            max: 31.max(min),
            budget: Duration::from_millis(1500),
        }
    }

    /// Whether `done` runs that took `spent` in all are enough.
    pub fn enough(&self, done: usize, spent: Duration) -> bool {
        done >= self.min.max(1) && (done >= self.max || spent >= self.budget)
    }
}

/// Runs `program args` in `cwd` with output discarded; times it and reads its CPU
/// time and peak memory from the kernel.
pub fn run(program: &Path, args: &[&str], cwd: &Path) -> Run {
    let start = Instant::now();
    let waited = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .and_then(usage::wait);
    let seconds = start.elapsed().as_secs_f64();
    match waited {
        Ok((status, usage)) => Run {
            seconds,
            cpu: usage.cpu,
            peak_kib: Some(usage.peak_kib),
            success: status.success() || status.code() == Some(1),
        },
        Err(_) => Run {
            seconds,
            cpu: seconds,
            peak_kib: None,
            success: false,
        },
    }
}

/// Runs a command as often as `repeat` says: the median wall time, the median CPU time
/// and the largest peak memory seen.
pub fn median_run(program: &Path, args: &[&str], cwd: &Path, repeat: Repeat) -> Run {
    let start = Instant::now();
    let mut runs: Vec<Run> = Vec::new();
    while !repeat.enough(runs.len(), start.elapsed()) {
        runs.push(run(program, args, cwd));
    }
    let mut wall: Vec<f64> = runs.iter().map(|r| r.seconds).collect();
    let mut cpu: Vec<f64> = runs.iter().map(|r| r.cpu).collect();
    Run {
        seconds: percentile(&mut wall, 50.0),
        cpu: percentile(&mut cpu, 50.0),
        peak_kib: runs.iter().filter_map(|r| r.peak_kib).max(),
        success: runs.iter().all(|r| r.success),
    }
}

/// CPU time the calling thread has used, in seconds (from the scheduler's
/// nanosecond counter), or `None` where `/proc` does not tell.
pub fn thread_cpu() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(nanos as f64 / 1e9)
}

/// Times a closure `times` times on this thread; the median CPU time in seconds
/// (wall time where thread CPU time is not available).
pub fn median_cpu_of(times: usize, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..times.max(1))
        .map(|_| {
            let (wall, cpu) = (Instant::now(), thread_cpu());
            f();
            match (cpu, thread_cpu()) {
                (Some(a), Some(b)) => b - a,
                _ => wall.elapsed().as_secs_f64(),
            }
        })
        .collect();
    percentile(&mut samples, 50.0)
}

/// The `p`th percentile (nearest rank) of `samples`.
pub fn percentile(samples: &mut [f64], p: f64) -> f64 {
    if samples.is_empty() {
        return f64::NAN;
    }
    samples.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * samples.len() as f64).ceil() as usize;
    samples[rank.clamp(1, samples.len()) - 1]
}

/// `VmRSS` and `VmHWM` of a live process, in KiB.
pub fn memory_of(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let mut samples: Vec<f64> = (1..=100).rev().map(f64::from).collect();
        assert_eq!(percentile(&mut samples, 50.0), 50.0);
        assert_eq!(percentile(&mut samples, 95.0), 95.0);
        assert_eq!(percentile(&mut [3.0], 95.0), 3.0);
    }

    #[test]
    fn repeats_until_the_minimum_and_then_the_budget_or_the_maximum() {
        let repeat = Repeat {
            min: 3,
            max: 10,
            budget: Duration::from_secs(1),
        };
        let long = Duration::from_secs(5);
        assert!(!repeat.enough(2, long));
        assert!(repeat.enough(3, long));
        assert!(!repeat.enough(3, Duration::from_millis(10)));
        assert!(repeat.enough(10, Duration::from_millis(10)));
        assert!(!Repeat::ONCE.enough(0, Duration::ZERO));
        assert!(Repeat::ONCE.enough(1, Duration::ZERO));
    }

    #[test]
    fn a_command_is_measured_by_the_kernel() {
        let shell = Path::new("/bin/sh");
        let busy = ["-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done"];
        let once = run(shell, &busy, Path::new("."));
        assert!(once.success && once.cpu > 0.0, "{once:?}");
        assert!(once.peak_kib.is_some_and(|k| k > 0), "{once:?}");
        let failed = run(shell, &["-c", "exit 2"], Path::new("."));
        assert!(!failed.success);
        let median = median_run(shell, &busy, Path::new("."), Repeat::at_least(3));
        assert!(median.success && median.cpu > 0.0, "{median:?}");
    }

    #[test]
    fn busy_work_uses_thread_cpu_time() {
        let spent = median_cpu_of(1, || {
            let mut x = 0u64;
            for i in 0..20_000_000u64 {
                x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
            }
            std::hint::black_box(x);
        });
        assert!(spent > 0.0, "{spent}");
    }

    #[test]
    fn this_process_has_resident_memory() {
        let (rss, hwm) = memory_of(std::process::id()).unwrap();
        assert!(rss > 0 && hwm >= rss);
    }
}
