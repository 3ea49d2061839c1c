//! pandas and Arrow functions over DataFrames, run in PySpark's worker (`pyspark.worker`,
//! the pool of `udf.rs`) as Spark's Python operators run them:
//!
//! - `mapInPandas` / `mapInArrow` (`MapInBatchExec`, eval types 205 / 207): the rows as
//!   one struct column, in Arrow batches of at most `spark.sql.execution.arrow.
//!   maxRecordsPerBatch` (10 000) rows; the function's rows come back as one struct column;
//! - `groupBy().applyInPandas` / `applyInArrow` (`FlatMapGroupsInPandasExec` /
//!   `FlatMapGroupsInArrowExec`, 201 / 209): per group `1` and an Arrow stream of the
//!   group's rows, grouping key columns first (flat for pandas, one struct for Arrow),
//!   then `0`; the argument offsets say which columns are keys and which values;
//! - grouped aggregate `pandas_udf` in `groupBy().agg()` (`AggregateInPandasExec`, 202):
//!   per group the UDFs' argument columns; one row of results per group;
//! - `cogroup().applyInPandas` (`FlatMapCoGroupsInPandasExec`, 206): per key `2`, then the
//!   left and the right group's rows (an empty batch for a side without the key).
//!
//! Each is a [`runnel_core::logical::plan::ExternalFunction`]: the engine hands it one run's
//! rows (a micro-batch over a stream; none of these keep state between batches) and
//! takes the rows it made. Groups are found with `ops::external::key_groups` (Spark sorts
//! each partition by the keys; the order of groups is not part of the answer).

use std::rc::Rc;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch, StructArray, UInt32Array};
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use runnel_core::expr::Expr;
use runnel_core::logical::plan::ExternalFunction;
use runnel_core::ops::external::key_groups;
use runnel_core::{DataFrame, Result, RunnelError};

use crate::udf::{END_OF_STREAM, PythonUdf, int};

/// `PythonEvalType.SQL_GROUPED_MAP_PANDAS_UDF`: `applyInPandas`.
pub const SQL_GROUPED_MAP_PANDAS_UDF: i32 = 201;
/// `PythonEvalType.SQL_GROUPED_AGG_PANDAS_UDF`: a grouped aggregate `pandas_udf`.
pub const SQL_GROUPED_AGG_PANDAS_UDF: i32 = 202;
/// `PythonEvalType.SQL_MAP_PANDAS_ITER_UDF`: `mapInPandas`.
pub const SQL_MAP_PANDAS_ITER_UDF: i32 = 205;
/// `PythonEvalType.SQL_COGROUPED_MAP_PANDAS_UDF`: `cogroup().applyInPandas`.
pub const SQL_COGROUPED_MAP_PANDAS_UDF: i32 = 206;
/// `PythonEvalType.SQL_MAP_ARROW_ITER_UDF`: `mapInArrow`.
pub const SQL_MAP_ARROW_ITER_UDF: i32 = 207;
/// `PythonEvalType.SQL_GROUPED_MAP_ARROW_UDF`: `applyInArrow`.
pub const SQL_GROUPED_MAP_ARROW_UDF: i32 = 209;

/// Spark's `spark.sql.execution.arrow.maxRecordsPerBatch` default: the most rows of one
/// Arrow batch sent to the worker.
const MAX_RECORDS_PER_BATCH: usize = 10_000;

/// What the function does with its input's columns.
enum Shape {
    /// `mapInPandas` / `mapInArrow`: every column, in batches.
    Map,
    /// `applyInPandas` / `applyInArrow`: the first `keys` columns are the grouping keys,
    /// the rest the values handed to the function.
    GroupedMap { keys: usize },
    /// Grouped aggregate pandas UDFs: the first `keys` columns are the grouping keys;
    /// UDF i reads the columns `args[i]` (offsets among the columns after the keys).
    GroupedAgg {
        keys: usize,
        udfs: Vec<PythonUdf>,
        args: Vec<Vec<i32>>,
    },
    /// `cogroup().applyInPandas`: each input's first `keys[i]` columns are its keys.
    CoGroupedMap { keys: [usize; 2] },
}

/// A Python function over DataFrames.
struct PythonFunction {
    udf: PythonUdf,
    shape: Shape,
}

