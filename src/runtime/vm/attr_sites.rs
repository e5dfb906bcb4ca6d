//! Inline caches for attribute access on instances: each of a function's attribute names
//! remembers what the last class it was read or written on implies (is the read the
//! instance's own attribute or the class's, bound? is the write a plain store in the
//! instance's dict?), so a hot `self.x` skips the VM-wide lookup table. CPython 3.11 keeps
//! the same per-instruction memory (`LOAD_ATTR_INSTANCE_VALUE`), keyed by a type version.
//!
//! An entry is valid while its class is the instance's class and no class was made or
//! changed since it was filled (`Vm::class_epoch`, bumped with the VM-wide table's reset):
//! the facts it holds are exactly those of [`Vm::class_lookup_plain`].

use std::cell::RefCell;
use std::rc::Rc;

use super::{PResult, Vm};
use crate::runtime::value::{Class, Instance, Value};

/// What one attribute name of a code object last saw.
pub struct SiteEntry {
    /// Held, so that no other class can take its address while the entry is valid.
    class: Rc<Class>,
    epoch: u64,
    get_plain: bool,
    set_plain: bool,
    hash: i64,
    /// The name as a `str`, the key a new instance attribute is stored under (made once, not
    /// per instance).
    key: Value,
    /// The class attribute along the MRO, if any.
    value: Option<Value>,
    /// The slot of the instance's dict the attribute was in last time (see
    /// [`crate::runtime::dict::DictTable::find_str_at`]).
    slot: std::cell::Cell<usize>,
}

/// One entry per name of a code object (`code.names`), empty until first used.
pub type AttrSites = Rc<[RefCell<Option<SiteEntry>>]>;

/// Whether a class attribute is a method the receiver is passed to as its first argument: a
/// function, or a native method not bound to anything.
fn takes_receiver(attribute: &Value) -> bool {
    match attribute {
        Value::Function(_) => true,
        Value::Builtin(builtin) => builtin.this.is_none(),
        _ => false,
    }
}

pub fn new_sites(count: usize) -> AttrSites {
    (0..count).map(|_| RefCell::new(None)).collect()
}

/// Where a plain read found the attribute.
enum Found {
    Own(Value),
    OfClass(Value),
}

impl Vm {
    /// Makes sure the entry for name `index` of the running frame's code is `class`'s and
    /// current, filling it from the VM-wide table when missing or stale. `false` where the
    /// frame has no sites.
    #[inline(always)]
    fn fill_site(&mut self, index: usize, class: &Rc<Class>) -> bool {
        let Some(frame) = self.frames.last() else {
            return false;
        };
        let Some(sites) = &frame.sites else {
            return false;
        };
        if let Some(entry) = &*sites[index].borrow()
            && Rc::ptr_eq(&entry.class, class)
            && entry.epoch == self.class_epoch
        {
            return true;
        }
        self.refill_site(index, class);
        true
    }

    /// The slow half of [`Vm::fill_site`]: the entry from the VM-wide table.
    #[cold]
    #[inline(never)]
    fn refill_site(&mut self, index: usize, class: &Rc<Class>) {
        let frame = self.frames.last().expect("a frame is running");
        let sites = frame.sites.clone().expect("checked by fill_site");
        let name = frame.code.names[index].clone();
        let epoch = self.class_epoch;
        let key = self.attribute_key(&name);
        let lookup = self.class_lookup_plain(class, &name);
        *sites[index].borrow_mut() = Some(SiteEntry {
            class: class.clone(),
            epoch,
            get_plain: lookup.get_plain,
            set_plain: lookup.set_plain,
            hash: lookup.hash,
            key,
            value: lookup.value.clone(),
            slot: std::cell::Cell::new(0),
        });
    }

    /// The one `str` object every attribute site keys `name` by: an instance attribute stored
    /// through one site and read through another is then recognised by its key's address.
    pub(crate) fn attribute_key(&mut self, name: &Rc<str>) -> Value {
        self.attribute_keys
            .entry(name.clone())
            .or_insert_with(|| Value::str(&**name))
            .clone()
    }

    /// What a plain read of `instance.<name index>` finds: the instance's own attribute,
    /// else the class attribute (unbound); `None` when the read is not the plain one or
    /// finds nothing (the general path decides, and raises the AttributeError).
    #[inline(always)]
    fn plain_read(&mut self, instance: &Rc<Instance>, index: usize) -> Option<Found> {
        if let Some(found) = self.read_as_site_knows(instance, index) {
            return Some(found);
        }
        let class = instance.class();
        if !self.fill_site(index, &class) {
            return None;
        }
        self.read_as_site_knows(instance, index)
    }

    /// [`Vm::plain_read`] when the site's entry is the instance's class's and current (a hot
    /// `self.x`: the entry borrowed once, the class compared where it is held, not counted
    /// up and down); `None` otherwise, and when the read is not the plain one.
    #[inline(always)]
    fn read_as_site_knows(&self, instance: &Instance, index: usize) -> Option<Found> {
        let frame = self.frames.last()?;
        let site = frame.sites.as_ref()?.get(index)?.borrow();
        let entry = site.as_ref()?;
        if !entry.get_plain
            || entry.epoch != self.class_epoch
            || !Rc::ptr_eq(&entry.class, &instance.class.borrow())
        {
            return None;
        }
        let name = &frame.code.names[index];
        let dict = instance.dict.borrow();
        match dict.find_str_at(entry.slot.get(), name, entry.hash, Some(&entry.key)) {
            Some(slot) => {
                entry.slot.set(slot);
                Some(Found::Own(dict.value_at(slot).clone()))
            }
            None => entry.value.clone().map(Found::OfClass),
        }
    }

