//! A primitive's state as a chunk of events carries it: what changed since the state of the
//! same primitive before it in the chunk. A state is recorded at every change of a lock, a
//! semaphore or a queue, and almost all of it is as it was: the same kind, label and
//! capacity, the same holders, the line of waiters one shorter at its front or one longer at
//! its back, a queue's items moved up one place. Written out whole, states were two thirds of
//! the bytes the worker sent and the most of its time spent encoding.
//!
//! Outside a chunk (see [`super::shared_str::chunk`]) a state is written whole, as serde
//! writes the struct. In a chunk, a state is its id, a byte saying which parts follow
//! ([`part`]), its value, and only the parts that differ from the state before it (the first
//! state of a primitive in a chunk differs from nothing): its kind and label, each list
//! (holders, waiters, items, putters) as a part of the last state's list followed by the
//! names added ([`ListChange`]), the counts of tasks not named, the item moved.

use std::cell::RefCell;
use std::rc::Rc;

use hashbrown::HashMap;
use serde::de::{Error as _, SeqAccess, Visitor};
use serde::ser::SerializeTuple;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::shared_str::{self, Named, SharedText, chunk};
use super::trace::{ItemTexts, PrimitiveState, same_name};

thread_local! {
    /// While a chunk is encoded or decoded: the last state of each primitive in it so far.
    static LAST: RefCell<HashMap<u64, Rc<PrimitiveState>>> = RefCell::new(HashMap::new());
}

/// Forgets the states of the chunk before (a chunk starts with none).
pub(super) fn forget() {
    LAST.with_borrow_mut(HashMap::clear);
}

fn last_of(id: u64) -> Option<Rc<PrimitiveState>> {
    LAST.with_borrow(|last| last.get(&id).cloned())
}

fn note(state: &Rc<PrimitiveState>) {
    LAST.with_borrow_mut(|last| last.insert(state.id, state.clone()));
}

/// A list as a change from the last state's: `last[from..from + kept]`, then `added`.
struct ListChange<'a> {
    from: usize,
    kept: usize,
    added: &'a [Rc<str>],
}

impl<'a> ListChange<'a> {
    /// `list` from `last`: the longest part of `last` that starts with `list`'s first name
    /// (compared by address: a name shown again is the same string) and goes on as `list`
    /// does.
    fn between(last: &[Rc<str>], list: &'a [Rc<str>]) -> ListChange<'a> {
        let from = list
            .first()
            .and_then(|first| last.iter().position(|name| Rc::ptr_eq(name, first)));
        let Some(from) = from else {
            return ListChange {
                from: 0,
                kept: 0,
                added: list,
            };
        };
        let kept = last[from..]
            .iter()
            .zip(list)
            .take_while(|(a, b)| Rc::ptr_eq(a, b))
            .count();
        ListChange {
            from,
            kept,
            added: &list[kept..],
        }
    }
}

impl ListChange<'_> {
    /// Whether the list is `last` as it was.
    fn same_as(&self, last: &[Rc<str>]) -> bool {
        self.from == 0 && self.kept == last.len() && self.added.is_empty()
    }
}

impl Serialize for ListChange<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut tuple = serializer.serialize_tuple(3)?;
        tuple.serialize_element(&(self.from as u32))?;
        tuple.serialize_element(&(self.kept as u32))?;
        tuple.serialize_element(&Names(self.added))?;
        tuple.end()
    }
}

/// Names written as the events' names are (once a chunk).
struct Names<'a>(&'a [Rc<str>]);

impl Serialize for Names<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        shared_str::vec::serialize(self.0, serializer)
    }
}

/// A list read back: the part of the last state's list and the names added.
#[derive(Deserialize)]
struct ReadList {
    from: u32,
    kept: u32,
    #[serde(with = "shared_str::vec")]
    added: Vec<Rc<str>>,
}

