//! The `runnel` command's pieces: the driver that runs a script's queries on
//! their triggers, and the Spark oracle case runner used by `runnel oracle-check`
//! and by the conformance test.

pub mod cpython;
pub mod driver;
pub mod oracle;

/// Keeps glibc's allocator from handing batch-sized buffers back to the system after
/// every micro-batch. By default a freed buffer of a few MB is unmapped (or the heap
/// trimmed), and the next batch's buffer of the same size page-faults its memory in
/// again: measured on the windowed count over in-memory batches, page faults took
/// 15-35% of the run and the rate swung between 13M and 57M events/s from run to run.
/// Here allocations up to 32 MB come from the heap and the heap is trimmed only above
/// 512 MB free. Elsewhere (other C libraries) nothing is done.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; called before other threads start.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 512 << 20);
    }
}

/// The operating system's user name, as Spark's `Utils.getCurrentUserName` finds it
/// (for `current_user()`): `USER` / `LOGNAME`, else the name `/etc/passwd` gives this
/// process's user id; empty when none can be found.
pub fn os_user() -> String {
    if let Some(u) = ["USER", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
    {
        return u;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(me), Ok(passwd)) = (
            std::fs::metadata("/proc/self"),
            std::fs::read_to_string("/etc/passwd"),
        ) {
            let uid = me.uid().to_string();
            for line in passwd.lines() {
                let f: Vec<&str> = line.split(':').collect();
                if f.len() > 2 && f[2] == uid {
                    return f[0].to_string();
                }
            }
        }
    }
    String::new()
}
