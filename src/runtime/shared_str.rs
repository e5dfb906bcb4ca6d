//! Names in events, decoded once. A run's events repeat a few names hundreds of thousands of
//! times (`Task-12`, `Lock 1`, the 32 waiters a lock shows at each change); decoded one by one,
//! each would be allocated and copied anew, and decoding the events the worker sends cost the
//! page three times as much as replaying them. Decoded here, a name already seen is the same
//! `Rc<str>`: found by its text without allocating, and shared by every event that has it.
//!
//! Used through serde's `with` on the events' `Rc<str>` fields (`shared_str`, and the
//! `option` and `vec` modules for fields holding several). Encoded on their own, names are
//! written as serde writes a `str`. Encoded as part of a chunk of events
//! ([`chunk::encoding`]), a name is written out once a chunk, the first time, and after
//! that as its number among the chunk's names: a run's 2,048 events name the same few
//! tasks again and again (a lock's state names its 16 waiters at every change), and writing
//! each name out every time made up most of the bytes the worker sent and the page decoded.

use std::cell::RefCell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use hashbrown::{Equivalent, HashSet};
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};

/// More names than this and the set is emptied (names decoded later are shared afresh):
/// a bound on what a page holds on to between runs.
const MOST_KEPT: usize = 1 << 20;

/// A name seen, found by its bytes: a name already seen needs no UTF-8 check either.
struct Seen(Rc<str>);

impl Hash for Seen {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.0.as_bytes());
    }
}

impl PartialEq for Seen {
    fn eq(&self, other: &Seen) -> bool {
        self.0 == other.0
    }
}

impl Eq for Seen {}

/// The bytes of a name being decoded, looked up among those seen.
struct Bytes<'a>(&'a [u8]);

impl Hash for Bytes<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.0);
    }
}

impl Equivalent<Seen> for Bytes<'_> {
    fn equivalent(&self, seen: &Seen) -> bool {
        seen.0.as_bytes() == self.0
    }
}

thread_local! {
    static SEEN: RefCell<HashSet<Seen>> = RefCell::new(HashSet::new());
}

/// The shared `Rc<str>` for the text in `bytes` (an error if they are not UTF-8).
pub fn share(bytes: &[u8]) -> Result<Rc<str>, std::str::Utf8Error> {
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some(shared) = seen.get(&Bytes(bytes)) {
            return Ok(shared.0.clone());
        }
        if seen.len() >= MOST_KEPT {
            seen.clear();
        }
        let shared: Rc<str> = Rc::from(std::str::from_utf8(bytes)?);
        seen.insert(Seen(shared.clone()));
        Ok(shared)
    })
}

/// Forgets the names seen (a new run's names are not the last one's).
pub fn forget() {
    SEEN.with(|seen| *seen.borrow_mut() = HashSet::new());
}

struct SharedVisitor;

impl<'de> Visitor<'de> for SharedVisitor {
    type Value = Rc<str>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a string")
    }

    fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Rc<str>, E> {
        share(bytes).map_err(E::custom)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Rc<str>, E> {
        self.visit_bytes(text.as_bytes())
    }
}

pub fn serialize<S: Serializer>(text: &Rc<str>, serializer: S) -> Result<S::Ok, S::Error> {
    match chunk::number_of(text) {
        chunk::Numbered::OutsideAChunk => serializer.serialize_str(text),
        chunk::Numbered::Seen(number) => {
            serializer.serialize_newtype_variant(chunk::NAME, 0, chunk::SEEN, &number)
        }
        chunk::Numbered::New => {
            serializer.serialize_newtype_variant(chunk::NAME, 1, chunk::NEW, &**text)
        }
    }
}

/// Decoded as bytes (an encoded `str` is its bytes), checked as UTF-8 only when new.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Rc<str>, D::Error> {
    if chunk::decoding_now() {
        return chunk::decode(deserializer);
    }
    deserializer.deserialize_bytes(SharedVisitor)
}

/// A shared name, as an element of an option or a list.
#[derive(serde::Deserialize)]
#[serde(transparent)]
pub(crate) struct SharedText(#[serde(deserialize_with = "deserialize")] pub(crate) Rc<str>);

/// A name to encode, as an element of an option or a list.
pub(crate) struct Named<'a>(pub(crate) &'a Rc<str>);

