//! The versioned state store of one stateful operator partition.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, BinaryArray, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use super::{CheckpointRef, numbered_files};
use crate::error::{Result, RunnelError};

/// One key's change in a version: a new value, or `None` when the key was removed.
pub type StateChange = (Vec<u8>, Option<Vec<u8>>);

/// Every entry of a state: encoded key → encoded value.
pub type StateEntries = Vec<(Vec<u8>, Vec<u8>)>;

/// Versioned key → value state, persisted through a [`super::CheckpointStore`].
///
/// Version `v` is the state after batch `v - 1` committed (Spark's numbering), so a
/// query that restarts after batch `n` loads version `n + 1`.
pub struct StateStore {
    ckpt: CheckpointRef,
    /// `state/<operator>`: the operator's folder (its `_schema` file).
    op_dir: String,
    /// `state/<operator>/0`: partition 0's versions.
    dir: String,
    /// Write a snapshot every this many versions (`minDeltasForSnapshot`, default 10).
    snapshot_every: u64,
    /// Versions kept for recovery (`minBatchesToRetain`, default 100).
    retain: u64,
}

fn schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("key", DataType::Binary, false),
        Field::new("value", DataType::Binary, true),
    ]))
}

impl StateStore {
    /// The store of operator `operator`, partition 0, under `state/` of the checkpoint.
    pub fn new(ckpt: CheckpointRef, operator: usize, snapshot_every: u64, retain: u64) -> Self {
        StateStore {
            ckpt,
            op_dir: format!("state/{operator}"),
            dir: format!("state/{operator}/0"),
            snapshot_every: snapshot_every.max(1),
            retain: retain.max(1),
        }
    }

    /// The operator's state layout as recorded in the checkpoint (`_schema`), if any.
    pub fn read_schema(&self) -> Result<Option<String>> {
        Ok(self
            .ckpt
            .read(&format!("{}/_schema", self.op_dir))?
            .map(|b| String::from_utf8_lossy(&b).into_owned()))
    }

    /// Spark's refusal when the operator's state folder is gone or empty although
    /// batches committed: [`Self::load`] would otherwise start it over empty.
    pub fn check_directory(&self, version: u64) -> Result<()> {
        let empty = self.read_schema()?.is_none()
            && numbered_files(self.ckpt.as_ref(), &self.dir, ".delta")?.is_empty()
            && numbered_files(self.ckpt.as_ref(), &self.dir, ".snapshot")?.is_empty();
        if !empty {
            return Ok(());
        }
        Err(RunnelError::execution(
            "STREAMING_STATEFUL_OPERATOR_MISSING_STATE_DIRECTORY",
            format!(
                "Cannot restart streaming query with stateful operators because the state directory is empty or missing: {} holds no state, but the checkpoint's commit log needs version {version} of it. Restore the state directory, or start the query with a new checkpointLocation.",
                self.ckpt.describe(&self.op_dir)
            ),
        ))
    }

    /// The error for state whose layout file (`_schema`) is gone: without it the rows
    /// cannot be read back.
    pub fn missing_schema(&self, version: u64) -> RunnelError {
        RunnelError::io(format!(
            "cannot load state version {version}: {} is missing, so the state's rows cannot be read; the checkpoint is incomplete (restore it, or start the query with a new checkpointLocation)",
            self.ckpt.describe(&format!("{}/_schema", self.op_dir))
        ))
        .with_condition("CANNOT_LOAD_STATE_STORE.UNCATEGORIZED")
    }

    /// Records the operator's state layout, checked when the query restarts.
    pub fn write_schema(&self, schema: &str) -> Result<()> {
        self.ckpt
            .write(&format!("{}/_schema", self.op_dir), schema.as_bytes())
    }

