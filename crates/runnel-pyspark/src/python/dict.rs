//! A dict's items as CPython keeps them: insertion order, and a hash table over it, so
//! lookup, insertion and deletion take O(1) on average. Keys hash as Python's equality
//! asks (`1`, `1.0` and `True` are one key; an object of the script's classes by its
//! `__hash__`, or by identity), and a list, dict or an object whose class defines
//! `__eq__` without `__hash__` is refused as a key (`TypeError: unhashable type`).

use std::hash::{Hash, Hasher};

use hashbrown::HashTable;
use runnel_core::error::{Result, RunnelError};

use super::ops::py_eq;
use super::value::{Native, Value};

/// A dict's items in insertion order, with a hash index over them. A deleted item leaves
/// a hole until holes outnumber the items, then the items are compacted (as CPython's).
#[derive(Clone, Default)]
pub struct DictItems {
    /// The items, `None` where one was deleted.
    entries: Vec<Option<(Value, Value)>>,
    /// Each entry's key's hash.
    hashes: Vec<u64>,
    /// Positions in `entries`, by their key's hash.
    table: HashTable<usize>,
    /// How many entries are items.
    live: usize,
}

impl DictItems {
    /// An empty dict's items.
    pub fn new() -> DictItems {
        DictItems::default()
    }

    /// Items of `pairs`, a later repeat of a key replacing the value of the first.
    pub fn from_pairs(pairs: Vec<(Value, Value)>) -> Result<DictItems> {
        let mut out = DictItems::new();
        out.entries.reserve(pairs.len());
        for (k, v) in pairs {
            out.insert(k, v)?;
        }
        Ok(out)
    }

    /// Items of `pairs` as [`DictItems::from_pairs`], for the runner's own dicts: a key
    /// that does not hash (never one of its own) is kept, under hash 0.
    pub fn from_pairs_lenient(pairs: Vec<(Value, Value)>) -> DictItems {
        let mut out = DictItems::new();
        out.entries.reserve(pairs.len());
        for (k, v) in pairs {
            if py_hash(&k).is_ok() {
                let _ = out.insert(k, v);
            } else {
                out.push_hashed(0, k, v);
            }
        }
        out
    }

    /// Appends a key not in the dict, hashed as `h`.
    fn push_hashed(&mut self, h: u64, key: Value, value: Value) {
        let i = self.entries.len();
        self.entries.push(Some((key, value)));
        self.hashes.push(h);
        let hashes = &self.hashes;
        self.table.insert_unique(h, i, |&j| hashes[j]);
        self.live += 1;
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.live
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The items in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &(Value, Value)> + Clone {
        self.entries.iter().flatten()
    }

    /// The items in insertion order, values to change (a key must not be changed).
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut (Value, Value)> {
        self.entries.iter_mut().flatten()
    }

    /// The keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(k, _)| k)
    }

    /// The items, copied.
    pub fn to_vec(&self) -> Vec<(Value, Value)> {
        self.iter().cloned().collect()
    }

    /// The position in `entries` of `key` (hashed as `hash`).
    fn find(&self, hash: u64, key: &Value) -> Option<usize> {
        let (entries, hashes) = (&self.entries, &self.hashes);
        self.table
            .find(hash, |&i| {
                hashes[i] == hash && entries[i].as_ref().is_some_and(|(k, _)| py_eq(k, key))
            })
            .copied()
    }

    /// The value of `key`.
    pub fn get(&self, key: &Value) -> Result<Option<Value>> {
        let h = py_hash(key)?;
        Ok(self
            .find(h, key)
            .and_then(|i| self.entries[i].as_ref().map(|(_, v)| v.clone())))
    }

    /// Whether `key` is a key.
    pub fn contains(&self, key: &Value) -> Result<bool> {
        let h = py_hash(key)?;
        Ok(self.find(h, key).is_some())
    }

