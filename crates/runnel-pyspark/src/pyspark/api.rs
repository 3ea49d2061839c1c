//! The public attribute names of PySpark 4.3's classes (from `dir()` of each, names
//! starting with `_` left out), so that a name PySpark does not have is Python's
//! `AttributeError` where it is written (`writeStream.frob`), and a name PySpark has but
//! Runnel does not is refused saying so and what to use instead.

use runnel_core::error::RunnelError;

/// (class, attribute names), sorted.
const CLASSES: &[(&str, &[&str])] = &[
    (
        "DataFrame",
        &[
            "agg",
            "alias",
            "approxQuantile",
            "asTable",
            "cache",
            "checkpoint",
            "coalesce",
            "colRegex",
            "collect",
            "columns",
            "corr",
            "count",
            "cov",
            "createGlobalTempView",
            "createOrReplaceGlobalTempView",
            "createOrReplaceTempView",
            "createTempView",
            "crossJoin",
            "crosstab",
            "cube",
            "describe",
            "distinct",
            "drop",
            "dropDuplicates",
            "dropDuplicatesWithinWatermark",
            "drop_duplicates",
            "dropna",
            "dtypes",
            "exceptAll",
            "executionInfo",
            "exists",
            "explain",
            "fillna",
            "filter",
            "first",
            "foreach",
            "foreachPartition",
            "freqItems",
            "groupBy",
            "groupby",
            "groupingSets",
            "head",
            "hint",
            "inputFiles",
            "intersect",
            "intersectAll",
            "isEmpty",
            "isLocal",
            "isStreaming",
            "join",
            "lateralJoin",
            "limit",
            "localCheckpoint",
            "mapInArrow",
            "mapInPandas",
            "melt",
            "mergeInto",
            "metadataColumn",
            "na",
            "nearestByJoin",
            "observe",
            "offset",
            "orderBy",
            "pandas_api",
            "persist",
            "plot",
            "printSchema",
            "randomSplit",
            "rdd",
            "registerTempTable",
            "repartition",
            "repartitionById",
            "repartitionByRange",
            "replace",
            "rollup",
            "sameSemantics",
            "sample",
            "sampleBy",
            "scalar",
            "schema",
            "select",
            "selectExpr",
            "semanticHash",
            "show",
            "sort",
            "sortWithinPartitions",
            "sparkSession",
            "stat",
            "storageLevel",
            "subtract",
            "summary",
            "tail",
            "take",
            "to",
            "toArrow",
            "toDF",
            "toJSON",
            "toLocalIterator",
            "toPandas",
            "transform",
            "transpose",
            "union",
            "unionAll",
            "unionByName",
            "unpersist",
            "unpivot",
            "where",
            "withColumn",
            "withColumnRenamed",
            "withColumns",
            "withColumnsRenamed",
            "withMetadata",
            "withWatermark",
            "write",
            "writeStream",
            "writeTo",
            "zip",
            "zipWithIndex",
        ],
    ),
    (
        "Column",
        &[
            "alias",
            "asc",
            "asc_nulls_first",
            "asc_nulls_last",
            "astype",
            "between",
            "bitwiseAND",
            "bitwiseOR",
            "bitwiseXOR",
            "cast",
            "contains",
            "desc",
            "desc_nulls_first",
            "desc_nulls_last",
            "dropFields",
            "endswith",
            "eqNullSafe",
            "getField",
            "getItem",
            "ilike",
            "isNaN",
            "isNotNull",
            "isNull",
            "isin",
            "like",
            "name",
            "otherwise",
            "outer",
            "over",
            "rlike",
            "startswith",
            "substr",
            "transform",
            "try_cast",
            "when",
            "withField",
        ],
    ),
    (
        "GroupedData",
        &[
            "agg",
            "apply",
            "applyInArrow",
            "applyInPandas",
            "applyInPandasWithState",
            "avg",
            "cogroup",
            "count",
            "max",
            "mean",
            "min",
            "pivot",
            "sum",
            "transformWithState",
            "transformWithStateInPandas",
        ],
    ),
    (
        "SparkSession",
        &[
            "Builder",
            "active",
            "addArtifact",
            "addArtifacts",
            "addTag",
            "builder",
            "catalog",
            "clearProgressHandlers",
            "clearTags",
            "client",
            "conf",
            "copyFromLocalToFs",
            "createDataFrame",
            "dataSource",
            "emptyDataFrame",
            "getActiveSession",
            "getTags",
            "interruptAll",
            "interruptOperation",
            "interruptTag",
            "newSession",
            "profile",
            "range",
            "read",
            "readStream",
            "registerProgressHandler",
            "removeProgressHandler",
            "removeTag",
            "sparkContext",
            "sql",
            "stop",
            "streams",
            "table",
            "tvf",
            "udf",
            "udtf",
            "version",
        ],
    ),
    (
        "DataFrameReader",
        &[
            "changes", "csv", "format", "jdbc", "json", "load", "option", "options", "orc",
            "parquet", "schema", "table", "text", "xml",
        ],
    ),
    (
        "DataFrameWriter",
        &[
            "bucketBy",
            "clusterBy",
            "csv",
            "format",
            "insertInto",
            "jdbc",
            "json",
            "mode",
            "option",
            "options",
            "orc",
            "parquet",
            "partitionBy",
            "save",
            "saveAsTable",
            "sortBy",
            "text",
            "xml",
        ],
    ),
    (
        "DataStreamReader",
        &[
            "changes", "csv", "format", "json", "load", "name", "option", "options", "orc",
            "parquet", "schema", "table", "text", "xml",
        ],
    ),
    (
        "DataStreamWriter",
        &[
            "clusterBy",
            "foreach",
            "foreachBatch",
            "format",
            "option",
            "options",
            "outputMode",
            "partitionBy",
            "queryName",
            "start",
            "toTable",
            "trigger",
        ],
    ),
    (
        "StreamingQuery",
        &[
            "awaitTermination",
            "exception",
            "explain",
            "id",
            "isActive",
            "lastProgress",
            "name",
            "processAllAvailable",
            "recentProgress",
            "runId",
            "status",
            "stop",
        ],
    ),
    (
        "StreamingQueryManager",
        &[
            "active",
            "addListener",
            "awaitAnyTermination",
            "get",
            "removeListener",
            "resetTerminated",
        ],
    ),
    (
        "RuntimeConfig",
        &["get", "getAll", "isModifiable", "set", "unset"],
    ),
];