    /// `instance.<name index>` when it is the instance's own attribute in the slot where the
    /// site last found it, the site current for the instance's class: the common `self.x`,
    /// read with no hash compared and no call. `None` for anything else, which
    /// [`Vm::load_attr_cached`] reads.
    #[inline(always)]
    pub(super) fn own_attribute_in_place(
        &self,
        instance: &Instance,
        index: usize,
    ) -> Option<Value> {
        let frame = self.frames.last()?;
        let site = frame.sites.as_ref()?.get(index)?.borrow();
        let entry = site.as_ref()?;
        if !entry.get_plain
            || entry.epoch != self.class_epoch
            || !Rc::ptr_eq(&entry.class, &instance.class.borrow())
        {
            return None;
        }
        let dict = instance.dict.borrow();
        dict.value_keyed_at(entry.slot.get(), &entry.key).cloned()
    }

    /// `instance.<name index>` the plain way, if the site's facts allow it; `None` sends
    /// the read down the general path.
    pub(super) fn load_attr_cached(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        index: usize,
    ) -> Option<Value> {
        match self.plain_read(instance, index)? {
            Found::Own(value) => Some(value),
            Found::OfClass(attr) => {
                Some(self.bind_class_attribute(attr, object.clone(), &instance.class()))
            }
        }
    }

    /// What `LoadMethod` pushes for `instance.<name index>` read the plain way: a function
    /// of the class, unbound (`true`: the instance goes after it), or the attribute itself
    /// (`false`); `None` sends the read down the general path.
    pub(super) fn load_method_cached(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        index: usize,
    ) -> Option<(Value, bool)> {
        match self.plain_read(instance, index)? {
            // A function of the class, or a native method (a Future's `done`, a Queue's
            // `put_nowait`): called with the instance as its receiver, as the bound method
            // would be.
            Found::OfClass(method) if takes_receiver(&method) => Some((method, true)),
            Found::OfClass(attr) => Some((
                self.bind_class_attribute(attr, object.clone(), &instance.class()),
                false,
            )),
            Found::Own(value) => Some((value, false)),
        }
    }

    /// `LoadMethod` on a list, dict, str, set or tuple: its type's method, unbound, when the
    /// attribute is one (`counts.get`): the value goes after it, and `CallMethod` calls the
    /// method with the value as its receiver, as the bound method would. (Their types cannot
    /// change, and these values have no attributes of their own.)
    pub(super) fn load_builtin_method_cached(
        &mut self,
        object: &Value,
        index: usize,
    ) -> Option<Value> {
        let class = self.class_of(object);
        if !self.fill_site(index, &class) {
            return None;
        }
        self.site_method(index)
    }

    /// The class attribute of the filled site for name `index` when it is a method the
    /// receiver can be passed to: a function, or a native method not bound to anything.
    fn site_method(&self, index: usize) -> Option<Value> {
        let frame = self.frames.last()?;
        let site = frame.sites.as_ref()?[index].borrow();
        site.as_ref()?.value.clone().filter(takes_receiver)
    }

    /// `LoadMethod` on a native object (a future, a task, the loop): its class's method,
    /// unbound, when the attribute is a function or a native method and the object's own
    /// attributes do not hide it, as `getattr` would find it; `None` sends the read down the
    /// general path (a property, `super()`, ...).
    pub(super) fn load_native_method_cached(
        &mut self,
        object: &Value,
        native: &Rc<dyn crate::runtime::value::NativeObject>,
        index: usize,
    ) -> Option<Value> {
        if object
            .native::<crate::runtime::builtins::descriptors::Super>()
            .is_some()
        {
            return None;
        }
        let class = native.class(self);
        if !self.fill_site(index, &class) {
            return None;
        }
        let name = &self.frames.last()?.code.names[index];
        if &**name == "__class__"
            || native
                .instance_dict()
                .is_some_and(|dict| dict.borrow().get(name).is_some())
        {
            return None;
        }
        self.site_method(index)
    }

    /// `instance.<name index> = value` the plain way; hands `value` back when the general
    /// path must store it.
    pub(super) fn store_attr_cached(
        &mut self,
        instance: &Rc<Instance>,
        index: usize,
        value: Value,
    ) -> PResult<Option<Value>> {
        let class = instance.class();
        if !self.fill_site(index, &class) {
            return Ok(Some(value));
        }
        let frame = self.frames.last().expect("a frame is running");
        let Some(sites) = &frame.sites else {
            return Ok(Some(value));
        };
        let site = sites[index].borrow();
        match site.as_ref() {
            Some(entry) if entry.set_plain => {
                let name = &frame.code.names[index];
                let slot = instance.dict.borrow_mut().set_str_at(
                    entry.slot.get(),
                    name,
                    entry.hash,
                    &entry.key,
                    value,
                );
                entry.slot.set(slot);
                Ok(None)
            }
            _ => Ok(Some(value)),
        }
    }
}