    /// Sets `key` to `value`: a new key goes last, a known one keeps its place (and its
    /// first key object, as Python's). The value it replaced, if any.
    pub fn insert(&mut self, key: Value, value: Value) -> Result<Option<Value>> {
        Ok(self.insert_hashed(py_hash(&key)?, key, value))
    }

    /// [`DictItems::insert`] of a key hashed as `h` already (a key's `__hash__` runs
    /// before its dict is borrowed).
    pub fn insert_hashed(&mut self, h: u64, key: Value, value: Value) -> Option<Value> {
        if let Some(i) = self.find(h, &key)
            && let Some(e) = self.entries[i].as_mut()
        {
            return Some(std::mem::replace(&mut e.1, value));
        }
        self.push_hashed(h, key, value);
        None
    }

    /// Removes `key`: its item, if it was one.
    pub fn remove(&mut self, key: &Value) -> Result<Option<(Value, Value)>> {
        let h = py_hash(key)?;
        let Some(i) = self.find(h, key) else {
            return Ok(None);
        };
        Ok(self.remove_at(h, i))
    }

    /// Removes the entry at `i` (its key hashed as `h`).
    fn remove_at(&mut self, h: u64, i: usize) -> Option<(Value, Value)> {
        if let Ok(e) = self.table.find_entry(h, |&j| j == i) {
            e.remove();
        }
        let out = self.entries[i].take();
        if out.is_some() {
            self.live -= 1;
        }
        if self.entries.len() > 16 && self.entries.len() > 2 * self.live {
            self.compact();
        }
        out
    }

    /// The last item, removed (`popitem()`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(Option::is_some)?;
        let h = self.hashes[i];
        let out = self.remove_at(h, i);
        // The holes at the end are not needed.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
            self.hashes.pop();
        }
        out
    }

    /// The first item, removed.
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().position(Option::is_some)?;
        let h = self.hashes[i];
        self.remove_at(h, i)
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        *self = DictItems::new();
    }

    /// Keeps the items `keep` answers true for, in their order.
    pub fn retain(&mut self, mut keep: impl FnMut(&(Value, Value)) -> bool) {
        for e in self.entries.iter_mut() {
            if e.as_ref().is_some_and(|x| !keep(x)) {
                *e = None;
                self.live -= 1;
            }
        }
        self.compact();
    }

    /// Moves `key` to the end (`OrderedDict.move_to_end`); whether it was a key.
    pub fn move_to_end(&mut self, key: &Value) -> Result<bool> {
        let h = py_hash(key)?;
        let Some(i) = self.find(h, key) else {
            return Ok(false);
        };
        if let Some((k, v)) = self.remove_at(h, i) {
            self.insert(k, v)?;
        }
        Ok(true)
    }

    /// Drops the holes, and indexes the items again (their hashes are kept: no key's
    /// `__hash__` runs).
    fn compact(&mut self) {
        let mut entries = Vec::with_capacity(self.live);
        let mut hashes = Vec::with_capacity(self.live);
        for (e, h) in self.entries.drain(..).zip(self.hashes.drain(..)) {
            if e.is_some() {
                entries.push(e);
                hashes.push(h);
            }
        }
        let mut table = HashTable::with_capacity(entries.len());
        for (i, h) in hashes.iter().enumerate() {
            table.insert_unique(*h, i, |&j| hashes[j]);
        }
        self.entries = entries;
        self.hashes = hashes;
        self.table = table;
    }
}

/// The error for a key Python cannot hash.
pub(crate) fn unhashable(v: &Value) -> RunnelError {
    let name = match v {
        Value::Instance(o) => o.class.name.clone(),
        other => other.type_name().to_string(),
    };
    RunnelError::execution_plain(format!("TypeError: unhashable type: '{name}'"))
        .with_exception("TypeError")
}

/// Spreads an integer's bits (the hash table uses the high ones).
fn mix(x: u64) -> u64 {
    let mut h = x ^ (x >> 33);
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// A hash of something `Hash` (strings, bytes, names), apart from the numbers'.
fn hash_of(tag: u8, x: &(impl Hash + ?Sized)) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    tag.hash(&mut h);
    x.hash(&mut h);
    h.finish()
}

