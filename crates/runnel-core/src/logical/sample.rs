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

/// Spark's `RandomSampler.roundingEpsilon`: how far outside its bounds a fraction may be.
const ROUNDING_EPSILON: f64 = 1e-6;

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
            if fraction.is_nan() || fraction < -ROUNDING_EPSILON {
                return Err(requirement(format!(
                    "Sampling fraction ({shown}) must be nonnegative with replacement"
                )));
            }
            return self.sample_with_replacement(fraction, seed);
        }
        if !(-ROUNDING_EPSILON..=1.0 + ROUNDING_EPSILON).contains(&fraction) {
            return Err(requirement(format!(
                "Sampling fraction ({shown}) must be on interval [0, 1] without replacement"
            )));
        }
        self.sample_cell(0.0, fraction, seed)
    }

    /// `randomSplit(weights, seed)`: the DataFrames of each weight's cell of `[0, 1)`,
    /// over the rows sorted by every orderable column (as Spark sorts each partition).
    pub fn random_split(&self, weights: &[f64], seed: i64) -> Result<Vec<DataFrame>> {
        // Scala's `weights.mkString("[", ",", "]")`.
        let shown = || {
            weights
                .iter()
                .map(|w| crate::scalar::java_double(*w))
                .collect::<Vec<_>>()
                .join(",")
        };
        // (Scala's `w >= 0` is false for NaN.)
        if weights.iter().any(|w| w.is_nan() || *w < 0.0) {
            return Err(requirement(format!(
                "Weights must be nonnegative, but got [{}]",
                shown()
            )));
        }
        let sum: f64 = weights.iter().sum();
        if sum.is_nan() || sum <= 0.0 {
            return Err(requirement(format!(
                "Sum of weights must be positive, but got [{}]",
                shown()
            )));
        }
        let mut out = Vec::new();
        let mut lower = 0.0;
        for w in weights {
            let upper = lower + w / sum;
            out.push(self.split_cell(lower, upper, seed)?);
            lower = upper;
        }
        Ok(out)
    }

    /// One of `randomSplit`'s DataFrames: the rows, sorted by every orderable column,
    /// whose draw falls in `[lower, upper)` (Spark Connect's `Sample` with
    /// `deterministic_order`).
    pub fn split_cell(&self, lower: f64, upper: f64, seed: i64) -> Result<DataFrame> {
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
        sorted.sample_cell(lower, upper, seed)
    }

    /// `sampleBy(col, fractions, seed)`: each row of a stratum kept when its draw is
    /// under the stratum's fraction (0 for a stratum not named).
    pub fn sample_by(
        &self,
        col: Expr,
        fractions: &[(ScalarValue, f64)],
        seed: i64,
    ) -> Result<DataFrame> {
        if fractions.iter().any(|(_, f)| !(0.0..=1.0).contains(f)) {
            // Scala's text of the Map: `Map(1 -> 1.5, 2 -> 0.5)`.
            let shown: Vec<String> = fractions
                .iter()
                .map(|(k, f)| format!("{} -> {}", k.sql_name(), crate::scalar::java_double(*f)))
                .collect();
            return Err(requirement(format!(
                "Fractions must be in [0, 1], but got Map({}).",
                shown.join(", ")
            )));
        }
        let cols: Vec<Expr> = self.columns().iter().map(|c| quoted(c)).collect();
        // Spark looks a row's value up in a Scala Map: a number matches a number of equal
        // value, a string a string, a boolean a boolean; no key of another kind ever
        // matches (nor is anything cast to compare).
        let column_type = self
            .select(vec![col.clone()])?
            .schema()
            .field(0)
            .data_type()
            .clone();
        let kind = |t: &DataType| {
            if crate::types::is_numeric(t) {
                1
            } else if *t == DataType::Utf8 {
                2
            } else if *t == DataType::Boolean {
                3
            } else {
                0
            }
        };
        let branches: Vec<(Expr, Expr)> = fractions
            .iter()
            .filter(|(k, _)| {
                let k = kind(&k.data_type());
                k != 0 && k == kind(&column_type)
            })
            .map(|(k, f)| (col.clone().binary(BinaryOp::Eq, lit(k.clone())), double(*f)))
            .collect();
        let fraction = if branches.is_empty() {
            double(0.0)
        } else {
            Expr::Case {
                operand: None,
                branches,
                otherwise: Some(Box::new(double(0.0))),
            }
        };
        let drawn = self.with_column(DRAW, func("rand", vec![lit(ScalarValue::Int64(seed))]))?;
        drawn
            .filter(Expr::Column(DRAW.into()).binary(BinaryOp::Lt, fraction))?
            .select(cols)
    }
}

