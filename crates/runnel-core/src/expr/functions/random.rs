//! Random numbers and row ids as Spark makes them: `rand(seed)` / `randn(seed)`,
//! `uniform(min, max, seed)` and `randstr(length, seed)` run Spark's
//! `XORShiftRandom(seed + partitionIndex)`, `shuffle(array, seed)` its
//! `RandomIndicesGenerator` (commons-math's MersenneTwister), restarted every micro-batch
//! (a task), so that a batch read as one partition gets Spark's batch values. (A
//! streaming Spark query draws a new seed for every micro-batch, so there its values
//! cannot be reproduced at all.)

use std::cell::Cell;
use std::sync::{Arc, Mutex};

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, Float64Array};
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
    r.scalar("uniform", bind_uniform)
        .literals(&[0, 1, 2])
        .py("min, max, seed=");
    r.scalar("randstr", bind_randstr)
        .literals(&[0, 1])
        .py("length, seed=");
    // shuffle(array): Spark prints the call without its seed.
    r.scalar("shuffle", bind_shuffle)
        .literals(&[1])
        .py("col, seed=")
        .named(|c| format!("shuffle({})", c.first()));
}

/// Spark's ordinal of a parameter in messages.
fn ordinal(i: usize) -> &'static str {
    ["first", "second", "third"]
        .get(i)
        .copied()
        .unwrap_or("next")
}

/// The value of constant argument `i` (Spark's foldable input) as one row, or
/// NON_FOLDABLE_INPUT.
fn constant_arg(c: &super::Call, i: usize, what: &str) -> crate::error::Result<ArrayRef> {
    let a = &c.args[i];
    let mut reads_column = false;
    a.for_each_column(&mut |_| reads_column = true);
    if reads_column || !a.is_deterministic() {
        let raw = c
            .raw
            .get(i)
            .cloned()
            .unwrap_or(crate::expr::Expr::Literal(ScalarValue::Null(T::Null)));
        return Err(c.non_foldable(i, &raw, what));
    }
    a.eval_constant()
}

/// A one-row numeric constant as `to` (Int64 or Float64); None for NULL.
fn number(v: &ArrayRef, to: &T) -> crate::error::Result<Option<ArrayRef>> {
    if v.logical_null_count() > 0 {
        return Ok(None);
    }
    Ok(Some(arrow_cast::cast(v.as_ref(), to)?))
}

/// A one-row integral constant; None for NULL.
fn integral(v: &ArrayRef) -> crate::error::Result<Option<i64>> {
    Ok(number(v, &T::Int64)?.map(|a| a.as_primitive::<arrow_array::types::Int64Type>().value(0)))
}

/// A one-row numeric constant as a double; None for NULL.
fn double(v: &ArrayRef) -> crate::error::Result<Option<f64>> {
    Ok(number(v, &T::Float64)?
        .map(|a| a.as_primitive::<arrow_array::types::Float64Type>().value(0)))
}

/// Spark's UNEXPECTED_INPUT_TYPE for argument `i` of a random function.
fn unexpected_type(c: &super::Call, i: usize, required: &str) -> RunnelError {
    let raw = c.raw.get(i).map(|e| e.sql()).unwrap_or_default();
    RunnelError::analysis(
        "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
        format!(
            "Cannot resolve \"{}\" due to data type mismatch: The {} parameter requires the {required} type, however \"{raw}\" has the type \"{}\". Pass a constant of that type.",
            c.sql,
            ordinal(i),
            crate::types::sql_name(&c.ty(i))
        ),
    )
}

/// The seed at argument `i`: a constant integer, or one drawn when it is left out.
fn seed_arg(c: &super::Call, i: usize) -> crate::error::Result<i64> {
    if c.args.len() <= i {
        return Ok(random_seed());
    }
    let v = constant_arg(c, i, "INT or BIGINT")?;
    if !matches!(c.ty(i), T::Int8 | T::Int16 | T::Int32 | T::Int64 | T::Null) {
        return Err(unexpected_type(c, i, "(\"INT\" or \"BIGINT\")"));
    }
    Ok(integral(&v)?.unwrap_or(0))
}

/// Runs `f` with the generator of this micro-batch, made anew by `make` when a batch starts.
fn with_batch_rng<G, R>(
    state: &Mutex<(u64, Option<G>)>,
    make: impl Fn() -> G,
    f: impl FnOnce(&mut G) -> R,
) -> crate::error::Result<R> {
    let mut g = state
        .lock()
        .map_err(|_| RunnelError::internal("random state poisoned"))?;
    let seq = BATCH_SEQ.with(|c| c.get());
    if g.0 != seq || g.1.is_none() {
        *g = (seq, Some(make()));
    }
    let rng = g.1.as_mut().expect("made above");
    Ok(f(rng))
}

