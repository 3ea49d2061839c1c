//! The query's logs in Spark's checkpoint layout: `metadata`, `offsets/<batch>` (the
//! write-ahead log, written before a batch runs) and `commits/<batch>` (after the sink
//! accepted it). The text formats are Spark's, so that the files read the same.

use std::collections::BTreeMap;

use super::{CheckpointRef, numbered_files};
use crate::error::{Result, RunnelError};
/// A source position (the offset log stores each source's as JSON).
type Offset = serde_json::Value;

/// One entry of the offset log: where each source stood when the batch was planned.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetEntry {
    /// The watermark the batch runs with, ms.
    pub watermark_ms: i64,
    /// The batch's timestamp (`current_timestamp()`), ms.
    pub timestamp_ms: i64,
    /// Session settings that must not change across restarts.
    pub conf: BTreeMap<String, String>,
    /// End offset per source (`None`: the source had no data yet).
    pub offsets: Vec<Option<Offset>>,
}

/// One entry of the commit log.
#[derive(Debug, Clone, PartialEq)]
pub struct CommitEntry {
    /// The watermark the next batch runs with, ms.
    pub next_watermark_ms: i64,
    /// Each `withWatermark`'s own watermark after the batch, ms, in plan order (Runnel's
    /// `operatorWatermarksMs`; empty in checkpoints that lack it).
    pub operator_watermarks_ms: Vec<Option<i64>>,
}

/// A query's checkpoint: its logs, over a [`super::CheckpointStore`].
#[derive(Clone)]
pub struct QueryCheckpoint {
    /// The files.
    pub store: CheckpointRef,
    retain: u64,
}

fn corrupt(store: &CheckpointRef, path: &str, why: &str) -> RunnelError {
    RunnelError::io(format!(
        "the checkpoint file {} is corrupt ({why}); restore it, or start the query with a new checkpointLocation",
        store.describe(path)
    ))
}

impl QueryCheckpoint {
    /// The logs in `store`; `retain` batches are kept (`minBatchesToRetain`).
    pub fn new(store: CheckpointRef, retain: u64) -> Self {
        QueryCheckpoint {
            store,
            retain: retain.max(1),
        }
    }

    /// The query id recorded in `metadata`, if the checkpoint has one.
    pub fn query_id(&self) -> Result<Option<String>> {
        let Some(data) = self.store.read("metadata")? else {
            return Ok(None);
        };
        let text = String::from_utf8_lossy(&data);
        let v: serde_json::Value = serde_json::from_str(text.trim())
            .map_err(|e| corrupt(&self.store, "metadata", &e.to_string()))?;
        match v.get("id").and_then(|i| i.as_str()) {
            Some(id) => Ok(Some(id.to_string())),
            None => Err(corrupt(&self.store, "metadata", "no \"id\"")),
        }
    }

    /// Writes `metadata` with the query id.
    pub fn write_query_id(&self, id: &str) -> Result<()> {
        let text = serde_json::json!({ "id": id }).to_string();
        self.store.write("metadata", format!("{text}\n").as_bytes())
    }

    /// The newest batch in `dir` (`offsets` or `commits`).
    fn latest(&self, dir: &str) -> Result<Option<u64>> {
        Ok(numbered_files(self.store.as_ref(), dir, "")?
            .last()
            .map(|(n, _)| *n))
    }

    /// A log entry: `v1`, a JSON metadata line, then the remaining lines.
    fn read_entry(&self, path: &str) -> Result<Option<(serde_json::Value, Vec<String>)>> {
        let Some(data) = self.store.read(path)? else {
            return Ok(None);
        };
        let text =
            std::str::from_utf8(&data).map_err(|_| corrupt(&self.store, path, "not UTF-8"))?;
        let mut lines = text.lines();
        if lines.next() != Some("v1") {
            return Err(corrupt(&self.store, path, "expected the version line v1"));
        }
        // Spark's continuous execution logs its epochs' offsets with an empty metadata line.
        let meta: serde_json::Value = lines
            .next()
            .and_then(|l| match l {
                "" => Some(serde_json::Value::Null),
                l => serde_json::from_str(l).ok(),
            })
            .ok_or_else(|| corrupt(&self.store, path, "no metadata line"))?;
        Ok(Some((meta, lines.map(str::to_string).collect())))
    }

