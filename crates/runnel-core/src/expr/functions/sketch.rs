//! The sketches of Spark's aggregates `histogram_numeric` (`NumericHistogram`, Hive's
//! streaming histogram of Ben-Haim and Tom-Tov) and `count_min_sketch`
//! (`CountMinSketchImpl`), as Spark 4.3 computes them, with `java.util.Random` where
//! they draw from it, so that the bins and the serialized sketch are Spark's bytes.

use super::hash::murmur3_bytes;

/// `java.util.Random`: Java's 48-bit linear congruential generator.
#[derive(Debug, Clone)]
pub struct JavaRandom(u64);

const MULTIPLIER: u64 = 0x5DEECE66D;
const MASK: u64 = (1 << 48) - 1;

impl JavaRandom {
    /// `new Random(seed)`.
    pub fn new(seed: i64) -> JavaRandom {
        JavaRandom((seed as u64 ^ MULTIPLIER) & MASK)
    }
    fn next(&mut self, bits: u32) -> i32 {
        self.0 = (self.0.wrapping_mul(MULTIPLIER).wrapping_add(0xB)) & MASK;
        (self.0 >> (48 - bits)) as i64 as i32
    }
    /// `nextInt(bound)`, bound > 0.
    pub fn next_int(&mut self, bound: i32) -> i32 {
        if bound & (bound - 1) == 0 {
            return ((bound as i64 * self.next(31) as i64) >> 31) as i32;
        }
        loop {
            let bits = self.next(31);
            let val = bits % bound;
            if bits.wrapping_sub(val).wrapping_add(bound - 1) >= 0 {
                return val;
            }
        }
    }
    /// `nextDouble()`.
    pub fn next_double(&mut self) -> f64 {
        let hi = (self.next(26) as i64) << 27;
        (hi + self.next(27) as i64) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// Spark's `NumericHistogram`: at most `nbins` bins (x, y), sorted by x.
#[derive(Debug, Clone)]
pub struct NumericHistogram {
    /// The most bins kept.
    pub nbins: usize,
    /// (center, height), by center.
    pub bins: Vec<(f64, f64)>,
    prng: JavaRandom,
}

impl NumericHistogram {
    /// An empty histogram of `nbins` bins (Spark's `allocate`), its ties broken by
    /// `new Random(31183)`.
    pub fn new(nbins: usize) -> NumericHistogram {
        NumericHistogram {
            nbins,
            bins: Vec::new(),
            prng: JavaRandom::new(31183),
        }
    }

    /// Spark's `add`: a value into its bin, or a new bin and the closest two merged.
    pub fn add(&mut self, v: f64) {
        let mut bin = 0usize;
        let (mut l, mut r) = (0usize, self.bins.len());
        while l < r {
            bin = (l + r) / 2;
            if self.bins[bin].0 > v {
                r = bin;
            } else if self.bins[bin].0 < v {
                bin += 1;
                l = bin;
            } else {
                break;
            }
        }
        if bin < self.bins.len() && self.bins[bin].0 == v {
            self.bins[bin].1 += 1.0;
        } else {
            self.bins.insert(bin, (v, 1.0));
            if self.bins.len() > self.nbins {
                self.trim();
            }
        }
    }

    /// Spark's `merge` (Algorithm 2): both histograms' bins sorted, trimmed back.
    pub fn merge(&mut self, other: &NumericHistogram) {
        if other.bins.is_empty() && other.nbins == 0 {
            return;
        }
        if self.nbins == 0 || self.bins.is_empty() {
            self.nbins = other.nbins;
            self.bins = other.bins.clone();
            return;
        }
        self.bins.extend(other.bins.iter().copied());
        // Java's Collections.sort by Double.compare: stable.
        self.bins.sort_by(|a, b| a.0.total_cmp(&b.0));
        self.trim();
    }

    fn trim(&mut self) {
        while self.bins.len() > self.nbins {
            let mut smallest = self.bins[1].0 - self.bins[0].0;
            let (mut loc, mut count) = (0usize, 1u32);
            for i in 1..self.bins.len() - 1 {
                let diff = self.bins[i + 1].0 - self.bins[i].0;
                if diff < smallest {
                    smallest = diff;
                    loc = i;
                    count = 1;
                } else if diff == smallest {
                    count += 1;
                    if self.prng.next_double() <= 1.0 / count as f64 {
                        loc = i;
                    }
                }
            }
            let (x0, y0) = self.bins[loc];
            let (x1, y1) = self.bins[loc + 1];
            let d = y0 + y1;
            let mut x = x0 * (y0 / d);
            x += x1 / d * y1;
            self.bins[loc] = (x, d);
            self.bins.remove(loc + 1);
        }
    }
}

/// Spark's `CountMinSketchImpl`: `depth` rows of `width` counters.
#[derive(Debug, Clone, PartialEq)]
pub struct CountMinSketch {
    depth: usize,
    width: usize,
    hash_a: Vec<i64>,
    table: Vec<i64>,
    total: i64,
}

const PRIME_MODULUS: i64 = (1 << 31) - 1;

impl CountMinSketch {
    /// `new CountMinSketchImpl(eps, confidence, seed)`.
    pub fn new(eps: f64, confidence: f64, seed: i32) -> CountMinSketch {
        let width = (2.0 / eps).ceil() as usize;
        let depth = (-(1.0 - confidence).ln() / 2f64.ln()).ceil() as usize;
        let mut r = JavaRandom::new(seed as i64);
        let hash_a = (0..depth).map(|_| r.next_int(i32::MAX) as i64).collect();
        CountMinSketch {
            depth,
            width,
            hash_a,
            table: vec![0; depth * width],
            total: 0,
        }
    }

    /// `addLong`.
    pub fn add_long(&mut self, item: i64) {
        for i in 0..self.depth {
            let mut h = self.hash_a[i].wrapping_mul(item);
            h = h.wrapping_add(h >> 32);
            h &= PRIME_MODULUS;
            let b = (h as i32 % self.width as i32) as usize;
            self.table[i * self.width + b] += 1;
        }
        self.total += 1;
    }

    /// `addBinary` (strings by their UTF-8 bytes).
    pub fn add_bytes(&mut self, b: &[u8]) {
        let h1 = murmur3_bytes(b, 0);
        let h2 = murmur3_bytes(b, h1);
        for i in 0..self.depth {
            let combined = h1.wrapping_add((i as i32).wrapping_mul(h2));
            let bucket = (combined % self.width as i32).unsigned_abs() as usize;
            self.table[i * self.width + bucket] += 1;
        }
        self.total += 1;
    }

    /// `mergeInPlace` of a sketch of the same shape and seed.
    pub fn merge(&mut self, other: &CountMinSketch) {
        if self.depth == other.depth && self.width == other.width && self.hash_a == other.hash_a {
            for (a, b) in self.table.iter_mut().zip(&other.table) {
                *a += b;
            }
            self.total += other.total;
        }
    }

    /// `toByteArray`: version 1, the total, depth, width, the hash coefficients and the
    /// table, big-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(20 + 8 * (self.depth + self.table.len()));
        out.extend(1i32.to_be_bytes());
        out.extend(self.total.to_be_bytes());
        out.extend((self.depth as i32).to_be_bytes());
        out.extend((self.width as i32).to_be_bytes());
        for a in &self.hash_a {
            out.extend(a.to_be_bytes());
        }
        for c in &self.table {
            out.extend(c.to_be_bytes());
        }
        out
    }

    /// Reads [`to_bytes`](Self::to_bytes) back.
    pub fn from_bytes(b: &[u8]) -> Option<CountMinSketch> {
        let int = |o: usize| Some(i32::from_be_bytes(b.get(o..o + 4)?.try_into().ok()?));
        let long = |o: usize| Some(i64::from_be_bytes(b.get(o..o + 8)?.try_into().ok()?));
        let total = long(4)?;
        let depth = usize::try_from(int(12)?).ok()?;
        let width = usize::try_from(int(16)?).ok()?;
        let hash_a = (0..depth)
            .map(|i| long(20 + 8 * i))
            .collect::<Option<Vec<_>>>()?;
        let base = 20 + 8 * depth;
        let table = (0..depth * width)
            .map(|i| long(base + 8 * i))
            .collect::<Option<Vec<_>>>()?;
        Some(CountMinSketch {
            depth,
            width,
            hash_a,
            table,
            total,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// PySpark 4.3: `hex(count_min_sketch(id, 3.0, 0.1, 1))` over `range(100)`.
    #[test]
    fn count_min_sketch_bytes_are_sparks() {
        let mut s = CountMinSketch::new(3.0, 0.1, 1);
        (0..100).for_each(|i| s.add_long(i));
        let hex: String = s.to_bytes().iter().map(|b| format!("{b:02X}")).collect();
        assert_eq!(
            hex,
            "0000000100000000000000640000000100000001000000005D8D6AB90000000000000064"
        );
        assert_eq!(CountMinSketch::from_bytes(&s.to_bytes()), Some(s));
    }

    /// PySpark 4.3: `histogram_numeric(id, 5)` over `range(100, numPartitions=1)`.
    #[test]
    fn histogram_bins_are_sparks() {
        let mut h = NumericHistogram::new(5);
        (0..100).for_each(|i| h.add(i as f64));
        let xs: Vec<i64> = h.bins.iter().map(|b| b.0 as i64).collect();
        let ys: Vec<f64> = h.bins.iter().map(|b| b.1).collect();
        assert_eq!(xs, vec![11, 36, 59, 84, 98]);
        assert_eq!(ys, vec![25.0, 24.0, 23.0, 25.0, 3.0]);
    }
}