impl ExternalFunction for PythonFunction {
    fn name(&self) -> String {
        match (self.udf.eval_type, &self.shape) {
            (SQL_MAP_ARROW_ITER_UDF, _) => "MapInArrow",
            (_, Shape::Map) => "MapInPandas",
            (SQL_GROUPED_MAP_ARROW_UDF, _) => "FlatMapGroupsInArrow",
            (_, Shape::GroupedMap { .. }) => "FlatMapGroupsInPandas",
            (_, Shape::GroupedAgg { .. }) => "AggregateInPandas",
            (_, Shape::CoGroupedMap { .. }) => "FlatMapCoGroupsInPandas",
        }
        .to_string()
    }

    fn apply(&self, inputs: Vec<RecordBatch>, schema: &SchemaRef) -> Result<RecordBatch> {
        match &self.shape {
            Shape::Map => self.map(&inputs[0], schema),
            Shape::GroupedMap { keys } => self.grouped_map(&inputs[0], *keys, schema),
            Shape::GroupedAgg { keys, udfs, args } => {
                grouped_agg(&inputs[0], *keys, udfs, args, schema)
            }
            Shape::CoGroupedMap { keys } => self.cogrouped_map(&inputs, *keys, schema),
        }
    }
}

impl PythonFunction {
    fn map(&self, input: &RecordBatch, schema: &SchemaRef) -> Result<RecordBatch> {
        if input.num_rows() == 0 {
            return Ok(RecordBatch::new_empty(schema.clone()));
        }
        let wrapped = as_struct_batch(input)?;
        let mut task =
            crate::udf::header(&[(&self.udf, &[0])], &type_json(input.schema_ref()), &[]);
        arrow_stream(&mut task, &wrapped)?;
        int(&mut task, END_OF_STREAM);
        struct_rows(self.run(&task)?, schema)
    }

    fn grouped_map(
        &self,
        input: &RecordBatch,
        keys: usize,
        schema: &SchemaRef,
    ) -> Result<RecordBatch> {
        let groups = key_groups(&[input.columns()[..keys].to_vec()], &[input.num_rows()])?;
        if groups.is_empty() {
            return Ok(RecordBatch::new_empty(schema.clone()));
        }
        let args = key_value_offsets(keys, input.num_columns());
        let mut task =
            crate::udf::header(&[(&self.udf, &args)], &type_json(input.schema_ref()), &[]);
        let arrow = self.udf.eval_type == SQL_GROUPED_MAP_ARROW_UDF;
        for g in &groups {
            int(&mut task, 1);
            let rows = take(input, &g[0])?;
            let rows = if arrow { as_struct_batch(&rows)? } else { rows };
            arrow_stream(&mut task, &rows)?;
        }
        int(&mut task, 0);
        int(&mut task, END_OF_STREAM);
        struct_rows(self.run(&task)?, schema)
    }

    fn cogrouped_map(
        &self,
        inputs: &[RecordBatch],
        keys: [usize; 2],
        schema: &SchemaRef,
    ) -> Result<RecordBatch> {
        let (l, r) = (&inputs[0], &inputs[1]);
        let lk = l.columns()[..keys[0]].to_vec();
        // The right keys as the left's types (a cogroup's keys are compared as one type).
        let rk = r.columns()[..keys[1]]
            .iter()
            .zip(&lk)
            .map(|(a, t)| runnel_core::expr::cast::cast_array(a, t.data_type(), false))
            .collect::<Result<Vec<_>>>()?;
        let groups = key_groups(&[lk, rk], &[l.num_rows(), r.num_rows()])?;
        if groups.is_empty() {
            return Ok(RecordBatch::new_empty(schema.clone()));
        }
        let mut args = key_value_offsets(keys[0], l.num_columns());
        args.extend(key_value_offsets(keys[1], r.num_columns()));
        let mut task = crate::udf::header(&[(&self.udf, &args)], &type_json(l.schema_ref()), &[]);
        for g in &groups {
            int(&mut task, 2);
            arrow_stream(&mut task, &take(l, &g[0])?)?;
            arrow_stream(&mut task, &take(r, &g[1])?)?;
        }
        int(&mut task, 0);
        int(&mut task, END_OF_STREAM);
        struct_rows(self.run(&task)?, schema)
    }

    fn run(&self, task: &[u8]) -> Result<Vec<RecordBatch>> {
        Ok(crate::udf::run_task(&self.udf.python_ver, task)?
            .arrow
            .unwrap_or_default())
    }
}

