//! The versioned state store of one stateful operator partition.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, BinaryArray, RecordBatch};
use arrow_buffer::{BooleanBufferBuilder, Buffer, NullBuffer, OffsetBuffer, ScalarBuffer};
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use super::{CheckpointRef, numbered_files};
use crate::error::{Result, RunnelError};

/// One key's change in a version: a new value, or `None` when the key was removed.
pub type StateChange = (Vec<u8>, Option<Vec<u8>>);

/// Every entry of a state: encoded key → encoded value.
pub type StateEntries = Vec<(Vec<u8>, Vec<u8>)>;

/// What [`StateStore`] calls for each row of a state file: key, value or None (removed).
type RowFn<'a> = &'a mut dyn FnMut(&[u8], Option<&[u8]>);

/// State rows as the store writes them: keys and encoded values (none for a removed
/// key) appended to contiguous buffers, which become the Arrow columns without a copy.
/// Operators fill it straight from their state: no owned key or value per row.
#[derive(Debug, Default)]
pub struct StateRows {
    keys: Vec<u8>,
    key_offsets: Vec<i32>,
    values: Vec<u8>,
    value_offsets: Vec<i32>,
    present: Option<BooleanBufferBuilder>,
    len: usize,
}

impl StateRows {
    /// Empty rows.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes room for `rows` more rows of `key_bytes` and `value_bytes` in all.
    pub fn reserve(&mut self, rows: usize, key_bytes: usize, value_bytes: usize) {
        self.keys.reserve(key_bytes);
        self.key_offsets.reserve(rows + 1);
        self.values.reserve(value_bytes);
        self.value_offsets.reserve(rows + 1);
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn start_row(&mut self, key: &[u8]) {
        if self.key_offsets.is_empty() {
            self.key_offsets.push(0);
            self.value_offsets.push(0);
        }
        self.keys.extend_from_slice(key);
        self.key_offsets.push(self.keys.len() as i32);
    }

    /// Appends `key` with the value `encode` writes.
    pub fn push_with(&mut self, key: &[u8], encode: impl FnOnce(&mut Vec<u8>)) {
        self.start_row(key);
        encode(&mut self.values);
        self.value_offsets.push(self.values.len() as i32);
        if let Some(p) = self.present.as_mut() {
            p.append(true);
        }
        self.len += 1;
    }

    /// Appends `key` with `value`, or as removed (`None`).
    pub fn push(&mut self, key: &[u8], value: Option<&[u8]>) {
        match value {
            Some(v) => self.push_with(key, |out| out.extend_from_slice(v)),
            None => {
                self.start_row(key);
                self.value_offsets.push(self.values.len() as i32);
                let len = self.len;
                self.present
                    .get_or_insert_with(|| {
                        let mut p = BooleanBufferBuilder::new(len + 1);
                        p.append_n(len, true);
                        p
                    })
                    .append(false);
                self.len += 1;
            }
        }
    }

    fn into_batch(mut self) -> Result<RecordBatch> {
        if self.key_offsets.is_empty() {
            self.key_offsets.push(0);
            self.value_offsets.push(0);
        }
        if self.keys.len() > i32::MAX as usize || self.values.len() > i32::MAX as usize {
            return Err(RunnelError::io(format!(
                "the state holds {} bytes of keys and {} of values, more than one state file can hold (2 GiB each)",
                self.keys.len(),
                self.values.len()
            )));
        }
        let column = |offsets: Vec<i32>, bytes: Vec<u8>, nulls: Option<NullBuffer>| {
            BinaryArray::try_new(
                OffsetBuffer::new(ScalarBuffer::from(offsets)),
                Buffer::from_vec(bytes),
                nulls,
            )
        };
        let keys = column(self.key_offsets, self.keys, None)?;
        let nulls = self.present.as_mut().map(|p| NullBuffer::new(p.finish()));
        let values = column(self.value_offsets, self.values, nulls)?;
        Ok(RecordBatch::try_new(
            schema(),
            vec![Arc::new(keys) as ArrayRef, Arc::new(values)],
        )?)
    }
}

impl<K: AsRef<[u8]>, V: AsRef<[u8]>> FromIterator<(K, Option<V>)> for StateRows {
    fn from_iter<I: IntoIterator<Item = (K, Option<V>)>>(iter: I) -> Self {
        let mut rows = StateRows::new();
        for (k, v) in iter {
            rows.push(k.as_ref(), v.as_ref().map(|v| v.as_ref()));
        }
        rows
    }
}

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
    /// A snapshot at maintenance when more deltas than this came since the last one
    /// (`minDeltasForSnapshot`, default 10).
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

