//! Spark's partition discovery: a file under `base/k1=v1/k2=v2/` holds rows whose
//! columns `k1` and `k2` are `v1` and `v2` (the folders `partitionBy` writes). The files
//! of a read are the leaf files under `base` whose folders are all of that form (others
//! are left out, as are hidden ones); a column of the read's schema named like a
//! partition folder takes its value from the folder (the file's own column of that name,
//! if any, is not read), cast to the column's type; without a schema, the partition
//! columns follow the files' columns, typed as Spark infers them
//! (`spark.sql.sources.partitionColumnTypeInference.enabled`).

use std::sync::Arc;

use arrow_schema::{DataType, Field, Schema, SchemaRef};

use super::fs::{FileEntry, FileSystem};
use crate::error::{Result, RunnelError};

/// A file's partition values: `(column, value)`, `None` for a NULL one.
pub(super) type PartitionValues = Vec<(String, Option<String>)>;

/// Hive's name for the folder of a NULL partition value.
pub const DEFAULT_PARTITION_NAME: &str = "__HIVE_DEFAULT_PARTITION__";

/// The folders between `base` and `path` (the file's own name left out).
fn folders<'a>(base: &str, path: &'a str) -> Option<Vec<&'a str>> {
    let base = base.trim_end_matches('/');
    let rest = path.strip_prefix(base)?.strip_prefix('/')?;
    let mut parts: Vec<&str> = rest.split('/').collect();
    parts.pop();
    Some(parts)
}

/// `k=v` split, when the folder name is of that form.
fn key_value(folder: &str) -> Option<(&str, &str)> {
    let (k, v) = folder.split_once('=')?;
    (!k.is_empty()).then_some((k, v))
}

/// Whether a file found under `base` is one a read takes: every folder between them is
/// visible and, unless the listing is recursive (`recursiveFileLookup`), a `k=v`
/// partition folder.
pub fn is_data_file(base: &str, path: &str, recursive: bool) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name.starts_with('.') || name.starts_with('_') {
        return false;
    }
    match folders(base, path) {
        Some(dirs) => dirs.iter().all(|d| {
            !d.starts_with('.') && !d.starts_with('_') && (recursive || key_value(d).is_some())
        }),
        None => true,
    }
}

/// The files a read of `path` takes, in the listing's order: the leaf files under it whose
/// folders are partition folders (any visible folder with `recursive`,
/// `recursiveFileLookup`), only those a file sink's `_spark_metadata` log committed when
/// the folder has one, hidden and `_` files left out.
pub fn list_data_files(fs: &dyn FileSystem, path: &str, recursive: bool) -> Result<Vec<FileEntry>> {
    let listed = fs.list(path, true)?;
    Ok(super::fs::committed_files(fs, path, listed)?
        .into_iter()
        .filter(|f| is_data_file(path, &f.path, recursive))
        .collect())
}

/// Spark's `unescapePathName`: `%XX` is the byte XX.
fn unescape(s: &str) -> String {
    String::from_utf8_lossy(&super::fs::percent_decode(s)).into_owned()
}

/// The partition values of a file under `base`, in folder order: `(column, value)`, the
/// value `None` for Hive's default (NULL) partition.
pub fn partition_values(base: &str, path: &str) -> PartitionValues {
    folders(base, path)
        .unwrap_or_default()
        .into_iter()
        .filter_map(key_value)
        .map(|(k, v)| {
            let v = (v != DEFAULT_PARTITION_NAME).then(|| unescape(v));
            (unescape(k), v)
        })
        .collect()
}

/// The type Spark infers for one partition value (`inferPartitionColumnValue`): int,
/// bigint, double, date, timestamp, else string; `None` for a NULL one.
fn infer_one(v: &str) -> DataType {
    if v.parse::<i32>().is_ok() {
        DataType::Int32
    } else if v.parse::<i64>().is_ok() {
        DataType::Int64
    } else if !v.is_empty()
        && v.bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'+' | b'e' | b'E'))
        && v.parse::<f64>().is_ok()
    {
        DataType::Float64
    } else if v.len() == 10 && crate::temporal::parse_date(v).is_some() {
        DataType::Date32
    } else if v.contains(' ') && crate::temporal::parse_timestamp(v).is_some() {
        crate::types::timestamp_type()
    } else {
        DataType::Utf8
    }
}

/// Spark's `findWiderTypeForPartitionColumn` for two inferred types.
fn wider(a: &DataType, b: &DataType) -> DataType {
    use DataType as T;
    match (a, b) {
        _ if a == b => a.clone(),
        (T::Int32, T::Int64) | (T::Int64, T::Int32) => T::Int64,
        (T::Int32 | T::Int64, T::Float64) | (T::Float64, T::Int32 | T::Int64) => T::Float64,
        (T::Date32, T::Timestamp(..)) => b.clone(),
        (T::Timestamp(..), T::Date32) => a.clone(),
        _ => T::Utf8,
    }
}

