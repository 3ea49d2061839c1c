//! Spark's random sampling of a DataFrame: `sample` (a `BernoulliCellSampler` per
//! partition, seeded with `seed + partition`, one `XORShiftRandom.nextDouble` a row, as
//! `rand(seed)` draws them), `randomSplit` (each partition sorted by every orderable
//! column first, then the cells `[w0, w0 + w1)`...) and `sampleBy` (`rand(seed)` under
//! each stratum's fraction). Runnel runs one partition, so the rows kept are Spark's
//! when Spark's input is one partition too.

use arrow_schema::DataType;

use super::dataframe::DataFrame;
use super::na::quoted;
use crate::error::{Result, RunnelError};
use crate::expr::{BinaryOp, Expr, func, lit};
use crate::scalar::ScalarValue;

const DRAW: &str = "__runnel_sample_draw";

fn requirement(msg: String) -> RunnelError {
    RunnelError::execution_plain(format!("requirement failed: {msg}"))
        .with_exception("IllegalArgumentException")
}

fn double(v: f64) -> Expr {
    lit(ScalarValue::Float64(v))
}

/// A seed Spark would draw when none is given.
pub fn random_seed() -> i64 {
    crate::expr::functions::random::random_seed()
}

impl DataFrame {
    /// The rows whose draw falls in `[lower, upper)` (Spark's `Sample` without
    /// replacement).
    fn sample_cell(&self, lower: f64, upper: f64, seed: i64) -> Result<DataFrame> {
        let cols: Vec<Expr> = self.columns().iter().map(|c| quoted(c)).collect();
        let drawn = self.with_column(DRAW, func("rand", vec![lit(ScalarValue::Int64(seed))]))?;
        let r = Expr::Column(DRAW.into());
        let keep = r
            .clone()
            .binary(BinaryOp::GtEq, double(lower))
            .binary(BinaryOp::And, r.binary(BinaryOp::Lt, double(upper)));
        drawn.filter(keep)?.select(cols)
    }

    /// `sample(withReplacement, fraction, seed)`.
    pub fn sample(&self, with_replacement: bool, fraction: f64, seed: i64) -> Result<DataFrame> {
        let shown = crate::scalar::java_double(fraction);
        if with_replacement {
            if fraction < 0.0 {
                return Err(requirement(format!(
                    "Sampling fraction ({shown}) must be nonnegative with replacement"
                )));
            }
            return Err(RunnelError::not_supported(
                "sample(withReplacement=True) (Spark's Poisson sampler draws from commons-math's Well19937c); sample without replacement, or use explode(sequence(...)) with rand()",
            ));
        }
        if !(-1e-5..=1.0 + 1e-5).contains(&fraction) {
            return Err(requirement(format!(
                "Sampling fraction ({shown}) must be on interval [0, 1] without replacement"
            )));
        }
        self.sample_cell(0.0, fraction, seed)
    }

    /// `randomSplit(weights, seed)`: the DataFrames of each weight's cell of `[0, 1)`,
    /// over the rows sorted by every orderable column (as Spark sorts each partition).
    pub fn random_split(&self, weights: &[f64], seed: i64) -> Result<Vec<DataFrame>> {
        if weights.iter().any(|w| *w < 0.0) {
            return Err(requirement(format!(
                "Weights must be nonnegative, but got [{}]",
                weights
                    .iter()
                    .map(|w| crate::scalar::java_double(*w))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let sum: f64 = weights.iter().sum();
        if sum <= 0.0 {
            return Err(requirement(format!(
                "Sum of weights must be positive, but got [{}]",
                weights
                    .iter()
                    .map(|w| crate::scalar::java_double(*w))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let schema = self.schema();
        let keys: Vec<Expr> = schema
            .fields()
            .iter()
            .filter(|f| orderable(f.data_type()))
            .map(|f| quoted(f.name()))
            .collect();
        let sorted = if keys.is_empty() {
            self.clone()
        } else {
            self.order_by(keys)?
        };
        let mut out = Vec::new();
        let mut lower = 0.0;
        for w in weights {
            let upper = lower + w / sum;
            out.push(sorted.sample_cell(lower, upper, seed)?);
            lower = upper;
        }
        Ok(out)
    }

    /// `sampleBy(col, fractions, seed)`: each row of a stratum kept when its draw is
    /// under the stratum's fraction (0 for a stratum not named).
    pub fn sample_by(
        &self,
        col: Expr,
        fractions: &[(ScalarValue, f64)],
        seed: i64,
    ) -> Result<DataFrame> {
        if let Some((_, f)) = fractions.iter().find(|(_, f)| !(0.0..=1.0).contains(f)) {
            return Err(requirement(format!(
                "Fractions must be in [0, 1], but got {}.",
                crate::scalar::java_double(*f)
            )));
        }
        let cols: Vec<Expr> = self.columns().iter().map(|c| quoted(c)).collect();
        let fraction = Expr::Case {
            operand: None,
            branches: fractions
                .iter()
                .map(|(k, f)| (col.clone().binary(BinaryOp::Eq, lit(k.clone())), double(*f)))
                .collect(),
            otherwise: Some(Box::new(double(0.0))),
        };
        let drawn = self.with_column(DRAW, func("rand", vec![lit(ScalarValue::Int64(seed))]))?;
        drawn
            .filter(Expr::Column(DRAW.into()).binary(BinaryOp::Lt, fraction))?
            .select(cols)
    }
}

/// Spark's `RowOrdering.isOrderable`: every type but maps (and structs or arrays of them).
fn orderable(dt: &DataType) -> bool {
    match dt {
        DataType::Map(..) => false,
        DataType::List(f) | DataType::LargeList(f) | DataType::FixedSizeList(f, _) => {
            orderable(f.data_type())
        }
        DataType::Struct(fs) => fs.iter().all(|f| orderable(f.data_type())),
        _ => true,
    }
}