/// Grouped aggregate pandas UDFs: one row per group, the group's keys then each UDF's
/// result.
fn grouped_agg(
    input: &RecordBatch,
    keys: usize,
    udfs: &[PythonUdf],
    args: &[Vec<i32>],
    schema: &SchemaRef,
) -> Result<RecordBatch> {
    let key_cols = input.columns()[..keys].to_vec();
    let groups = key_groups(std::slice::from_ref(&key_cols), &[input.num_rows()])?;
    if groups.is_empty() {
        return Ok(RecordBatch::new_empty(schema.clone()));
    }
    let values = input.project(&(keys..input.num_columns()).collect::<Vec<_>>())?;
    let pairs: Vec<(&PythonUdf, &[i32])> = udfs
        .iter()
        .zip(args)
        .map(|(u, a)| (u, a.as_slice()))
        .collect();
    let mut task = crate::udf::header(&pairs, &type_json(values.schema_ref()), &[]);
    for g in &groups {
        int(&mut task, 1);
        arrow_stream(&mut task, &take(&values, &g[0])?)?;
    }
    int(&mut task, 0);
    int(&mut task, END_OF_STREAM);
    let batches = crate::udf::run_task(&udfs[0].python_ver, &task)?
        .arrow
        .unwrap_or_default();
    let mut cols: Vec<ArrayRef> = Vec::with_capacity(schema.fields().len());
    // The keys: each group's first row.
    let firsts = UInt32Array::from(groups.iter().map(|g| g[0][0]).collect::<Vec<u32>>());
    for k in &key_cols {
        cols.push(arrow_select::take::take(k, &firsts, None)?);
    }
    for (i, f) in schema.fields()[keys..].iter().enumerate() {
        let parts: Vec<&dyn Array> = batches
            .iter()
            .map(|b| {
                b.columns().get(i).map(|c| c.as_ref()).ok_or_else(|| {
                    RunnelError::execution_plain(format!(
                        "the Python worker answered {} columns for {} grouped aggregate pandas UDFs",
                        b.num_columns(),
                        udfs.len()
                    ))
                })
            })
            .collect::<Result<_>>()?;
        let a = arrow_select::concat::concat(&parts)?;
        cols.push(runnel_core::expr::cast::cast_array(
            &a,
            f.data_type(),
            false,
        )?);
    }
    if cols[keys..].iter().any(|c| c.len() != groups.len()) {
        return Err(RunnelError::execution_plain(format!(
            "the Python worker answered {} rows for {} groups",
            cols[keys].len(),
            groups.len()
        )));
    }
    Ok(RecordBatch::try_new(schema.clone(), cols)?)
}

/// Spark's argument offsets of a grouped function (`BasePandasGroupExec.
/// resolveArgOffsets`): the count that follows, the number of keys, the key columns,
/// then the value columns.
fn key_value_offsets(keys: usize, columns: usize) -> Vec<i32> {
    let mut out = vec![(1 + columns) as i32, keys as i32];
    out.extend((0..columns as i32).collect::<Vec<_>>());
    out
}

/// The rows `rows` of `b`.
fn take(b: &RecordBatch, rows: &[u32]) -> Result<RecordBatch> {
    Ok(arrow_select::take::take_record_batch(
        b,
        &UInt32Array::from(rows.to_vec()),
    )?)
}

/// The batch's columns as one struct column (`struct`), as Spark hands a row to
/// `mapInPandas`, `mapInArrow` and `applyInArrow`.
fn as_struct_batch(b: &RecordBatch) -> Result<RecordBatch> {
    let fields = b.schema().fields().clone();
    let s =
        StructArray::try_new_with_length(fields.clone(), b.columns().to_vec(), None, b.num_rows())?;
    let schema = Schema::new(vec![Field::new("struct", DataType::Struct(fields), false)]);
    Ok(RecordBatch::try_new(Arc::new(schema), vec![Arc::new(s)])?)
}

/// The Spark type (JSON) of a row of `schema`: the worker's `input_type`.
fn type_json(schema: &SchemaRef) -> serde_json::Value {
    runnel_core::types::spark_json(&DataType::Struct(schema.fields().clone()))
}