/// The partition columns of `files` under `base`, typed as Spark infers them. Files that
/// disagree on the columns (`a=1/b=2` beside `a=1`) are Spark's
/// "Conflicting directory structures" error.
pub fn infer_partition_fields(base: &str, files: &[FileEntry]) -> Result<Vec<Field>> {
    let mut names: Option<Vec<String>> = None;
    let mut types: Vec<Option<DataType>> = Vec::new();
    for f in files {
        let vals = partition_values(base, &f.path);
        let these: Vec<String> = vals.iter().map(|(k, _)| k.clone()).collect();
        match &names {
            None => {
                types = vec![None; these.len()];
                names = Some(these);
            }
            Some(n)
                if n.iter()
                    .map(|s| s.to_ascii_lowercase())
                    .eq(these.iter().map(|s| s.to_ascii_lowercase())) => {}
            Some(n) => {
                return Err(RunnelError::analysis_plain(format!(
                    "Conflicting directory structures detected under {base}: a file in partition folders of [{}] beside one of [{}] ({}). Read one folder level at a time, or move the files so that every file has the same partition columns.",
                    n.join(", "),
                    these.join(", "),
                    f.path
                ))
                .with_exception("AssertionError"));
            }
        }
        for (i, (_, v)) in vals.iter().enumerate() {
            if let Some(v) = v {
                let t = infer_one(v);
                types[i] = Some(match &types[i] {
                    None => t,
                    Some(prev) => wider(prev, &t),
                });
            }
        }
    }
    Ok(names
        .unwrap_or_default()
        .into_iter()
        .zip(types)
        .map(|(n, t)| Field::new(n, t.unwrap_or(DataType::Utf8), true))
        .collect())
}

/// `data` (the files' own columns) followed by the partition columns of `files` under
/// `base` (a file column of a partition column's name gives way to it), as Spark's
/// schema of a read without a given schema.
pub fn with_partition_columns(
    data: SchemaRef,
    base: &str,
    files: &[FileEntry],
) -> Result<SchemaRef> {
    let parts = infer_partition_fields(base, files)?;
    if parts.is_empty() {
        return Ok(data);
    }
    let mut fields: Vec<Field> = data
        .fields()
        .iter()
        .filter(|f| {
            !parts
                .iter()
                .any(|p| p.name().eq_ignore_ascii_case(f.name()))
        })
        .map(|f| f.as_ref().clone())
        .collect();
    fields.extend(parts);
    Ok(Arc::new(Schema::new(fields)))
}

/// A batch read's given schema over partitioned files: Spark's data columns then its
/// partition columns (`HadoopFsRelation`'s `dataSchema ++ partitionSchema`), those
/// named like the files' partition folders moved last, in folder order, with the given
/// types. A folder a streaming file sink wrote (it has a `_spark_metadata` log) is read
/// through Spark's `MetadataLogFileIndex`, which keeps the given schema's order (checked
/// with PySpark 4.3: the partitionBy doctest of DataStreamWriter).
pub fn order_given_schema(
    fs: &dyn FileSystem,
    given: SchemaRef,
    base: &str,
    files: &[FileEntry],
) -> Result<SchemaRef> {
    if fs.exists(&format!("{}/_spark_metadata", base.trim_end_matches('/')))? {
        return Ok(given);
    }
    let parts = infer_partition_fields(base, files)?;
    let is_part = |n: &str| parts.iter().any(|p| p.name().eq_ignore_ascii_case(n));
    if !given.fields().iter().any(|f| is_part(f.name())) {
        return Ok(given);
    }
    let mut fields: Vec<Field> = given
        .fields()
        .iter()
        .filter(|f| !is_part(f.name()))
        .map(|f| f.as_ref().clone())
        .collect();
    for p in &parts {
        if let Some(f) = given
            .fields()
            .iter()
            .find(|f| f.name().eq_ignore_ascii_case(p.name()))
        {
            fields.push(f.as_ref().clone());
        }
    }
    Ok(Arc::new(Schema::new(fields)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(p: &str) -> FileEntry {
        FileEntry {
            path: p.into(),
            mtime_ms: 0,
            size: 1,
        }
    }

    #[test]
    fn partition_folders_give_values_and_spark_types() {
        let files = [
            f("/t/year=2024/region=eu/a.json"),
            f("/t/year=2025/region=us%2Fwest/b.json"),
            f("/t/year=2025/region=__HIVE_DEFAULT_PARTITION__/c.json"),
        ];
        assert_eq!(
            partition_values("/t", &files[1].path),
            vec![
                ("year".into(), Some("2025".into())),
                ("region".into(), Some("us/west".into()))
            ]
        );
        assert_eq!(partition_values("/t/", &files[2].path)[1].1, None);
        let fields = infer_partition_fields("/t", &files).unwrap();
        assert_eq!(fields[0].data_type(), &DataType::Int32);
        assert_eq!(fields[1].data_type(), &DataType::Utf8);
        assert!(is_data_file("/t", &files[0].path, false));
        assert!(!is_data_file("/t", "/t/sub/a.json", false));
        assert!(is_data_file("/t", "/t/sub/a.json", true));
        assert!(!is_data_file("/t", "/t/_spark_metadata/0", true));
        assert!(!is_data_file("/t", "/t/year=1/.a.json.crc", false));
    }

    #[test]
    fn partition_types_widen_as_sparks() {
        let t = |vs: &[&str]| {
            let files: Vec<FileEntry> = vs.iter().map(|v| f(&format!("/t/k={v}/x"))).collect();
            infer_partition_fields("/t", &files).unwrap()[0]
                .data_type()
                .clone()
        };
        assert_eq!(t(&["1", "2"]), DataType::Int32);
        assert_eq!(t(&["1", "9999999999"]), DataType::Int64);
        assert_eq!(t(&["1", "2.5"]), DataType::Float64);
        assert_eq!(t(&["2024-01-01", "2024-01-02"]), DataType::Date32);
        assert_eq!(t(&["1", "x"]), DataType::Utf8);
        assert_eq!(t(&["__HIVE_DEFAULT_PARTITION__"]), DataType::Utf8);
    }

    #[test]
    fn files_with_different_partition_columns_conflict() {
        let e = infer_partition_fields("/t", &[f("/t/a=1/x"), f("/t/a=1/b=2/y")]).unwrap_err();
        assert!(
            e.to_string().contains("Conflicting directory structures"),
            "{e}"
        );
    }
}