    /// The offset log entry of batch `n`.
    pub fn offsets(&self, n: u64) -> Result<Option<OffsetEntry>> {
        let path = format!("offsets/{n}");
        let Some((meta, rest)) = self.read_entry(&path)? else {
            return Ok(None);
        };
        let num = |k: &str| meta.get(k).and_then(|v| v.as_i64()).unwrap_or(0);
        let conf = meta
            .get("conf")
            .and_then(|c| c.as_object())
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        let mut offsets = Vec::new();
        for (i, l) in rest.iter().enumerate() {
            if l == "-" {
                offsets.push(None);
            } else {
                let v: Offset = serde_json::from_str(l)
                    .map_err(|e| corrupt(&self.store, &path, &format!("source {i}: {e}")))?;
                offsets.push(Some(v));
            }
        }
        Ok(Some(OffsetEntry {
            watermark_ms: num("batchWatermarkMs"),
            timestamp_ms: num("batchTimestampMs"),
            conf,
            offsets,
        }))
    }

    /// Writes the offset log entry of batch `n` (before the batch runs).
    pub fn write_offsets(&self, n: u64, e: &OffsetEntry) -> Result<()> {
        let meta = serde_json::json!({
            "batchWatermarkMs": e.watermark_ms,
            "batchTimestampMs": e.timestamp_ms,
            "conf": e.conf,
        });
        let mut text = format!("v1\n{meta}");
        for o in &e.offsets {
            text.push('\n');
            match o {
                Some(v) => text.push_str(&v.to_string()),
                None => text.push('-'),
            }
        }
        self.create(&format!("offsets/{n}"), n, text.as_bytes())
    }

    /// Writes the offset log entry of continuous epoch `n` as Spark's
    /// `ContinuousExecution.addOffset` does: each source's end offset after an empty
    /// metadata line (written when the epoch's rows were read, before the sink commits).
    pub fn write_epoch_offsets(&self, n: u64, offsets: &[Option<Offset>]) -> Result<()> {
        let mut text = String::from("v1\n");
        for o in offsets {
            text.push('\n');
            match o {
                Some(v) => text.push_str(&v.to_string()),
                None => text.push('-'),
            }
        }
        self.create(&format!("offsets/{n}"), n, text.as_bytes())
    }

    /// Deletes the offset log entries after batch `n` (all of them when `None`): Spark's
    /// `offsetLog.purgeAfter`, which a continuous query does at restart with the epochs
    /// planned after its last commit.
    pub fn purge_offsets_after(&self, n: Option<u64>) -> Result<()> {
        for (b, name) in numbered_files(self.store.as_ref(), "offsets", "")? {
            if n.is_none_or(|n| b > n) {
                self.store.delete(&format!("offsets/{name}"))?;
            }
        }
        Ok(())
    }

    /// A log entry no other writer made: Spark's HDFSMetadataLog refuses to overwrite one.
    fn create(&self, path: &str, n: u64, data: &[u8]) -> Result<()> {
        if self.store.create(path, data)? {
            return Ok(());
        }
        Err(RunnelError::execution(
            "CONCURRENT_STREAM_LOG_UPDATE",
            format!(
                "Concurrent update to the log. Multiple streaming jobs detected for {n}: {} was written by another query. Please make sure only one streaming job accesses a specific checkpoint location at a time.",
                self.store.describe(path)
            ),
        ))
    }