    /// Writes Spark's description of this operator's state (`_metadata/metadata` and
    /// `0/_metadata/schema`, see [`super::spark_meta`]), for Spark's state data sources.
    pub fn write_spark_metadata(
        &self,
        meta: &super::spark_meta::SparkStateMeta,
        num_partitions: usize,
    ) -> Result<()> {
        let operator: usize = self
            .op_dir
            .trim_start_matches("state/")
            .parse()
            .unwrap_or(0);
        self.ckpt.write(
            &format!("{}/_metadata/metadata", self.op_dir),
            super::spark_meta::operator_metadata_file(
                operator,
                &meta.operator_name,
                num_partitions,
            )
            .as_bytes(),
        )?;
        self.ckpt.write(
            &format!("{}/_metadata/schema", self.dir),
            &super::spark_meta::schema_file(&meta.key, &meta.value),
        )
    }

    /// The changes version `version` made (its delta): each key with its new value, or
    /// None where it was removed; None when the delta is gone.
    pub fn changes(&self, version: u64) -> Result<Option<Vec<StateChange>>> {
        let name = format!("{version}.delta");
        let Some(data) = self.ckpt.read(&format!("{}/{name}", self.dir))? else {
            return Ok(None);
        };
        let mut out = Vec::new();
        self.for_each_row(&name, &data, &mut |k, v| {
            out.push((k.to_vec(), v.map(|v| v.to_vec())))
        })?;
        Ok(Some(out))
    }

    /// Writes the rows to `path` as one Arrow IPC stream, straight into the file where
    /// the checkpoint store can (no copy of a million-row snapshot assembled first).
    fn write_rows(&self, path: &str, rows: StateRows) -> Result<()> {
        let batch = rows.into_batch()?;
        self.ckpt.write_with(path, &mut |out| {
            let mut w = arrow_ipc::writer::StreamWriter::try_new(out, &schema())?;
            w.write(&batch)?;
            w.finish()?;
            Ok(())
        })
    }

    fn decode(&self, name: &str, data: &[u8], into: &mut BTreeMap<Vec<u8>, Vec<u8>>) -> Result<()> {
        self.for_each_row(name, data, &mut |k, v| match v {
            None => {
                into.remove(k);
            }
            Some(v) => {
                into.insert(k.to_vec(), v.to_vec());
            }
        })
    }

