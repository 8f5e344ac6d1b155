//! The real binary restarts itself with one glibc allocator arena (see `main.rs`),
//! which is what keeps the server's resident memory near its live heap.

#[cfg(target_os = "linux")]
#[test]
fn the_server_runs_with_one_allocator_arena() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_aims-lsp"))
        .env_remove("MALLOC_ARENA_MAX")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let environ = format!("/proc/{}/environ", child.id());
    let restarted = |env: &[u8]| env.split(|b| *b == 0).any(|v| v == b"MALLOC_ARENA_MAX=1");
    // The restart replaces the process image under the same id; wait for it (the
    // server waits for input meanwhile), giving up after a generous while.
    let mut seen = false;
    for _ in 0..1000 {
        if restarted(&std::fs::read(&environ).unwrap_or_default()) {
            seen = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(seen, "aims-lsp did not restart with MALLOC_ARENA_MAX=1");
}