/// `uniform(min, max[, seed])` (Spark's Uniform): `min + (max - min) * rand(seed)` cast
/// to the arguments' type: integral when both are, else double or float. Every argument
/// a numeric constant; any NULL makes the result NULL.
fn bind_uniform(c: &mut super::Call) -> crate::error::Result<PhysExpr> {
    c.arity(2, 3)?;
    let mut vals = Vec::new();
    for i in 0..c.args.len() {
        let v = constant_arg(c, i, "integer or floating-point")?;
        if !matches!(
            c.ty(i),
            T::Int8 | T::Int16 | T::Int32 | T::Int64 | T::Float32 | T::Float64 | T::Null
        ) {
            if let T::Decimal128(..) = c.ty(i) {
                return Err(RunnelError::not_supported(format!(
                    "a decimal bound of {}: Spark gives the decimal's own type, which the draw overflows. Cast the bound to double (0.5D) or write an integer",
                    c.sql
                )));
            }
            return Err(unexpected_type(c, i, "\"NUMERIC\""));
        }
        vals.push(v);
    }
    let seed = seed_arg(c, 2)?;
    let (a, b) = (c.ty(0), c.ty(1));
    let int = |t: &T| matches!(t, T::Int8 | T::Int16 | T::Int32 | T::Int64);
    let ty = match (&a, &b) {
        _ if vals.iter().any(|v| v.logical_null_count() > 0) => {
            return Ok(PhysExpr::Literal(ScalarValue::Null(T::Null)));
        }
        (T::Int64, _) | (_, T::Int64) if int(&a) && int(&b) => T::Int64,
        (T::Int32, _) | (_, T::Int32) if int(&a) && int(&b) => T::Int32,
        (T::Int16, _) | (_, T::Int16) if int(&a) && int(&b) => T::Int16,
        _ if int(&a) && int(&b) => T::Int8,
        (T::Float64, _) | (_, T::Float64) => T::Float64,
        _ => T::Float32,
    };
    let (lo, hi) = (
        double(&vals[0])?.unwrap_or(0.0),
        double(&vals[1])?.unwrap_or(0.0),
    );
    c.args.clear();
    c.props.nulls = Nulls::Never;
    c.props.deterministic = false;
    let state = Arc::new(Mutex::new((u64::MAX, None::<XorShift>)));
    c.kernel(ty, move |_, ty, n| {
        let vals: Vec<f64> = with_batch_rng(
            &state,
            || XorShift::new(seed),
            |x| (0..n).map(|_| lo + (hi - lo) * x.next_double()).collect(),
        )?;
        // Cast double to an integral type truncates toward zero (in range: min..max).
        Ok(match ty {
            T::Int64 => Arc::new(arrow_array::Int64Array::from_iter_values(
                vals.iter().map(|v| *v as i64),
            )) as ArrayRef,
            T::Int32 => Arc::new(arrow_array::Int32Array::from_iter_values(
                vals.iter().map(|v| *v as i32),
            )),
            T::Int16 => Arc::new(arrow_array::Int16Array::from_iter_values(
                vals.iter().map(|v| *v as i16),
            )),
            T::Int8 => Arc::new(arrow_array::Int8Array::from_iter_values(
                vals.iter().map(|v| *v as i8),
            )),
            T::Float32 => Arc::new(arrow_array::Float32Array::from_iter_values(
                vals.iter().map(|v| *v as f32),
            )),
            _ => Arc::new(Float64Array::from(vals)),
        })
    })
}

/// `randstr(length[, seed])` (Spark's RandStr): `length` characters drawn from 0-9, a-z,
/// A-Z, each `abs(nextInt() % 62)`.
fn bind_randstr(c: &mut super::Call) -> crate::error::Result<PhysExpr> {
    c.arity(1, 2)?;
    let len = constant_arg(c, 0, "integer")?;
    // The length is cast to INT as Spark's implicit casts do (2.0D, 5L work).
    if !crate::types::is_numeric(&c.ty(0)) {
        return Err(unexpected_type(c, 0, "(\"INT\" or \"SMALLINT\")"));
    }
    let len = crate::expr::cast::cast_array(&len, &T::Int32, false)?;
    let len = if len.logical_null_count() > 0 {
        0
    } else {
        len.as_primitive::<arrow_array::types::Int32Type>().value(0)
    };
    let len = usize::try_from(len).map_err(|_| {
        RunnelError::analysis(
            "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
            format!(
                "Cannot resolve \"{}\" due to data type mismatch: The `length` must be between [0, 2147483647] (current value = {len}). Pass 0 or more.",
                c.sql
            ),
        )
    })?;
    if len > super::MAX_TEXT_BYTES {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
            format!(
                "Cannot resolve \"{}\": a string of {len} characters is longer than Runnel makes ({} bytes). Ask for a shorter string.",
                c.sql,
                super::MAX_TEXT_BYTES
            ),
        ));
    }
    let seed = seed_arg(c, 1)?;
    c.args.clear();
    c.props.nulls = Nulls::Never;
    c.props.deterministic = false;
    let state = Arc::new(Mutex::new((u64::MAX, None::<XorShift>)));
    c.kernel(T::Utf8, move |_, _, n| {
        super::check_text_size(n.saturating_mul(len), "randstr")?;
        let out = with_batch_rng(
            &state,
            || XorShift::new(seed),
            |x| {
                let mut b = arrow_array::builder::StringBuilder::with_capacity(n, n * len);
                let mut text = String::with_capacity(len);
                for _ in 0..n {
                    text.clear();
                    for _ in 0..len {
                        text.push(x.next_alphanumeric());
                    }
                    b.append_value(&text);
                }
                b.finish()
            },
        )?;
        Ok(Arc::new(out) as ArrayRef)
    })
}