/// `b` as an Arrow IPC stream, in batches of at most [`MAX_RECORDS_PER_BATCH`] rows (one
/// batch, maybe empty, at least: a group's stream always holds one).
fn arrow_stream(out: &mut Vec<u8>, b: &RecordBatch) -> Result<()> {
    let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut *out, &b.schema())?;
    let mut start = 0;
    loop {
        let len = MAX_RECORDS_PER_BATCH.min(b.num_rows() - start);
        w.write(&b.slice(start, len))?;
        start += len;
        if start >= b.num_rows() {
            break;
        }
    }
    w.finish()?;
    Ok(())
}

/// The worker's answer, batches of one struct column (`_0`) holding each output row, as
/// rows of `schema`.
pub(crate) fn struct_rows(batches: Vec<RecordBatch>, schema: &SchemaRef) -> Result<RecordBatch> {
    let mut parts = Vec::with_capacity(batches.len());
    for b in &batches {
        let s = b
            .columns()
            .first()
            .and_then(|c| c.as_struct_opt())
            .ok_or_else(|| {
                RunnelError::execution_plain(
                    "the Python worker's answer is not one struct column of rows",
                )
            })?;
        if s.num_columns() != schema.fields().len() {
            return Err(RunnelError::execution_plain(format!(
                "the Python worker answered rows of {} columns; the schema has {}",
                s.num_columns(),
                schema.fields().len()
            )));
        }
        let cols = s
            .columns()
            .iter()
            .zip(schema.fields())
            .map(|(c, f)| runnel_core::expr::cast::cast_array(c, f.data_type(), false))
            .collect::<Result<Vec<_>>>()?;
        let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(s.len()));
        parts.push(RecordBatch::try_new_with_options(
            schema.clone(),
            cols,
            &opts,
        )?);
    }
    if parts.is_empty() {
        return Ok(RecordBatch::new_empty(schema.clone()));
    }
    Ok(arrow_select::concat::concat_batches(schema, &parts)?)
}

// ---- from Spark Connect relations ----

/// The client's Python function of a relation, with its eval type checked against
/// `allowed` (what the relation's API makes).
pub(crate) fn function_of(
    f: Option<&spark_connect_proto::CommonInlineUserDefinedFunction>,
    allowed: &[i32],
    api: &str,
) -> Result<PythonUdf> {
    use spark_connect_proto::common_inline_user_defined_function::Function;
    let f = f.ok_or_else(|| RunnelError::analysis_plain(format!("{api} without its function")))?;
    let Some(Function::PythonUdf(p)) = &f.function else {
        return Err(crate::error::unsupported(format!(
            "{api} of a non-Python function"
        )));
    };
    if !allowed.contains(&p.eval_type) {
        return Err(crate::error::unsupported(format!(
            "{api} of a Python function of eval type {}",
            p.eval_type
        )));
    }
    crate::udf::parse(&f.function_name, f.deterministic, p)
}

/// The output schema a function declared (a struct type).
pub(crate) fn output_schema(udf: &PythonUdf) -> Result<SchemaRef> {
    match &udf.ret {
        DataType::Struct(fields) => Ok(Arc::new(Schema::new(fields.clone()))),
        other => Err(RunnelError::analysis_plain(format!(
            "the function's schema must be a struct type, not {}",
            runnel_core::types::simple_string(other)
        ))),
    }
}

fn external(
    df: &DataFrame,
    others: &[DataFrame],
    udf: PythonUdf,
    shape: Shape,
) -> Result<DataFrame> {
    let schema = match &shape {
        Shape::GroupedAgg { .. } => {
            return Err(RunnelError::internal(
                "a grouped aggregate has its own schema",
            ));
        }
        _ => output_schema(&udf)?,
    };
    Ok(df.external(others, Rc::new(PythonFunction { udf, shape }), schema))
}

/// `mapInPandas` / `mapInArrow`.
pub fn map_partitions(
    df: DataFrame,
    f: Option<&spark_connect_proto::CommonInlineUserDefinedFunction>,
) -> Result<DataFrame> {
    let udf = function_of(
        f,
        &[SQL_MAP_PANDAS_ITER_UDF, SQL_MAP_ARROW_ITER_UDF],
        "mapInPandas/mapInArrow",
    )?;
    external(&df, &[], udf, Shape::Map)
}

