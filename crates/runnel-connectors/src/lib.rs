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
pub mod orc;
pub mod socket;
pub mod wake;
/// The XML format's reader and writer live in runnel-core (`io::xml`), which
/// from_xml/to_xml/schema_of_xml share.
pub use runnel_core::io::xml;
#[cfg(test)]
mod xml_tests;

pub use checkpoint_dir::DirCheckpointStore;
pub use delta::DeltaProvider;
pub use files::FilesProvider;
pub use kafka::KafkaProvider;
pub use local_fs::LocalFileSystem;
pub use socket::SocketProvider;

use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::{DecodeTask, ParallelFn, TaskOutput};

/// Runs decoding tasks on up to `threads` OS threads, keeping their order.
pub fn thread_runner(threads: usize) -> ParallelFn {
    let threads = threads.max(1);
    Rc::new(move |tasks: Vec<DecodeTask>| -> Vec<Result<TaskOutput>> {
        let n = tasks.len();
        let mut slots: Vec<Option<Result<TaskOutput>>> = (0..n).map(|_| None).collect();
        let mut queue: Vec<(usize, DecodeTask)> = tasks.into_iter().enumerate().collect();
        queue.reverse();
        let queue = std::sync::Mutex::new(queue);
        let results = std::sync::Mutex::new(Vec::with_capacity(n));
        std::thread::scope(|s| {
            for _ in 0..threads.min(n) {
                s.spawn(|| {
                    loop {
                        let next = queue.lock().map(|mut q| q.pop()).unwrap_or(None);
                        let Some((i, task)) = next else { break };
                        let r = task();
                        if let Ok(mut out) = results.lock() {
                            out.push((i, r));
                        }
                    }
                });
            }
        });
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
    })
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
    // Read when a query starts, so `spark.conf.set` before `start()` counts.
    let weak = session.downgrade();
    session.set_checkpoint_factory(Rc::new(move |loc: &str| {
        // Durable unless the query asks for Spark's local-disk behaviour (no fsync).
        let fsync = !weak
            .upgrade()
            .and_then(|s| s.conf_get(checkpoint_dir::FSYNC_CONF))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("false"));
        // Spark's Hadoop file system refuses it when it makes the folder.
        if std::fs::metadata(loc).is_ok_and(|m| !m.is_dir()) {
            return Err(RunnelError::io(format!(
                "the checkpointLocation {loc} exists and is not a directory (Spark: FileAlreadyExistsException: Destination exists and is not a directory); give the query a directory, or move the file away"
            )));
        }
        let store: runnel_core::state::CheckpointRef = match fsync {
            true => Rc::new(DirCheckpointStore::durable(loc)),
            false => Rc::new(DirCheckpointStore::new(loc)),
        };
        Ok(store)
    }));
    session.register_provider(Rc::new(FilesProvider));
    session.register_provider(Rc::new(KafkaProvider));
    session.register_provider(Rc::new(DeltaProvider));
    session.register_provider(Rc::new(SocketProvider));
    session.register_provider(Rc::new(runnel_core::io::state_source::StateDataSource));
    // Spark's default warehouse: `spark-warehouse` in the working directory, as a URI.
    if session.conf_get("spark.sql.warehouse.dir").is_none()
        && let Ok(cwd) = std::env::current_dir()
    {
        // (Only the session time zone is ever refused.)
        let _ = session.conf_set(
            "spark.sql.warehouse.dir",
            &format!("file:{}/spark-warehouse", local_fs::path_name(&cwd)),
        );
    }
}
