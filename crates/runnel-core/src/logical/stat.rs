//! Spark's `DataFrameStatFunctions` and the exploration methods built on them:
//! `summary`/`describe` (as Spark's `StatFunctions.summary`: one aggregation whose
//! per-column maps of statistic → text are then read row by row), `corr` and `cov` of
//! two numeric columns (Spark's `CovarianceCounter`, in row order).

use arrow_array::Array;
use arrow_schema::DataType;

use super::dataframe::DataFrame;
use super::na::{quoted, resolve};
use crate::error::{Result, RunnelError};
use crate::expr::{Expr, func, lit};
use crate::scalar::ScalarValue;

/// `describe()`'s statistics.
pub const DESCRIBE: [&str; 5] = ["count", "mean", "stddev", "min", "max"];
/// `summary()`'s statistics when none are named.
pub const SUMMARY: [&str; 8] = ["count", "mean", "stddev", "min", "25%", "50%", "75%", "max"];

fn text(s: &str) -> Expr {
    lit(ScalarValue::Utf8(s.to_string()))
}

fn to_string(e: Expr) -> Expr {
    Expr::Cast {
        expr: Box::new(e),
        to: DataType::Utf8,
        try_: false,
    }
}

fn unrecognized(stat: &str) -> RunnelError {
    RunnelError::execution(
        "UNRECOGNIZED_STATISTIC",
        format!(
            "The statistic '{stat}' is not recognized. Valid statistics include `count`, `count_distinct`, `approx_count_distinct`, `mean`, `stddev`, `min`, `max`, and percentile values. Percentile must be a numeric value followed by '%', within the range 0% to 100%."
        ),
    )
    .with_exception("IllegalArgumentException")
}

fn is_summarized(dt: &DataType) -> bool {
    crate::types::is_numeric(dt) || matches!(dt, DataType::Utf8 | DataType::LargeUtf8)
}