/// `df` with the grouping keys first (named `__key<i>`), then every column of `df`.
pub(crate) fn keys_first(df: &DataFrame, keys: &[Expr]) -> Result<DataFrame> {
    let mut cols: Vec<Expr> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| k.clone().strip_alias().alias(&format!("__key{i}")))
        .collect();
    cols.push(Expr::Star(None));
    df.select(cols)
}

/// `groupBy(keys).applyInPandas` / `applyInArrow`.
pub fn group_map(
    df: DataFrame,
    keys: Vec<Expr>,
    f: Option<&spark_connect_proto::CommonInlineUserDefinedFunction>,
) -> Result<DataFrame> {
    let udf = function_of(
        f,
        &[SQL_GROUPED_MAP_PANDAS_UDF, SQL_GROUPED_MAP_ARROW_UDF],
        "applyInPandas/applyInArrow",
    )?;
    let n = keys.len();
    external(
        &keys_first(&df, &keys)?,
        &[],
        udf,
        Shape::GroupedMap { keys: n },
    )
}

/// `groupBy(keys).cogroup(other.groupBy(other_keys)).applyInPandas`.
pub fn cogroup_map(
    df: DataFrame,
    keys: Vec<Expr>,
    other: DataFrame,
    other_keys: Vec<Expr>,
    f: Option<&spark_connect_proto::CommonInlineUserDefinedFunction>,
) -> Result<DataFrame> {
    let udf = function_of(
        f,
        &[SQL_COGROUPED_MAP_PANDAS_UDF],
        "cogroup().applyInPandas",
    )?;
    if keys.len() != other_keys.len() {
        return Err(RunnelError::analysis_plain(format!(
            "cogroup: the two sides are grouped by {} and {} keys; group both by as many",
            keys.len(),
            other_keys.len()
        )));
    }
    let shape = Shape::CoGroupedMap {
        keys: [keys.len(), other_keys.len()],
    };
    external(
        &keys_first(&df, &keys)?,
        &[keys_first(&other, &other_keys)?],
        udf,
        shape,
    )
}

/// A grouped aggregate pandas UDF call among `groupBy().agg()`'s expressions: the
/// function, its arguments and the column's name, if the expression is one.
pub struct AggCall {
    /// The function.
    pub udf: PythonUdf,
    /// Its arguments.
    pub args: Vec<Expr>,
    /// The output column's name (an alias, or Spark's `name(args)`).
    pub name: String,
}

/// `groupBy(keys).agg(calls)` of grouped aggregate pandas UDFs only.
pub fn aggregate(df: DataFrame, keys: Vec<Expr>, calls: Vec<AggCall>) -> Result<DataFrame> {
    let nk = keys.len();
    let mut cols: Vec<Expr> = keys;
    let mut args = Vec::new();
    for c in &calls {
        let mut offsets = Vec::new();
        for a in &c.args {
            offsets.push((cols.len() - nk) as i32);
            cols.push(a.clone().alias(&format!("__arg{}", cols.len() - nk)));
        }
        args.push(offsets);
    }
    let input = df.select(cols)?;
    let mut fields: Vec<Field> = input.schema().fields()[..nk]
        .iter()
        .map(|f| f.as_ref().clone())
        .collect();
    for c in &calls {
        fields.push(Field::new(&c.name, c.udf.ret.clone(), true));
    }
    let schema = Arc::new(Schema::new(Fields::from(fields)));
    let udfs: Vec<PythonUdf> = calls.into_iter().map(|c| c.udf).collect();
    let first = udfs[0].clone();
    let shape = Shape::GroupedAgg {
        keys: nk,
        udfs,
        args,
    };
    Ok(input.external(&[], Rc::new(PythonFunction { udf: first, shape }), schema))
}

// ---- applyInPandasWithState ----

/// `PythonEvalType.SQL_GROUPED_MAP_PANDAS_UDF_WITH_STATE`: `applyInPandasWithState`.
pub const SQL_GROUPED_MAP_PANDAS_UDF_WITH_STATE: i32 = 208;

/// `applyInPandasWithState`'s function in PySpark's worker, as Spark's
/// `ApplyInPandasWithStatePythonRunner` feeds it: one Arrow stream whose batches hold the
/// groups' rows (keys first) and a last struct column, `state`, whose row i describes
/// group i of the batch (its properties as JSON, its key, its value pickled, where its
/// rows start and how many); the answer's batches hold a count struct, the output rows
/// and the groups' states after the calls.
struct PythonGroupState {
    udf: PythonUdf,
    keys: usize,
    state_schema: SchemaRef,
    timeout: runnel_core::logical::plan::GroupStateTimeout,
    output_mode: runnel_core::mode::OutputMode,
}

