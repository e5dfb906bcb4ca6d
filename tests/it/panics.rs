//! Panics of one test thread handed to that test instead of printed.
//!
//! The panic hook is global to the process, and every test of this binary shares the process:
//! a test that set its own hook would swallow (or record) the panics of tests running beside
//! it. So one hook is installed once, and sends a panic to the sink of the thread it happens
//! on, if that thread set one; other threads' panics print as they always do.

use std::cell::RefCell;
use std::panic::{self, PanicHookInfo};
use std::sync::Once;

type Sink = Box<dyn FnMut(&PanicHookInfo)>;

thread_local! {
    static SINK: RefCell<Option<Sink>> = const { RefCell::new(None) };
}

fn install_once() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let handled = SINK.with(|sink| match sink.try_borrow_mut() {
                Ok(mut sink) => match sink.as_mut() {
                    Some(sink) => {
                        sink(info);
                        true
                    }
                    None => false,
                },
                // A panic inside the sink itself: print it.
                Err(_) => false,
            });
            if !handled {
                default(info);
            }
        }));
    });
}

/// Runs `body` with this thread's panics given to `sink` (not printed); printing comes back
/// when `body` ends, however it ends. So assert after `body`, not in it: a failing assertion
/// inside would go to the sink too.
pub fn captured<R>(sink: impl FnMut(&PanicHookInfo) + 'static, body: impl FnOnce() -> R) -> R {
    install_once();
    SINK.with(|slot| *slot.borrow_mut() = Some(Box::new(sink)));
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            SINK.with(|slot| *slot.borrow_mut() = None);
        }
    }
    let _restore = Restore;
    body()
}