/// `shuffle(array[, seed])` (Spark's Shuffle): a random permutation of each array, from
/// `RandomIndicesGenerator(seed)`; NULL for NULL.
fn bind_shuffle(c: &mut super::Call) -> crate::error::Result<PhysExpr> {
    c.arity(1, 2)?;
    let T::List(_) = c.ty(0) else {
        let raw = c.raw.first().map(|e| e.sql()).unwrap_or_default();
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
            format!(
                "Cannot resolve \"{}\" due to data type mismatch: The first parameter requires the \"ARRAY\" type, however \"{raw}\" has the type \"{}\". Pass an array column.",
                c.sql,
                crate::types::sql_name(&c.ty(0))
            ),
        ));
    };
    let seed = match c.args.get(1) {
        Some(a) if a.as_column().is_some() || !matches!(a, PhysExpr::Literal(_)) => {
            let raw = c.raw.get(1).map(|e| e.sql()).unwrap_or_default();
            return Err(RunnelError::analysis(
                "INVALID_PARAMETER_VALUE.LONG",
                format!(
                    "The value of parameter(s) `seed` in `shuffle` is invalid: expects a long literal, but got \"{raw}\". Pass a number such as 42."
                ),
            ));
        }
        _ => seed_arg(c, 1)?,
    };
    c.args.truncate(1);
    c.props.nulls = Nulls::FirstArg;
    c.props.deterministic = false;
    let ty = c.ty(0);
    let state = Arc::new(Mutex::new((u64::MAX, None::<IndexGen>)));
    c.kernel(ty, move |a, _, _| {
        let list = a[0].as_list::<i32>();
        let offsets = list.value_offsets();
        let mut take = Vec::with_capacity(list.values().len());
        with_batch_rng(
            &state,
            || IndexGen::new(seed),
            |g| {
                for i in 0..list.len() {
                    if list.is_null(i) {
                        continue;
                    }
                    let start = offsets[i] as u32;
                    let len = (offsets[i + 1] - offsets[i]) as usize;
                    take.extend(g.indices(len).into_iter().map(|j| start + j as u32));
                }
            },
        )?;
        let values = arrow_select::take::take(
            list.values().as_ref(),
            &arrow_array::UInt32Array::from(take),
            None,
        )?;
        let lengths = (0..list.len()).map(|i| {
            if list.is_null(i) {
                0
            } else {
                (offsets[i + 1] - offsets[i]) as usize
            }
        });
        let T::List(field) = list.data_type() else {
            crate::internal_err!("a list type")
        };
        Ok(Arc::new(arrow_array::ListArray::try_new(
            field.clone(),
            arrow_buffer::OffsetBuffer::from_lengths(lengths),
            values,
            list.nulls().cloned(),
        )?) as ArrayRef)
    })
}

/// Spark's `RandomIndicesGenerator`: permutations by the inside-out Fisher-Yates
/// shuffle, drawing from commons-math's `MersenneTwister(seed)`.
struct IndexGen(rand_mt::Mt);

impl IndexGen {
    /// `MersenneTwister.setSeed(long)`: init_by_array of the high and low words.
    fn new(seed: i64) -> Self {
        let s = seed as u64;
        IndexGen(rand_mt::Mt::new_with_key([(s >> 32) as u32, s as u32]))
    }

    /// `BitsStreamGenerator.nextInt(n)`, n > 0.
    fn next_int(&mut self, n: i32) -> i32 {
        let mut next31 = || (self.0.next_u32() >> 1) as i32;
        if n & n.wrapping_neg() == n {
            return ((n as i64 * next31() as i64) >> 31) as i32;
        }
        loop {
            let bits = next31();
            let val = bits % n;
            if bits.wrapping_sub(val).wrapping_add(n - 1) >= 0 {
                return val;
            }
        }
    }

