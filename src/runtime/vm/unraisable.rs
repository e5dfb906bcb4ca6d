//! Exceptions nothing can catch: raised by `__del__`, or by a generator closed because it was
//! freed. CPython hands them to `sys.unraisablehook`, whose default prints them on stderr
//! ("Exception ignored in: ...") and lets the program go on.

use super::super::exceptions::TbEntry;
use super::super::value::Value;
use super::super::{Flow, PResult};
use super::{Vm, exception_data};

impl Vm {
    /// Reports a finalizer's exception as CPython's default unraisable hook does, naming
    /// `origin` (the `__del__` function, the generator). A limit reached in a finalizer is
    /// not reported: the run stops at the limit's next check, in the code that goes on.
    pub fn ignore_unraisable(&mut self, outcome: PResult<()>, origin: &Value) {
        if let Err(Flow::Exception(exception)) = outcome {
            self.report_unraisable(&exception, origin);
        }
    }

    fn report_unraisable(&mut self, exception: &Value, origin: &Value) {
        // An exception raised by the runtime itself ("generator ignored GeneratorExit") has
        // no frames: CPython shows the frame running when it was raised.
        if let Some(data) = exception_data(exception)
            && data.borrow().traceback.is_empty()
            && let Some(frame) = self.frames.last_mut()
        {
            data.borrow_mut().traceback.push(TbEntry::at(frame));
        }
        let origin = self
            .repr(origin)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        let text = self.format_unraisable(exception, &origin);
        self.flush_warnings();
        self.write_stderr(&text);
    }
}