impl DataFrame {
    /// `summary(*statistics)`: for each numeric or string column, the statistics as text
    /// (strings read as doubles, NULL where they are not numbers, for the mean, the
    /// standard deviation and the percentiles), one row per statistic under `summary`.
    pub fn summary(&self, statistics: &[String]) -> Result<DataFrame> {
        let stats: Vec<String> = if statistics.is_empty() {
            SUMMARY.iter().map(|s| s.to_string()).collect()
        } else {
            statistics.to_vec()
        };
        let mut percentiles = Vec::new();
        for s in &stats {
            if let Some(p) = s.strip_suffix('%') {
                let v: f64 = p.trim().parse().map_err(|_| unrecognized(s))?;
                percentiles.push(v / 100.0);
            } else if !matches!(
                s.to_ascii_lowercase().as_str(),
                "count"
                    | "count_distinct"
                    | "approx_count_distinct"
                    | "mean"
                    | "stddev"
                    | "min"
                    | "max"
            ) {
                return Err(unrecognized(s));
            }
        }
        if percentiles.iter().any(|p| !(0.0..=1.0).contains(p)) {
            return Err(RunnelError::execution_plain(
                "requirement failed: Percentiles must be in the range [0, 1]",
            )
            .with_exception("IllegalArgumentException"));
        }
        let schema = self.schema();
        let cols: Vec<(String, DataType)> = schema
            .fields()
            .iter()
            .filter(|f| is_summarized(f.data_type()))
            .map(|f| (f.name().clone(), f.data_type().clone()))
            .collect();
        let names = Expr::Column("summary".into());
        if cols.is_empty() {
            let rows: Vec<Vec<ScalarValue>> = stats
                .iter()
                .map(|s| vec![ScalarValue::Utf8(s.clone())])
                .collect();
            let schema =
                std::sync::Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new(
                    "summary",
                    DataType::Utf8,
                    true,
                )]));
            return self.session.create_data_frame(&rows, schema);
        }
        let mut maps = Vec::new();
        for (name, dt) in &cols {
            let c = quoted(name);
            let casted = if matches!(dt, DataType::Utf8 | DataType::LargeUtf8) {
                Expr::Cast {
                    expr: Box::new(c.clone()),
                    to: DataType::Float64,
                    try_: true,
                }
            } else {
                c.clone()
            };
            let pcts = func(
                "percentile_approx",
                vec![
                    casted.clone(),
                    func(
                        "array",
                        percentiles
                            .iter()
                            .map(|p| lit(ScalarValue::Float64(*p)))
                            .collect(),
                    ),
                    lit(ScalarValue::Int32(10000)),
                ],
            );
            let mut entries = Vec::new();
            let mut next_pct = 0;
            for s in &stats {
                let value = match s.to_ascii_lowercase().as_str() {
                    "count" => func("count", vec![c.clone()]),
                    "count_distinct" => Expr::Function {
                        name: "count".into(),
                        args: vec![c.clone()],
                        distinct: true,
                    },
                    "approx_count_distinct" => func("approx_count_distinct", vec![c.clone()]),
                    "mean" => func("avg", vec![casted.clone()]),
                    "stddev" => func("stddev", vec![casted.clone()]),
                    "min" => func("min", vec![c.clone()]),
                    "max" => func("max", vec![c.clone()]),
                    _ => {
                        next_pct += 1;
                        func(
                            "get",
                            vec![pcts.clone(), lit(ScalarValue::Int32(next_pct - 1))],
                        )
                    }
                };
                entries.push(text(s));
                entries.push(to_string(value));
            }
            maps.push(func("map", entries).alias(name));
        }
        let per_column = self.group_by(vec![]).agg(maps)?;
        let mut out = vec![
            func(
                "explode",
                vec![func("array", stats.iter().map(|s| text(s)).collect())],
            )
            .alias("summary"),
        ];
        out.extend(cols.iter().map(|(n, _)| quoted(n)));
        let exploded = per_column.select(out)?;
        // (The statistic's name looked up in a map of the names: nullable, as Spark
        // reports `summary`.)
        let named = func(
            "map",
            stats.iter().flat_map(|s| [text(s), text(s)]).collect(),
        );
        let mut read = vec![func("element_at", vec![named, names.clone()]).alias("summary")];
        read.extend(
            cols.iter()
                .map(|(n, _)| func("element_at", vec![quoted(n), names.clone()]).alias(n)),
        );
        exploded.select(read)
    }

    /// `tail(n)`: the last `n` rows, collected (a DataFrame over them).
    pub fn tail(&self, n: i64) -> Result<DataFrame> {
        super::dataframe::check_limit(n, "tail")?;
        let batches = self.collect()?;
        let total: usize = batches.iter().map(|b| b.num_rows()).sum();
        let mut skip = total.saturating_sub(usize::try_from(n).unwrap_or(usize::MAX));
        let mut kept = Vec::new();
        for b in batches {
            if skip >= b.num_rows() {
                skip -= b.num_rows();
                continue;
            }
            kept.push(b.slice(skip, b.num_rows() - skip));
            skip = 0;
        }
        Ok(self
            .session
            .create_data_frame_from_batches(self.schema(), kept))
    }

    /// `describe(*cols)`: count, mean, stddev, min and max of the columns named (all
    /// numeric and string columns when none are).
    pub fn describe(&self, cols: &[String]) -> Result<DataFrame> {
        let stats: Vec<String> = DESCRIBE.iter().map(|s| s.to_string()).collect();
        if cols.is_empty() {
            return self.summary(&stats);
        }
        let picked = cols
            .iter()
            .map(|c| resolve(self, c).map(|n| quoted(&n)))
            .collect::<Result<Vec<_>>>()?;
        self.select(picked)?.summary(&stats)
    }

    /// `df.stat.corr(col1, col2, method)`: Pearson's correlation of two numeric columns
    /// (Spark's `DataFrameStatFunctions.corr` takes no other method).
    pub fn corr(&self, col1: &str, col2: &str, method: &str) -> Result<f64> {
        if method != "pearson" {
            return Err(RunnelError::execution_plain(
                "requirement failed: Currently only the calculation of the Pearson Correlation coefficient is supported.",
            )
            .with_exception("IllegalArgumentException"));
        }
        self.moment(col1, col2, Moment::Correlation)
    }

    /// `df.stat.cov(col1, col2)`: the sample covariance of two numeric columns.
    pub fn cov(&self, col1: &str, col2: &str) -> Result<f64> {
        self.moment(col1, col2, Moment::Covariance)
    }

    /// A co-moment of two numeric columns as Spark's `CovarianceCounter` computes it,
    /// row by row.
    fn moment(&self, col1: &str, col2: &str, what: Moment) -> Result<f64> {
        let schema = self.schema();
        let mut names = Vec::new();
        for c in [col1, col2] {
            let f = schema
                .fields()
                .iter()
                .find(|f| f.name() == c)
                .ok_or_else(|| {
                    RunnelError::execution_plain(format!(
                        "requirement failed: Couldn't find column with name {c}"
                    ))
                    .with_exception("IllegalArgumentException")
                })?;
            if !crate::types::is_numeric(f.data_type()) {
                return Err(RunnelError::execution_plain(format!(
                    "requirement failed: Currently {} calculation for columns with dataType {} not supported.",
                    what.name(),
                    crate::types::simple_string(f.data_type())
                ))
                .with_exception("IllegalArgumentException"));
            }
            names.push(Expr::Cast {
                expr: Box::new(quoted(c)),
                to: DataType::Float64,
                try_: false,
            });
        }
        let batches = self.select(names)?.collect()?;
        let (mut n, mut x_avg, mut y_avg, mut ck, mut mk_x, mut mk_y) =
            (0f64, 0f64, 0f64, 0f64, 0f64, 0f64);
        for b in &batches {
            let xs = b
                .column(0)
                .as_any()
                .downcast_ref::<arrow_array::Float64Array>();
            let ys = b
                .column(1)
                .as_any()
                .downcast_ref::<arrow_array::Float64Array>();
            let (Some(xs), Some(ys)) = (xs, ys) else {
                return Err(RunnelError::internal(
                    "corr/cov over columns not cast to double",
                ));
            };
            for i in 0..b.num_rows() {
                // Spark reads a NULL as the row's default double, 0.0.
                let x = if xs.is_null(i) { 0.0 } else { xs.value(i) };
                let y = if ys.is_null(i) { 0.0 } else { ys.value(i) };
                let (dx, dy) = (x - x_avg, y - y_avg);
                n += 1.0;
                x_avg += dx / n;
                y_avg += dy / n;
                ck += dx * (y - y_avg);
                mk_x += dx * (x - x_avg);
                mk_y += dy * (y - y_avg);
            }
        }
        Ok(match what {
            Moment::Correlation => ck / (mk_x * mk_y).sqrt(),
            Moment::Covariance => ck / (n - 1.0),
        })
    }
}

