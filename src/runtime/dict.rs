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
    /// Indices into `entries`, by hash; empty while `entries` has at most [`SMALL`] slots,
    /// which are searched in order instead.
    index: HashTable<usize>,
    len: usize,
    /// One bit for each key's hash (bit `hash % 64`), set as keys are added and left set when
    /// they go: a lookup whose bit is clear is a miss without a slot compared. Most misses
    /// are a method looked up in the dict of an instance that holds only its fields.
    hash_bits: u64,
}

/// The bit of [`DictTable::hash_bits`] a hash sets.
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// Up to this many slots a lookup compares the hashes of every slot in order: a few
/// instructions each, cheaper than hashing into an index, and most dicts (an instance's
/// attributes, keyword arguments, small literals) never hold more, so they never allocate
/// one.
const SMALL: usize = 8;

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

    /// The entries holding `hash` (candidates for an equal key): in insertion order in a
    /// small table, in the index's order in a big one.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return Vec::new();
        }
        let holds = |&i: &usize| self.entries[i].as_ref().is_some_and(|e| e.hash == hash);
        if self.index.is_empty() {
            (0..self.entries.len()).filter(holds).collect()
        } else {
            self.index
                .iter_hash(hash as u64)
                .copied()
                .filter(holds)
                .collect()
        }
    }

    /// The entry whose key is equal to `key` by builtin equality, if it can decide.
    pub fn find_native(&self, hash: i64, key: &Value) -> Lookup {
        if self.hash_bits & hash_bit(hash) == 0 {
            return Lookup::Absent;
        }
        if self.index.is_empty() {
            self.find_native_in(0..self.entries.len(), hash, key)
        } else {
            self.find_native_in(self.index.iter_hash(hash as u64).copied(), hash, key)
        }
    }

    #[inline(always)]
    fn find_native_in(&self, slots: impl Iterator<Item = usize>, hash: i64, key: &Value) -> Lookup {
        let mut undecided = false;
        for i in slots {
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
        self.set_str_hashed(name, str_hash(name), value);
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
        match self.find_str_hashed(name, hash) {
            Some(index) => self.set_value(index, value),
            None => self.push(hash, Value::str(name), value),
        }
    }

    /// The slot of the `str` key `name` (whose hash is `hash`), looked for first at `hint`,
    /// where it was last time: instances of one class mostly gain their attributes in the
    /// same order, so a hint is usually right, and then no slot but that one is compared.
    /// `key`, the name as a `str` value if the caller has one, is recognised by its address.
    #[inline(always)]
    pub fn find_str_at(
        &self,
        hint: usize,
        name: &str,
        hash: i64,
        key: Option<&Value>,
    ) -> Option<usize> {
        if let Some(Some(entry)) = self.entries.get(hint)
            && entry.hash == hash
            && (key.is_some_and(|key| same_str(&entry.key, key))
                || entry.key.as_str() == Some(name))
        {
            return Some(hint);
        }
        self.find_str_hashed(name, hash)
    }

    /// The value in slot `slot` if its key is `key` itself (the same `str` object): an
    /// attribute site's guess, checked with no hash or text compared.
    #[inline(always)]
    pub fn value_keyed_at(&self, slot: usize, key: &Value) -> Option<&Value> {
        match self.entries.get(slot) {
            Some(Some(entry)) if same_str(&entry.key, key) => Some(&entry.value),
            _ => None,
        }
    }

    /// The value in a live slot (one `find_str_at` gave).
    #[inline(always)]
    pub fn value_at(&self, slot: usize) -> &Value {
        &self.entries[slot].as_ref().expect("a live slot").value
    }

    /// The value in a live slot, to change in place (the key stays).
    #[inline(always)]
    pub fn value_at_mut(&mut self, slot: usize) -> &mut Value {
        &mut self.entries[slot].as_mut().expect("a live slot").value
    }

    /// Sets the `str` key `name` (as `set_str_hashed` does), looking for it first at `hint`;
    /// a new entry keeps `key`, the name as a `str` value, as its key (shared, not copied).
    /// Returns the slot it is in.
    #[inline(always)]
    pub fn set_str_at(
        &mut self,
        hint: usize,
        name: &str,
        hash: i64,
        key: &Value,
        value: Value,
    ) -> usize {
        match self.find_str_at(hint, name, hash, Some(key)) {
            Some(slot) => {
                self.set_value(slot, value);
                slot
            }
            None => {
                self.push(hash, key.clone(), value);
                self.entries.len() - 1
            }
        }
    }

    fn find_str(&self, name: &str) -> Option<usize> {
        self.find_str_hashed(name, str_hash(name))
    }

    #[inline]
    fn find_str_hashed(&self, name: &str, hash: i64) -> Option<usize> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        let is_name = |e: &Entry| e.hash == hash && e.key.as_str() == Some(name);
        if self.index.is_empty() {
            return self
                .entries
                .iter()
                .position(|e| e.as_ref().is_some_and(is_name));
        }
        self.index
            .iter_hash(hash as u64)
            .copied()
            .find(|&i| self.entries[i].as_ref().is_some_and(is_name))
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
        self.len += 1;
        self.hash_bits |= hash_bit(hash);
        if index < SMALL {
            return;
        }
        if index == SMALL {
            // Outgrowing a small table: index every slot so far.
            for slot in 0..index {
                self.index_slot(slot);
            }
        }
        self.index_slot(index);
    }

    fn index_slot(&mut self, slot: usize) {
        let Some(entry) = &self.entries[slot] else {
            return;
        };
        let entries = &self.entries;
        self.index.insert_unique(entry.hash as u64, slot, |&i| {
            entries[i].as_ref().map_or(0, |e| e.hash as u64)
        });
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
        self.index = HashTable::new();
        self.len = 0;
        self.hash_bits = 0;
        for entry in entries {
            self.push(entry.hash, entry.key, entry.value);
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = HashTable::new();
        self.len = 0;
        self.hash_bits = 0;
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

/// Whether two values are the same `str` object (then equal without comparing text).
#[inline(always)]
fn same_str(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Str(a), Value::Str(b)) if std::rc::Rc::ptr_eq(a, b))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn int(value: &Value) -> Option<i64> {
        match value {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// Keys put, removed and put again, across the size where a table starts indexing its
    /// slots and through compaction: every lookup agrees with a plain list of live pairs.
    #[test]
    fn lookups_agree_with_a_list_across_small_and_indexed_tables() {
        let mut table = DictTable::new();
        let mut model: Vec<(String, i64)> = Vec::new();
        let mut seed = 12345u64;
        for step in 0..4000i64 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let key = format!("k{}", (seed >> 33) % 24);
            let hash = str_hash(&key);
            if (seed >> 20).is_multiple_of(3) {
                let removed = table.remove_str(&key).and_then(|v| int(&v));
                let position = model.iter().position(|(k, _)| *k == key);
                assert_eq!(removed, position.map(|p| model.remove(p).1), "remove {key}");
            } else {
                table.set_str_hashed(&key, hash, Value::Int(step));
                match model.iter_mut().find(|(k, _)| *k == key) {
                    Some(pair) => pair.1 = step,
                    None => model.push((key.clone(), step)),
                }
            }
            assert_eq!(table.len(), model.len());
            for (k, v) in &model {
                let hash = str_hash(k);
                assert_eq!(table.get_str_hashed(k, hash).and_then(int), Some(*v));
                let key = Value::str(k.as_str());
                assert!(matches!(table.find_native(hash, &key), Lookup::Found(_)));
                assert_eq!(table.candidates(hash).len(), 1);
                // A hint at any slot, right or wrong, finds the key.
                for hint in [0, 3, 8, 100] {
                    let slot = table.find_str_at(hint, k, hash, Some(&key)).expect("found");
                    assert_eq!(int(table.value_at(slot)), Some(*v));
                }
            }
            let order: Vec<String> = table
                .keys()
                .iter()
                .map(|k| k.as_str().unwrap().to_string())
                .collect();
            let expected: Vec<String> = model.iter().map(|(k, _)| k.clone()).collect();
            assert_eq!(order, expected, "insertion order");
            let absent = "absent";
            assert!(table.get_str_hashed(absent, str_hash(absent)).is_none());
            // Keys removed (or never put) are missed, whatever their hash bits say.
            for n in 0..24 {
                let key = format!("k{n}");
                if model.iter().all(|(k, _)| *k != key) {
                    let hash = str_hash(&key);
                    assert!(table.get_str_hashed(&key, hash).is_none(), "{key} is gone");
                    let value = Value::str(key.as_str());
                    assert!(matches!(table.find_native(hash, &value), Lookup::Absent));
                }
            }
            if step % 1000 == 999 {
                table.clear();
                model.clear();
            }
        }
    }

    /// Keys with one hash: a small table gives them in insertion order, and each is found.
    #[test]
    fn equal_hashes_are_all_candidates() {
        let mut table = DictTable::new();
        for n in 0..12 {
            table.push(7, Value::Int(n), Value::Int(n * 10));
            assert_eq!(table.candidates(7).len(), n as usize + 1);
            for m in 0..=n {
                assert!(
                    matches!(table.find_native(7, &Value::Int(m)), Lookup::Found(i) if i == m as usize)
                );
            }
            assert!(matches!(
                table.find_native(7, &Value::Int(99)),
                Lookup::Absent
            ));
        }
    }
}
