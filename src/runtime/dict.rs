//! The `dict` table: insertion-ordered entries with an index by Python hash, as CPython's
//! compact dict is.
//!
//! Looking a key up needs Python equality, which for user classes with `__eq__` means running
//! Python code; so the table only answers "which entries have this hash" and "is this key
//! there by builtin equality", and the VM does the rest without holding a borrow of the dict.

use hashbrown::HashTable;

use super::value::{Value, str_hash};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    /// Entries in insertion order; `None` where one was removed.
    entries: Vec<Option<Entry>>,
    /// Indices into `entries`, by hash.
    index: HashTable<usize>,
    len: usize,
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entries holding `hash` (candidates for an equal key).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        self.index
            .iter_hash(hash as u64)
            .copied()
            .filter(|&i| self.entries[i].as_ref().is_some_and(|e| e.hash == hash))
            .collect()
    }

    /// The entry whose key is equal to `key` by builtin equality, if it can decide.
    pub fn find_native(&self, hash: i64, key: &Value) -> Lookup {
        let mut undecided = false;
        for &i in self.index.iter_hash(hash as u64) {
            let Some(entry) = &self.entries[i] else {
                continue;
            };
            if entry.hash != hash {
                continue;
            }
            match native_eq(&entry.key, key) {
                Some(true) => return Lookup::Found(i),
                Some(false) => {}
                None => undecided = true,
            }
        }
        if undecided {
            Lookup::NeedsPython
        } else {
            Lookup::Absent
        }
    }

    /// The value of the `str` key `name` (attribute dicts: builtin equality decides).
    pub fn get_str(&self, name: &str) -> Option<&Value> {
        self.find_str(name)
            .map(|i| &self.entries[i].as_ref().expect("live entry").value)
    }

    /// Sets the `str` key `name`, keeping its place if it is there.
    pub fn set_str(&mut self, name: &str, value: Value) {
        self.set_str_with(name, str_hash(name), || Value::str(name), value);
    }

    /// Removes the `str` key `name`, returning its value.
    pub fn remove_str(&mut self, name: &str) -> Option<Value> {
        let index = self.find_str(name)?;
        self.remove_at(index).map(|entry| entry.value)
    }

    /// `get_str` given `str_hash(name)`.
    pub fn get_str_hashed(&self, name: &str, hash: i64) -> Option<&Value> {
        self.find_str_hashed(name, hash)
            .map(|i| &self.entries[i].as_ref().expect("live entry").value)
    }

    /// `set_str` given `str_hash(name)`.
    pub fn set_str_hashed(&mut self, name: &str, hash: i64, value: Value) {
        self.set_str_with(name, hash, || Value::str(name), value);
    }

    /// `set_str_hashed` given the name as a `str` value too, which a new entry keeps as its
    /// key (shared, not copied).
    pub fn set_str_keyed(&mut self, name: &str, hash: i64, key: &Value, value: Value) {
        self.set_str_with(name, hash, || key.clone(), value);
    }

    /// Sets the `str` key `name` (whose hash is `hash`), keeping its place if it is there;
    /// a new entry's key is made by `key`.
    fn set_str_with(&mut self, name: &str, hash: i64, key: impl FnOnce() -> Value, value: Value) {
        match self.find_str_hashed(name, hash) {
            Some(index) => self.set_value(index, value),
            None => self.push(hash, key(), value),
        }
    }

    fn find_str(&self, name: &str) -> Option<usize> {
        self.find_str_hashed(name, str_hash(name))
    }

    #[inline]
    fn find_str_hashed(&self, name: &str, hash: i64) -> Option<usize> {
        self.index.iter_hash(hash as u64).copied().find(|&i| {
            self.entries[i]
                .as_ref()
                .is_some_and(|e| e.hash == hash && e.key.as_str() == Some(name))
        })
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).and_then(Option::as_ref)
    }

    pub fn set_value(&mut self, index: usize, value: Value) {
        if let Some(entry) = self.entries.get_mut(index).and_then(Option::as_mut) {
            entry.value = value;
        }
    }

    /// Appends a new key (the caller has checked it is not there).
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let index = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, index, |&i| {
            entries[i].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    /// Removes the entry at `index`, returning it.
    pub fn remove_at(&mut self, index: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(index)?.take()?;
        if let Ok(slot) = self.index.find_entry(entry.hash as u64, |&i| i == index) {
            slot.remove();
        }
        self.len -= 1;
        // Compact when more than half the slots are holes, keeping the order.
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry)
    }

    fn compact(&mut self) {
        let entries: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        self.len = 0;
        for entry in entries {
            self.push(entry.hash, entry.key, entry.value);
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The live entry at position `n` in iteration order, starting the search at slot
    /// `from` (iterators keep their slot to stay O(1) per step).
    pub fn next_from(&self, from: usize) -> Option<(usize, &Entry)> {
        self.entries[from.min(self.entries.len())..]
            .iter()
            .enumerate()
            .find_map(|(offset, entry)| entry.as_ref().map(|e| (from + offset, e)))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let index = self.entries.iter().rposition(Option::is_some)?;
        self.remove_at(index)
    }
}

pub enum Lookup {
    Found(usize),
    Absent,
    /// A candidate key needs Python's `__eq__` to compare.
    NeedsPython,
}

/// How deep [`native_eq`] looks into nested tuples and frozensets: deeper ones are left to
/// the VM's comparison, which counts its nesting as CPython does.
const NATIVE_EQ_DEPTH: u32 = 32;

/// Equality of two hashable values without running Python code: `None` when a user-defined
/// `__eq__` must decide (or the values nest too deep to compare here).
/// What `==` compares of a value: the builtin value inside an instance of a subclass of a
/// builtin type, unless its class defines `__eq__` in Python (then `None`: undecided).
fn builtin_eq_value(value: &Value) -> Option<&Value> {
    match value {
        Value::Instance(instance) => {
            if instance
                .class()
                .lookup("__eq__")
                .is_some_and(|f| !matches!(f, Value::Builtin(_)))
            {
                return None;
            }
            Some(instance.base.as_ref().unwrap_or(value))
        }
        _ => Some(value),
    }
}

pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_within(a, b, NATIVE_EQ_DEPTH)
}