/// Spark's `QuantileSummaries` (Greenwald-Khanna, as `approxQuantile` runs it): the
/// sampled `(value, g, delta)` of the values inserted so far, and the head buffer.
struct QuantileSummaries {
    relative_error: f64,
    sampled: Vec<(f64, i64, i64)>,
    count: i64,
    head: Vec<f64>,
}

impl QuantileSummaries {
    const COMPRESS_THRESHOLD: usize = 10_000;
    const HEAD_SIZE: usize = 50_000;

    fn new(relative_error: f64) -> Self {
        QuantileSummaries {
            relative_error,
            sampled: Vec::new(),
            count: 0,
            head: Vec::new(),
        }
    }

    fn insert(&mut self, x: f64) {
        self.head.push(x);
        if self.head.len() >= Self::HEAD_SIZE {
            self.with_head_inserted();
            if self.sampled.len() >= Self::COMPRESS_THRESHOLD {
                self.compress();
            }
        }
    }

    fn with_head_inserted(&mut self) {
        if self.head.is_empty() {
            return;
        }
        let mut sorted = std::mem::take(&mut self.head);
        sorted.sort_by(|a, b| a.total_cmp(b));
        let mut out = Vec::with_capacity(self.sampled.len() + sorted.len());
        let mut idx = 0;
        for (ops, &x) in sorted.iter().enumerate() {
            while idx < self.sampled.len() && self.sampled[idx].0 <= x {
                out.push(self.sampled[idx]);
                idx += 1;
            }
            self.count += 1;
            let delta = if out.is_empty() || (idx == self.sampled.len() && ops == sorted.len() - 1)
            {
                0
            } else {
                (2.0 * self.relative_error * self.count as f64).floor() as i64
            };
            out.push((x, 1, delta));
        }
        out.extend_from_slice(&self.sampled[idx..]);
        self.sampled = out;
    }

