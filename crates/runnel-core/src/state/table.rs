//! [`SlotTable`]: an operator's index from a key to the slot that holds its state,
//! keyed by a 32-bit tag of the key's hash, with a prefetch for the probes to come.
//!
//! At a million keys and more, a new key's probe misses the cache (the table is tens of
//! megabytes); a batch knows its keys ahead, so [`SlotTable::prefetch`] starts loading
//! the buckets of the keys a few places on while this one is probed, and the misses
//! overlap. hashbrown's tables cannot be asked where a key's bucket is (session 14:
//! the probe that missed was ~26% of a count over 1M keys); this table is open
//! addressing with linear probing over 8-byte buckets (a slot and its key's tag, no
//! separate control bytes), so a bucket's address is the tag's home and a probe reads
//! one cache line, usually.

/// A bucket: 0 when free, else the key's tag in the high 32 bits and its slot + 1 in
/// the low ones. Free is zero so that a grown table is allocated zeroed (fresh pages
/// from the system, not written once more).
type Bucket = u64;

const FREE: Bucket = 0;

#[inline]
fn bucket(slot: u32, tag: u32) -> Bucket {
    (tag as u64) << 32 | (slot as u64 + 1)
}

#[inline]
fn slot_of(b: Bucket) -> u32 {
    (b as u32).wrapping_sub(1)
}

#[inline]
fn tag_of(b: Bucket) -> u32 {
    (b >> 32) as u32
}

/// Where a key [`SlotTable::find`] did not find goes.
pub(crate) struct Vacant(usize);

/// Keys to slots: each key is given by its tag (32 bits of its hash) and an equality
/// test on the slot it is compared with, so the table holds no key bytes. At most 3/4
/// of the buckets are used (linear probing's probes stay short: ~2.5 buckets for a key
/// present, ~8.5 for one absent, within one or two cache lines). Removal shifts the
/// probe run back (no tombstones).
#[derive(Default)]
pub(crate) struct SlotTable {
    buckets: Vec<Bucket>,
    /// 64 minus log2 of the bucket count: a tag's home is the top bits of its product
    /// with an odd constant (Fibonacci hashing), which every bit of the tag moves.
    shift: u32,
    len: usize,
}