impl PythonGroupState {
    fn timeout_conf(&self) -> &'static str {
        use runnel_core::logical::plan::GroupStateTimeout as T;
        match self.timeout {
            T::NoTimeout => "NoTimeout",
            T::ProcessingTimeTimeout => "ProcessingTimeTimeout",
            T::EventTimeTimeout => "EventTimeTimeout",
        }
    }

    /// The pickle the worker loads as the state's value: the stored pickle of its
    /// internal tuple (what the worker sent back), turned into a Row of the state schema
    /// by `_create_row_inbound_converter`, as Spark pickles the state row.
    fn value_pickle(&self, stored: &[u8]) -> Vec<u8> {
        let mut p = runnel_pyspark::python::pickle::Pickler::new();
        p.global("pyspark.sql.types", "_create_row_inbound_converter");
        p.global("pyspark.sql.types", "_parse_datatype_json_string");
        p.str(&type_json(&self.state_schema).to_string());
        p.tuple1();
        p.reduce();
        p.tuple1();
        p.reduce();
        p.global("pickle", "loads");
        p.bytearray(stored);
        p.tuple1();
        p.reduce();
        p.reduce();
        p.finish()
    }
}

/// The `state` column's fields (Spark's `ApplyInPandasWithStateWriter.STATE_METADATA_SCHEMA`).
fn state_fields() -> Fields {
    Fields::from(vec![
        Field::new("properties", DataType::Utf8, true),
        Field::new("keyRowAsUnsafe", DataType::Binary, true),
        Field::new("object", DataType::Binary, true),
        Field::new("startOffset", DataType::Int32, true),
        Field::new("numRows", DataType::Int32, true),
        Field::new("isLastChunk", DataType::Boolean, true),
    ])
}

impl runnel_core::logical::plan::GroupStateFunction for PythonGroupState {
    fn name(&self) -> String {
        "FlatMapGroupsInPandasWithState".into()
    }

    fn timeout(&self) -> runnel_core::logical::plan::GroupStateTimeout {
        self.timeout
    }

    fn output_mode(&self) -> runnel_core::mode::OutputMode {
        self.output_mode
    }

    fn apply(
        &self,
        input: &RecordBatch,
        calls: &[runnel_core::logical::plan::GroupStateCall],
        clock: runnel_core::logical::plan::GroupStateClock,
        schema: &SchemaRef,
    ) -> Result<(
        RecordBatch,
        Vec<runnel_core::logical::plan::GroupStateUpdate>,
    )> {
        use arrow_array::builder::{BinaryBuilder, BooleanBuilder, Int32Builder, StringBuilder};
        if calls.is_empty() {
            return Ok((RecordBatch::new_empty(schema.clone()), Vec::new()));
        }
        let order: Vec<u32> = calls.iter().flat_map(|c| c.rows.iter().copied()).collect();
        let data = take(input, &order)?;
        let n = data.num_rows();
        let (mut props, mut keys, mut objects) = (
            StringBuilder::new(),
            BinaryBuilder::new(),
            BinaryBuilder::new(),
        );
        let (mut starts, mut counts, mut lasts) = (
            Int32Builder::new(),
            Int32Builder::new(),
            BooleanBuilder::new(),
        );
        let mut start = 0i32;
        for c in calls {
            let p = serde_json::json!({
                "batchProcessingTimeMs": clock.batch_ms,
                "eventTimeWatermarkMs": clock.watermark_ms.unwrap_or(-1),
                "timeoutConf": self.timeout_conf(),
                "hasTimedOut": c.timed_out,
                "watermarkPresent": clock.watermark_ms.is_some(),
                "defined": c.value.is_some(),
                "updated": false,
                "removed": false,
                "timeoutTimestamp": -1,
            });
            props.append_value(p.to_string());
            keys.append_value(c.key);
            match c.value {
                Some(v) => objects.append_value(self.value_pickle(v)),
                None => objects.append_null(),
            }
            starts.append_value(start);
            counts.append_value(c.rows.len() as i32);
            lasts.append_value(true);
            start += c.rows.len() as i32;
        }
        // The column is as long as the data; rows past the groups are NULL.
        for _ in calls.len()..n {
            props.append_null();
            keys.append_null();
            objects.append_null();
            starts.append_null();
            counts.append_null();
            lasts.append_null();
        }
        let valid =
            arrow_buffer::NullBuffer::from((0..n).map(|i| i < calls.len()).collect::<Vec<bool>>());
        let state = StructArray::try_new(
            state_fields(),
            vec![
                Arc::new(props.finish()),
                Arc::new(keys.finish()),
                Arc::new(objects.finish()),
                Arc::new(starts.finish()),
                Arc::new(counts.finish()),
                Arc::new(lasts.finish()),
            ],
            Some(valid),
        )?;
        let mut fields: Vec<Field> = data
            .schema()
            .fields()
            .iter()
            .map(|f| f.as_ref().clone())
            .collect();
        fields.push(Field::new("state", DataType::Struct(state_fields()), true));
        let mut cols = data.columns().to_vec();
        cols.push(Arc::new(state));
        let batch = RecordBatch::try_new(Arc::new(Schema::new(fields)), cols)?;

        let args = key_value_offsets(self.keys, input.num_columns());
        let conf = [(
            "state_value_schema",
            type_json(&self.state_schema).to_string(),
        )];
        let mut task =
            crate::udf::header(&[(&self.udf, &args)], &type_json(input.schema_ref()), &conf);
        arrow_stream(&mut task, &batch)?;
        int(&mut task, END_OF_STREAM);
        let reply = crate::udf::run_task(&self.udf.python_ver, &task)?
            .arrow
            .unwrap_or_default();
        state_answer(reply, schema)
    }
}