    fn compress(&mut self) {
        self.with_head_inserted();
        let threshold = 2.0 * self.relative_error * self.count as f64;
        let s = &self.sampled;
        if s.is_empty() {
            return;
        }
        let mut res = std::collections::VecDeque::new();
        let mut head = s[s.len() - 1];
        let mut i = s.len() as isize - 2;
        while i >= 1 {
            let sample = s[i as usize];
            if ((sample.1 + head.1 + head.2) as f64) < threshold {
                head.1 += sample.1;
            } else {
                res.push_front(head);
                head = sample;
            }
            i -= 1;
        }
        res.push_front(head);
        if s[0].0 <= head.0 && s.len() > 1 {
            res.push_front(s[0]);
        }
        self.sampled = res.into_iter().collect();
    }

    fn query(&self, percentiles: &[f64]) -> Option<Vec<f64>> {
        let s = &self.sampled;
        if s.is_empty() {
            return None;
        }
        let target = (s.iter().map(|x| x.2 + x.1).max().unwrap_or(i64::MIN) / 2) as f64;
        let mut index = 0usize;
        let mut min_rank = s[0].1;
        let mut order: Vec<usize> = (0..percentiles.len()).collect();
        order.sort_by(|a, b| percentiles[*a].total_cmp(&percentiles[*b]));
        let mut out = vec![0.0; percentiles.len()];
        for pos in order {
            let p = percentiles[pos];
            out[pos] = if p <= self.relative_error {
                s[0].0
            } else if p >= 1.0 - self.relative_error {
                s[s.len() - 1].0
            } else {
                let rank = (p * self.count as f64).ceil() as i64;
                let mut i = index;
                let mut rank_at = min_rank;
                let mut found = None;
                while i < s.len() - 1 {
                    let max_rank = rank_at + s[i].2;
                    if (max_rank as f64) - target <= rank as f64
                        && rank as f64 <= rank_at as f64 + target
                    {
                        found = Some(s[i].0);
                        break;
                    }
                    i += 1;
                    rank_at += s[i].1;
                }
                match found {
                    Some(v) => {
                        index = i;
                        min_rank = rank_at;
                        v
                    }
                    None => {
                        index = s.len() - 1;
                        min_rank = 0;
                        s[s.len() - 1].0
                    }
                }
            };
        }
        Some(out)
    }
}

/// Scala's `##` of a value a column holds (what `mutable.HashMap` places it by), None
/// for a type Runnel does not hash so.
fn scala_hash(v: &ScalarValue) -> Option<i32> {
    fn of_long(l: i64) -> i32 {
        if l as i32 as i64 == l {
            l as i32
        } else {
            (l ^ (l >> 32)) as i32
        }
    }
    fn of_double(d: f64) -> i32 {
        if d as i32 as f64 == d {
            d as i32
        } else if d as i64 as f64 == d {
            of_long(d as i64)
        } else if d as f32 as f64 == d {
            (d as f32).to_bits() as i32
        } else {
            let b = if d.is_nan() {
                0x7ff8_0000_0000_0000
            } else {
                d.to_bits()
            };
            (b ^ (b >> 32)) as i32
        }
    }
    Some(match v {
        v if v.is_null() => 0,
        ScalarValue::Int32(x) | ScalarValue::Date32(x) => *x,
        ScalarValue::Int64(x) => of_long(*x),
        ScalarValue::Float64(x) => of_double(*x),
        ScalarValue::Boolean(b) => {
            if *b {
                1231
            } else {
                1237
            }
        }
        ScalarValue::Utf8(s) => crate::expr::functions::hash::murmur3_bytes(s.as_bytes(), 42),
        _ => return None,
    })
}