    fn encode(&self, changes: &[(&[u8], Option<&[u8]>)]) -> Result<Vec<u8>> {
        let keys: ArrayRef = Arc::new(BinaryArray::from_iter_values(changes.iter().map(|c| c.0)));
        let values: ArrayRef = Arc::new(BinaryArray::from_iter(changes.iter().map(|c| c.1)));
        let batch = RecordBatch::try_new(schema(), vec![keys, values])?;
        let mut out = Vec::new();
        {
            let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &schema())?;
            w.write(&batch)?;
            w.finish()?;
        }
        Ok(out)
    }

    fn decode(&self, name: &str, data: &[u8], into: &mut BTreeMap<Vec<u8>, Vec<u8>>) -> Result<()> {
        let path = format!("{}/{name}", self.dir);
        let bad = |why: String| {
            RunnelError::io(format!(
                "the state file {} is corrupt ({why}); restore it from a backup or start the query with a new checkpointLocation",
                self.ckpt.describe(&path)
            ))
            .with_condition("CANNOT_LOAD_STATE_STORE.UNCATEGORIZED")
        };
        crate::ipc_check::check_stream(data).map_err(bad)?;
        let reader = arrow_ipc::reader::StreamReader::try_new(std::io::Cursor::new(data), None)
            .map_err(|e| bad(e.to_string()))?;
        if reader.schema().fields() != schema().fields() {
            return Err(bad("unexpected columns".into()));
        }
        let mut batches = 0;
        // arrow-ipc asserts on some damaged batches (see ipc_check::no_panic).
        let read = crate::ipc_check::no_panic(|| Ok(reader.collect::<Vec<_>>()))
            .map_err(|e| bad(e.to_string()))?;
        for b in read {
            let b = b.map_err(|e| bad(e.to_string()))?;
            batches += 1;
            let k = b.column(0).as_binary::<i32>();
            let v = b.column(1).as_binary::<i32>();
            for i in 0..b.num_rows() {
                if v.is_null(i) {
                    into.remove(k.value(i));
                } else {
                    into.insert(k.value(i).to_vec(), v.value(i).to_vec());
                }
            }
        }
        if batches == 0 {
            return Err(bad("no data; the file was cut short".into()));
        }
        Ok(())
    }

    /// Writes version `version`: the changes since `version - 1`, and, when a snapshot
    /// is due, every entry (`all` is called only then). Then prunes old versions.
    pub fn commit(
        &self,
        version: u64,
        changes: &[StateChange],
        all: &mut dyn FnMut() -> Result<StateEntries>,
    ) -> Result<()> {
        let refs: Vec<(&[u8], Option<&[u8]>)> = changes
            .iter()
            .map(|(k, v)| (k.as_slice(), v.as_deref()))
            .collect();
        let delta = self.encode(&refs)?;
        self.ckpt
            .write(&format!("{}/{version}.delta", self.dir), &delta)?;
        if version.is_multiple_of(self.snapshot_every) {
            let entries = all()?;
            let refs: Vec<(&[u8], Option<&[u8]>)> = entries
                .iter()
                .map(|(k, v)| (k.as_slice(), Some(v.as_slice())))
                .collect();
            let snap = self.encode(&refs)?;
            self.ckpt
                .write(&format!("{}/{version}.snapshot", self.dir), &snap)?;
        }
        self.prune(version)
    }

    /// Deletes files no longer needed to load any of the last `retain` versions.
    fn prune(&self, version: u64) -> Result<()> {
        let oldest_kept = version.saturating_sub(self.retain - 1);
        let snaps = numbered_files(self.ckpt.as_ref(), &self.dir, ".snapshot")?;
        // The newest snapshot at or before the oldest kept version is its base.
        let base = snaps
            .iter()
            .rev()
            .find(|(v, _)| *v <= oldest_kept)
            .map(|(v, _)| *v);
        let Some(base) = base else { return Ok(()) };
        for (v, name) in snaps.iter() {
            if *v < base {
                self.ckpt.delete(&format!("{}/{name}", self.dir))?;
            }
        }
        for (v, name) in numbered_files(self.ckpt.as_ref(), &self.dir, ".delta")? {
            if v <= base {
                self.ckpt.delete(&format!("{}/{name}", self.dir))?;
            }
        }
        Ok(())
    }

    /// Every entry of version `version` (empty for version 0), by key.
    pub fn load(&self, version: u64) -> Result<BTreeMap<Vec<u8>, Vec<u8>>> {
        let mut map = BTreeMap::new();
        if version == 0 {
            return Ok(map);
        }
        let snaps = numbered_files(self.ckpt.as_ref(), &self.dir, ".snapshot")?;
        let base = snaps.iter().rev().find(|(v, _)| *v <= version);
        let from = match base {
            Some((v, name)) => {
                let path = format!("{}/{name}", self.dir);
                let data = self.ckpt.read(&path)?.unwrap_or_default();
                self.decode(name, &data, &mut map)?;
                *v + 1
            }
            None => 1,
        };
        for v in from..=version {
            let name = format!("{v}.delta");
            let path = format!("{}/{name}", self.dir);
            let Some(data) = self.ckpt.read(&path)? else {
                return Err(RunnelError::io(format!(
                    "cannot load state version {version}: {} is missing; the checkpoint is incomplete (restore it, or start the query with a new checkpointLocation)",
                    self.ckpt.describe(&path)
                ))
                .with_condition("CANNOT_LOAD_STATE_STORE.CANNOT_READ_DELTA_FILE_NOT_EXISTS"));
            };
            self.decode(&name, &data, &mut map)?;
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{CheckpointStore, MemoryCheckpointStore};
    use std::rc::Rc;

    fn ch(k: &str, v: Option<&str>) -> StateChange {
        (k.as_bytes().to_vec(), v.map(|v| v.as_bytes().to_vec()))
    }

    #[test]
    fn versions_replay_snapshots_and_deltas_and_prune() {
        let mem = Rc::new(MemoryCheckpointStore::new());
        let store = StateStore::new(mem.clone(), 0, 3, 2);
        let mut current: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
        for v in 1..=10u64 {
            let changes = vec![
                ch(&format!("k{v}"), Some(&format!("v{v}"))),
                ch(&format!("k{}", v - 1), None),
                ch("all", Some(&format!("{v}"))),
            ];
            for (k, val) in &changes {
                match val {
                    Some(x) => current.insert(k.clone(), x.clone()),
                    None => current.remove(k),
                };
            }
            let snap = current.clone();
            store
                .commit(v, &changes, &mut || Ok(snap.clone().into_iter().collect()))
                .unwrap();
            assert_eq!(store.load(v).unwrap(), current);
        }
        // Versions 9 and 10 stay loadable; the snapshot at 9 is their base.
        let names = mem.paths();
        assert!(
            names.contains(&"state/0/0/9.snapshot".to_string()),
            "{names:?}"
        );
        assert!(
            !names.contains(&"state/0/0/3.snapshot".to_string()),
            "{names:?}"
        );
        assert!(
            !names.contains(&"state/0/0/2.delta".to_string()),
            "{names:?}"
        );
        assert_eq!(store.load(9).unwrap().get(&b"all"[..]).unwrap(), b"9");
    }

    #[test]
    fn a_missing_or_cut_file_is_an_error_naming_it() {
        let mem = Rc::new(MemoryCheckpointStore::new());
        let store = StateStore::new(mem.clone(), 1, 10, 100);
        store
            .commit(1, &[ch("a", Some("1"))], &mut || Ok(vec![]))
            .unwrap();
        let e = store.load(2).unwrap_err();
        assert!(e.message.contains("state/1/0/2.delta"), "{}", e.message);
        let data = mem.read("state/1/0/1.delta").unwrap().unwrap();
        mem.write("state/1/0/1.delta", &data[..data.len() / 2])
            .unwrap();
        let e = store.load(1).unwrap_err();
        assert!(e.message.contains("state/1/0/1.delta"), "{}", e.message);
        assert!(e.message.contains("corrupt"), "{}", e.message);
    }
}
