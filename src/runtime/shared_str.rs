//! Names in events, decoded once. A run's events repeat a few names hundreds of thousands of
//! times (`Task-12`, `Lock 1`, the 32 waiters a lock shows at each change); decoded one by one,
//! each would be allocated and copied anew, and decoding the events the worker sends cost the
//! page three times as much as replaying them. Decoded here, a name already seen is the same
//! `Rc<str>`: found by its text without allocating, and shared by every event that has it.
//!
//! Used through serde's `with` on the events' `Rc<str>` fields (`shared_str`, and the
//! `option` and `vec` modules for fields holding several). Encoding writes the text as serde
//! does for `Rc<str>`: the bytes sent are the same.

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
    serializer.serialize_str(text)
}

/// Decoded as bytes (an encoded `str` is its bytes), checked as UTF-8 only when new.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Rc<str>, D::Error> {
    deserializer.deserialize_bytes(SharedVisitor)
}

/// A shared name, as an element of an option or a list.
#[derive(serde::Deserialize)]
#[serde(transparent)]
struct SharedText(#[serde(deserialize_with = "deserialize")] Rc<str>);

/// For `Option<Rc<str>>` fields.
pub mod option {
    use super::*;
    use serde::Deserialize;

    pub fn serialize<S: Serializer>(
        text: &Option<Rc<str>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match text {
            Some(text) => serializer.serialize_some(&**text),
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
            seq.serialize_element(&**text)?;
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