/// The keys of a Scala `mutable.HashMap` built by inserting `keys` (distinct) into an
/// empty one, in the order it iterates them: by bucket, then by improved hash.
fn scala_map_order(keys: Vec<ScalarValue>) -> Vec<ScalarValue> {
    let hashes: Option<Vec<i32>> = keys.iter().map(scala_hash).collect();
    let Some(hashes) = hashes else {
        return keys;
    };
    let mut len = 16usize;
    for k in 0..keys.len() {
        if k + 1 >= (len as f64 * 0.75) as usize {
            len *= 2;
        }
    }
    let improved = |h: i32| h ^ ((h as u32) >> 16) as i32;
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| {
        let h = improved(hashes[i]);
        ((h as u32 as usize) & (len - 1), h, i)
    });
    order.into_iter().map(|i| keys[i].clone()).collect()
}

impl DataFrame {
    /// `crosstab(col1, col2)`: Spark's `crossTabulate`, `groupBy(col1 as text AS
    /// col1_col2).pivot(col2 as text).count()` with 0 for the missing pairs.
    pub fn crosstab(&self, col1: &str, col2: &str) -> Result<DataFrame> {
        if self.is_streaming() {
            return Err(RunnelError::analysis(
                "_LEGACY_ERROR_TEMP_3063",
                "pivot is not supported on a streaming DataFrames/Datasets; crosstab a batch DataFrame (inside foreachBatch)",
            ));
        }
        let as_text = |c: &str, clean: bool| {
            let s = to_string(crate::expr::col(c));
            let s = if clean {
                func("regexp_replace", vec![s, text("`"), text("")])
            } else {
                s
            };
            Expr::Case {
                operand: None,
                branches: vec![(Expr::IsNull(Box::new(crate::expr::col(c))), text("null"))],
                otherwise: Some(Box::new(s)),
            }
        };
        let counts = self
            .group_by(vec![as_text(col1, false).alias(&format!("{col1}_{col2}"))])
            .pivot(as_text(col2, true), None)?
            .count()?;
        super::na::fill(
            &counts,
            &super::na::NaFill::Value(ScalarValue::Int64(0)),
            None,
        )
    }

    /// `freqItems(cols, support)`: one row, for each column `<col>_freqItems`, the items
    /// Spark's `CollectFrequentItems` keeps (Karp, Schenker and Papadimitriou's counters,
    /// at most `1 / support`), in the order Spark's hash map lists them.
    pub fn freq_items(&self, cols: &[String], support: f64) -> Result<DataFrame> {
        if !(1e-4..=1.0).contains(&support) {
            return Err(RunnelError::execution_plain(format!(
                "requirement failed: Support must be in [1e-4, 1], but got {}.",
                crate::scalar::java_double(support)
            ))
            .with_exception("IllegalArgumentException"));
        }
        let size = (1.0 / support) as usize;
        let picked = self.select(cols.iter().map(|c| crate::expr::col(c)).collect())?;
        let schema = picked.schema();
        let batches = picked.collect()?;
        let mut fields = Vec::new();
        let mut arrays: Vec<arrow_array::ArrayRef> = Vec::new();
        for (i, c) in cols.iter().enumerate() {
            let f = schema.field(i);
            let mut map: Vec<(ScalarValue, i64)> = Vec::new();
            for b in &batches {
                for r in 0..b.num_rows() {
                    let key = ScalarValue::try_from_array(b.column(i).as_ref(), r)?;
                    if let Some(e) = map.iter_mut().find(|(k, _)| *k == key) {
                        e.1 += 1;
                    } else if map.len() < size {
                        map.push((key, 1));
                    } else {
                        let min = map.iter().map(|e| e.1).min().unwrap_or(0);
                        if 1 - min >= 0 {
                            map.push((key, 1));
                            map.retain(|e| e.1 > min);
                            map.iter_mut().for_each(|e| e.1 -= min);
                        } else {
                            map.iter_mut().for_each(|e| e.1 -= 1);
                        }
                    }
                }
            }
            let keys = scala_map_order(map.into_iter().map(|(k, _)| k).collect());
            let item = std::sync::Arc::new(arrow_schema::Field::new(
                "element",
                f.data_type().clone(),
                f.is_nullable(),
            ));
            let values = crate::ops::grouping::scalars_to_array(&keys, f.data_type())?;
            let list = arrow_array::ListArray::try_new(
                item.clone(),
                arrow_buffer::OffsetBuffer::from_lengths([keys.len()]),
                values,
                None,
            )
            .map_err(|e| RunnelError::internal(format!("freqItems list: {e}")))?;
            arrays.push(std::sync::Arc::new(list));
            fields.push(arrow_schema::Field::new(
                format!("{c}_freqItems"),
                DataType::List(item),
                false,
            ));
        }
        let schema = std::sync::Arc::new(arrow_schema::Schema::new(fields));
        let batch = arrow_array::RecordBatch::try_new(schema.clone(), arrays)
            .map_err(|e| RunnelError::internal(format!("freqItems row: {e}")))?;
        Ok(self
            .session
            .create_data_frame_from_batches(schema, vec![batch]))
    }