/// The hash of an integer, whatever its kind (int, bool, an integral float or Decimal).
fn hash_bigint(b: &num_bigint::BigInt) -> u64 {
    match i64::try_from(b) {
        Ok(i) => mix(i as u64),
        Err(_) => hash_of(1, &b.to_signed_bytes_le()),
    }
}

/// The hash of a float: an integral one as that integer (`1.0 == 1`).
fn hash_float(f: f64) -> u64 {
    if f.is_finite() && f.fract() == 0.0 {
        if f.abs() < 9.0e18 {
            return mix(f as i64 as u64);
        }
        if let Some(b) = <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f) {
            return hash_bigint(&b);
        }
    }
    mix(f.to_bits())
}

/// The hash of a value as a dict key or set item, consistent with Python's `==`
/// ([`py_eq`]): equal values hash the same. An object of the script's classes with a
/// `__hash__` is asked for it.
pub(crate) fn py_hash(v: &Value) -> Result<u64> {
    Ok(match v {
        Value::None => 0x6e6f_6e65,
        Value::Bool(b) => mix(u64::from(*b)),
        Value::Int(i) => mix(*i as u64),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(*f),
        Value::Str(s) => hash_of(2, s.as_str()),
        Value::Tuple(t) => tuple_hash(t)?,
        // A Row is a tuple.
        Value::Row(r) => {
            let mut h: u64 = 0x345678;
            for (_, x) in r.iter() {
                h = (h ^ py_hash(x)?).wrapping_mul(1_000_003);
            }
            h
        }
        // A frozenset: by its items, in any order.
        Value::Set(s) if s.borrow().is_frozen() => {
            let mut h: u64 = 0x5e7;
            for x in s.borrow().iter() {
                h = h.wrapping_add(mix(py_hash(x)?));
            }
            h
        }
        Value::List(_) | Value::Set(_) | Value::Dict(_) | Value::Json(_) => {
            return Err(unhashable(v));
        }
        Value::Instance(o) => {
            if let Some(m) = super::enums::mixed_value(o) {
                return py_hash(&m);
            }
            match o.class.lookup("__hash__") {
                Some((_, Value::None)) => return Err(unhashable(v)),
                // Its answer hashes as that int.
                Some((_, Value::Function(_))) => py_hash(&super::interp::object_hash(v)?)?,
                // `__eq__` without `__hash__`: Python sets `__hash__` to None.
                _ if matches!(o.class.lookup("__eq__"), Some((_, Value::Function(_)))) => {
                    return Err(unhashable(v));
                }
                _ => mix(std::rc::Rc::as_ptr(o) as *const () as usize as u64),
            }
        }
        Value::Class(c) => mix(std::rc::Rc::as_ptr(c) as *const () as usize as u64),
        Value::Function(f) => mix(std::rc::Rc::as_ptr(f) as *const () as usize as u64),
        Value::Builtin(n) | Value::Module(n) => hash_of(4, n.as_str()),
        Value::Type(t) => hash_of(5, t),
        Value::StructField(f) => hash_of(6, f),
        Value::Native(n) => match n.as_ref() {
            Native::Decimal(d) => {
                if d.exp >= 0 || d.normalize().exp >= 0 {
                    hash_bigint(&d.trunc())
                } else {
                    hash_float(d.to_f64())
                }
            }
            Native::Bytes(b) => hash_of(7, b),
            Native::Uuid(u) => hash_of(8, u),
            Native::Date(d) => mix(*d as u64 ^ 0xda7e),
            Native::TimeDelta(t) => mix(*t as u64 ^ 0x7d),
            // Aware datetimes are equal at the same instant, whatever their offsets.
            Native::DateTime(us, off, _) => {
                let utc = us.wrapping_sub(i64::from(off.unwrap_or(0)) * 1_000_000);
                mix(utc as u64 ^ 0xd7)
            }
            Native::TimeZone(o) => mix(*o as u64 ^ 0x7a),
            other => mix(other as *const Native as usize as u64),
        },
        // The rest compare by identity or never equal: one bucket a kind.
        other => hash_of(9, other.type_name()),
    })
}