impl SlotTable {
    /// Keys held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    #[inline]
    fn home(&self, tag: u32) -> usize {
        ((tag as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline]
    fn mask(&self) -> usize {
        self.buckets.len() - 1
    }

    /// Makes room for `additional` more keys without growing (so that buckets
    /// prefetched before a batch's inserts stay where they were).
    pub(crate) fn reserve(&mut self, additional: usize) {
        let need = self.len + additional;
        if need * 4 <= self.buckets.len() * 3 {
            return;
        }
        let mut n = self.buckets.len().max(16);
        while need * 4 > n * 3 {
            n *= 2;
        }
        let old = std::mem::replace(&mut self.buckets, vec![FREE; n]);
        self.shift = 64 - n.trailing_zeros();
        let mask = self.mask();
        for b in old.into_iter().filter(|&b| b != FREE) {
            let mut i = self.home(tag_of(b));
            while self.buckets[i] != FREE {
                i = (i + 1) & mask;
            }
            self.buckets[i] = b;
        }
    }

    /// Starts loading the bucket where `tag`'s probe will begin (a hint: it changes
    /// nothing, and nothing on targets without a prefetch instruction).
    #[inline]
    pub(crate) fn prefetch(&self, tag: u32) {
        if self.buckets.is_empty() {
            return;
        }
        #[cfg(target_arch = "x86_64")]
        {
            let p = self.buckets[self.home(tag)..].as_ptr();
            // SAFETY: a prefetch reads no memory the program sees and cannot fault; `p`
            // points into the buckets anyway.
            unsafe {
                use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
                _mm_prefetch::<_MM_HINT_T0>(p as *const i8);
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = tag;
    }

    /// The slot of the key with this `tag` for which `is(slot)` holds, or, when there is
    /// none, where it goes: give that to [`SlotTable::insert`] before the table changes.
    #[inline]
    pub(crate) fn find(&mut self, tag: u32, is: impl Fn(u32) -> bool) -> Result<u32, Vacant> {
        self.reserve(1);
        let mask = self.mask();
        let mut i = self.home(tag);
        loop {
            let b = self.buckets[i];
            if b == FREE {
                return Err(Vacant(i));
            }
            if tag_of(b) == tag && is(slot_of(b)) {
                return Ok(slot_of(b));
            }
            i = (i + 1) & mask;
        }
    }

    /// Puts `slot` (not `u32::MAX`) where [`SlotTable::find`] found no key with `tag`.
    #[inline]
    pub(crate) fn insert(&mut self, at: Vacant, tag: u32, slot: u32) {
        debug_assert!(slot != u32::MAX && self.buckets[at.0] == FREE);
        self.buckets[at.0] = bucket(slot, tag);
        self.len += 1;
    }

    /// Removes `slot`, held under `tag`; false when it is not there.
    pub(crate) fn remove(&mut self, tag: u32, slot: u32) -> bool {
        if self.buckets.is_empty() {
            return false;
        }
        let mask = self.mask();
        let mut i = self.home(tag);
        loop {
            let b = self.buckets[i];
            if b == FREE {
                return false;
            }
            if slot_of(b) == slot {
                break;
            }
            i = (i + 1) & mask;
        }
        // Backward shift: each later bucket of the run whose home is at or before the
        // hole (cyclically) moves into it, so no probe meets a gap before its key.
        let mut hole = i;
        let mut j = i;
        loop {
            j = (j + 1) & mask;
            let b = self.buckets[j];
            if b == FREE {
                break;
            }
            let home = self.home(tag_of(b));
            if (j.wrapping_sub(home) & mask) >= (j.wrapping_sub(hole) & mask) {
                self.buckets[hole] = b;
                hole = j;
            }
        }
        self.buckets[hole] = FREE;
        self.len -= 1;
        true
    }

    /// Bytes held by the buckets.
    #[cfg(test)]
    pub(crate) fn bytes(&self) -> usize {
        self.buckets.len() * std::mem::size_of::<Bucket>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The table against a HashMap, through inserts, lookups and removals whose tags
    /// collide often (tags from a small range), across growth.
    #[test]
    fn agrees_with_a_map_through_inserts_and_removals() {
        let mut t = SlotTable::default();
        let mut keys: Vec<u64> = Vec::new(); // slot -> key
        let mut map: HashMap<u64, u32> = HashMap::new();
        let mut x: u64 = 0x9e37_79b9;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let tag = |k: u64| (k % 997) as u32;
        for round in 0..60_000 {
            let k = next() % 5_000;
            if round % 3 == 2 {
                if let Some(s) = map.remove(&k) {
                    assert!(t.remove(tag(k), s), "remove {k}");
                    assert!(!t.remove(tag(k), s), "removed twice {k}");
                }
                continue;
            }
            let (s, new) = match t.find(tag(k), |s| keys[s as usize] == k) {
                Ok(s) => (s, false),
                Err(at) => {
                    keys.push(k);
                    t.insert(at, tag(k), (keys.len() - 1) as u32);
                    ((keys.len() - 1) as u32, true)
                }
            };
            match map.get(&k) {
                Some(&want) => assert_eq!((s, new), (want, false), "key {k}"),
                None => {
                    assert!(new, "key {k}");
                    map.insert(k, s);
                }
            }
            assert_eq!(t.len(), map.len());
        }
        for (&k, &s) in &map {
            assert_eq!(t.find(tag(k), |s| keys[s as usize] == k).ok(), Some(s));
        }
    }

    #[test]
    fn a_key_takes_at_most_16_bytes_of_table() {
        let mut t = SlotTable::default();
        for s in 0..1_000_000u32 {
            t.prefetch(s.wrapping_mul(2_654_435_761));
            let tag = s.wrapping_mul(2_654_435_761);
            let at = t.find(tag, |_| false).err().unwrap();
            t.insert(at, tag, s);
        }
        // 2^21 buckets of 8 bytes for 1M keys (at most 3/4 full).
        assert_eq!(t.bytes(), 16 << 20);
    }
}
