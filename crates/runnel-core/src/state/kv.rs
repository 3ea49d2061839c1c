//! [`KeyValueState`]: an operator's state as ordered byte keys and values that the code
//! calling the operator lays out itself (a stateful processor's state variables and
//! timers, `transformWithState`), with the changes since the last batch kept for the
//! store.

use std::collections::BTreeMap;
use std::ops::Bound;

use super::StateChange;

/// Ordered key → value bytes, recording its changes when the query has a checkpoint.
#[derive(Default)]
pub struct KeyValueState {
    map: BTreeMap<Vec<u8>, Vec<u8>>,
    changes: BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    track: bool,
}

impl KeyValueState {
    /// The state of `entries` (restored from a checkpoint); changes are kept when `track`.
    pub fn new(entries: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>, track: bool) -> Self {
        KeyValueState {
            map: entries.into_iter().collect(),
            changes: BTreeMap::new(),
            track,
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &[u8]) -> Option<&[u8]> {
        self.map.get(key).map(Vec::as_slice)
    }

    /// Sets `key` to `value`.
    pub fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        if self.track {
            self.changes.insert(key.clone(), Some(value.clone()));
        }
        self.map.insert(key, value);
    }

    /// Removes `key` (nothing when absent).
    pub fn delete(&mut self, key: &[u8]) {
        if self.map.remove(key).is_some() && self.track {
            self.changes.insert(key.to_vec(), None);
        }
    }

    /// The entries whose keys start with `prefix`, in key order.
    pub fn scan<'a>(&'a self, prefix: &'a [u8]) -> impl Iterator<Item = (&'a [u8], &'a [u8])> + 'a {
        self.map
            .range::<[u8], _>((Bound::Included(prefix), Bound::Unbounded))
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.as_slice(), v.as_slice()))
    }

    /// The last entry whose key starts with `prefix`.
    pub fn last_under(&self, prefix: &[u8]) -> Option<(&[u8], &[u8])> {
        // Below the first key past every key with the prefix: the prefix with its last
        // byte that is not 0xff incremented (none when it is all 0xff).
        let mut end = prefix.to_vec();
        while end.last() == Some(&0xff) {
            end.pop();
        }
        let upper = match end.last_mut() {
            Some(b) => {
                *b += 1;
                Bound::Excluded(end.as_slice())
            }
            None => Bound::Unbounded,
        };
        self.map
            .range::<[u8], _>((Bound::Included(prefix), upper))
            .next_back()
            .map(|(k, v)| (k.as_slice(), v.as_slice()))
    }

    /// Removes every entry whose key starts with `prefix`.
    pub fn delete_prefix(&mut self, prefix: &[u8]) {
        let keys: Vec<Vec<u8>> = self.scan(prefix).map(|(k, _)| k.to_vec()).collect();
        for k in keys {
            self.delete(&k);
        }
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when it has no entries.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The changes since the last call (key → new value, or None when removed).
    pub fn take_changes(&mut self) -> Vec<StateChange> {
        std::mem::take(&mut self.changes).into_iter().collect()
    }

    /// Every entry, in key order.
    pub fn entries(&self) -> impl Iterator<Item = (&[u8], &[u8])> {
        self.map.iter().map(|(k, v)| (k.as_slice(), v.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_entry_under_a_prefix_of_0xff_bytes() {
        let s = KeyValueState::new(
            vec![
                (vec![0xff, 0xff, 1], vec![]),
                (vec![0xff, 0xff, 0xff], vec![]),
                (vec![0xfe], vec![]),
            ],
            false,
        );
        assert_eq!(
            s.last_under(&[0xff, 0xff]).map(|(k, _)| k),
            Some(&[0xff, 0xff, 0xff][..])
        );
        assert_eq!(s.last_under(&[0xfe]).map(|(k, _)| k), Some(&[0xfe][..]));
    }

    #[test]
    fn scans_a_prefix_in_order_and_records_changes() {
        let mut s = KeyValueState::new(vec![(b"a1".to_vec(), b"x".to_vec())], true);
        s.put(b"b2".to_vec(), b"y".to_vec());
        s.put(b"b1".to_vec(), b"z".to_vec());
        s.put(b"c".to_vec(), b"w".to_vec());
        let got: Vec<&[u8]> = s.scan(b"b").map(|(k, _)| k).collect();
        assert_eq!(got, vec![b"b1".as_slice(), b"b2".as_slice()]);
        assert_eq!(s.last_under(b"b").map(|(k, _)| k), Some(b"b2".as_slice()));
        assert_eq!(s.last_under(b"a").map(|(k, _)| k), Some(b"a1".as_slice()));
        assert_eq!(s.last_under(b"d"), None);
        s.delete_prefix(b"b");
        s.delete(b"missing");
        assert_eq!(s.len(), 2);
        let changes = s.take_changes();
        assert_eq!(
            changes,
            vec![
                (b"b1".to_vec(), None),
                (b"b2".to_vec(), None),
                (b"c".to_vec(), Some(b"w".to_vec()))
            ]
        );
        assert!(s.take_changes().is_empty());
    }
}