impl ReadList {
    fn apply<E: serde::de::Error>(self, last: &[Rc<str>]) -> Result<Vec<Rc<str>>, E> {
        let (from, kept) = (self.from as usize, self.kept as usize);
        let Some(part) = last.get(from..from.saturating_add(kept)) else {
            return Err(E::custom("a list's part past the last state's"));
        };
        let mut list = Vec::with_capacity(kept + self.added.len());
        list.extend_from_slice(part);
        list.extend(self.added);
        Ok(list)
    }

    /// Items: a part of the last state's list is kept as a part of it, with no new list.
    fn apply_to_items<E: serde::de::Error>(self, last: &ItemTexts) -> Result<ItemTexts, E> {
        if self.added.is_empty() {
            let (from, kept) = (self.from as usize, self.kept as usize);
            if from.saturating_add(kept) > last.len() {
                return Err(E::custom("a list's part past the last state's"));
            }
            return Ok(last.within(from, kept));
        }
        Ok(self.apply(last)?.into())
    }
}

/// What is written of a state besides its lists, when it differs from the last one's.
#[derive(Serialize, Deserialize)]
struct Identity {
    #[serde(with = "shared_str")]
    kind: Rc<str>,
    #[serde(with = "shared_str")]
    label: Rc<str>,
    capacity: i64,
    internal: bool,
}

/// Which parts a state's change writes: the others are as in the state before it.
mod part {
    pub const IDENTITY: u8 = 1;
    pub const HOLDERS: u8 = 2;
    pub const WAITERS: u8 = 4;
    pub const ITEMS: u8 = 8;
    pub const PUTTERS: u8 = 16;
    /// The counts of holders, waiters and putters not named.
    pub const COUNTS: u8 = 32;
    pub const MOVED: u8 = 64;
}

/// `LoopEvent::Primitive`'s state: whole outside a chunk, a change in one: its id, which
/// parts it writes ([`part`]), its value, then those parts.
pub fn serialize<S: Serializer>(
    state: &Rc<PrimitiveState>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if !chunk::encoding_now() {
        return state.serialize(serializer);
    }
    let last = last_of(state.id);
    let before = Lists::of(last.as_deref());
    let same_identity = last.as_ref().is_some_and(|last| {
        same_name(&state.kind, &last.kind)
            && same_name(&state.label, &last.label)
            && state.capacity == last.capacity
            && state.internal == last.internal
    });
    let counts = [state.more_holders, state.more_waiters, state.more_putters];
    let counts_before = last.as_ref().map_or([0; 3], |last| {
        [last.more_holders, last.more_waiters, last.more_putters]
    });
    let holders = ListChange::between(before.holders, &state.holders);
    let waiters = ListChange::between(before.waiters, &state.waiters);
    let items = ListChange::between(before.items, &state.items);
    let putters = ListChange::between(before.putters, &state.putters);
    let mut parts = 0;
    for (bit, written) in [
        (part::IDENTITY, !same_identity),
        (part::HOLDERS, !holders.same_as(before.holders)),
        (part::WAITERS, !waiters.same_as(before.waiters)),
        (part::ITEMS, !items.same_as(before.items)),
        (part::PUTTERS, !putters.same_as(before.putters)),
        (part::COUNTS, counts != counts_before),
        (part::MOVED, state.moved.is_some()),
    ] {
        if written {
            parts |= bit;
        }
    }
    // (A tuple of as many elements as the parts written: bincode writes no length.)
    let mut tuple = serializer.serialize_tuple(3)?;
    tuple.serialize_element(&state.id)?;
    tuple.serialize_element(&parts)?;
    tuple.serialize_element(&state.value)?;
    if parts & part::IDENTITY != 0 {
        tuple.serialize_element(&Identity {
            kind: state.kind.clone(),
            label: state.label.clone(),
            capacity: state.capacity,
            internal: state.internal,
        })?;
    }
    for (bit, change) in [
        (part::HOLDERS, &holders),
        (part::WAITERS, &waiters),
        (part::ITEMS, &items),
        (part::PUTTERS, &putters),
    ] {
        if parts & bit != 0 {
            tuple.serialize_element(change)?;
        }
    }
    if parts & part::COUNTS != 0 {
        tuple.serialize_element(&counts)?;
    }
    if let Some(moved) = &state.moved {
        tuple.serialize_element(&Named(moved))?;
    }
    let result = tuple.end();
    note(state);
    result
}

