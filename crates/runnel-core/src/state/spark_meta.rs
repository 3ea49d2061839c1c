//! Spark's description of a stateful operator's state, written next to Runnel's own
//! (`state/<op>/_schema`) so that Spark's state data sources can read a checkpoint
//! (`spark.read.format("statestore")` / `format("state-metadata")`, the programming
//! guide's "State Data Source"):
//!
//! ```text
//! state/<op>/_metadata/metadata     v1 + {"operatorInfo":{"operatorId","operatorName"},
//!                                         "stateStoreInfo":[{"storeName","numColsPrefixKey","numPartitions"}]}
//! state/<op>/0/_metadata/schema     Spark's schema file v2: the key and value schemas' JSON
//! ```
//!
//! Both as Spark 4.3 writes them (`OperatorStateMetadataV1`, `SchemaWriter` v2: Java's
//! `writeUTF` strings, the JSON cut into chunks of at most 65,535 bytes). The value
//! schema is Spark's: an aggregation keeps its aggregates' buffers (`count`, `sum`,
//! `sum` and `count` for `avg`, `min`, `max`), a deduplication a NULL `__dummy__` (or
//! `expiresAtMicros` within the watermark).

use std::sync::Arc;

use arrow_schema::{DataType, Field, Schema, SchemaRef};

use crate::error::{Result, RunnelError};
use crate::expr::functions::{AggCall, AggFunc};

/// What Spark's state data sources need to know of one operator's state.
#[derive(Debug, Clone, PartialEq)]
pub struct SparkStateMeta {
    /// Spark's name of the operator (`stateStoreSave`, `dedupe`).
    pub operator_name: String,
    /// The key's columns (names and types as the state holds them).
    pub key: SchemaRef,
    /// The value's columns, as Spark's state holds them.
    pub value: SchemaRef,
}

/// The value columns Spark's aggregation state keeps for `aggs` (the aggregates'
/// buffers), or None when one of them is not among those Runnel's state reader decodes.
pub fn aggregate_value_fields(aggs: &[AggCall]) -> Option<Vec<Field>> {
    let mut out = Vec::new();
    for a in aggs {
        if a.distinct {
            return None;
        }
        match (a.func, &a.ty) {
            (AggFunc::Count, _) => out.push(Field::new("count", DataType::Int64, true)),
            (AggFunc::Sum, t @ (DataType::Int64 | DataType::Float64)) => {
                out.push(Field::new("sum", t.clone(), true))
            }
            (AggFunc::Avg, DataType::Float64) => {
                out.push(Field::new("sum", DataType::Float64, true));
                out.push(Field::new("count", DataType::Int64, true));
            }
            (AggFunc::Min, t) if !matches!(t, DataType::Struct(_) | DataType::List(_)) => {
                out.push(Field::new("min", t.clone(), true))
            }
            (AggFunc::Max, t) if !matches!(t, DataType::Struct(_) | DataType::List(_)) => {
                out.push(Field::new("max", t.clone(), true))
            }
            _ => return None,
        }
    }
    Some(out)
}

/// `state/<op>/_metadata/metadata`: Spark's `OperatorStateMetadataV1`.
pub fn operator_metadata_file(operator: usize, name: &str, num_partitions: usize) -> String {
    let json = serde_json::json!({
        "operatorInfo": {"operatorId": operator, "operatorName": name},
        "stateStoreInfo": [{"storeName": "default", "numColsPrefixKey": 0, "numPartitions": num_partitions}],
    });
    format!("v1\n{json}")
}

/// The operator id, name and number of partitions in `state/<op>/_metadata/metadata`.
pub fn read_operator_metadata(text: &[u8]) -> Result<(i64, String, i64)> {
    let bad =
        || RunnelError::io("a state operator's _metadata/metadata is not Spark's v1 metadata");
    let text = std::str::from_utf8(text).map_err(|_| bad())?;
    let json = text.strip_prefix("v1\n").ok_or_else(bad)?;
    let v: serde_json::Value = serde_json::from_str(json.trim()).map_err(|_| bad())?;
    let info = &v["operatorInfo"];
    Ok((
        info["operatorId"].as_i64().ok_or_else(bad)?,
        info["operatorName"].as_str().ok_or_else(bad)?.to_string(),
        v["stateStoreInfo"][0]["numPartitions"]
            .as_i64()
            .ok_or_else(bad)?,
    ))
}

