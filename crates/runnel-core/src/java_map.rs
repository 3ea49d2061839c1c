//! The iteration order of a `java.util.HashMap` (Java 17), where Spark's answer depends on
//! it: PySpark's classic `collect()` and a Python UDF's map arguments get a map column's
//! entries through `new HashMap(n)` (`EvaluatePython.toJava`), and a dict a Python UDF
//! returns reaches Spark through Pyrolite's unpickler. Treeified bins (eight keys in one
//! bucket) are not modelled.

/// `String.hashCode`: over the UTF-16 code units.
pub fn string_hash(s: &str) -> i32 {
    s.encode_utf16()
        .fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(c as i32))
}

/// `Long.hashCode`.
pub fn long_hash(v: i64) -> i32 {
    (v ^ ((v as u64) >> 32) as i64) as i32
}

/// `Double.hashCode` (`doubleToLongBits`: one NaN).
pub fn double_hash(f: f64) -> i32 {
    let bits = if f.is_nan() {
        0x7ff8_0000_0000_0000u64
    } else {
        f.to_bits()
    };
    (bits ^ (bits >> 32)) as i32
}

/// `Float.hashCode` (`floatToIntBits`: one NaN).
pub fn float_hash(f: f32) -> i32 {
    if f.is_nan() {
        0x7fc0_0000
    } else {
        f.to_bits() as i32
    }
}

/// `Boolean.hashCode`.
pub fn bool_hash(b: bool) -> i32 {
    if b { 1231 } else { 1237 }
}

/// A `HashMap` of entry indices (by their keys' hashes), as far as its order goes.
pub struct JavaHashMap<'a> {
    hashes: &'a [i32],
    table: Vec<Vec<usize>>,
    threshold: usize,
    size: usize,
}

impl<'a> JavaHashMap<'a> {
    /// `new HashMap()` (`initial` None) or `new HashMap(initial)`, over entries whose
    /// keys hash to `hashes` (all distinct keys).
    pub fn new(hashes: &'a [i32], initial: Option<usize>) -> Self {
        JavaHashMap {
            hashes,
            table: Vec::new(),
            threshold: initial.map_or(0, |c| c.max(1).next_power_of_two()),
            size: 0,
        }
    }

    fn bucket(h: i32, cap: usize) -> usize {
        ((h ^ ((h as u32) >> 16) as i32) as u32 as usize) & (cap - 1)
    }

    fn resize(&mut self) {
        let old_cap = self.table.len();
        let (cap, mut thr) = if old_cap > 0 {
            (
                old_cap * 2,
                if old_cap >= 16 { self.threshold * 2 } else { 0 },
            )
        } else if self.threshold > 0 {
            (self.threshold, 0)
        } else {
            (16, 12)
        };
        if thr == 0 {
            thr = (cap as f32 * 0.75) as usize;
        }
        let mut table = vec![Vec::new(); cap];
        for b in std::mem::take(&mut self.table) {
            for k in b {
                table[Self::bucket(self.hashes[k], cap)].push(k);
            }
        }
        self.table = table;
        self.threshold = thr;
    }

    /// `put` of entry `k`.
    pub fn put(&mut self, k: usize) {
        if self.table.is_empty() {
            self.resize();
        }
        let cap = self.table.len();
        self.table[Self::bucket(self.hashes[k], cap)].push(k);
        self.size += 1;
        if self.size > self.threshold {
            self.resize();
        }
    }

    /// `putAll` of entries in this order (Java 17's pre-sizing).
    pub fn put_all(&mut self, keys: &[usize]) {
        if keys.is_empty() {
            return;
        }
        if self.table.is_empty() {
            let t = ((keys.len() as f32 / 0.75 + 1.0) as usize).next_power_of_two();
            self.threshold = self.threshold.max(t);
        } else if keys.len() > self.threshold {
            self.resize();
        }
        for &k in keys {
            self.put(k);
        }
    }

    /// The entries in iteration order.
    pub fn order(&self) -> Vec<usize> {
        self.table.iter().flatten().copied().collect()
    }
}

/// The order of `new HashMap(n)` filled with the entries in their order (PySpark's
/// `collect()` of a map value, and a map argument of a Python UDF).
pub fn to_java_order(hashes: &[i32]) -> Vec<usize> {
    let mut m = JavaHashMap::new(hashes, Some(hashes.len()));
    for k in 0..hashes.len() {
        m.put(k);
    }
    m.order()
}

/// The order in which Spark holds a dict a Python UDF returned: Python pickles it in
/// batches of 1,000 items (one item alone as `SETITEM`), and Pyrolite unpickles it into
/// `new HashMap(0)`, each batch through a temporary `HashMap` filled from the batch's
/// last item to its first, then `putAll` into the dict.
pub fn unpickled_dict_order(hashes: &[i32]) -> Vec<usize> {
    let mut dict = JavaHashMap::new(hashes, Some(0));
    let all: Vec<usize> = (0..hashes.len()).collect();
    for batch in all.chunks(1000) {
        if batch.len() == 1 {
            dict.put(batch[0]);
            continue;
        }
        let mut items = JavaHashMap::new(hashes, None);
        for &k in batch.iter().rev() {
            items.put(k);
        }
        dict.put_all(&items.order());
    }
    dict.order()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(keys: &[&str]) -> Vec<i32> {
        keys.iter().map(|k| string_hash(k)).collect()
    }

    /// What PySpark's `collect()` shows of a map held in this order.
    fn collected(hashes: &[i32], held: &[usize]) -> Vec<usize> {
        let h: Vec<i32> = held.iter().map(|&k| hashes[k]).collect();
        to_java_order(&h).into_iter().map(|i| held[i]).collect()
    }

    /// Orders Spark 4.3 (Java 17) gave for dicts returned by Python UDFs: shown by Spark
    /// (`{the -> 3, quick -> 5, brown -> 5}`) and collected by PySpark
    /// (`{'the': 3, 'brown': 5, 'quick': 5}`; `{3000000000: 1, 0: 0}`; `{0.25: 1, 0.0: 0}`).
    #[test]
    fn orders_match_java_17() {
        let h = strings(&["the", "quick", "brown"]);
        assert_eq!(string_hash("the"), 114801);
        let held = unpickled_dict_order(&h);
        assert_eq!(held, vec![0, 1, 2]);
        assert_eq!(collected(&h, &held), vec![0, 2, 1]);
        let longs: Vec<i32> = [0i64, 3_000_000_000]
            .iter()
            .map(|&v| long_hash(v))
            .collect();
        assert_eq!(collected(&longs, &unpickled_dict_order(&longs)), vec![1, 0]);
        let doubles: Vec<i32> = [0.0, 0.25].iter().map(|&v| double_hash(v)).collect();
        assert_eq!(
            collected(&doubles, &unpickled_dict_order(&doubles)),
            vec![1, 0]
        );
    }
}
