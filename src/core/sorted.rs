//! A map from text keys, kept as a sorted `Vec`: the same API and JSON as `BTreeMap<String, V>`
//! for what this app does (a few hundred answers, a few dozen incidents), with a fraction of the
//! code. Each `BTreeMap` instantiation cost several kilobytes of the single file (issue 11); a
//! binary search over a `Vec` is as fast at these sizes.

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;
use std::ops::Index;

/// Entries sorted by key, each key once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }
}

impl<V> SortedMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value under `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.entries[i].1)
    }

    /// Whether `key` has a value.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value under `key`; returns the one it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Takes the value under `key` out.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// Keeps only the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &V) -> bool) {
        self.entries.retain(|(k, v)| keep(k, v));
    }

    /// The place for `key`, as `BTreeMap::entry` (only `or_default` is needed here).
    pub fn entry(&mut self, key: String) -> Entry<'_, V> {
        Entry { map: self, key }
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Key and value pairs, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values, in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

/// A key's place in a [`SortedMap`].
pub struct Entry<'a, V> {
    map: &'a mut SortedMap<V>,
    key: String,
}

impl<'a, V: Default> Entry<'a, V> {
    /// The value there, made empty first if there is none.
    pub fn or_default(self) -> &'a mut V {
        let i = match self.map.find(&self.key) {
            Ok(i) => i,
            Err(i) => {
                self.map.entries.insert(i, (self.key, V::default()));
                i
            }
        };
        &mut self.map.entries[i].1
    }
}

impl<V> SortedMap<V> {
    /// The map of `entries` as read from outside, in any order; a repeated key keeps its last
    /// value, as serde's BTreeMap does. Found by fuzzing (issue 24): inserting one by one moved
    /// the whole `Vec` for each key given in reverse order, so a hostile record of 4 MB took
    /// minutes to read. Sorted once now: in order already (as this app writes them) costs one
    /// pass; any other order, n log n.
    fn from_entries(entries: Vec<(String, V)>) -> Self {
        if entries.windows(2).all(|w| w[0].0 < w[1].0) {
            return SortedMap { entries };
        }
        let (order, keep) = {
            let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
            let order = sorted_order(&keys);
            // Of equal keys (next to each other now, in the order given), the last one stays.
            let keep: Vec<bool> = (0..order.len())
                .map(|n| {
                    order
                        .get(n + 1)
                        .is_none_or(|&next| keys[next] != keys[order[n]])
                })
                .collect();
            (order, keep)
        };
        let mut slots: Vec<Option<(String, V)>> = entries.into_iter().map(Some).collect();
        let entries = order
            .iter()
            .zip(keep)
            .filter_map(|(&i, keep)| slots[i].take().filter(|_| keep))
            .collect();
        SortedMap { entries }
    }
}

/// The positions of `keys` in sorted order, equal keys in the order given: a heap sort of
/// positions, one copy for every map type (std's sort is kilobytes of the single file for each
/// type it sorts), n log n whatever the order.
fn sorted_order(keys: &[&str]) -> Vec<usize> {
    let less = |a: usize, b: usize| (keys[a], a) < (keys[b], b);
    let sift = |heap: &mut [usize], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(heap[child], heap[child + 1]) {
            child += 1;
        }
        if !less(heap[root], heap[child]) {
            break;
        }
        heap.swap(root, child);
        root = child;
    };
    let mut heap: Vec<usize> = (0..keys.len()).collect();
    let n = heap.len();
    for start in (0..n / 2).rev() {
        sift(&mut heap, start, n);
    }
    for end in (1..n).rev() {
        heap.swap(0, end);
        sift(&mut heap, 0, end);
    }
    heap
}

impl<V> Index<&str> for SortedMap<V> {
    type Output = V;

    /// Panics when the key is missing, as `BTreeMap`'s index does: for tests and known keys only.
    fn index(&self, key: &str) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no entry for key {key:?}"), // ok: callers index known keys
        }
    }
}

impl<V> FromIterator<(String, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = SortedMap::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<V: Serialize> Serialize for SortedMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for SortedMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = SortedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = access.next_entry::<String, V>()? {
                    entries.push(entry);
                }
                Ok(SortedMap::from_entries(entries))
            }
        }
        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// Sorts `items` by `order`, stably (equal items keep their order): a binary insertion sort.
/// For the lists this app sorts (a timeline of some hundreds of entries, nearly in order
/// already; a list of drafts) it is as quick as std's sort, and it is a few hundred bytes of the
/// single file where std's sort is kilobytes for each type it sorts.
pub fn sort_stable_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let (sorted, rest) = items.split_at(i);
        let at = sorted.partition_point(|x| order(x, &rest[0]).is_le());
        items[at..=i].rotate_right(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_std() {
        // Pairs (key, position): equal keys must keep their positions' order.
        let mut seed = 0x2545_f491_u32;
        for len in 0..60 {
            for _ in 0..20 {
                let mut items: Vec<(u32, usize)> = (0..len)
                    .map(|n| {
                        seed ^= seed << 13;
                        seed ^= seed >> 17;
                        seed ^= seed << 5;
                        (seed % 7, n)
                    })
                    .collect();
                let mut expected = items.clone();
                expected.sort_by_key(|a| a.0);
                sort_stable_by(&mut items, |a, b| a.0.cmp(&b.0));
                assert_eq!(items, expected);
            }
        }
        let mut reversed: Vec<u32> = (0..100).rev().collect();
        sort_stable_by(&mut reversed, |a, b| a.cmp(b));
        assert_eq!(reversed, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn behaves_like_a_btreemap() {
        let mut map = SortedMap::new();
        assert!(map.is_empty());
        assert_eq!(map.insert("b".into(), 2), None);
        assert_eq!(map.insert("a".into(), 1), None);
        assert_eq!(map.insert("c".into(), 3), None);
        assert_eq!(map.insert("b".into(), 20), Some(2));
        assert_eq!(
            map.keys().map(String::as_str).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert_eq!(map.get("b"), Some(&20));
        assert!(map.contains_key("c") && !map.contains_key("d"));
        *map.entry("d".into()).or_default() += 4;
        *map.entry("a".into()).or_default() += 10;
        assert_eq!(map.values().copied().collect::<Vec<_>>(), [11, 20, 3, 4]);
        assert_eq!(map.remove("b"), Some(20));
        assert_eq!(map.remove("b"), None);
        assert_eq!(map.len(), 3);
        assert_eq!(map["c"], 3);
        if let Some(v) = map.get_mut("c") {
            *v = 30;
        }
        assert_eq!(
            map.iter()
                .map(|(k, v)| format!("{k}{v}"))
                .collect::<String>(),
            "a11c30d4"
        );
    }

    /// Found by fuzzing (issue 24): keys in reverse order made reading quadratic.
    #[test]
    fn a_map_read_in_any_order_is_a_btreemap_and_the_last_repeat_wins() {
        let mut seed = 0x9e37_79b9_u32;
        for len in 0..80 {
            let pairs: Vec<(String, u32)> = (0..len)
                .map(|n| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    (format!("k{}", seed % 23), n)
                })
                .collect();
            let json = format!(
                "{{{}}}",
                pairs
                    .iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect::<Vec<_>>()
                    .join(",")
            );
            let ours: SortedMap<u32> = serde_json::from_str(&json).unwrap_or_default();
            let reference: std::collections::BTreeMap<String, u32> =
                serde_json::from_str(&json).unwrap_or_default();
            let as_pairs =
                |m: &SortedMap<u32>| m.iter().map(|(k, v)| (k.clone(), *v)).collect::<Vec<_>>();
            assert_eq!(
                as_pairs(&ours),
                reference.into_iter().collect::<Vec<_>>(),
                "{json}"
            );
        }
        let reversed = format!(
            "{{{}}}",
            (0..20_000)
                .rev()
                .map(|n| format!("\"{n:05}\":{n}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let map: SortedMap<u32> = serde_json::from_str(&reversed).unwrap_or_default();
        assert_eq!(map.len(), 20_000);
        assert_eq!(map.values().take(3).copied().collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn json_is_a_btreemaps_json() {
        let map: SortedMap<u32> = [("z".to_owned(), 1), ("a".to_owned(), 2)]
            .into_iter()
            .collect();
        let text = serde_json::to_string(&map).unwrap_or_default();
        let reference: std::collections::BTreeMap<String, u32> =
            [("z".to_owned(), 1), ("a".to_owned(), 2)]
                .into_iter()
                .collect();
        assert_eq!(text, serde_json::to_string(&reference).unwrap_or_default());
        let back: Result<SortedMap<u32>, _> = serde_json::from_str(r#"{"b":1,"a":2,"b":3}"#);
        assert_eq!(
            back.ok()
                .map(|m| m.iter().map(|(k, v)| (k.clone(), *v)).collect::<Vec<_>>()),
            Some(vec![("a".to_owned(), 2), ("b".to_owned(), 3)])
        );
        assert!(serde_json::from_str::<SortedMap<u32>>("[1,2]").is_err());
    }
}