impl DataFrame {
    /// `sample(True, fraction, seed)`: each row repeated as often as Spark's
    /// `PoissonSampler` draws (commons-math's `PoissonDistribution` over `Well19937c`,
    /// seeded with the first `java.util.Random(seed).nextLong()`, as
    /// `PartitionwiseSampledRDD` seeds one partition). The rows are computed now.
    fn sample_with_replacement(&self, fraction: f64, seed: i64) -> Result<DataFrame> {
        if self.is_streaming() {
            return Err(RunnelError::not_supported(
                "sample(withReplacement=True) on a streaming DataFrame; sample without replacement, or inside foreachBatch",
            ));
        }
        if fraction >= 40.0 {
            return Err(RunnelError::not_supported(
                "sample(withReplacement=True) with a fraction of 40 or more (commons-math's large-mean Poisson algorithm); sample several times and union",
            ));
        }
        let batches = self.collect()?;
        let mut rng = Well19937c::new(java_random_next_long(seed));
        let limit = (-fraction).exp();
        let mut kept = Vec::new();
        for b in &batches {
            let mut take: Vec<u32> = Vec::new();
            for r in 0..b.num_rows() {
                if fraction <= 0.0 {
                    break;
                }
                // PoissonDistribution.nextPoisson for a mean under 40.
                let (mut n, mut prod) = (0u64, 1.0f64);
                while (n as f64) < 1000.0 * fraction {
                    prod *= rng.next_double();
                    if prod >= limit {
                        n += 1;
                    } else {
                        break;
                    }
                }
                take.extend(std::iter::repeat_n(r as u32, n as usize));
            }
            let idx = arrow_array::UInt32Array::from(take);
            let cols = b
                .columns()
                .iter()
                .map(|c| arrow_select::take::take(c.as_ref(), &idx, None))
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| RunnelError::internal(format!("sample: {e}")))?;
            kept.push(
                arrow_array::RecordBatch::try_new(b.schema(), cols)
                    .map_err(|e| RunnelError::internal(format!("sample: {e}")))?,
            );
        }
        Ok(self
            .session
            .create_data_frame_from_batches(self.schema(), kept))
    }
}

/// `new java.util.Random(seed).nextLong()`.
fn java_random_next_long(seed: i64) -> i64 {
    const MUL: u64 = 0x5_DEEC_E66D;
    const MASK: u64 = (1 << 48) - 1;
    let mut s = (seed as u64 ^ MUL) & MASK;
    let mut next = |bits: u32| -> i32 {
        s = (s.wrapping_mul(MUL).wrapping_add(0xB)) & MASK;
        (s >> (48 - bits)) as i32
    };
    let hi = next(32) as i64;
    let lo = next(32) as i64;
    (hi << 32).wrapping_add(lo)
}

/// commons-math3's `Well19937c` (Panneton, L'Ecuyer and Matsumoto's WELL generator with
/// Matsumoto-Kurita tempering), seeded from a long as `setSeed(long)` does.
struct Well19937c {
    v: Vec<i32>,
    index: usize,
}

impl Well19937c {
    const R: usize = 624;
    const M1: usize = 70;
    const M2: usize = 179;
    const M3: usize = 449;

    fn new(seed: i64) -> Self {
        let mut v = vec![0i32; Self::R];
        v[0] = (seed >> 32) as i32;
        v[1] = seed as i32;
        for i in 2..Self::R {
            let l = v[i - 2] as i64;
            v[i] = (1_812_433_253i64
                .wrapping_mul(l ^ (l >> 30))
                .wrapping_add(i as i64)
                & 0xffff_ffff) as i32;
        }
        Well19937c { v, index: 0 }
    }

    fn next(&mut self, bits: u32) -> i32 {
        let r = Self::R;
        let i = self.index;
        let rm1 = (i + r - 1) % r;
        let rm2 = (i + r - 2) % r;
        let v0 = self.v[i];
        let vm1 = self.v[(i + Self::M1) % r];
        let vm2 = self.v[(i + Self::M2) % r];
        let vm3 = self.v[(i + Self::M3) % r];
        let z0 = (0x8000_0000u32 as i32 & self.v[rm1]) ^ (0x7FFF_FFFF & self.v[rm2]);
        let z1 = (v0 ^ (v0 << 25)) ^ (vm1 ^ ((vm1 as u32) >> 27) as i32);
        let z2 = ((vm2 as u32) >> 9) as i32 ^ (vm3 ^ ((vm3 as u32) >> 1) as i32);
        let z3 = z1 ^ z2;
        let mut z4 = z0 ^ (z1 ^ (z1 << 9)) ^ (z2 ^ (z2 << 21)) ^ (z3 ^ ((z3 as u32) >> 21) as i32);
        self.v[i] = z3;
        self.v[rm1] = z4;
        self.v[rm2] &= 0x8000_0000u32 as i32;
        self.index = rm1;
        z4 ^= (z4 << 7) & 0xe46e_1700u32 as i32;
        z4 ^= (z4 << 15) & 0x9b86_8000u32 as i32;
        ((z4 as u32) >> (32 - bits)) as i32
    }

    /// `BitsStreamGenerator.nextDouble`.
    fn next_double(&mut self) -> f64 {
        let high = (self.next(26) as i64) << 26;
        let low = self.next(26) as i64;
        (high | low) as f64 * (1.0 / (1u64 << 52) as f64)
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
