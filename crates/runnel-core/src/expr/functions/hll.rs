//! Spark's HyperLogLog++ (`approx_count_distinct`, `HyperLogLogPlusPlusHelper`): the
//! registers of one group, one byte each (Spark packs ten 6-bit registers in a long;
//! the values are the same), updated with the XXH64 (seed 42) of each value, merged by
//! the maximum of each register, and estimated with linear counting or the
//! bias-corrected raw estimate. The constants are data from Spark's source
//! (`hll_data.rs`).

use super::hll_data::{BIAS_DATA, RAW_ESTIMATE_DATA, THRESHOLDS};
use crate::error::{Result, RunnelError};

/// Points interpolated for the bias (Spark's K).
const K: usize = 6;

/// The precision `p` (registers `2^p`) of a relative standard deviation.
pub fn precision(rsd: f64) -> Result<u32> {
    let p = (2.0 * (1.106 / rsd).ln() / 2f64.ln()).ceil();
    if !(4.0..=25.0).contains(&p) || p.is_nan() {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
            format!(
                "HLL++ requires at least 4 bits for addressing: the relative standard deviation {rsd} is out of range. Use a lower error, at most 39%."
            ),
        ));
    }
    Ok(p as u32)
}

/// Adds a value's hash to the registers.
pub fn add(regs: &mut [u8], p: u32, x: u64) {
    let idx = (x >> (64 - p)) as usize;
    let pw = (((x << p) | (1u64 << (p - 1))).leading_zeros() + 1) as u8;
    if let Some(r) = regs.get_mut(idx)
        && pw > *r
    {
        *r = pw;
    }
}

/// Merges `b` into `a`: the maximum of each register.
pub fn merge(a: &mut [u8], b: &[u8]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x = (*x).max(*y);
    }
}

/// Spark's `estimateBias`: the mean bias of the K raw estimates nearest `e`.
fn estimate_bias(e: f64, p: u32) -> f64 {
    let estimates = RAW_ESTIMATE_DATA[p as usize - 4];
    let n = estimates.len();
    let nearest = estimates.partition_point(|v| *v < e);
    let distance = |i: usize| (e - estimates[i]) * (e - estimates[i]);
    let mut low = (nearest as i64 - K as i64 + 1).max(0) as usize;
    let mut high = (low + K).min(n);
    while high < n && distance(high) < distance(low) {
        low += 1;
        high += 1;
    }
    let biases = BIAS_DATA[p as usize - 4];
    biases[low..high].iter().sum::<f64>() / (high - low) as f64
}

/// Spark's `query`: the estimated number of distinct values.
pub fn estimate(regs: &[u8], p: u32) -> i64 {
    let m = (1u64 << p) as f64;
    let alpha_m2 = match p {
        4 => 0.673 * m * m,
        5 => 0.697 * m * m,
        6 => 0.709 * m * m,
        _ => (0.7213 / (1.0 + 1.079 / m)) * m * m,
    };
    let mut z_inverse = 0.0;
    let mut v = 0.0;
    for r in regs {
        z_inverse += 1.0 / ((1u64 << r) as f64);
        if *r == 0 {
            v += 1.0;
        }
    }
    let e = alpha_m2 / z_inverse;
    let corrected = |e: f64| {
        if p < 19 && e < 5.0 * m {
            e - estimate_bias(e, p)
        } else {
            e
        }
    };
    let est = if v > 0.0 {
        let h = m * (m / v).ln();
        if (p < 19 && h <= THRESHOLDS[p as usize - 4]) || e <= 2.5 * m {
            h
        } else {
            corrected(e)
        }
    } else {
        corrected(e)
    };
    // Java's Math.round.
    (est + 0.5).floor() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_precision_is_nine() {
        assert_eq!(precision(0.05).unwrap(), 9);
        assert!(precision(0.5).is_err());
    }

    /// PySpark 4.3: `spark.range(200000).select(approx_count_distinct("id"))` is 192709,
    /// of `id % 50` 52.
    #[test]
    fn estimates_equal_sparks() {
        let ids: arrow_array::ArrayRef =
            std::sync::Arc::new(arrow_array::Int64Array::from_iter_values(0..200_000));
        let (mut all, mut mod50) = (vec![0u8; 512], vec![0u8; 512]);
        for i in 0..200_000 {
            add(&mut all, 9, super::super::xxhash64_at(&ids, i).unwrap());
            add(
                &mut mod50,
                9,
                super::super::xxhash64_at(&ids, i % 50).unwrap(),
            );
        }
        assert_eq!(estimate(&all, 9), 192709);
        assert_eq!(estimate(&mod50, 9), 52);
        // Merging two halves gives the registers of the whole.
        let (mut a, mut b) = (vec![0u8; 512], vec![0u8; 512]);
        for i in 0..200_000 {
            let h = super::super::xxhash64_at(&ids, i).unwrap();
            add(if i % 2 == 0 { &mut a } else { &mut b }, 9, h);
        }
        merge(&mut a, &b);
        assert_eq!(a, all);
    }
}