impl serde::Serialize for Named<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize(self.0, serializer)
    }
}

/// The names of a chunk of events, each written out once (see the module's comment).
pub mod chunk {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use serde::Deserialize;
    use serde::de::Deserializer;

    pub(super) const NAME: &str = "Name";
    pub(super) const SEEN: &str = "Seen";
    pub(super) const NEW: &str = "New";

    /// A name as a chunk has it: its number among the names written out before in the
    /// chunk, or its text, written out the first time.
    #[derive(Deserialize)]
    #[serde(rename = "Name")]
    enum Name<'a> {
        Seen(u32),
        New(#[serde(borrow)] &'a [u8]),
    }

    thread_local! {
        /// While a chunk is encoded: the names written out so far, by address (each
        /// `Rc<str>` of the chunk's events lives, at its address, as long as the encoding).
        static WRITTEN: RefCell<Written> = const { RefCell::new(Written::new()) };
        static ENCODING: Cell<bool> = const { Cell::new(false) };
        /// While a chunk is decoded: its names read so far, in order.
        static READ: RefCell<Vec<Rc<str>>> = const { RefCell::new(Vec::new()) };
        static DECODING: Cell<bool> = const { Cell::new(false) };
    }

    /// Encodes names as a chunk does while the guard lives.
    /// (The primitives' states of a chunk are written as changes too: see
    /// [`crate::runtime::state_wire`].)
    pub fn encoding() -> Encoding {
        WRITTEN.with_borrow_mut(Written::clear);
        crate::runtime::state_wire::forget();
        ENCODING.set(true);
        Encoding(())
    }

    /// Decodes names as a chunk has them while the guard lives.
    pub fn decoding_chunk() -> Decoding {
        READ.with_borrow_mut(Vec::clear);
        crate::runtime::state_wire::forget();
        DECODING.set(true);
        Decoding(())
    }

    pub struct Encoding(());

    impl Drop for Encoding {
        fn drop(&mut self) {
            ENCODING.set(false);
            WRITTEN.with_borrow_mut(Written::clear);
            crate::runtime::state_wire::forget();
        }
    }

    pub struct Decoding(());

    impl Drop for Decoding {
        fn drop(&mut self) {
            DECODING.set(false);
            READ.with_borrow_mut(Vec::clear);
            crate::runtime::state_wire::forget();
        }
    }

    /// Whether a chunk is being encoded.
    pub(crate) fn encoding_now() -> bool {
        ENCODING.get()
    }

    /// Whether a chunk is being decoded.
    pub(crate) fn decoding_now() -> bool {
        DECODING.get()
    }

    /// How a name is written where it is met.
    pub(super) enum Numbered {
        /// Not in a chunk: as its text.
        OutsideAChunk,
        /// Its first time in the chunk (numbered now): as its text.
        New,
        /// As the number it was given.
        Seen(u32),
    }

    pub(super) fn number_of(text: &Rc<str>) -> Numbered {
        if !ENCODING.get() {
            return Numbered::OutsideAChunk;
        }
        WRITTEN.with_borrow_mut(|written| written.number_of(text.as_ptr()))
    }

    /// The names written out so far in a chunk, by address, and their numbers, in a table of
    /// `SLOTS` slots, one per address (by a hash of it): a name whose slot another took since
    /// is written out again, under a new number, which costs a few bytes, where a map that
    /// keeps every name cost the encoding a third of its time.
    struct Written {
        slots: [(usize, u32); Written::SLOTS],
        /// How many names were written out (the next one's number).
        count: u32,
    }

    impl Written {
        const SLOTS: usize = 1 << Written::SLOT_BITS;
        const SLOT_BITS: u32 = 10;

        const fn new() -> Written {
            Written {
                slots: [(0, 0); Written::SLOTS],
                count: 0,
            }
        }

        fn clear(&mut self) {
            // (Address 0 is no name's.)
            self.slots.fill((0, 0));
            self.count = 0;
        }

