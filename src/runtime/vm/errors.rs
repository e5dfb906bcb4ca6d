//! Exception objects: their attributes, `str` and `repr`, matching in `except`, and exception
//! groups (`split`, `except*`), as CPython 3.12 defines them.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use super::super::exceptions::{ExceptionData, OsErrorFields, UnicodeErrorFields};
use super::super::ops::to_int;
use super::super::value::{Class, Instance, Value};
use super::super::{Flow, PResult};
use super::Vm;

/// The exception data of an exception instance.
pub fn exception_data(value: &Value) -> Option<&RefCell<ExceptionData>> {
    match value {
        Value::Instance(instance) => instance.exception.as_deref(),
        _ => None,
    }
}

fn context_of(exception: &Value) -> Option<Value> {
    exception_data(exception).and_then(|data| data.borrow().context.clone())
}

/// Before `raised` is chained to `handled`: if `handled`'s `__context__` chain already leads to
/// `raised`, the link to it is cut, so that chaining makes no cycle. As CPython's
/// `_PyErr_SetObject`, at any length, and stopping at a cycle already there (Floyd's tortoise
/// and hare).
pub(crate) fn break_context_cycle(handled: &Value, raised: &Rc<Instance>) {
    let mut current = handled.clone();
    let mut slow = handled.clone();
    let mut move_slow = false;
    while let Some(context) = context_of(&current) {
        if let Value::Instance(instance) = &context
            && Rc::ptr_eq(instance, raised)
        {
            if let Some(data) = exception_data(&current) {
                data.borrow_mut().context = None;
            }
            return;
        }
        current = context;
        if current.is(&slow) {
            return;
        }
        if move_slow {
            slow = context_of(&slow).unwrap_or(Value::None);
        }
        move_slow = !move_slow;
    }
}

/// What `split()` keeps: exceptions of some classes, given leaves, or a predicate.
pub enum SplitCondition {
    Classes(Vec<Rc<Class>>),
    Leaves(HashSet<usize>),
    Predicate(Value),
}

impl Vm {
    /// An attribute every exception has (`args`, `__cause__`, ...), or a group's.
    pub fn exception_attribute(&mut self, object: &Value, name: &str) -> Option<Value> {
        let data = exception_data(object)?;
        let value = {
            let data = data.borrow();
            match name {
                "args" => Value::tuple(data.args.clone()),
                "__cause__" => data.cause.clone().unwrap_or(Value::None),
                "__context__" => data.context.clone().unwrap_or(Value::None),
                "__suppress_context__" => Value::Bool(data.suppress_context),
                "__traceback__" => {
                    crate::runtime::builtins::traceback_object::traceback_of(&data.traceback)
                }
                "__notes__" => {
                    if data.notes.is_empty() {
                        return None;
                    }
                    Value::list(data.notes.clone())
                }
                "errno" | "strerror" | "filename" | "filename2"
                    if self.is_exception(object, "OSError") =>
                {
                    match &data.os_error {
                        Some(fields) => match name {
                            "errno" => fields.errno.clone(),
                            "strerror" => fields.strerror.clone(),
                            "filename" => fields.filename.clone(),
                            _ => fields.filename2.clone(),
                        },
                        None => Value::None,
                    }
                }
                "encoding" | "object" | "start" | "end" | "reason"
                    if data.unicode_error.is_some() =>
                {
                    data.unicode_error.as_ref()?.field(name)?.clone()
                }
                "value" if self.is_exception(object, "StopIteration") => {
                    data.args.first().cloned().unwrap_or(Value::None)
                }
                "message" if self.is_group(object) => {
                    data.args.first().cloned().unwrap_or(Value::None)
                }
                "exceptions" if self.is_group(object) => match data.args.get(1) {
                    Some(Value::Tuple(items)) => Value::Tuple(items.clone()),
                    Some(Value::List(items)) => Value::tuple(items.borrow().clone()),
                    _ => Value::tuple(Vec::new()),
                },
                "code" if self.is_exception(object, "SystemExit") => match data.args.len() {
                    0 => Value::None,
                    1 => data.args[0].clone(),
                    _ => Value::tuple(data.args.clone()),
                },
                _ => return None,
            }
        };
        Some(value)
    }