/// A tuple's hash, from its items'.
fn tuple_hash(t: &[Value]) -> Result<u64> {
    let mut h: u64 = 0x345678;
    for x in t {
        h = (h ^ py_hash(x)?).wrapping_mul(1_000_003);
    }
    Ok(h)
}

/// A set's items: a dict's keys ([`DictItems`], each with the value None), so `in`, `add`
/// and `remove` take O(1) on average. Iterated (and printed) in insertion order, but a set
/// of ints in ascending order, the order CPython shows a set of small ints in (its order
/// for other sets depends on hashes).
#[derive(Clone, Default)]
pub struct SetItems(DictItems, bool);

impl SetItems {
    /// An empty set's items.
    pub fn new() -> SetItems {
        SetItems::default()
    }

    /// The distinct items of `values`, the first of equal ones kept; an unhashable one is
    /// an error.
    pub fn from_values(values: Vec<Value>) -> Result<SetItems> {
        let mut out = SetItems::new();
        out.extend(values)?;
        Ok(out)
    }

    /// [`SetItems::from_values`] for the runner's own sets: an unhashable item is kept.
    pub fn from_values_lenient(values: Vec<Value>) -> SetItems {
        SetItems(
            DictItems::from_pairs_lenient(values.into_iter().map(|v| (v, Value::None)).collect()),
            false,
        )
    }

    /// Made a `frozenset` (hashable; the same set otherwise).
    pub fn frozen(mut self) -> SetItems {
        self.1 = true;
        self
    }

    /// Whether it is a `frozenset`.
    pub fn is_frozen(&self) -> bool {
        self.1
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The items in insertion order (for what does not show the order).
    pub fn iter(&self) -> impl Iterator<Item = &Value> + Clone {
        self.0.iter().map(|(k, _)| k)
    }

    /// The items in the order Python iterates them (see [`SetItems`]).
    pub fn items(&self) -> Vec<Value> {
        let mut out: Vec<Value> = self.iter().cloned().collect();
        if out.iter().all(|v| matches!(v, Value::Int(_))) {
            out.sort_by_key(|v| match v {
                Value::Int(i) => *i,
                _ => 0,
            });
        }
        out
    }

    /// Whether `v` is an item.
    pub fn contains(&self, v: &Value) -> Result<bool> {
        self.0.contains(v)
    }

    /// Adds `v` (an equal item already there stays).
    pub fn add(&mut self, v: Value) -> Result<()> {
        let h = py_hash(&v)?;
        self.add_hashed(h, v);
        Ok(())
    }

    /// [`SetItems::add`] of an item hashed as `h` already (its `__hash__` ran before the
    /// set was borrowed).
    pub fn add_hashed(&mut self, h: u64, v: Value) {
        if self.0.find(h, &v).is_none() {
            self.0.push_hashed(h, v, Value::None);
        }
    }

    /// Adds each of `values`.
    pub fn extend(&mut self, values: Vec<Value>) -> Result<()> {
        for v in values {
            self.add(v)?;
        }
        Ok(())
    }

    /// Removes `v`: whether it was an item.
    pub fn remove(&mut self, v: &Value) -> Result<bool> {
        Ok(self.0.remove(v)?.is_some())
    }

    /// Removes and returns the first item in Python's order (`set.pop()`).
    pub fn pop(&mut self) -> Option<Value> {
        let first = self.items().into_iter().next()?;
        self.remove(&first).ok()?;
        Some(first)
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Its items as a new set of the same kind (set or frozenset).
    pub fn with_kind_of(self, other: &SetItems) -> SetItems {
        SetItems(self.0, other.1)
    }
}