fn native_eq_within(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use Value::*;
    if depth == 0 && matches!((a, b), (Tuple(_), Tuple(_)) | (Set(_), Set(_))) {
        return Option::None;
    }
    Some(match (a, b) {
        (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(_) | BigInt(_) | Bool(_) | Float(_), Int(_) | BigInt(_) | Bool(_) | Float(_)) => {
            super::ops::numeric_eq(a, b)
        }
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !native_eq_within(p, q, depth - 1)? {
                    return Some(false);
                }
            }
            true
        }
        (Set(x), Set(y)) => {
            let (x, y) = (x.table.borrow(), y.table.borrow());
            if x.len() != y.len() {
                return Some(false);
            }
            // Each key looked up in the other table by its stored hash; undecided if a
            // lookup needs Python equality.
            for (item, hash) in x.entries() {
                let found = y.try_contains(item, hash, &mut |stored, probe| {
                    if stored.is(probe) {
                        return Ok(true);
                    }
                    native_eq_within(stored, probe, depth - 1).ok_or(())
                });
                if !found.ok()? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_))
            if super::value::Instance::builtin_base(a).is_some()
                || super::value::Instance::builtin_base(b).is_some() =>
        {
            // A subclass of a builtin type that keeps its `__eq__` compares as its value.
            if a.is(b) {
                return Some(true);
            }
            return native_eq_within(builtin_eq_value(a)?, builtin_eq_value(b)?, depth);
        }
        (Instance(x), Instance(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if x.class()
                .lookup("__eq__")
                .is_some_and(|f| !matches!(f, Builtin(_)))
            {
                return Option::None;
            }
            false
        }
        (Instance(x), _) | (_, Instance(x)) => {
            if x.class()
                .lookup("__eq__")
                .is_some_and(|f| !matches!(f, Builtin(_)))
            {
                return Option::None;
            }
            false
        }
        // A complex equals a number of the same value.
        (Native(_), _) | (_, Native(_))
            if let Some(equal) = super::builtins::complex::equal(a, b) =>
        {
            equal
        }
        // bytes and bytearray compare by contents.
        (Native(_), _) | (_, Native(_))
            if super::builtins::bytes::is_bytes_like(a)
                && super::builtins::bytes::is_bytes_like(b) =>
        {
            super::builtins::bytes::bytes_like(a) == super::builtins::bytes::bytes_like(b)
        }
        // Lists and dicts compare item by item, which may run Python code.
        (List(_) | Dict(_), List(_) | Dict(_)) => return Option::None,
        _ => a.is(b),
    })
}
