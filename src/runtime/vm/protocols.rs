//! The container and iteration protocols: `iter`/`next`, unpacking, `in`, subscription,
//! and the dict operations everything else builds on, with CPython's error messages.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::dict::{DictTable, Lookup};
use super::super::ops::to_int;
use super::super::value::{DictPart, GenKind, Iter, PyStr, Value};
use super::super::{Flow, PResult};
use super::Vm;
use super::calls::{GenResult, Resume};

/// A slice resolved against a sequence's length (CPython's `PySlice_AdjustIndices`).
#[derive(Debug, Clone, Copy)]
pub struct SliceBounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceBounds {
    /// The indices the slice selects, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    // ----- iteration -----

    /// `iter(object)`.
    pub fn iter(&mut self, object: &Value) -> PResult<Value> {
        let state = match object {
            Value::List(_) | Value::Tuple(_) => Iter::Seq {
                items: object.clone(),
                index: 0,
            },
            Value::Str(text) => Iter::Str {
                text: text.clone(),
                byte: 0,
            },
            Value::Dict(dict) => Iter::DictKeys {
                dict: dict.clone(),
                index: 0,
                size: dict.borrow().len(),
                what: DictPart::Keys,
            },
            Value::Set(set) => Iter::SetItems {
                set: set.clone(),
                slot: 0,
                size: set.table.borrow().len(),
            },
            Value::Range(range) => Iter::Range {
                next: range.start,
                stop: range.stop,
                step: range.step,
            },
            Value::Iterator(_) => return Ok(object.clone()),
            Value::Generator(generator) if generator.kind == GenKind::Generator => {
                return Ok(object.clone());
            }
            Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
                // A class is iterable when its metaclass says so (`for color in Color`).
                if !matches!(object, Value::Class(class) if class.metaclass.is_none()) {
                    if let Some(iterator) = self.call_special(object, "__iter__", Vec::new())? {
                        if self.special_method(&iterator, "__next__").is_none()
                            && !is_builtin_iterator(&iterator)
                        {
                            let name = self.type_name(&iterator);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{name}'"
                            )));
                        }
                        return Ok(iterator);
                    }
                    if self.special_method(object, "__getitem__").is_some() {
                        return Ok(self.new_iterator(Iter::GetItem {
                            object: object.clone(),
                            index: 0,
                        }));
                    }
                }
                let name = self.type_name_in_errors(object);
                return Err(self.type_error(format!("'{name}' object is not iterable")));
            }
            other => {
                let name = self.type_name_in_errors(other);
                return Err(self.type_error(format!("'{name}' object is not iterable")));
            }
        };
        Ok(self.new_iterator(state))
    }

    pub fn new_iterator(&mut self, state: Iter) -> Value {
        Value::Iterator(Rc::new(RefCell::new(state)))
    }

    /// `next(iterator)`: `None` when it is exhausted.
    pub fn next(&mut self, iterator: &Value) -> PResult<Option<Value>> {
        match iterator {
            Value::Iterator(state) => self.next_builtin(state),
            Value::Generator(generator) => {
                if generator.kind != GenKind::Generator {
                    let name = self.type_name(iterator);
                    return Err(self.type_error(format!("'{name}' object is not an iterator")));
                }
                match self.resume_generator(generator, Resume::Next)? {
                    GenResult::Yielded(value) => Ok(Some(value)),
                    GenResult::Returned(_) => Ok(None),
                }
            }
            other => match self.special_method(other, "__next__") {
                Some(method) => match self.call(&method, Vec::new()) {
                    Ok(value) => Ok(Some(value)),
                    Err(Flow::Exception(e)) if self.is_exception(&e, "StopIteration") => Ok(None),
                    Err(error) => Err(error),
                },
                None => {
                    let name = self.type_name(other);
                    Err(self.type_error(format!("'{name}' object is not an iterator")))
                }
            },
        }
    }

    fn next_builtin(&mut self, state: &Rc<RefCell<Iter>>) -> PResult<Option<Value>> {
        // Most iterators advance without running Python code; the rest copy what they need
        // and release the borrow first (the code they run may touch the iterator).
        let mut guard = state.borrow_mut();
        match &mut *guard {
            Iter::DequeSnapshot { items, index } => match items.get(*index).cloned() {
                Some(item) => {
                    *index += 1;
                    Ok(Some(item))
                }
                None => {
                    *guard = Iter::Exhausted;
                    Ok(None)
                }
            },
            Iter::Seq { items, index } => {
                let item = match items {
                    Value::List(list) => list.borrow().get(*index).cloned(),
                    Value::Tuple(tuple) => tuple.get(*index).cloned(),
                    _ => None,
                };
                match item {
                    Some(item) => {
                        *index += 1;
                        Ok(Some(item))
                    }
                    None => {
                        *guard = Iter::Exhausted;
                        Ok(None)
                    }
                }
            }
            Iter::Range { next, stop, step } => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    return Ok(None);
                }
                let value = *next;
                *next = next.saturating_add(*step);
                Ok(Some(Value::Int(value)))
            }
            Iter::Str { text, byte } => match text.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Ok(Some(Value::str(c.to_string())))
                }
                None => Ok(None),
            },
            Iter::DictKeys {
                dict,
                index,
                size,
                what,
            } => {
                let what = *what;
                let table = dict.clone();
                let table = table.borrow();
                if table.len() != *size {
                    *size = usize::MAX;
                    drop(table);
                    drop(guard);
                    return Err(
                        self.error("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                match table.next_from(*index) {
                    Some((slot, entry)) => {
                        *index = slot + 1;
                        Ok(Some(match what {
                            DictPart::Keys => entry.key.clone(),
                            DictPart::Values => entry.value.clone(),
                            DictPart::Items => {
                                Value::tuple(vec![entry.key.clone(), entry.value.clone()])
                            }
                        }))
                    }
                    None => Ok(None),
                }
            }
            Iter::SetItems { set, slot, size } => {
                if *slot == usize::MAX {
                    // Exhausted: stays so whatever happens to the set.
                    return Ok(None);
                }
                let table = set.table.borrow();
                if table.len() != *size {
                    *size = usize::MAX;
                    drop(table);
                    drop(guard);
                    return Err(self.error("RuntimeError", "Set changed size during iteration"));
                }
                match table.next_from(*slot) {
                    Some((at, key)) => {
                        let key = key.clone();
                        *slot = at + 1;
                        Ok(Some(key))
                    }
                    None => {
                        *slot = usize::MAX;
                        Ok(None)
                    }
                }
            }
            Iter::Reversed { items, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let item = match items {
                    Value::List(list) => list.borrow().get(*index).cloned(),
                    Value::Tuple(tuple) => tuple.get(*index).cloned(),
                    Value::Str(text) => text
                        .as_str()
                        .chars()
                        .nth(*index)
                        .map(|c| Value::str(c.to_string())),
                    Value::Range(range) => Some(Value::Int(range.get(*index))),
                    _ => None,
                };
                if item.is_none() {
                    *index = 0;
                }
                Ok(item)
            }
            Iter::Enumerate { inner, count } => {
                let (inner, current) = (inner.clone(), count.clone());
                drop(guard);
                let Some(item) = self.next(&inner)? else {
                    return Ok(None);
                };
                let following = super::super::ops::binary(
                    self,
                    crate::python::ast::BinaryOp::Add,
                    &current,
                    &Value::Int(1),
                    false,
                )?;
                if let Iter::Enumerate { count, .. } = &mut *state.borrow_mut() {
                    *count = following;
                }
                Ok(Some(Value::tuple(vec![current, item])))
            }
            Iter::Zip { inners, strict } => {
                let (inners, strict) = (inners.clone(), *strict);
                drop(guard);
                let mut items = Vec::with_capacity(inners.len());
                for (position, inner) in inners.iter().enumerate() {
                    match self.next(inner)? {
                        Some(item) => items.push(item),
                        None => {
                            *state.borrow_mut() = Iter::Exhausted;
                            if strict {
                                return Err(self.zip_strict_error(&inners, position));
                            }
                            return Ok(None);
                        }
                    }
                }
                if inners.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(items)))
            }
            Iter::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                drop(guard);
                let mut args = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.next(inner)? {
                        Some(item) => args.push(item),
                        None => return Ok(None),
                    }
                }
                self.call(&func, args).map(Some)
            }
            Iter::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(guard);
                loop {
                    let Some(item) = self.next(&inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(&item)?
                    } else {
                        let verdict = self.call(&func, vec![item.clone()])?;
                        self.truthy(&verdict)?
                    };
                    if keep {
                        return Ok(Some(item));
                    }
                }
            }
            Iter::GetItem { object, index } => {
                let (object, index) = (object.clone(), *index);
                drop(guard);
                self.next_by_getitem(state, &object, index)
            }
            Iter::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(guard);
                let value = self.call(&func, Vec::new())?;
                if self.eq(&value, &sentinel)? {
                    *state.borrow_mut() = Iter::Exhausted;
                    return Ok(None);
                }
                Ok(Some(value))
            }
            Iter::Exhausted => Ok(None),
        }
    }

    fn next_by_getitem(
        &mut self,
        state: &Rc<RefCell<Iter>>,
        object: &Value,
        index: i64,
    ) -> PResult<Option<Value>> {
        match self.call_special(object, "__getitem__", vec![Value::Int(index)]) {
            Ok(Some(value)) => {
                if let Iter::GetItem { index: next, .. } = &mut *state.borrow_mut() {
                    *next = index + 1;
                }
                Ok(Some(value))
            }
            Ok(None) => Ok(None),
            Err(Flow::Exception(e))
                if self.is_exception(&e, "IndexError")
                    || self.is_exception(&e, "StopIteration") =>
            {
                *state.borrow_mut() = Iter::Exhausted;
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    fn zip_strict_error(&mut self, inners: &[Value], position: usize) -> Flow {
        if position > 0 {
            let plural = if position == 1 { "" } else { "s" };
            let range = if position == 1 {
                "1".to_string()
            } else {
                format!("1-{position}")
            };
            return self.value_error(format!(
                "zip() argument {} is shorter than argument{plural} {range}",
                position + 1
            ));
        }
        for (other, inner) in inners.iter().enumerate().skip(1) {
            match self.next(inner) {
                Ok(Some(_)) => {
                    let plural = if other == 1 { "" } else { "s" };
                    let range = if other == 1 {
                        "1".to_string()
                    } else {
                        format!("1-{other}")
                    };
                    return self.value_error(format!(
                        "zip() argument {} is longer than argument{plural} {range}",
                        other + 1
                    ));
                }
                Ok(None) => {}
                Err(error) => return error,
            }
        }
        // All exhausted together: not an error, but the caller already stopped.
        self.error("StopIteration", "")
    }

    /// Every item of an iterable.
    pub fn collect(&mut self, iterable: &Value) -> PResult<Vec<Value>> {
        match iterable {
            Value::List(items) => return Ok(items.borrow().clone()),
            Value::Tuple(items) => return Ok(items.to_vec()),
            Value::Dict(dict) => return Ok(dict.borrow().keys()),
            Value::Set(set) => return Ok(set.table.borrow().iter().cloned().collect()),
            Value::Range(range) => {
                if range.len() > 100_000_000 {
                    return Err(self.error("MemoryError", ""));
                }
                return Ok((0..range.len()).map(|i| Value::Int(range.get(i))).collect());
            }
            Value::Str(text) => {
                return Ok(text
                    .as_str()
                    .chars()
                    .map(|c| Value::str(c.to_string()))
                    .collect());
            }
            _ => {}
        }
        let iterator = self.iter(iterable)?;
        let mut items = Vec::new();
        while let Some(item) = self.next(&iterator)? {
            items.push(item);
            if items.len() & 0xfff == 0 {
                self.check_budget()?;
                if items.len() > 100_000_000 {
                    return Err(self.error("MemoryError", ""));
                }
            }
        }
        Ok(items)
    }

    /// `a, b = sequence`.
    pub fn unpack(&mut self, sequence: &Value, count: usize) -> PResult<Vec<Value>> {
        let items = match sequence {
            Value::Tuple(items) => items.to_vec(),
            Value::List(items) => items.borrow().clone(),
            _ => {
                let iterator = match self.iter(sequence) {
                    Ok(iterator) => iterator,
                    Err(Flow::Exception(e))
                        if self.is_exception(&e, "TypeError")
                            && self.special_method(sequence, "__iter__").is_none() =>
                    {
                        let name = self.type_name(sequence);
                        return Err(
                            self.type_error(format!("cannot unpack non-iterable {name} object"))
                        );
                    }
                    Err(error) => return Err(error),
                };
                let mut items = Vec::with_capacity(count);
                while let Some(item) = self.next(&iterator)? {
                    items.push(item);
                    if items.len() > count {
                        return Err(self
                            .value_error(format!("too many values to unpack (expected {count})")));
                    }
                }
                items
            }
        };
        if items.len() < count {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {count}, got {})",
                items.len()
            )));
        }
        if items.len() > count {
            return Err(self.value_error(format!("too many values to unpack (expected {count})")));
        }
        Ok(items)
    }

    /// One step of `yield from` delegation: `Ok(yielded)` or `Err(return value)`.
    pub fn next_or_return(&mut self, inner: &Value) -> PResult<Result<Value, Value>> {
        match inner {
            Value::Generator(generator) if generator.kind == GenKind::Generator => {
                match self.resume_generator(generator, Resume::Next)? {
                    GenResult::Yielded(value) => Ok(Ok(value)),
                    GenResult::Returned(value) => Ok(Err(value)),
                }
            }
            _ => match self.next_with_stop_value(inner)? {
                Ok(value) => Ok(Ok(value)),
                Err(value) => Ok(Err(value)),
            },
        }
    }

    /// `send` during `yield from` delegation.
    pub fn send_or_return(&mut self, inner: &Value, value: Value) -> PResult<Result<Value, Value>> {
        match inner {
            Value::Generator(generator) if generator.kind == GenKind::Generator => {
                match self.resume_generator(generator, Resume::Send(value))? {
                    GenResult::Yielded(value) => Ok(Ok(value)),
                    GenResult::Returned(value) => Ok(Err(value)),
                }
            }
            _ if value.is_none() => self.next_or_return(inner),
            _ => {
                let send = self.getattr(inner, "send")?;
                match self.call(&send, vec![value]) {
                    Ok(value) => Ok(Ok(value)),
                    Err(Flow::Exception(e)) if self.is_exception(&e, "StopIteration") => {
                        Ok(Err(self.stop_iteration_value(&e)))
                    }
                    Err(error) => Err(error),
                }
            }
        }
    }

    /// `throw()` (and `close()`) reaching a generator paused in `yield from inner`: passed
    /// on to `inner` as CPython's `_gen_throw` does. GeneratorExit closes `inner` and is then
    /// raised here; another exception is thrown into `inner` (a generator, or anything with
    /// a `throw` method). Like [`Vm::send_or_return`]: `Ok(Ok(v))` when `inner` yields `v`,
    /// `Ok(Err(r))` when it returns `r` (the result of `yield from`), `Err` to raise at the
    /// `yield from`.
    pub fn throw_or_return(
        &mut self,
        inner: &Value,
        exception: Value,
    ) -> PResult<Result<Value, Value>> {
        if self.is_exception(&exception, "GeneratorExit") {
            match inner {
                Value::Generator(generator) if generator.kind != GenKind::AsyncGenerator => {
                    super::super::builtins::close_generator(self, generator)?;
                }
                _ => {
                    if let Some(close) = self.getattr_opt(inner, "close")? {
                        self.call(&close, Vec::new())?;
                    }
                }
            }
            return Err(Flow::Exception(exception));
        }
        let outcome = match inner {
            Value::Generator(generator) if generator.kind != GenKind::AsyncGenerator => {
                match self.resume_generator(generator, Resume::Throw(exception))? {
                    GenResult::Yielded(value) => return Ok(Ok(value)),
                    GenResult::Returned(value) => return Ok(Err(value)),
                }
            }
            _ => match self.getattr_opt(inner, "throw")? {
                Some(throw) => self.call(&throw, vec![exception]),
                None => return Err(Flow::Exception(exception)),
            },
        };
        match outcome {
            Ok(value) => Ok(Ok(value)),
            Err(Flow::Exception(e)) if self.is_exception(&e, "StopIteration") => {
                Ok(Err(self.stop_iteration_value(&e)))
            }
            Err(error) => Err(error),
        }
    }

    fn next_with_stop_value(&mut self, iterator: &Value) -> PResult<Result<Value, Value>> {
        if let Value::Iterator(_) = iterator {
            return Ok(match self.next(iterator)? {
                Some(value) => Ok(value),
                None => Err(Value::None),
            });
        }
        match self.special_method(iterator, "__next__") {
            Some(method) => match self.call(&method, Vec::new()) {
                Ok(value) => Ok(Ok(value)),
                Err(Flow::Exception(e)) if self.is_exception(&e, "StopIteration") => {
                    Ok(Err(self.stop_iteration_value(&e)))
                }
                Err(error) => Err(error),
            },
            None => {
                let name = self.type_name(iterator);
                Err(self.type_error(format!("'{name}' object is not an iterator")))
            }
        }
    }

    /// The `value` of a StopIteration (its first argument).
    pub fn stop_iteration_value(&self, exception: &Value) -> Value {
        match exception {
            Value::Instance(instance) => instance
                .exception
                .as_ref()
                .and_then(|data| data.borrow().args.first().cloned())
                .unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// `aiter(object)` for `async for`.
    pub fn aiter(&mut self, object: &Value) -> PResult<Value> {
        if let Value::Generator(generator) = object
            && generator.kind == GenKind::AsyncGenerator
        {
            return Ok(object.clone());
        }
        let Some(iterator) = self.call_special(object, "__aiter__", Vec::new())? else {
            let name = self.type_name(object);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {name}"
            )));
        };
        let is_async_gen =
            matches!(&iterator, Value::Generator(g) if g.kind == GenKind::AsyncGenerator);
        if !is_async_gen && self.special_method(&iterator, "__anext__").is_none() {
            let name = self.type_name(&iterator);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {name}"
            )));
        }
        Ok(iterator)
    }

    /// The awaitable of one `async for` step.
    pub fn anext(&mut self, iterator: &Value) -> PResult<Value> {
        if let Value::Generator(generator) = iterator
            && generator.kind == GenKind::AsyncGenerator
        {
            return self.async_gen_send(generator.clone(), Value::None);
        }
        let Some(awaitable) = self.call_special(iterator, "__anext__", Vec::new())? else {
            let name = self.type_name(iterator);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {name}"
            )));
        };
        match self.get_awaitable(
            awaitable.clone(),
            crate::python::bytecode::AwaitContext::Await,
        ) {
            Ok(awaitable) => Ok(awaitable),
            Err(Flow::Exception(e)) if self.is_exception(&e, "TypeError") => {
                let name = self.type_name(&awaitable);
                Err(self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {name}"
                )))
            }
            Err(error) => Err(error),
        }
    }

    // ----- membership and subscription -----

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PResult<bool> {
        match container {
            Value::List(items) => {
                let items = items.borrow().clone();
                self.sequence_contains(&items, item)
            }
            Value::Tuple(items) => {
                let items = items.clone();
                self.sequence_contains(&items, item)
            }
            Value::Str(text) => match super::super::value::scalar_base(item).unwrap_or(item) {
                Value::Str(needle) => Ok(text.as_str().contains(needle.as_str())),
                other => {
                    let name = self.type_name(other);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {name}"
                    )))
                }
            },
            Value::Dict(dict) => Ok(self.dict_lookup(dict, item)?.is_some()),
            Value::Set(_) => self.set_contains(container, item),
            Value::Range(range) => match to_int(item).and_then(|i| i.to_i64()) {
                Some(n) if !matches!(item, Value::Float(_)) => {
                    let range = **range;
                    let inside = if range.step > 0 {
                        n >= range.start && n < range.stop
                    } else {
                        n <= range.start && n > range.stop
                    };
                    Ok(inside && (n - range.start) % range.step == 0)
                }
                _ => {
                    let items = self.collect(container)?;
                    self.sequence_contains(&items, item)
                }
            },
            _ => {
                if let Some(result) =
                    self.call_special(container, "__contains__", vec![item.clone()])?
                {
                    return self.truthy(&result);
                }
                let iterable = matches!(container, Value::Iterator(_) | Value::Generator(_))
                    || self.special_method(container, "__iter__").is_some()
                    || self.special_method(container, "__getitem__").is_some();
                if !iterable {
                    let name = self.type_name(container);
                    return Err(
                        self.type_error(format!("argument of type '{name}' is not iterable"))
                    );
                }
                let iterator = self.iter(container)?;
                while let Some(candidate) = self.next(&iterator)? {
                    if candidate.is(item) || self.eq(&candidate, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn sequence_contains(&mut self, items: &[Value], item: &Value) -> PResult<bool> {
        for candidate in items {
            if candidate.is(item) || self.eq(candidate, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Resolves a slice object against a length.
    pub fn slice_bounds(&mut self, slice: &[Value; 3], length: usize) -> PResult<SliceBounds> {
        let length = length as i64;
        let step = match &slice[2] {
            Value::None => 1,
            other => self.slice_index(other)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 {
            (-1, length - 1)
        } else {
            (0, length)
        };
        let clamp = |value: i64| {
            if value < 0 {
                (value + length).max(lower)
            } else {
                value.min(upper)
            }
        };
        let start = match &slice[0] {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            other => clamp(self.slice_index(other)?),
        };
        let stop = match &slice[1] {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            other => clamp(self.slice_index(other)?),
        };
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceBounds {
            start,
            stop,
            step,
            count: count as usize,
        })
    }

    fn slice_index(&mut self, value: &Value) -> PResult<i64> {
        if let Some(int) = to_int(value) {
            // Out-of-range indices clamp, as CPython's do.
            return Ok(int.to_i64_clamped());
        }
        if let Some(result) = self.call_special(value, "__index__", Vec::new())?
            && let Some(int) = to_int(&result)
        {
            return Ok(int.to_i64_clamped());
        }
        Err(self.type_error("slice indices must be integers or None or have an __index__ method"))
    }

    /// A sequence index: negative counts from the end; out of range is an IndexError.
    fn sequence_index(&mut self, key: &Value, length: usize, what: &str) -> PResult<usize> {
        let index = match to_int(key) {
            Some(int) => match int.to_i64() {
                Some(i) => i,
                None => {
                    let name = self.type_name(key);
                    return Err(self.error(
                        "IndexError",
                        format!("cannot fit '{name}' into an index-sized integer"),
                    ));
                }
            },
            None => match self.call_special(key, "__index__", Vec::new())? {
                Some(result) => to_int(&result).and_then(|i| i.to_i64()).unwrap_or(i64::MAX),
                None => {
                    let name = self.type_name(key);
                    // CPython words the str case differently.
                    let message = if what == "string" {
                        format!("string indices must be integers, not '{name}'")
                    } else {
                        format!("{what} indices must be integers or slices, not {name}")
                    };
                    return Err(self.type_error(message));
                }
            },
        };
        let adjusted = if index < 0 {
            index + length as i64
        } else {
            index
        };
        if adjusted < 0 || adjusted >= length as i64 {
            return Err(self.error("IndexError", format!("{what} index out of range")));
        }
        Ok(adjusted as usize)
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PResult<Value> {
        match container {
            Value::List(items) => {
                if let Value::Slice(slice) = key {
                    let items = items.borrow().clone();
                    let bounds = self.slice_bounds(slice, items.len())?;
                    return Ok(Value::list(
                        bounds.indices().map(|i| items[i].clone()).collect(),
                    ));
                }
                let length = items.borrow().len();
                let index = self.sequence_index(key, length, "list")?;
                Ok(items.borrow()[index].clone())
            }
            Value::Tuple(items) => {
                if let Value::Slice(slice) = key {
                    let bounds = self.slice_bounds(slice, items.len())?;
                    return Ok(Value::tuple(
                        bounds.indices().map(|i| items[i].clone()).collect(),
                    ));
                }
                let index = self.sequence_index(key, items.len(), "tuple")?;
                Ok(items[index].clone())
            }
            Value::Str(text) => {
                if let Value::Slice(slice) = key {
                    let bounds = self.slice_bounds(slice, text.char_len())?;
                    return Ok(Value::str(slice_str(text, bounds)));
                }
                let index = self.sequence_index(key, text.char_len(), "string")?;
                Ok(Value::str(text.char_at(index).to_string()))
            }
            Value::Range(range) => {
                if let Value::Slice(slice) = key {
                    let bounds = self.slice_bounds(slice, range.len())?;
                    let start = range.start + bounds.start * range.step;
                    let step = range.step * bounds.step;
                    let stop = start + bounds.count as i64 * step;
                    return Ok(Value::Range(Rc::new(super::super::value::Range {
                        start,
                        stop,
                        step,
                    })));
                }
                let index = self.sequence_index(key, range.len(), "range object")?;
                Ok(Value::Int(range.get(index)))
            }
            Value::Dict(dict) => match self.dict_lookup(dict, key)? {
                Some(value) => Ok(value),
                None => {
                    if let Value::Instance(_) = container {
                        unreachable!()
                    }
                    Err(self.key_error(key.clone()))
                }
            },
            Value::Class(class) => {
                if class.metaclass.is_some()
                    && let Some(value) =
                        self.call_special(container, "__getitem__", vec![key.clone()])?
                {
                    return Ok(value);
                }
                if let Some(method) = class.lookup("__class_getitem__") {
                    let method = self.resolve_class_method(method, container);
                    return self.call(&method, vec![key.clone()]);
                }
                // `list[int]` and friends in annotations: a generic alias.
                if class.layout == super::super::value::Layout::Builtin {
                    return Ok(super::super::builtins::generic_alias::subscript(
                        container, key,
                    ));
                }
                if class.module.as_ref() == "typing" {
                    return Ok(container.clone());
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", class.name)))
            }
            _ => match self.call_special(container, "__getitem__", vec![key.clone()])? {
                Some(value) => Ok(value),
                None => {
                    let name = self.type_name_in_errors(container);
                    Err(self.type_error(format!("'{name}' object is not subscriptable")))
                }
            },
        }
    }

    fn resolve_class_method(&mut self, method: Value, class: &Value) -> Value {
        if let Some(classmethod) =
            method.native::<super::super::builtins::descriptors::ClassMethod>()
        {
            return self.bind(classmethod.func.clone(), class.clone());
        }
        // `__class_getitem__` is an implicit classmethod.
        self.bind(method, class.clone())
    }

    pub fn key_error(&mut self, key: Value) -> Flow {
        let class = self.types.exception("KeyError");
        Flow::Exception(self.new_exception(class, vec![key]))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PResult<()> {
        match container {
            Value::List(items) => {
                if let Value::Slice(slice) = &key {
                    let replacement = self.collect(&value)?;
                    let length = items.borrow().len();
                    let bounds = self.slice_bounds(slice, length)?;
                    let mut list = items.borrow_mut();
                    if bounds.step == 1 {
                        let start = bounds.start.clamp(0, length as i64) as usize;
                        let stop = (bounds.stop.max(bounds.start)).clamp(0, length as i64) as usize;
                        list.splice(start..stop, replacement);
                        return Ok(());
                    }
                    if replacement.len() != bounds.count {
                        drop(list);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            replacement.len(),
                            bounds.count
                        )));
                    }
                    for (index, item) in bounds.indices().zip(replacement) {
                        list[index] = item;
                    }
                    return Ok(());
                }
                let length = items.borrow().len();
                let index = self.sequence_index(&key, length, "list").map_err(|e| {
                    self.rename_index_error(e, "list assignment index out of range")
                })?;
                items.borrow_mut()[index] = value;
                Ok(())
            }
            Value::Dict(dict) => self.dict_set_in(dict, key, value),
            Value::Instance(_) | Value::Native(_) => {
                if self
                    .call_special(container, "__setitem__", vec![key, value])?
                    .is_some()
                {
                    return Ok(());
                }
                let name = self.type_name_in_errors(container);
                Err(self.type_error(format!("'{name}' object does not support item assignment")))
            }
            _ => {
                let name = self.type_name_in_errors(container);
                Err(self.type_error(format!("'{name}' object does not support item assignment")))
            }
        }
    }

    fn rename_index_error(&mut self, error: Flow, message: &str) -> Flow {
        if self.flow_is(&error, "IndexError") {
            return self.error("IndexError", message);
        }
        error
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PResult<()> {
        match container {
            Value::List(items) => {
                if let Value::Slice(slice) = key {
                    let length = items.borrow().len();
                    let bounds = self.slice_bounds(slice, length)?;
                    let mut doomed: Vec<usize> = bounds.indices().collect();
                    doomed.sort_unstable();
                    let mut list = items.borrow_mut();
                    for index in doomed.into_iter().rev() {
                        list.remove(index);
                    }
                    return Ok(());
                }
                let length = items.borrow().len();
                let index = self.sequence_index(key, length, "list").map_err(|e| {
                    self.rename_index_error(e, "list assignment index out of range")
                })?;
                items.borrow_mut().remove(index);
                Ok(())
            }
            Value::Dict(dict) => match self.dict_remove(dict, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(_) | Value::Native(_) => {
                if self
                    .call_special(container, "__delitem__", vec![key.clone()])?
                    .is_some()
                {
                    return Ok(());
                }
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object does not support item deletion")))
            }
            _ => {
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object doesn't support item deletion")))
            }
        }
    }

    // ----- dicts -----

    pub fn new_dict(&mut self) -> Value {
        Value::Dict(Rc::new(RefCell::new(DictTable::new())))
    }

    /// The slot of `key` in the dict, comparing with Python equality where needed.
    pub fn dict_find(
        &mut self,
        dict: &Rc<RefCell<DictTable>>,
        key: &Value,
        hash: i64,
    ) -> PResult<Option<usize>> {
        let lookup = dict.borrow().find_native(hash, key);
        match lookup {
            Lookup::Found(index) => Ok(Some(index)),
            Lookup::Absent => Ok(None),
            Lookup::NeedsPython => {
                let candidates = dict.borrow().candidates(hash);
                for index in candidates {
                    let candidate = dict.borrow().entry(index).map(|e| e.key.clone());
                    if let Some(candidate) = candidate
                        && (candidate.is(key) || self.eq(&candidate, key)?)
                    {
                        return Ok(Some(index));
                    }
                }
                Ok(None)
            }
        }
    }

    /// `dict.get(key)`.
    pub fn dict_lookup(
        &mut self,
        dict: &Rc<RefCell<DictTable>>,
        key: &Value,
    ) -> PResult<Option<Value>> {
        let hash = self.hash(key)?;
        let found = self.dict_find(dict, key, hash)?;
        Ok(found.and_then(|index| dict.borrow().entry(index).map(|e| e.value.clone())))
    }

    pub fn dict_set_in(
        &mut self,
        dict: &Rc<RefCell<DictTable>>,
        key: Value,
        value: Value,
    ) -> PResult<()> {
        let hash = self.hash(&key)?;
        match self.dict_find(dict, &key, hash)? {
            Some(index) => dict.borrow_mut().set_value(index, value),
            None => dict.borrow_mut().push(hash, key, value),
        }
        Ok(())
    }

    /// `dict[key] = value` on a dict value.
    pub fn dict_set(&mut self, dict: &Value, key: Value, value: Value) -> PResult<()> {
        match dict {
            Value::Dict(table) => self.dict_set_in(table, key, value),
            other => self.setitem(other, key, value),
        }
    }

    pub fn dict_remove(
        &mut self,
        dict: &Rc<RefCell<DictTable>>,
        key: &Value,
    ) -> PResult<Option<Value>> {
        let hash = self.hash(key)?;
        let found = self.dict_find(dict, key, hash)?;
        Ok(found.and_then(|index| dict.borrow_mut().remove_at(index).map(|e| e.value)))
    }

    /// `dict.update(mapping)` (and `{**mapping}`; `merge` rejects repeated keys as calls do).
    pub fn dict_update(&mut self, dict: &Value, mapping: &Value, merge: bool) -> PResult<()> {
        let Value::Dict(target) = dict else {
            return Ok(());
        };
        let pairs: Vec<(Value, Value)> = match mapping {
            Value::Dict(source) => source.borrow().items(),
            other => {
                if self.special_method(other, "keys").is_none() {
                    let name = self.type_name(other);
                    let message = if merge {
                        format!("argument after ** must be a mapping, not {name}")
                    } else {
                        format!("'{name}' object is not a mapping")
                    };
                    return Err(self.type_error(message));
                }
                let keys = self
                    .call_special(other, "keys", Vec::new())?
                    .unwrap_or(Value::None);
                let mut pairs = Vec::new();
                for key in self.collect(&keys)? {
                    let value = self.getitem(other, &key)?;
                    pairs.push((key, value));
                }
                pairs
            }
        };
        for (key, value) in pairs {
            if merge {
                let hash = self.hash(&key)?;
                if self.dict_find(target, &key, hash)?.is_some() {
                    let key_text = self.str(&key)?;
                    return Err(self.type_error(format!(
                        "got multiple values for keyword argument '{key_text}'"
                    )));
                }
            }
            self.dict_set_in(target, key, value)?;
        }
        Ok(())
    }

    /// A dict from key/value pairs.
    pub fn dict_from_pairs(&mut self, pairs: Vec<(Value, Value)>) -> PResult<Value> {
        let dict = self.new_dict();
        for (key, value) in pairs {
            self.dict_set(&dict, key, value)?;
        }
        Ok(dict)
    }

    /// Whether two dicts hold equal items.
    pub fn dict_equal(
        &mut self,
        a: &Rc<RefCell<DictTable>>,
        b: &Rc<RefCell<DictTable>>,
    ) -> PResult<bool> {
        if a.borrow().len() != b.borrow().len() {
            return Ok(false);
        }
        let items = a.borrow().items();
        for (key, value) in items {
            match self.dict_lookup(b, &key)? {
                Some(other) => {
                    if !(other.is(&value) || self.eq(&value, &other)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}

fn is_builtin_iterator(value: &Value) -> bool {
    matches!(value, Value::Iterator(_))
        || matches!(value, Value::Generator(g) if g.kind == GenKind::Generator)
}

/// The characters a slice selects from a string.
pub fn slice_str(text: &PyStr, bounds: SliceBounds) -> String {
    if bounds.step == 1 && text.is_ascii() {
        let start = bounds.start.max(0) as usize;
        return text.as_str()[start..start + bounds.count].to_string();
    }
    let chars: Vec<char> = text.as_str().chars().collect();
    bounds.indices().map(|i| chars[i]).collect()
}