/// The worker's answer to an `applyInPandasWithState` task: the output rows and each
/// group's state.
fn state_answer(
    batches: Vec<RecordBatch>,
    schema: &SchemaRef,
) -> Result<(
    RecordBatch,
    Vec<runnel_core::logical::plan::GroupStateUpdate>,
)> {
    let bad = |what: &str| {
        RunnelError::execution_plain(format!(
            "the Python worker's answer for applyInPandasWithState: {what}"
        ))
    };
    let mut rows = Vec::new();
    let mut updates = Vec::new();
    for b in &batches {
        if b.num_columns() != 3 {
            return Err(bad("not three columns (counts, rows, states)"));
        }
        let counts = b
            .column(0)
            .as_struct_opt()
            .filter(|c| c.num_columns() == 2)
            .ok_or_else(|| bad("no count struct (dataCount, stateCount)"))?;
        let count = |i: usize| -> Result<usize> {
            let c = counts
                .column(i)
                .as_primitive_opt::<arrow_array::types::Int32Type>()
                .ok_or_else(|| bad("counts are not ints"))?;
            Ok(if c.is_empty() || c.is_null(0) {
                0
            } else {
                c.value(0).max(0) as usize
            })
        };
        let (data_n, state_n) = (count(0)?, count(1)?);
        let data = b.column(1).slice(0, data_n.min(b.num_rows()));
        rows.push(RecordBatch::try_new(
            Arc::new(Schema::new(vec![Field::new(
                "_1",
                data.data_type().clone(),
                true,
            )])),
            vec![data],
        )?);
        let states = b
            .column(2)
            .as_struct_opt()
            .filter(|c| c.num_columns() >= 3)
            .ok_or_else(|| bad("no state struct (properties, keyRowAsUnsafe, object, ...)"))?;
        let props = states
            .column(0)
            .as_string_opt::<i32>()
            .ok_or_else(|| bad("properties"))?;
        let keys = states
            .column(1)
            .as_binary_opt::<i32>()
            .ok_or_else(|| bad("keys"))?;
        let objects = states
            .column(2)
            .as_binary_opt::<i32>()
            .ok_or_else(|| bad("objects"))?;
        for i in 0..state_n.min(b.num_rows()) {
            let p: serde_json::Value = serde_json::from_str(props.value(i))?;
            let flag = |k: &str| p.get(k).and_then(|v| v.as_bool()).unwrap_or(false);
            let defined = flag("defined");
            updates.push(runnel_core::logical::plan::GroupStateUpdate {
                key: keys.value(i).to_vec(),
                value: (defined && !objects.is_null(i)).then(|| objects.value(i).to_vec()),
                updated: flag("updated"),
                removed: flag("removed"),
                timeout_ms: p
                    .get("timeoutTimestamp")
                    .and_then(|v| v.as_i64())
                    .unwrap_or(-1),
            });
        }
    }
    Ok((struct_rows(rows, schema)?, updates))
}