    /// Sets one of the attributes every exception has; false for anything else.
    pub fn set_exception_attribute(&mut self, object: &Value, name: &str, value: &Value) -> bool {
        let Some(data) = exception_data(object) else {
            return false;
        };
        let os_error = self.is_exception(object, "OSError");
        let mut data = data.borrow_mut();
        match name {
            "errno" | "strerror" | "filename" | "filename2" if os_error => {
                let fields = data.os_error.get_or_insert_with(|| {
                    Box::new(OsErrorFields {
                        errno: Value::None,
                        strerror: Value::None,
                        filename: Value::None,
                        filename2: Value::None,
                    })
                });
                let slot = match name {
                    "errno" => &mut fields.errno,
                    "strerror" => &mut fields.strerror,
                    "filename" => &mut fields.filename,
                    _ => &mut fields.filename2,
                };
                *slot = value.clone();
            }
            "encoding" | "object" | "start" | "end" | "reason" if data.unicode_error.is_some() => {
                if let Some(field) = data.unicode_error.as_mut().and_then(|f| f.field_mut(name)) {
                    *field = value.clone();
                }
            }
            "args" => {
                data.args = match value {
                    Value::Tuple(items) => items.to_vec(),
                    Value::List(items) => items.borrow().clone(),
                    other => vec![other.clone()],
                };
            }
            "__cause__" => {
                data.cause = (!value.is_none()).then(|| value.clone());
                data.suppress_context = true;
            }
            "__context__" => data.context = (!value.is_none()).then(|| value.clone()),
            "__suppress_context__" => data.suppress_context = matches!(value, Value::Bool(true)),
            "__traceback__" => {
                // Anything else than a traceback or None is refused by the caller.
                if let Some(entries) = crate::runtime::builtins::traceback_object::entries_of(value)
                {
                    data.clear_traceback();
                    data.traceback = entries;
                }
            }
            "__notes__" => {
                data.notes = match value {
                    Value::List(items) => items.borrow().clone(),
                    Value::Tuple(items) => items.to_vec(),
                    _ => Vec::new(),
                };
            }
            _ => return false,
        }
        true
    }

    pub fn is_group(&self, value: &Value) -> bool {
        self.is_exception(value, "BaseExceptionGroup")
    }

