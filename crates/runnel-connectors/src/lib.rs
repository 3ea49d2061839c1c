//! # runnel-connectors
//!
//! Native-only pieces of Runnel: the local file system under the core's file
//! sources (JSON, text), and the data source provider the CLI registers.
#![warn(missing_docs)]

pub mod checkpoint_dir;
pub mod csv;
pub mod delta;
pub mod files;
pub mod kafka;
pub mod local_fs;
pub mod socket;

pub use checkpoint_dir::DirCheckpointStore;
pub use delta::DeltaProvider;
pub use files::FilesProvider;
pub use kafka::KafkaProvider;
pub use local_fs::LocalFileSystem;
pub use socket::SocketProvider;

use std::rc::Rc;

use arrow_array::RecordBatch;
use runnel_core::error::Result;
use runnel_core::io::file::{DecodeJoin, DecodeTask, ParallelFn};

/// Starts decoding tasks at once on up to `threads` OS threads (the caller goes on
/// with its work meanwhile); the join returns their results in task order.
pub fn thread_runner(threads: usize) -> ParallelFn {
    let threads = threads.max(1);
    Rc::new(move |tasks: Vec<DecodeTask>| -> DecodeJoin {
        let n = tasks.len();
        let running = std::thread::Builder::new()
            .name("runnel-decode".into())
            .spawn(move || run_tasks(threads, tasks));
        Box::new(move || {
            match running.map_err(|e| e.to_string()).and_then(|h| {
                h.join()
                    .map_err(|_| "a decoding thread panicked".to_string())
            }) {
                Ok(results) => results,
                Err(why) => (0..n)
                    .map(|_| {
                        Err(runnel_core::RunnelError::internal(format!(
                            "JSON decoding could not run: {why}"
                        )))
                    })
                    .collect(),
            }
        })
    })
}

/// Runs `tasks` on this thread and up to `threads - 1` scoped ones; their results in
/// task order.
fn run_tasks(threads: usize, tasks: Vec<DecodeTask>) -> Vec<Result<RecordBatch>> {
    let n = tasks.len();
    let mut queue: Vec<(usize, DecodeTask)> = tasks.into_iter().enumerate().collect();
    queue.reverse();
    let queue = std::sync::Mutex::new(queue);
    let results = std::sync::Mutex::new(Vec::with_capacity(n));
    let work = || {
        loop {
            let next = queue.lock().map(|mut q| q.pop()).unwrap_or(None);
            let Some((i, task)) = next else { break };
            let r = task();
            if let Ok(mut out) = results.lock() {
                out.push((i, r));
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads.min(n) {
            s.spawn(work);
        }
        work();
    });
    let mut slots: Vec<Option<Result<RecordBatch>>> = (0..n).map(|_| None).collect();
    for (i, r) in results.into_inner().unwrap_or_default() {
        slots[i] = Some(r);
    }
    slots
        .into_iter()
        .map(|r| {
            r.unwrap_or_else(|| {
                Err(runnel_core::RunnelError::internal(
                    "a decoding task did not finish",
                ))
            })
        })
        .collect()
}

/// A thread runner sized to the machine.
pub fn default_runner() -> ParallelFn {
    thread_runner(
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
    )
}

/// Makes a session native: the local file system, a decoding thread pool, checkpoints
/// in directories, and the file formats of [`FilesProvider`].
pub fn install(session: &runnel_core::SparkSession) {
    session.set_file_system(Rc::new(LocalFileSystem));
    session.set_parallel(default_runner());
    session.set_checkpoint_factory(Rc::new(|loc: &str| {
        let store: runnel_core::state::CheckpointRef = Rc::new(DirCheckpointStore::new(loc));
        Ok(store)
    }));
    session.register_provider(Rc::new(FilesProvider));
    session.register_provider(Rc::new(KafkaProvider));
    session.register_provider(Rc::new(DeltaProvider));
    session.register_provider(Rc::new(SocketProvider));
    // Spark's default warehouse: `spark-warehouse` in the working directory, as a URI.
    if session.conf_get("spark.sql.warehouse.dir").is_none()
        && let Ok(cwd) = std::env::current_dir()
    {
        session.conf_set(
            "spark.sql.warehouse.dir",
            &format!("file:{}/spark-warehouse", local_fs::path_name(&cwd)),
        );
    }
}