    /// The commit log entry of batch `n`.
    pub fn commit(&self, n: u64) -> Result<Option<CommitEntry>> {
        let Some((meta, _)) = self.read_entry(&format!("commits/{n}"))? else {
            return Ok(None);
        };
        Ok(Some(CommitEntry {
            next_watermark_ms: meta
                .get("nextBatchWatermarkMs")
                .and_then(|v| v.as_i64())
                .unwrap_or(0),
            operator_watermarks_ms: meta
                .get("operatorWatermarksMs")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().map(|x| x.as_i64()).collect())
                .unwrap_or_default(),
        }))
    }

    /// Writes the commit log entry of batch `n` (after the sink accepted it).
    pub fn write_commit(&self, n: u64, e: &CommitEntry) -> Result<()> {
        let mut meta = serde_json::json!({ "nextBatchWatermarkMs": e.next_watermark_ms });
        if !e.operator_watermarks_ms.is_empty() {
            meta["operatorWatermarksMs"] = serde_json::json!(e.operator_watermarks_ms);
        }
        let text = format!("v1\n{meta}");
        self.create(&format!("commits/{n}"), n, text.as_bytes())
    }

    /// The newest planned batch and the newest committed one.
    pub fn latest_batches(&self) -> Result<(Option<u64>, Option<u64>)> {
        Ok((self.latest("offsets")?, self.latest("commits")?))
    }

    /// Deletes log entries older than the retained window ending at batch `n`.
    pub fn purge(&self, n: u64) -> Result<()> {
        let Some(first_kept) = n.checked_sub(self.retain - 1) else {
            return Ok(());
        };
        for dir in ["offsets", "commits"] {
            for (b, name) in numbered_files(self.store.as_ref(), dir, "")? {
                if b < first_kept {
                    self.store.delete(&format!("{dir}/{name}"))?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{CheckpointStore, MemoryCheckpointStore};
    use std::rc::Rc;

    #[test]
    fn offset_and_commit_entries_round_trip_in_spark_text() {
        let mem = Rc::new(MemoryCheckpointStore::new());
        let ck = QueryCheckpoint::new(mem.clone(), 2);
        let e = OffsetEntry {
            watermark_ms: 5000,
            timestamp_ms: 1_700_000_000_000,
            conf: BTreeMap::from([("spark.sql.shuffle.partitions".into(), "200".into())]),
            offsets: vec![Some(serde_json::json!({"logOffset": 3})), None],
        };
        ck.write_offsets(0, &e).unwrap();
        let text = String::from_utf8(mem.read("offsets/0").unwrap().unwrap()).unwrap();
        assert_eq!(
            text,
            "v1\n{\"batchWatermarkMs\":5000,\"batchTimestampMs\":1700000000000,\"conf\":{\"spark.sql.shuffle.partitions\":\"200\"}}\n{\"logOffset\":3}\n-"
        );
        assert_eq!(ck.offsets(0).unwrap(), Some(e.clone()));
        ck.write_commit(
            0,
            &CommitEntry {
                next_watermark_ms: 7,
                operator_watermarks_ms: vec![Some(7), None],
            },
        )
        .unwrap();
        assert_eq!(ck.commit(0).unwrap().unwrap().next_watermark_ms, 7);
        assert_eq!(
            ck.commit(0).unwrap().unwrap().operator_watermarks_ms,
            vec![Some(7), None]
        );
        for n in 1..4 {
            ck.write_offsets(n, &e).unwrap();
            ck.write_commit(
                n,
                &CommitEntry {
                    next_watermark_ms: 7,
                    operator_watermarks_ms: Vec::new(),
                },
            )
            .unwrap();
        }
        ck.purge(3).unwrap();
        assert_eq!(ck.latest_batches().unwrap(), (Some(3), Some(3)));
        assert_eq!(ck.offsets(1).unwrap(), None);
        assert!(ck.offsets(2).unwrap().is_some());
        // A continuous epoch's entry: no metadata; read back with the defaults.
        ck.write_epoch_offsets(4, &[Some(serde_json::json!({"0": {"value": 3}}))])
            .unwrap();
        let text = String::from_utf8(mem.read("offsets/4").unwrap().unwrap()).unwrap();
        assert_eq!(text, "v1\n\n{\"0\":{\"value\":3}}");
        let back = ck.offsets(4).unwrap().unwrap();
        assert_eq!(
            back.offsets,
            vec![Some(serde_json::json!({"0": {"value": 3}}))]
        );
        assert_eq!((back.watermark_ms, back.timestamp_ms), (0, 0));
        ck.purge_offsets_after(Some(3)).unwrap();
        assert_eq!(ck.latest_batches().unwrap(), (Some(3), Some(3)));
        mem.write("offsets/3", b"v1\n{oops").unwrap();
        let err = ck.offsets(3).unwrap_err();
        assert!(err.message.contains("offsets/3"), "{}", err.message);
    }
}
