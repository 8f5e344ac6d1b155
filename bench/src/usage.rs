//! The resource usage of a finished child process, as the kernel accounts it: `wait4`
//! reaps the child and returns its user and system CPU time (microseconds) and its
//! peak resident set size, covering every thread it ran.
//!
//! The standard library waits for children but does not pass this on, and the one
//! safe wrapper in the dependency tree (`rustix`) has no `wait4`; so this module holds
//! the bench's only `unsafe` code, one call, and nothing else.

use std::process::{Child, ExitStatus};

/// What a child used, by the kernel's account.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Usage {
    /// User + system CPU time, in seconds (microsecond resolution).
    pub cpu: f64,
    /// Peak resident set size, in KiB.
    pub peak_kib: u64,
}

impl Usage {
    /// The usage `wait4` reported: the CPU times as `(seconds, microseconds)` pairs and
    /// `ru_maxrss` (KiB on Linux).
    pub fn from_parts(user: (i64, i64), system: (i64, i64), max_rss: i64) -> Usage {
        let seconds = |(whole, micros): (i64, i64)| whole as f64 + micros as f64 / 1e6;
        Usage {
            cpu: seconds(user) + seconds(system),
            peak_kib: u64::try_from(max_rss).unwrap_or(0),
        }
    }
}

/// Waits for `child` to exit and returns its exit status and usage. The child is
/// reaped here, hence taken by value: nothing can wait for it again.
pub fn wait(child: Child) -> std::io::Result<(ExitStatus, Usage)> {
    use std::os::unix::process::ExitStatusExt;
    let pid = libc::pid_t::try_from(child.id()).map_err(std::io::Error::other)?;
    loop {
        let (reaped, status, usage) = wait4(pid);
        if reaped == pid {
            let usage = Usage::from_parts(
                (usage.ru_utime.tv_sec, usage.ru_utime.tv_usec),
                (usage.ru_stime.tv_sec, usage.ru_stime.tv_usec),
                usage.ru_maxrss,
            );
            return Ok((ExitStatus::from_raw(status), usage));
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

/// One `wait4(pid, &status, 0, &usage)`: what it returned (the pid reaped, or -1 with
/// `errno` set), the wait status and the usage (zero where the call failed).
#[allow(unsafe_code)]
fn wait4(pid: libc::pid_t) -> (libc::pid_t, libc::c_int, libc::rusage) {
    let mut status: libc::c_int = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `status` and `usage` are valid for writes for the whole call, and a
    // zeroed `rusage` (plain integers) is a valid value whether or not the call fills
    // it in.
    unsafe {
        let reaped = libc::wait4(pid, &mut status, 0, usage.as_mut_ptr());
        (reaped, status, usage.assume_init())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_adds_user_and_system_time_in_microseconds() {
        let usage = Usage::from_parts((1, 250_000), (0, 1), 2048);
        assert!((usage.cpu - 1.250_001).abs() < 1e-9, "{}", usage.cpu);
        assert_eq!(usage.peak_kib, 2048);
        assert_eq!(Usage::from_parts((0, 0), (0, 0), -1).peak_kib, 0);
    }

    #[test]
    fn a_busy_child_uses_cpu_time_and_memory() {
        let child = std::process::Command::new("sh")
            .args([
                "-c",
                "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; exit 3",
            ])
            .spawn()
            .unwrap();
        let (status, usage) = wait(child).unwrap();
        assert_eq!(status.code(), Some(3));
        assert!(usage.cpu > 0.0, "{usage:?}");
        assert!(usage.peak_kib > 0, "{usage:?}");
    }
}