/// Reads a state written by [`serialize`].
pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Rc<PrimitiveState>, D::Error> {
    if !chunk::decoding_now() {
        return PrimitiveState::deserialize(deserializer).map(Rc::new);
    }
    // (As many elements as the parts written say: at most this many.)
    let state = Rc::new(deserializer.deserialize_tuple(10, ChangeVisitor)?);
    note(&state);
    Ok(state)
}

struct ChangeVisitor;

impl<'de> Visitor<'de> for ChangeVisitor {
    type Value = PrimitiveState;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a primitive's state as a change")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<PrimitiveState, A::Error> {
        fn next<'de, T: Deserialize<'de>, A: SeqAccess<'de>>(seq: &mut A) -> Result<T, A::Error> {
            seq.next_element()?
                .ok_or_else(|| A::Error::custom("a state cut short"))
        }
        let id: u64 = next(&mut seq)?;
        let parts: u8 = next(&mut seq)?;
        let value = next(&mut seq)?;
        let last = last_of(id);
        let Identity {
            kind,
            label,
            capacity,
            internal,
        } = match &last {
            _ if parts & part::IDENTITY != 0 => next(&mut seq)?,
            Some(last) => Identity {
                kind: last.kind.clone(),
                label: last.label.clone(),
                capacity: last.capacity,
                internal: last.internal,
            },
            None => return Err(A::Error::custom("a state's first change without its kind")),
        };
        let before = Lists::of(last.as_deref());
        // A list as the last state's if its part is not written, else as written.
        fn list<'de, A: SeqAccess<'de>>(
            seq: &mut A,
            written: bool,
            before: &[Rc<str>],
        ) -> Result<Vec<Rc<str>>, A::Error> {
            match written {
                false => Ok(before.to_vec()),
                true => next::<ReadList, _>(seq)?.apply(before),
            }
        }
        let holders = list(&mut seq, parts & part::HOLDERS != 0, before.holders)?;
        let waiters = list(&mut seq, parts & part::WAITERS != 0, before.waiters)?;
        let no_items = ItemTexts::default();
        let last_items = last.as_ref().map_or(&no_items, |last| &last.items);
        let items = match parts & part::ITEMS {
            0 => last_items.clone(),
            _ => next::<ReadList, _>(&mut seq)?.apply_to_items(last_items)?,
        };
        let putters = list(&mut seq, parts & part::PUTTERS != 0, before.putters)?;
        let [more_holders, more_waiters, more_putters] = match (parts & part::COUNTS, &last) {
            (0, Some(last)) => [last.more_holders, last.more_waiters, last.more_putters],
            (0, None) => [0; 3],
            _ => next(&mut seq)?,
        };
        let moved = match parts & part::MOVED {
            0 => None,
            _ => Some(next::<SharedText, _>(&mut seq)?.0),
        };
        Ok(PrimitiveState {
            id,
            kind,
            label,
            value,
            capacity,
            holders,
            more_holders,
            waiters,
            more_waiters,
            items,
            moved,
            putters,
            more_putters,
            internal,
        })
    }
}

/// The lists of the last state (none before the first).
struct Lists<'a> {
    holders: &'a [Rc<str>],
    waiters: &'a [Rc<str>],
    items: &'a [Rc<str>],
    putters: &'a [Rc<str>],
}

impl<'a> Lists<'a> {
    fn of(last: Option<&'a PrimitiveState>) -> Lists<'a> {
        match last {
            Some(last) => Lists {
                holders: &last.holders,
                waiters: &last.waiters,
                items: &last.items,
                putters: &last.putters,
            },
            None => Lists {
                holders: &[],
                waiters: &[],
                items: &[],
                putters: &[],
            },
        }
    }
}