/// Names Runnel takes beyond PySpark's (aliases it keeps for scripts written for them).
const RUNNEL_EXTRAS: &[(&str, &[&str])] = &[("Column", &["as_"])];

/// Does PySpark's `class` have the attribute `name` (or Runnel an alias of it)?
pub(crate) fn has(class: &str, name: &str) -> bool {
    let find = |table: &[(&str, &[&str])]| {
        table
            .iter()
            .any(|(c, names)| *c == class && names.contains(&name))
    };
    find(CLASSES) || find(RUNNEL_EXTRAS)
}

/// PySpark's names of `class` closest to `name` (for "did you mean").
fn closest(class: &str, name: &str) -> Option<&'static str> {
    let names = CLASSES.iter().find(|(c, _)| *c == class)?.1;
    let lower = name.to_ascii_lowercase();
    names
        .iter()
        .map(|n| (strsim(&n.to_ascii_lowercase(), &lower), *n))
        .filter(|(d, n)| *d <= 2.max(n.len() / 4))
        .min()
        .map(|(_, n)| n)
}

/// Levenshtein distance.
fn strsim(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j + 1] + 1)
                .min(cur[j] + 1)
                .min(prev[j] + usize::from(ca != *cb));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Python's `AttributeError` for a name PySpark's `class` does not have, with the closest
/// name it has. A DataFrame's is PySpark's `ATTRIBUTE_NOT_SUPPORTED` (its `__getattr__`
/// looks for a column first).
pub(crate) fn no_attribute(class: &str, name: &str, columns: Option<&[String]>) -> RunnelError {
    let hint = match closest(class, name) {
        Some(n) => format!(" Did you mean `{n}`?"),
        None => String::new(),
    };
    match columns {
        Some(cols) => RunnelError::execution(
            "ATTRIBUTE_NOT_SUPPORTED",
            format!(
                "Attribute `{name}` is not supported: a DataFrame has no method or column `{name}`.{hint} Its columns are {}.",
                cols.iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .with_exception("AttributeError"),
        None => RunnelError::execution_plain(format!(
            "AttributeError: '{class}' object has no attribute '{name}'.{hint}"
        ))
        .with_exception("AttributeError"),
    }
}

/// What to use instead of PySpark's `class.name` where Runnel has no such method.
fn instead(class: &str, name: &str) -> &'static str {
    match (class, name) {
        ("DataFrame", "rdd") => {
            "Runnel has no RDDs: use DataFrame methods (select, filter, groupBy, ...), or collect() for a list of Rows"
        }
        ("DataFrame", "toPandas" | "toArrow" | "pandas_api" | "mapInPandas" | "mapInArrow") => {
            "Runnel has no pandas or Arrow in Python: use collect() for a list of Rows"
        }
        ("DataFrame", "na" | "stat") => {
            "use the DataFrame's own methods (fillna, dropna, ...) and the aggregate functions"
        }
        ("DataFrame", "repartition" | "coalesce" | "cache" | "persist" | "checkpoint") => {
            "Runnel runs each batch in one partition in memory; leave the call out"
        }
        ("DataStreamWriter" | "DataFrameWriter", "insertInto") => {
            "write the table with saveAsTable(name, mode=\"append\")"
        }
        ("GroupedData", _) => "aggregate with agg(...) and the functions in pyspark.sql.functions",
        ("Column", _) => "see the Column methods and functions Runnel lists in its README",
        _ => "rewrite this step with the methods Runnel lists in its README",
    }
}

/// The refusal of PySpark's `class.name` where Runnel does not have it, or Python's
/// `AttributeError` where PySpark has no such name either.
pub(crate) fn unsupported(class: &str, name: &str) -> RunnelError {
    if !has(class, name) {
        return no_attribute(class, name, None);
    }
    RunnelError::not_supported(format!("{class}.{name}; {}", instead(class, name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_stream_writer_frob_is_an_attribute_error_and_rdd_says_what_to_use() {
        assert!(has("DataStreamWriter", "foreachBatch"));
        assert!(!has("DataStreamWriter", "frob"));
        let e = unsupported("DataStreamWriter", "frob").to_string();
        assert_eq!(
            e,
            "AttributeError: 'DataStreamWriter' object has no attribute 'frob'."
        );
        let e = unsupported("DataStreamWriter", "outputmode").to_string();
        assert!(e.ends_with("Did you mean `outputMode`?"), "{e}");
        let e = unsupported("DataFrame", "rdd").to_string();
        assert!(
            e.starts_with("DataFrame.rdd is not supported by Runnel; Runnel has no RDDs: use DataFrame methods"),
            "{e}"
        );
    }
}