    /// `str(exception)`.
    pub fn exception_str(&mut self, exception: &Value) -> PResult<String> {
        let Some(data) = exception_data(exception) else {
            return self.repr(exception);
        };
        let args = data.borrow().args.clone();
        if self.is_group(exception) {
            let message = match args.first() {
                Some(message) => self.str(message)?,
                None => String::new(),
            };
            let count = self.group_members(exception).len();
            let plural = if count == 1 { "" } else { "s" };
            return Ok(format!("{message} ({count} sub-exception{plural})"));
        }
        // `invalid syntax (<string>, line 1)`, as SyntaxError.__str__ formats it.
        if let Value::Instance(instance) = exception
            && let Some(message @ Value::Str(_)) = instance.get_attr("msg")
            && instance
                .class()
                .is_subclass_of(&self.types.exception("SyntaxError"))
        {
            let message = self.str(&message)?;
            let line = instance.get_attr("lineno").filter(|l| !l.is_none());
            return Ok(match (&instance.get_attr("filename"), line) {
                (Some(Value::Str(file)), Some(line)) => {
                    format!("{message} ({}, line {})", file.as_str(), self.str(&line)?)
                }
                (_, Some(line)) => format!("{message} (line {})", self.str(&line)?),
                _ => message,
            });
        }
        let os_error = data.borrow().os_error.clone();
        if let Some(fields) = os_error
            && !(fields.filename.is_none() && (fields.errno.is_none() || fields.strerror.is_none()))
        {
            // `[Errno 2] No such file: 'name'`, as OSError.__str__ formats it.
            let errno = self.str(&fields.errno)?;
            let strerror = self.str(&fields.strerror)?;
            if !fields.filename.is_none() {
                let filename = self.repr(&fields.filename)?;
                if !fields.filename2.is_none() {
                    let filename2 = self.repr(&fields.filename2)?;
                    return Ok(format!(
                        "[Errno {errno}] {strerror}: {filename} -> {filename2}"
                    ));
                }
                return Ok(format!("[Errno {errno}] {strerror}: {filename}"));
            }
            return Ok(format!("[Errno {errno}] {strerror}"));
        }
        let unicode_error = data.borrow().unicode_error.clone();
        if let Some(fields) = unicode_error
            && let (Value::Str(object), Some(start), Some(end)) =
                (&fields.object, to_int(&fields.start), to_int(&fields.end))
        {
            // As UnicodeEncodeError.__str__ writes it, positions as given, unclamped.
            let encoding = self.str(&fields.encoding)?;
            let reason = self.str(&fields.reason)?;
            let (start, end) = (start.to_i64().unwrap_or(0), end.to_i64().unwrap_or(0));
            return Ok(pycore::surrogates::encode_error_message(
                &encoding,
                object.as_str(),
                start,
                end,
                &reason,
            ));
        }
        if let Some(fields) = data.borrow().unicode_error.clone()
            && let (Some(start), Some(end)) = (to_int(&fields.start), to_int(&fields.end))
            && let (Value::Str(encoding), Value::Str(reason)) = (&fields.encoding, &fields.reason)
            && let Some(message) = super::super::builtins::bytes::decode_error_message(
                encoding.as_str(),
                &fields.object,
                start.to_i64().unwrap_or(0),
                end.to_i64().unwrap_or(0),
                reason.as_str(),
            )
        {
            return Ok(message);
        }
        if args.len() == 1 && self.is_exception(exception, "KeyError") {
            return self.repr(&args[0]);
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `repr(exception)`: `ValueError('bad')`.
    pub fn exception_repr(&mut self, exception: &Value) -> PResult<String> {
        let Value::Instance(instance) = exception else {
            return self.repr(exception);
        };
        let name = instance.class().name.clone();
        let args = instance
            .exception
            .as_ref()
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        if args.len() == 1 {
            return Ok(format!("{name}({})", self.repr(&args[0])?));
        }
        let mut parts = Vec::with_capacity(args.len());
        for arg in &args {
            parts.push(self.repr(arg)?);
        }
        Ok(format!("{name}({})", parts.join(", ")))
    }

    /// Whether an `except CLASS` clause catches `exception`.
    pub fn exception_matches(&mut self, exception: &Value, class: &Value) -> PResult<bool> {
        let classes = self.exception_classes(
            class,
            "catching classes that do not inherit from BaseException is not allowed",
        )?;
        let exception_class = self.class_of(exception);
        Ok(classes.iter().any(|c| exception_class.is_subclass_of(c)))
    }

    /// The classes an `except` clause names (a class or a tuple of classes).
    fn exception_classes(&mut self, class: &Value, message: &str) -> PResult<Vec<Rc<Class>>> {
        let base = self.types.exception("BaseException");
        let candidates = match class {
            Value::Tuple(items) => items.to_vec(),
            other => vec![other.clone()],
        };
        let mut classes = Vec::with_capacity(candidates.len());
        for candidate in candidates {
            match &candidate {
                Value::Class(c) if c.is_subclass_of(&base) => classes.push(c.clone()),
                _ => return Err(self.type_error(message.to_string())),
            }
        }
        Ok(classes)
    }

    /// The sub-exceptions of a group.
    pub fn group_members(&self, group: &Value) -> Vec<Value> {
        let Some(data) = exception_data(group) else {
            return Vec::new();
        };
        match data.borrow().args.get(1) {
            Some(Value::Tuple(items)) => items.to_vec(),
            Some(Value::List(items)) => items.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// `except* CLASS`: splits what is raised into the part the clause handles and the rest.
    /// Returns `(rest, matched)`, `None` for an empty part.
    pub fn exception_group_match(
        &mut self,
        exception: &Value,
        class: &Value,
    ) -> PResult<(Value, Value)> {
        let classes = self.exception_classes(
            class,
            "catching classes that do not inherit from BaseException is not allowed",
        )?;
        let group_class = self.types.exception("BaseExceptionGroup");
        if classes.iter().any(|c| c.is_subclass_of(&group_class)) {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        if exception.is_none() {
            return Ok((Value::None, Value::None));
        }
        let exception_class = self.class_of(exception);
        if classes.iter().any(|c| exception_class.is_subclass_of(c)) {
            if self.is_group(exception) {
                return Ok((Value::None, exception.clone()));
            }
            // A naked exception is wrapped in a group so the handler sees a group.
            let wrapped = self.new_group(String::new(), Value::tuple(vec![exception.clone()]))?;
            if let (Some(group), Some(original)) =
                (exception_data(&wrapped), exception_data(exception))
            {
                group.borrow_mut().traceback = original.borrow().traceback.clone();
            }
            return Ok((Value::None, wrapped));
        }
        if !self.is_group(exception) {
            return Ok((exception.clone(), Value::None));
        }
        let (matched, rest) = self.split_group(exception, &SplitCondition::Classes(classes))?;
        Ok((rest.unwrap_or(Value::None), matched.unwrap_or(Value::None)))
    }

    /// A new `ExceptionGroup` or `BaseExceptionGroup` (when any member is not an Exception).
    /// `members` is the list or tuple its `args` keep, as CPython's callers pass them: a
    /// naked exception caught by `except*` is wrapped in a tuple, `derive()` and a re-raise
    /// from `except*` hand over lists.
    pub fn new_group(&mut self, message: String, members: Value) -> PResult<Value> {
        let exception = self.types.exception("Exception");
        let all_exceptions = match &members {
            Value::Tuple(items) => items.iter().all(|m| self.isinstance(m, &exception)),
            Value::List(items) => items
                .borrow()
                .iter()
                .all(|m| self.isinstance(m, &exception)),
            _ => true,
        };
        let class = self.types.exception(if all_exceptions {
            "ExceptionGroup"
        } else {
            "BaseExceptionGroup"
        });
        Ok(self.new_exception(class, vec![Value::str(message), members]))
    }

    /// `group.split(condition)`: `(matched, rest)`, each a group derived from this one, or
    /// `None` when empty.
    pub fn split_group(
        &mut self,
        group: &Value,
        condition: &SplitCondition,
    ) -> PResult<(Option<Value>, Option<Value>)> {
        if self.split_condition_holds(group, condition)? {
            return Ok((Some(group.clone()), None));
        }
        if !self.is_group(group) {
            return Ok((None, Some(group.clone())));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for member in self.group_members(group) {
            let (m, r) = self.split_group(&member, condition)?;
            matched.extend(m);
            rest.extend(r);
        }
        let matched = if matched.is_empty() {
            None
        } else {
            Some(self.derive_group(group, matched)?)
        };
        let rest = if rest.is_empty() {
            None
        } else {
            Some(self.derive_group(group, rest)?)
        };
        Ok((matched, rest))
    }

    fn split_condition_holds(
        &mut self,
        exception: &Value,
        condition: &SplitCondition,
    ) -> PResult<bool> {
        Ok(match condition {
            SplitCondition::Classes(classes) => {
                let class = self.class_of(exception);
                classes.iter().any(|c| class.is_subclass_of(c))
            }
            SplitCondition::Leaves(ids) => {
                !self.is_group(exception) && exception.address().is_some_and(|a| ids.contains(&a))
            }
            SplitCondition::Predicate(function) => {
                let verdict = self.call(function, vec![exception.clone()])?;
                self.truthy(&verdict)?
            }
        })
    }

    /// A group with `members` that keeps the original's message and metadata (`derive`).
    fn derive_group(&mut self, original: &Value, members: Vec<Value>) -> PResult<Value> {
        let message = match &exception_data(original).and_then(|d| d.borrow().args.first().cloned())
        {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        // A user subclass may override derive(); the builtin one makes a plain group.
        let derived = match self.class_of(original).lookup("derive") {
            Some(method @ Value::Function(_)) => {
                let bound = self.bind(method, original.clone());
                self.call(&bound, vec![Value::list(members)])?
            }
            _ => self.new_group(message, Value::list(members))?,
        };
        if let (Some(target), Some(source)) = (exception_data(&derived), exception_data(original)) {
            let source = source.borrow();
            let mut target = target.borrow_mut();
            target.traceback = source.traceback.clone();
            target.cause = source.cause.clone();
            target.context = source.context.clone();
            target.suppress_context = source.suppress_context;
            target.notes = source.notes.clone();
            target.origin = source.origin.or(original.address());
        }
        Ok(derived)
    }

    /// The leaves (non-group exceptions) of an exception, by identity.
    fn leaf_ids(&self, exception: &Value, into: &mut HashSet<usize>) {
        if self.is_group(exception) {
            for member in self.group_members(exception) {
                self.leaf_ids(&member, into);
            }
        } else if let Some(address) = exception.address() {
            into.insert(address);
        }
    }

    /// After the `except*` clauses: what to raise, from the original group and the list of
    /// exceptions the clauses raised (plus the unhandled rest). `None` when all was handled.
    pub fn prep_reraise_star(&mut self, original: &Value, raised: &Value) -> PResult<Value> {
        let items: Vec<Value> = match raised {
            Value::List(items) => items
                .borrow()
                .iter()
                .filter(|v| !v.is_none())
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_group(original) {
            // A naked exception went through `except*`: at most one thing is raised.
            return Ok(items[0].clone());
        }
        let original_id = exception_data(original)
            .and_then(|d| d.borrow().origin)
            .or(original.address());
        let mut reraised = Vec::new();
        let mut new_raised = Vec::new();
        for item in items {
            let same = item.is(original)
                || exception_data(&item).is_some_and(|d| {
                    d.borrow().origin.is_some() && d.borrow().origin == original_id
                });
            if same {
                reraised.push(item);
            } else {
                new_raised.push(item);
            }
        }
        let mut leaves = HashSet::new();
        for item in &reraised {
            self.leaf_ids(item, &mut leaves);
        }
        let reraised_group = if leaves.is_empty() {
            None
        } else {
            self.split_group(original, &SplitCondition::Leaves(leaves))?
                .0
        };
        if new_raised.is_empty() {
            return Ok(reraised_group.unwrap_or(Value::None));
        }
        new_raised.extend(reraised_group);
        if new_raised.len() == 1 {
            return Ok(new_raised.pop().expect("one item"));
        }
        self.new_group(String::new(), Value::list(new_raised))
    }

    /// A `UnicodeEncodeError` or `UnicodeDecodeError` with its fields (positions in
    /// characters of `object`, or in bytes).
    pub fn unicode_error(
        &mut self,
        class_name: &str,
        encoding: &str,
        object: Value,
        start: usize,
        end: usize,
        reason: &str,
    ) -> Flow {
        let fields = UnicodeErrorFields {
            encoding: Value::str(encoding),
            object,
            start: Value::Int(start as i64),
            end: Value::Int(end as i64),
            reason: Value::str(reason),
        };
        let class = self.types.exception(class_name);
        let args = vec![
            fields.encoding.clone(),
            fields.object.clone(),
            fields.start.clone(),
            fields.end.clone(),
            fields.reason.clone(),
        ];
        let exception = self.new_exception(class, args);
        if let Some(data) = exception_data(&exception) {
            data.borrow_mut().unicode_error = Some(Box::new(fields));
        }
        Flow::Exception(exception)
    }

    /// The `UnicodeEncodeError` of encoding `text`'s characters `start..end`.
    pub fn unicode_encode_error(
        &mut self,
        encoding: &str,
        text: &str,
        start: usize,
        end: usize,
        reason: &str,
    ) -> Flow {
        self.unicode_error(
            "UnicodeEncodeError",
            encoding,
            Value::str(text),
            start,
            end,
            reason,
        )
    }

    /// The `UnicodeEncodeError` of encoding `text` to UTF-8 (strictly: what `str.encode()`
    /// and writing to stdout do), when it holds a lone surrogate.
    pub fn check_encodes_to_utf8(&mut self, text: &str) -> PResult<()> {
        match pycore::surrogates::first_surrogate_run(text) {
            None => Ok(()),
            Some((start, end)) => {
                Err(self.unicode_encode_error("utf-8", text, start, end, "surrogates not allowed"))
            }
        }
    }

    /// An exception instance of a builtin class with a message, for natives that attach it.
    pub fn exception_with_message(&mut self, name: &str, message: &str) -> Value {
        let class = self.types.exception(name);
        let args = if message.is_empty() {
            Vec::new()
        } else {
            vec![Value::str(message)]
        };
        self.new_exception(class, args)
    }

    /// The exception inside a `Flow`, or the abort re-wrapped (for natives that must return
    /// an exception value).
    pub fn flow_exception(&mut self, flow: Flow) -> Result<Value, Flow> {
        match flow {
            Flow::Exception(exception) => Ok(exception),
            abort => Err(abort),
        }
    }

    /// A fresh instance of `class` with exception layout, as `BaseException.__new__` makes.
    pub fn raw_exception(&mut self, class: Rc<Class>, args: Vec<Value>) -> Value {
        let instance = Instance::new(class);
        if let Some(data) = &instance.exception {
            data.borrow_mut().args = args;
        }
        Value::Instance(Rc::new(instance))
    }
}
