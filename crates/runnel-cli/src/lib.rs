//! The `runnel` command's pieces: the driver that runs a script's queries on
//! their triggers, and the Spark oracle case runner used by `runnel oracle-check`
//! and by the conformance test.

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
