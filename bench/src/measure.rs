//! Measuring processes: wall time of a command, its CPU time (user + system) and peak
//! resident memory (through GNU `time` when it is installed), the CPU time of the
//! calling thread, resident memory of a live process from `/proc/PID/status`, and the
//! order statistics the report prints.
//!
//! CPU time is the figure to compare on a shared machine: wall time also counts the
//! time a process waits for a core that another job holds.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

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

const GNU_TIME: &str = "/usr/bin/time";

/// Runs `program args` in `cwd` with output discarded; times it and reads its peak
/// memory.
pub fn run(program: &Path, args: &[&str], cwd: &Path) -> Run {
    let peak_file = std::env::temp_dir().join(format!("aims-bench-peak-{}", std::process::id()));
    let with_time = Path::new(GNU_TIME).exists();
    let mut command = if with_time {
        let mut c = Command::new(GNU_TIME);
        c.arg("-f")
            .arg("%U %S %M")
            .arg("-o")
            .arg(&peak_file)
            .arg(program);
        c
    } else {
        Command::new(program)
    };
    command
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let start = Instant::now();
    let status = command.status();
    let seconds = start.elapsed().as_secs_f64();
    let measured: Option<(f64, u64)> = if with_time {
        std::fs::read_to_string(&peak_file).ok().and_then(|t| {
            let line = t.lines().last()?.to_owned();
            let mut words = line.split_whitespace();
            let user: f64 = words.next()?.parse().ok()?;
            let system: f64 = words.next()?.parse().ok()?;
            let peak: u64 = words.next()?.parse().ok()?;
            Some((user + system, peak))
        })
    } else {
        None
    };
    let _ = std::fs::remove_file(&peak_file);
    Run {
        seconds,
        cpu: measured.map_or(seconds, |m| m.0),
        peak_kib: measured.map(|m| m.1),
        success: status.is_ok_and(|s| s.success() || s.code() == Some(1)),
    }
}

/// Runs a command `times` times: the median wall time, the median CPU time and the
/// largest peak memory seen.
pub fn median_run(program: &Path, args: &[&str], cwd: &Path, times: usize) -> Run {
    let runs: Vec<Run> = (0..times.max(1)).map(|_| run(program, args, cwd)).collect();
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