    /// `approxQuantile(cols, probabilities, relativeError)`: for each numeric column, the
    /// quantiles of its non-NULL, non-NaN values as Spark's `QuantileSummaries` gives
    /// them (one partition: compressed twice, as `treeAggregate`'s merges do); an empty
    /// list for a column without values.
    pub fn approx_quantile(
        &self,
        cols: &[String],
        probabilities: &[f64],
        relative_error: f64,
    ) -> Result<Vec<Vec<f64>>> {
        if relative_error.is_nan() || relative_error < 0.0 {
            return Err(RunnelError::execution_plain(format!(
                "requirement failed: Relative Error must be non-negative but got {relative_error}"
            ))
            .with_exception("IllegalArgumentException"));
        }
        let schema = self.schema();
        let mut exprs = Vec::new();
        for c in cols {
            let name = resolve(self, c)?;
            let dt = schema
                .field_with_name(&name)
                .map(|f| f.data_type().clone())
                .unwrap_or(DataType::Null);
            if !crate::types::is_numeric(&dt) {
                return Err(RunnelError::execution_plain(format!(
                    "requirement failed: Quantile calculation for column {c} with data type {} is not supported.",
                    type_object_name(&dt)
                ))
                .with_exception("IllegalArgumentException"));
            }
            exprs.push(Expr::Cast {
                expr: Box::new(quoted(&name)),
                to: DataType::Float64,
                try_: false,
            });
        }
        let batches = self.select(exprs)?.collect()?;
        // Spark 4.3 runs the summaries at `1 / ceil(1 / relativeError)` (0.3 as 0.25, 0.4
        // as 1/3; more than 1 as 1), as an accuracy of whole items: measured against
        // PySpark 4.3, which answers the same for 0.25 and 0.3.
        let relative_error = if relative_error > 0.0 {
            1.0 / (1.0 / relative_error).ceil().min(i32::MAX as f64)
        } else {
            0.0
        };
        let mut out = Vec::new();
        for i in 0..cols.len() {
            let mut s = QuantileSummaries::new(relative_error);
            for b in &batches {
                let xs = b
                    .column(i)
                    .as_any()
                    .downcast_ref::<arrow_array::Float64Array>()
                    .ok_or_else(|| {
                        RunnelError::internal("approxQuantile over a column not cast to double")
                    })?;
                for r in 0..b.num_rows() {
                    if !xs.is_null(r) && !xs.value(r).is_nan() {
                        s.insert(xs.value(r));
                    }
                }
            }
            s.compress();
            s.compress();
            out.push(s.query(probabilities).unwrap_or_default());
        }
        Ok(out)
    }
}

/// Spark's `DataType.toString` of a type (`StringType`), as its requirement messages
/// print it.
fn type_object_name(dt: &DataType) -> String {
    match dt {
        DataType::Utf8 | DataType::LargeUtf8 => "StringType".into(),
        DataType::Boolean => "BooleanType".into(),
        DataType::Date32 => "DateType".into(),
        DataType::Timestamp(_, Some(_)) => "TimestampType".into(),
        DataType::Timestamp(_, None) => "TimestampNTZType".into(),
        DataType::Binary => "BinaryType".into(),
        DataType::Null => "NullType".into(),
        other => crate::types::simple_string(other),
    }
}

/// What [`DataFrame::moment`] computes.
#[derive(Clone, Copy)]
enum Moment {
    /// Pearson's correlation.
    Correlation,
    /// The sample covariance.
    Covariance,
}

impl Moment {
    /// The word in Spark's error messages.
    fn name(self) -> &'static str {
        match self {
            Moment::Correlation => "correlation",
            Moment::Covariance => "covariance",
        }
    }
}
