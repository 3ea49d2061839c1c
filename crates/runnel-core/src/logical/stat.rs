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