    /// `getNextIndices(length)`.
    fn indices(&mut self, len: usize) -> Vec<usize> {
        let mut out = vec![0usize; len];
        for i in 0..len {
            let j = self.next_int(i as i32 + 1) as usize;
            if j != i {
                out[i] = out[j];
            }
            out[j] = i;
        }
        out
    }
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
pub(crate) fn random_seed() -> i64 {
    static DRAWN: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
    let n = DRAWN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let t = super::datetime::batch_timestamp();
    XorShift::hash_seed(t ^ n.rotate_left(32) ^ (&DRAWN as *const _ as i64)) as i64
}

/// Spark's `XORShiftRandom` under `java.util.Random`'s `nextDouble` / `nextGaussian`.
pub(crate) struct XorShift(u64);

impl XorShift {
    pub(crate) fn new(seed: i64) -> Self {
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

    /// One of randstr's characters: `abs(nextInt() % 62)` into 0-9, a-z, A-Z.
    fn next_alphanumeric(&mut self) -> char {
        let v = (self.next(32) % 62).unsigned_abs() as u8;
        match v {
            0..=9 => (b'0' + v) as char,
            10..=35 => (b'a' + v - 10) as char,
            _ => (b'A' + v - 36) as char,
        }
    }

    pub(crate) fn next_double(&mut self) -> f64 {
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
    use super::{IndexGen, XorShift};

    #[test]
    fn shuffle_seeds_give_sparks_permutations() {
        // spark.range(0, 4, 1, 1).selectExpr("shuffle(array(1,2,3,4,5), 7)") in Spark 4.3:
        // [1,2,5,3,4], [1,5,4,2,3], [5,2,1,3,4], [1,3,4,5,2].
        let mut g = IndexGen::new(7);
        let src = [1, 2, 3, 4, 5];
        let got: Vec<Vec<i32>> = (0..4)
            .map(|_| g.indices(5).into_iter().map(|j| src[j]).collect())
            .collect();
        assert_eq!(
            got,
            vec![
                vec![1, 2, 5, 3, 4],
                vec![1, 5, 4, 2, 3],
                vec![5, 2, 1, 3, 4],
                vec![1, 3, 4, 5, 2]
            ]
        );
        // shuffle(array(9,8,7,6,5,4,3,2,1,0,11,12,13), 0), first row.
        let src = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 12, 13];
        let first: Vec<i32> = IndexGen::new(0)
            .indices(13)
            .into_iter()
            .map(|j| src[j])
            .collect();
        assert_eq!(first, vec![6, 9, 8, 1, 3, 0, 11, 7, 4, 2, 13, 5, 12]);
    }

    #[test]
    fn randstr_past_a_batch_columns_text_is_refused_before_allocating() {
        use crate::expr::Expr;
        use crate::expr::phys::PhysExpr;
        use crate::scalar::ScalarValue;
        let (len, seed) = (ScalarValue::Int32(2_000_000_000), ScalarValue::Int32(1));
        let raw = [Expr::Literal(len.clone()), Expr::Literal(seed.clone())];
        let args = vec![PhysExpr::Literal(len), PhysExpr::Literal(seed)];
        let p =
            super::super::bind_function("randstr", args, &raw, "randstr(2000000000, 1)").unwrap();
        let rows = arrow_array::RecordBatch::try_new_with_options(
            std::sync::Arc::new(arrow_schema::Schema::empty()),
            vec![],
            &arrow_array::RecordBatchOptions::new().with_row_count(Some(3)),
        )
        .unwrap();
        let err = p.eval(&rows).unwrap_err().to_string();
        assert!(err.contains("randstr would make 6000000000 bytes"), "{err}");
    }

    #[test]
    fn uniform_and_randstr_draw_as_spark() {
        // uniform(10, 20, 3) over four rows of one partition: 12, 16, 19, 17.
        let mut x = XorShift::new(3);
        let got: Vec<i32> = (0..4)
            .map(|_| (10.0 + 10.0 * x.next_double()) as i32)
            .collect();
        assert_eq!(got, vec![12, 16, 19, 17]);
        // randstr(5, 0): ceV0P, XaR2I, lBhHi, 56d0u.
        let mut x = XorShift::new(0);
        let got: Vec<String> = (0..4)
            .map(|_| (0..5).map(|_| x.next_alphanumeric()).collect())
            .collect();
        assert_eq!(got, vec!["ceV0P", "XaR2I", "lBhHi", "56d0u"]);
    }

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