/// `groupBy(keys).applyInPandasWithState(func, outputStructType, stateStructType,
/// outputMode, timeoutConf)`.
pub fn apply_in_pandas_with_state(
    df: DataFrame,
    keys: Vec<Expr>,
    r: &spark_connect_proto::ApplyInPandasWithState,
) -> Result<DataFrame> {
    use runnel_core::logical::plan::GroupStateTimeout as T;
    let udf = function_of(
        r.func.as_ref(),
        &[SQL_GROUPED_MAP_PANDAS_UDF_WITH_STATE],
        "applyInPandasWithState",
    )?;
    let schema = output_schema(&udf)?;
    let state = crate::types::parse_schema(&r.state_schema)?;
    let state_schema = Arc::new(Schema::new(
        state
            .fields()
            .iter()
            .map(|f| {
                f.as_ref()
                    .clone()
                    .with_data_type(runnel_core::types::spark_type(f.data_type()))
            })
            .collect::<Vec<_>>(),
    ));
    let timeout = match r.timeout_conf.to_ascii_lowercase().as_str() {
        "notimeout" => T::NoTimeout,
        "processingtimetimeout" => T::ProcessingTimeTimeout,
        "eventtimetimeout" => T::EventTimeTimeout,
        other => {
            return Err(RunnelError::analysis_plain(format!(
                "applyInPandasWithState: unknown timeout {other:?}; use GroupStateTimeout.NoTimeout, ProcessingTimeTimeout or EventTimeTimeout"
            )));
        }
    };
    let output_mode = match r.output_mode.to_ascii_lowercase().as_str() {
        "append" => runnel_core::mode::OutputMode::Append,
        "update" => runnel_core::mode::OutputMode::Update,
        _ => {
            return Err(RunnelError::analysis_plain(format!(
                "applyInPandasWithState: the output mode {:?} is not one of \"Append\" and \"Update\"",
                r.output_mode
            )));
        }
    };
    let n = keys.len();
    let func = PythonGroupState {
        udf,
        keys: n,
        state_schema,
        timeout,
        output_mode,
    };
    Ok(keys_first(&df, &keys)?.group_state(n, Rc::new(func), schema))
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Int32Array;

    fn struct_of(cols: Vec<(&str, ArrayRef)>) -> ArrayRef {
        let fields: Vec<Field> = cols
            .iter()
            .map(|(n, a)| Field::new(*n, a.data_type().clone(), true))
            .collect();
        Arc::new(
            StructArray::try_new(
                Fields::from(fields),
                cols.into_iter().map(|(_, a)| a).collect(),
                None,
            )
            .unwrap(),
        )
    }

    #[test]
    fn a_malformed_state_answer_is_an_error_not_a_panic() {
        let one: ArrayRef = Arc::new(Int32Array::from(vec![1]));
        let counts = struct_of(vec![("dataCount", one.clone())]);
        let rows = struct_of(vec![("id", one.clone())]);
        let states = struct_of(vec![("properties", one.clone())]);
        let schema = Arc::new(Schema::new(vec![
            Field::new("_0", counts.data_type().clone(), true),
            Field::new("_1", rows.data_type().clone(), true),
            Field::new("_2", states.data_type().clone(), true),
        ]));
        let b = RecordBatch::try_new(schema, vec![counts, rows, states]).unwrap();
        let out = Arc::new(Schema::new(vec![Field::new("id", DataType::Int32, true)]));
        let e = state_answer(vec![b], &out).err().unwrap();
        assert!(e.message.contains("count struct"), "{}", e.message);
    }

    #[test]
    fn grouped_offsets_are_count_keys_then_every_column() {
        // Spark's resolveArgOffsets: [1 + columns, keys, key offsets..., value offsets...].
        assert_eq!(key_value_offsets(1, 4), vec![5, 1, 0, 1, 2, 3]);
        assert_eq!(key_value_offsets(0, 2), vec![3, 0, 0, 1]);
    }
}