        fn number_of(&mut self, name: *const u8) -> Numbered {
            let address = name as usize;
            // (Fibonacci hashing: the top bits of the address times 2^64 / phi.)
            let hash =
                (address as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Written::SLOT_BITS);
            let slot = &mut self.slots[hash as usize];
            if slot.0 == address {
                return Numbered::Seen(slot.1);
            }
            *slot = (address, self.count);
            self.count += 1;
            Numbered::New
        }
    }

    pub(super) fn decode<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Rc<str>, D::Error> {
        use serde::de::Error;
        match Name::deserialize(deserializer)? {
            Name::Seen(number) => READ
                .with_borrow(|read| read.get(number as usize).cloned())
                .ok_or_else(|| D::Error::custom(format!("name {number} not written before"))),
            Name::New(bytes) => {
                let text = super::share(bytes).map_err(D::Error::custom)?;
                READ.with_borrow_mut(|read| read.push(text.clone()));
                Ok(text)
            }
        }
    }
}

/// For `Option<Rc<str>>` fields.
pub mod option {
    use super::*;
    use serde::Deserialize;

    pub fn serialize<S: Serializer>(
        text: &Option<Rc<str>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match text {
            Some(text) => serializer.serialize_some(&Named(text)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Rc<str>>, D::Error> {
        Ok(Option::<SharedText>::deserialize(deserializer)?.map(|shared| shared.0))
    }
}

/// For `Vec<Rc<str>>` fields.
pub mod vec {
    use super::*;

    pub fn serialize<S: Serializer>(texts: &[Rc<str>], serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(texts.len()))?;
        for text in texts {
            seq.serialize_element(&Named(text))?;
        }
        seq.end()
    }

    struct SharedList;

    impl<'de> Visitor<'de> for SharedList {
        type Value = Vec<Rc<str>>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a list of strings")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Rc<str>>, A::Error> {
            let mut texts = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(text) = seq.next_element::<SharedText>()? {
                texts.push(text.0);
            }
            Ok(texts)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Rc<str>>, D::Error> {
        deserializer.deserialize_seq(SharedList)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_decoded_twice_is_one_string() {
        forget();
        let first = share(b"Task-12").unwrap();
        let again = share(b"Task-12").unwrap();
        assert!(Rc::ptr_eq(&first, &again));
        assert!(!Rc::ptr_eq(&first, &share(b"Task-13").unwrap()));
        assert!(share(b"\xff").is_err(), "not UTF-8");
        forget();
        assert!(!Rc::ptr_eq(&first, &share(b"Task-12").unwrap()));
    }

    #[test]
    fn events_decode_as_they_were_encoded_with_their_names_shared() {
        use crate::runtime::trace::{Event, EventKind, LoopEvent, PrimitiveState};
        let name: Rc<str> = Rc::from("Task-2");
        let state = PrimitiveState {
            id: 1,
            kind: Rc::from("Lock"),
            label: Rc::from("lock"),
            value: 1,
            capacity: 1,
            holders: vec![name.clone()],
            more_holders: 0,
            waiters: vec![Rc::from("Task-3"), Rc::from("Task-4 ✓")],
            more_waiters: 5,
            items: Default::default(),
            moved: None,
            putters: Vec::new(),
            more_putters: 0,
            internal: false,
        };
        let events = vec![
            Event {
                it: 1,
                t: 0.5,
                task: Some(name.clone()),
                line: Some(3),
                kind: EventKind::Loop(LoopEvent::Primitive(Rc::new(state))),
            },
            Event {
                it: 1,
                t: 0.5,
                task: None,
                line: None,
                kind: EventKind::Suspend { on: name },
            },
        ];
        let bytes = bincode::serialize(&events).unwrap();
        forget();
        let decoded: Vec<Event> = bincode::deserialize(&bytes).unwrap();
        assert_eq!(decoded, events);
        let (EventKind::Loop(LoopEvent::Primitive(state)), EventKind::Suspend { on }) =
            (&decoded[0].kind, &decoded[1].kind)
        else {
            panic!("{decoded:?}");
        };
        assert!(Rc::ptr_eq(&state.holders[0], on));
        assert!(Rc::ptr_eq(decoded[0].task.as_ref().unwrap(), on));
    }
}