    /// Each (key, value or None for a removal) of a state file, in order.
    fn for_each_row(&self, name: &str, data: &[u8], f: RowFn<'_>) -> Result<()> {
        let path = format!("{}/{name}", self.dir);
        let bad = |why: String| {
            RunnelError::io(format!(
                "the state file {} is corrupt ({why}); restore it from a backup or start the query with a new checkpointLocation",
                self.ckpt.describe(&path)
            ))
            .with_condition("CANNOT_LOAD_STATE_STORE.UNCATEGORIZED")
        };
        crate::ipc_check::check_stream(data).map_err(bad)?;
        // arrow-ipc panics on some damaged schemas too (a field type id it does not know:
        // `unimplemented!` in convert.rs).
        let reader = crate::ipc_check::no_panic(|| {
            arrow_ipc::reader::StreamReader::try_new(std::io::Cursor::new(data), None)
        })
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
                f(k.value(i), (!v.is_null(i)).then(|| v.value(i)));
            }
        }
        if batches == 0 {
            return Err(bad("no data; the file was cut short".into()));
        }
        Ok(())
    }

    /// Writes version `version`: the changes since `version - 1`. With `maintenance`
    /// (Spark's maintenance task, every `maintenanceInterval`, not every batch), also
    /// every entry as a snapshot when more than `minDeltasForSnapshot` deltas came since
    /// the last snapshot (`all` is called only then), and prunes old versions.
    pub fn commit(
        &self,
        version: u64,
        changes: StateRows,
        all: &mut dyn FnMut() -> Result<StateRows>,
        maintenance: bool,
    ) -> Result<()> {
        self.write_rows(&format!("{}/{version}.delta", self.dir), changes)?;
        if !maintenance {
            return Ok(());
        }
        let last_snapshot = numbered_files(self.ckpt.as_ref(), &self.dir, ".snapshot")?
            .iter()
            .map(|(v, _)| *v)
            .filter(|v| *v <= version)
            .max()
            .unwrap_or(0);
        if version - last_snapshot > self.snapshot_every {
            self.write_rows(&format!("{}/{version}.snapshot", self.dir), all()?)?;
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
            let rows = changes.iter().cloned().collect();
            store
                .commit(
                    v,
                    rows,
                    &mut || Ok(snap.iter().map(|(k, v)| (k, Some(v))).collect()),
                    true,
                )
                .unwrap();
            assert_eq!(store.load(v).unwrap(), current);
        }
        // Snapshots once more than 3 deltas came (versions 4 and 8, as Spark's
        // maintenance run after every batch); versions 9 and 10 stay loadable, on the
        // snapshot at 8.
        let names = mem.paths();
        assert!(
            names.contains(&"state/0/0/8.snapshot".to_string()),
            "{names:?}"
        );
        assert!(
            !names.contains(&"state/0/0/4.snapshot".to_string()),
            "{names:?}"
        );
        assert!(
            !names.contains(&"state/0/0/2.delta".to_string()),
            "{names:?}"
        );
        assert_eq!(store.load(9).unwrap().get(&b"all"[..]).unwrap(), b"9");
    }

    #[test]
    fn state_rows_keep_removals_and_values_in_order_through_a_file() {
        let mem = Rc::new(MemoryCheckpointStore::new());
        let store = StateStore::new(mem.clone(), 0, 10, 100);
        let mut v1 = StateRows::new();
        v1.push(b"a", Some(b"1"));
        v1.push_with(b"b", |out| out.extend_from_slice(b"22"));
        v1.push(b"", Some(b""));
        store
            .commit(1, v1, &mut || Ok(StateRows::new()), true)
            .unwrap();
        // A removal first (before any value), then an empty value, then a removal.
        let mut v2 = StateRows::new();
        v2.push(b"a", None);
        v2.push(b"c", Some(b"3"));
        v2.push(b"", None);
        assert_eq!(v2.len(), 3);
        store
            .commit(2, v2, &mut || Ok(StateRows::new()), true)
            .unwrap();
        let expect = |pairs: &[(&str, &str)]| -> BTreeMap<Vec<u8>, Vec<u8>> {
            pairs
                .iter()
                .map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec()))
                .collect()
        };
        assert_eq!(
            store.load(1).unwrap(),
            expect(&[("a", "1"), ("b", "22"), ("", "")])
        );
        assert_eq!(store.load(2).unwrap(), expect(&[("b", "22"), ("c", "3")]));
    }

    #[test]
    fn a_missing_or_cut_file_is_an_error_naming_it() {
        let mem = Rc::new(MemoryCheckpointStore::new());
        let store = StateStore::new(mem.clone(), 1, 10, 100);
        store
            .commit(
                1,
                [ch("a", Some("1"))].into_iter().collect(),
                &mut || Ok(StateRows::new()),
                true,
            )
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

    #[test]
    fn every_flipped_bit_of_a_state_file_loads_or_fails_never_panics() {
        // A flipped bit in a field's type id made arrow-ipc panic (`unimplemented!`) while
        // it read the schema (found by the session 17 damage sweep).
        let mem = Rc::new(MemoryCheckpointStore::new());
        let store = StateStore::new(mem.clone(), 1, 10, 100);
        store
            .commit(
                1,
                [ch("a", Some("1")), ch("b", None)].into_iter().collect(),
                &mut || Ok(StateRows::new()),
                true,
            )
            .unwrap();
        let good = mem.read("state/1/0/1.delta").unwrap().unwrap();
        for i in 0..good.len() {
            for bit in 0..8 {
                let mut bad = good.clone();
                bad[i] ^= 1 << bit;
                mem.write("state/1/0/1.delta", &bad).unwrap();
                if let Err(e) = store.load(1) {
                    assert!(e.message.contains("state/1/0/1.delta"), "{}", e.message);
                }
            }
        }
    }
}
