//! Random numbers and row ids as Spark makes them: `rand(seed)` / `randn(seed)` run Spark's
//! `XORShiftRandom(seed + partitionIndex)`, restarted every micro-batch (a task), so that a
//! batch read as one partition gets Spark's values.

use std::cell::Cell;
use std::sync::{Arc, Mutex};

use arrow_array::Float64Array;
use arrow_schema::DataType as T;

use super::{Builder, Nulls};
use crate::error::RunnelError;
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;

thread_local! {
    /// Bumped for every micro-batch: random sequences restart with each task.
    static BATCH_SEQ: Cell<u64> = const { Cell::new(0) };
}

/// A new batch (task) starts: seeded random sequences restart.
pub fn next_batch() {
    BATCH_SEQ.with(|c| c.set(c.get() + 1));
}

pub(super) fn register(r: &mut Builder) {
    r.scalar("rand", |c| bind(c, false))
        .sql_alias(&["random"])
        .literals(&[0])
        .py("seed=");
    r.scalar("randn", |c| bind(c, true))
        .literals(&[0])
        .py("seed=");
    // monotonically_increasing_id(): (partition index << 33) + the row's place in its
    // partition; a micro-batch here is one partition, so 0, 1, 2, ... from each batch.
    r.scalar("monotonically_increasing_id", |c| {
        c.arity(0, 0)?;
        c.props.nulls = Nulls::Never;
        c.props.deterministic = false;
        let next = Arc::new(Mutex::new((u64::MAX, 0i64)));
        c.kernel(T::Int64, move |_, _, n| {
            let mut g = next
                .lock()
                .map_err(|_| RunnelError::internal("row counter poisoned"))?;
            let seq = BATCH_SEQ.with(|c| c.get());
            if g.0 != seq {
                *g = (seq, 0);
            }
            let start = g.1;
            g.1 += n as i64;
            Ok(Arc::new(arrow_array::Int64Array::from_iter_values(
                start..start + n as i64,
            )))
        })
    })
    .py_none();
}

fn bind(c: &mut super::Call, gaussian: bool) -> crate::error::Result<PhysExpr> {
    c.arity(0, 1)?;
    let seed = match c.raw.first() {
        None => random_seed(),
        Some(crate::expr::Expr::Literal(ScalarValue::Int32(s))) => *s as i64,
        Some(crate::expr::Expr::Literal(ScalarValue::Int64(s))) => *s,
        Some(crate::expr::Expr::Literal(ScalarValue::Null(_))) => 0,
        Some(_) => {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                format!(
                    "Cannot resolve \"{}\": the seed of {} must be an integer literal, like {}(42).",
                    c.sql, c.name, c.name
                ),
            ));
        }
    };
    c.args.clear();
    c.props.nulls = Nulls::Never;
    c.props.deterministic = false;
    let rng = Arc::new(Mutex::new((u64::MAX, XorShift::new(seed), None::<f64>)));
    c.kernel(T::Float64, move |_, _, n| {
        let mut g = rng
            .lock()
            .map_err(|_| RunnelError::internal("random state poisoned"))?;
        let seq = BATCH_SEQ.with(|c| c.get());
        if g.0 != seq {
            *g = (seq, XorShift::new(seed), None);
        }
        let (_, x, spare) = &mut *g;
        let vals: Vec<f64> = (0..n)
            .map(|_| {
                if gaussian {
                    x.next_gaussian(spare)
                } else {
                    x.next_double()
                }
            })
            .collect();
        Ok(Arc::new(Float64Array::from(vals)))
    })
}

/// A seed when none is given (Spark draws one per query).
fn random_seed() -> i64 {
    static DRAWN: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
    let n = DRAWN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let t = super::datetime::batch_timestamp();
    XorShift::hash_seed(t ^ n.rotate_left(32) ^ (&DRAWN as *const _ as i64)) as i64
}

/// Spark's `XORShiftRandom` under `java.util.Random`'s `nextDouble` / `nextGaussian`.
struct XorShift(u64);

impl XorShift {
    fn new(seed: i64) -> Self {
        XorShift(Self::hash_seed(seed))
    }

    /// `XORShiftRandom.hashSeed`: MurmurHash3 of the seed's 8 big-endian bytes.
    fn hash_seed(seed: i64) -> u64 {
        let bytes = seed.to_be_bytes();
        let low = murmur3_bytes(&bytes, 0x3c07_4a61);
        let high = murmur3_bytes(&bytes, low);
        ((high as u32 as u64) << 32) | (low as u32 as u64)
    }

    fn next(&mut self, bits: u32) -> i32 {
        let mut s = self.0 ^ (self.0 << 21);
        s ^= s >> 35;
        s ^= s << 4;
        self.0 = s;
        (s & ((1u64 << bits) - 1)) as i32
    }

    fn next_double(&mut self) -> f64 {
        let hi = (self.next(26) as i64) << 27;
        let lo = self.next(27) as i64;
        (hi + lo) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    fn next_gaussian(&mut self, spare: &mut Option<f64>) -> f64 {
        if let Some(v) = spare.take() {
            return v;
        }
        loop {
            let v1 = 2.0 * self.next_double() - 1.0;
            let v2 = 2.0 * self.next_double() - 1.0;
            let s = v1 * v1 + v2 * v2;
            if s < 1.0 && s != 0.0 {
                let m = (-2.0 * s.ln() / s).sqrt();
                *spare = Some(v2 * m);
                return v1 * m;
            }
        }
    }
}

/// Scala's `MurmurHash3.bytesHash`.
fn murmur3_bytes(data: &[u8], seed: i32) -> i32 {
    fn mix_last(h: i32, k: i32) -> i32 {
        let k = k.wrapping_mul(0xcc9e_2d51_u32 as i32).rotate_left(15);
        h ^ k.wrapping_mul(0x1b87_3593)
    }
    fn mix(h: i32, k: i32) -> i32 {
        mix_last(h, k)
            .rotate_left(13)
            .wrapping_mul(5)
            .wrapping_add(0xe654_6b64_u32 as i32)
    }
    let mut h = seed;
    let chunks = data.chunks_exact(4);
    let tail = chunks.remainder();
    for c in chunks {
        h = mix(h, i32::from_le_bytes([c[0], c[1], c[2], c[3]]));
    }
    if !tail.is_empty() {
        let mut k = 0i32;
        for (i, b) in tail.iter().enumerate() {
            k ^= (*b as i32) << (8 * i);
        }
        h = mix_last(h, k);
    }
    let mut h = (h ^ data.len() as i32) as u32;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h as i32
}

#[cfg(test)]
mod tests {
    use super::XorShift;

    #[test]
    fn rand_42_gives_sparks_first_partition_values() {
        // spark.range(0, 3, 1, 1).select(rand(42)) in Spark 4.3.
        let mut x = XorShift::new(42);
        let got: Vec<f64> = (0..3).map(|_| x.next_double()).collect();
        assert_eq!(
            got,
            vec![0.619189370225301, 0.5096018842446481, 0.8325259388871524]
        );
        // Partition 1 starts from seed + 1.
        assert_eq!(XorShift::new(43).next_double(), 0.8017532427858894);
    }
}