fn write_utf(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u16).to_be_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// A schema's JSON cut into chunks of at most 65,535 bytes (on character boundaries), as
/// Spark's `SchemaWriter` writes it: the number of chunks, then each chunk.
fn write_chunked(out: &mut Vec<u8>, json: &str) {
    let mut chunks = Vec::new();
    let mut rest = json;
    while !rest.is_empty() {
        let mut end = rest.len().min(65_535);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        chunks.push(&rest[..end]);
        rest = &rest[end..];
    }
    out.extend_from_slice(&(chunks.len() as i32).to_be_bytes());
    for c in chunks {
        write_utf(out, c);
    }
}

/// `state/<op>/0/_metadata/schema`: Spark's schema file, version 2.
pub fn schema_file(key: &Schema, value: &Schema) -> Vec<u8> {
    let json =
        |s: &Schema| crate::types::spark_json(&DataType::Struct(s.fields().clone())).to_string();
    let mut out = Vec::new();
    write_utf(&mut out, "v2");
    write_chunked(&mut out, &json(key));
    write_chunked(&mut out, &json(value));
    out
}

/// The key and value column names of a schema file written by [`schema_file`] (or by
/// Spark).
pub fn read_schema_file(data: &[u8]) -> Result<(Vec<String>, Vec<String>)> {
    let bad = || RunnelError::io("a state schema file (_metadata/schema) is not Spark's v2 schema");
    let mut pos = 0usize;
    let mut take = |n: usize| -> Result<&[u8]> {
        let s = data.get(pos..pos + n).ok_or_else(bad)?;
        pos += n;
        Ok(s)
    };
    let len = u16::from_be_bytes(take(2)?.try_into().map_err(|_| bad())?) as usize;
    if take(len)? != b"v2" {
        return Err(bad());
    }
    let mut names = Vec::new();
    for _ in 0..2 {
        let n = i32::from_be_bytes(take(4)?.try_into().map_err(|_| bad())?);
        let mut json = Vec::new();
        for _ in 0..n.max(0) {
            let len = u16::from_be_bytes(take(2)?.try_into().map_err(|_| bad())?) as usize;
            json.extend_from_slice(take(len)?);
        }
        let v: serde_json::Value = serde_json::from_slice(&json).map_err(|_| bad())?;
        let fields = v["fields"].as_array().ok_or_else(bad)?;
        names.push(
            fields
                .iter()
                .map(|f| f["name"].as_str().unwrap_or_default().to_string())
                .collect::<Vec<_>>(),
        );
    }
    let value = names.pop().unwrap_or_default();
    let key = names.pop().unwrap_or_default();
    Ok((key, value))
}

/// A schema of `fields`.
pub fn schema_of(fields: Vec<Field>) -> SchemaRef {
    Arc::new(Schema::new(fields))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_sparks() {
        // What Spark 4.3 wrote for `groupBy("device").count()` on 2 shuffle partitions.
        assert_eq!(
            operator_metadata_file(0, "stateStoreSave", 2),
            "v1\n{\"operatorInfo\":{\"operatorId\":0,\"operatorName\":\"stateStoreSave\"},\"stateStoreInfo\":[{\"storeName\":\"default\",\"numColsPrefixKey\":0,\"numPartitions\":2}]}"
        );
        let key = Schema::new(vec![Field::new("device", DataType::Utf8, true)]);
        let value = Schema::new(vec![Field::new("count", DataType::Int64, true)]);
        let f = schema_file(&key, &value);
        assert_eq!(&f[..8], &[0, 2, b'v', b'2', 0, 0, 0, 1]);
        assert_eq!(&f[8..10], &[0, 0x5c]);
        assert!(f.ends_with(b"{\"type\":\"struct\",\"fields\":[{\"name\":\"count\",\"type\":\"long\",\"nullable\":true,\"metadata\":{}}]}"));
        assert_eq!(
            read_schema_file(&f).unwrap(),
            (vec!["device".to_string()], vec!["count".to_string()])
        );
        assert_eq!(
            read_operator_metadata(operator_metadata_file(3, "dedupe", 200).as_bytes()).unwrap(),
            (3, "dedupe".to_string(), 200)
        );
    }
}
