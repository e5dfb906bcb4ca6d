//! Running programs off the page's thread. A program with thousands of tasks takes seconds to
//! run; on the page's own thread that would freeze it (no scrolling, no typing, no Stop). So
//! the page starts a Web Worker on the same WebAssembly module (no second download: the
//! browser has it cached), sends it the program's text, and gets the run back as messages:
//! what it prints as it prints it (see [`super::printed`]) and its events in chunks as they
//! are recorded, then the rest of the outcome. The page replays the chunks into the timeline a few milliseconds'
//! worth per animation frame, and stays responsive throughout.
//!
//! Every message is one bincode-encoded [`Reply`] in a transferred `Uint8Array` (numbers
//! as varints, a chunk's names each written out once: see [`EventChunk`]); the request
//! is a bincode-encoded [`Request`] too. This module is the worker's side (its serve loop)
//! and the page's handle on a worker; [`super::runner`] takes the replies in.
//!
//! Before a run, the worker downloads the modules of the standard library the program may
//! import and it does not have yet (see [`crate::runtime::modules::stdlib`]), all at once:
//! `stdlib/<module>.py`, or `stdlib/site-packages/<module>.py` for the stand-ins of
//! third-party packages (`aiohttp`, `httpx`, `openai`), each at its
//! [`path`](crate::runtime::modules::stdlib::Downloaded::path).

use std::borrow::Cow;

use bincode::Options;
use serde::{Deserialize, Serialize};

use crate::runtime::output::StdoutWatcher;
use crate::runtime::shared_str;
use crate::runtime::trace::Event;
use crate::runtime::{RunOutcome, RunResult};
use crate::ui::run::{Run, RunBuilder, run_for_playground_watched};

/// Events per message. A chunk this size is replayed on the page in a few milliseconds, well
/// under a frame, however big the run.
pub const EVENTS_PER_CHUNK: usize = 2048;

/// A program the worker runs unseen while it waits for the learner's first one. A browser
/// first runs WebAssembly through a quick compiler and recompiles a function with its
/// optimizing one only once that function has run a while: without this, the worker took up to
/// twice as long over a first run of a big program as over a repeat. The program goes through
/// what programs do most (see its first lines).
pub const WARM_UP: &str = include_str!("warm_up.py");

/// How many times the worker rehearses [`WARM_UP`]: in Chromium the first run took 118 ms, the
/// second 53, those after 17 to 46 (most about 20).
pub const WARM_UP_RUNS: usize = 6;

/// What the page asks the worker: run this program, with this many times the usual step
/// limits.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    pub source: String,
    pub steps_scale: u64,
}

impl Request {
    pub fn encode(&self) -> Vec<u8> {
        wire()
            .serialize(self)
            .expect("a request is always encodable")
    }

    pub fn decode(bytes: &[u8]) -> Option<Request> {
        wire().deserialize(bytes).ok()
    }
}

/// How messages are encoded: numbers as varints (most of an event's numbers are small: a
/// loop iteration, a line, a count of waiters), and nothing may follow a message.
fn wire() -> impl bincode::Options {
    bincode::DefaultOptions::new()
}

/// A chunk of a run's events, as a reply carries it: each name written out once, the first
/// time, and by its number among the chunk's names after that
/// ([`crate::runtime::shared_str::chunk`]), and each primitive's state as what changed since
/// its state before in the chunk ([`crate::runtime::state_wire`]); every chunk starts these
/// afresh, so that each message decodes on its own.
#[derive(Debug)]
pub struct EventChunk<'a>(Cow<'a, [Event]>);

impl<'a> EventChunk<'a> {
    pub fn borrowed(events: &'a [Event]) -> EventChunk<'a> {
        EventChunk(Cow::Borrowed(events))
    }

    pub fn into_owned(self) -> Vec<Event> {
        self.0.into_owned()
    }
}

impl std::ops::Deref for EventChunk<'_> {
    type Target = [Event];

    fn deref(&self) -> &[Event] {
        &self.0
    }
}

impl Serialize for EventChunk<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let _names = shared_str::chunk::encoding();
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for EventChunk<'_> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let _names = shared_str::chunk::decoding_chunk();
        Ok(EventChunk(Cow::Owned(Vec::deserialize(deserializer)?)))
    }
}

/// What the worker says to the page.
#[derive(Debug, Serialize, Deserialize)]
pub enum Reply<'a> {
    /// The worker has started and listens: requests sent before this would be lost.
    Ready,
    /// The next events of the run, in order.
    Events(EventChunk<'a>),
    /// What the program printed next, sent as the run goes on: the page keeps it in case
    /// the run never finishes (`Finished` has all of it otherwise).
    Printed(Cow<'a, str>),
    /// The run starts over: it imported a module of the standard library that the worker had
    /// not downloaded, which it now has. What the run printed and the events sent so far no
    /// longer count.
    Again,
    /// The run is over; all its events were sent. The outcome travels as the runtime gave it;
    /// `output_ends` (from its trace) lets the page cut its stdout into the console's lines.
    Finished {
        outcome: RunOutcome,
        output_ends: Vec<usize>,
    },
}

impl Reply<'_> {
    pub fn encode(&self) -> Vec<u8> {
        // (Written as it goes: `serialize` goes through a reply twice, the first time only to
        // count its bytes, which doubled the time a chunk of events took to encode.)
        let mut bytes = MessageBytes::new();
        wire()
            .serialize_into(&mut bytes, self)
            .expect("a reply is always encodable");
        bytes.into_message()
    }

    pub fn decode(bytes: &[u8]) -> Result<Reply<'static>, String> {
        let mut rest = bytes;
        let reply: Reply<'static> = wire()
            .deserialize_from_custom(MessageReader { rest: &mut rest })
            .map_err(|error| format!("a garbled reply: {error}"))?;
        match rest.is_empty() {
            true => Ok(reply),
            false => Err("a garbled reply: more follows its end".to_string()),
        }
    }
}

/// The bytes of a message being written. `Vec<u8>`'s own `io::Write` copies every write
/// through a call to `memcpy`, bincode's one-byte writes too (each tag, each small varint):
/// in the size-tuned web build, which does not inline that path, a queue pipeline's worker
/// spent a third of its encoding there. A byte is pushed here instead.
struct MessageBytes(Vec<u8>);

impl MessageBytes {
    fn new() -> MessageBytes {
        MessageBytes(Vec::new())
    }

    fn into_message(self) -> Vec<u8> {
        self.0
    }
}

impl std::io::Write for MessageBytes {
    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline(always)]
    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match bytes {
            [byte] => self.0.push(*byte),
            _ => self.0.extend_from_slice(bytes),
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Bincode's reader of a message. Bincode's own reader of a slice copies every read with
/// `copy_from_slice`, one-byte reads too (each tag, each small varint), and the size-tuned
/// web build calls `memcpy` for each: reading a queue pipeline's replies on the page spent a
/// tenth of its instructions there. A byte is read here as a byte.
struct MessageReader<'a, 'r> {
    /// The bytes not read yet (the caller's: it checks that none is left at the end).
    rest: &'r mut &'a [u8],
}

impl<'a> MessageReader<'a, '_> {
    #[inline(always)]
    fn take(&mut self, length: usize) -> std::io::Result<&'a [u8]> {
        let Some((taken, rest)) = self.rest.split_at_checked(length) else {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        };
        *self.rest = rest;
        Ok(taken)
    }
}

impl std::io::Read for MessageReader<'_, '_> {
    #[inline(always)]
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        self.read_exact(out)?;
        Ok(out.len())
    }

    #[inline(always)]
    fn read_exact(&mut self, out: &mut [u8]) -> std::io::Result<()> {
        let taken = self.take(out.len())?;
        match (out, taken) {
            ([one], [byte]) => *one = *byte,
            (out, taken) => out.copy_from_slice(taken),
        }
        Ok(())
    }
}

impl<'a> bincode::BincodeRead<'a> for MessageReader<'a, '_> {
    fn forward_read_str<V: serde::de::Visitor<'a>>(
        &mut self,
        length: usize,
        visitor: V,
    ) -> bincode::Result<V::Value> {
        match std::str::from_utf8(self.take(length)?) {
            Ok(text) => visitor.visit_borrowed_str(text),
            Err(error) => Err(Box::new(bincode::ErrorKind::InvalidUtf8Encoding(error))),
        }
    }

    fn get_byte_buffer(&mut self, length: usize) -> bincode::Result<Vec<u8>> {
        Ok(self.take(length)?.to_vec())
    }

    fn forward_read_bytes<V: serde::de::Visitor<'a>>(
        &mut self,
        length: usize,
        visitor: V,
    ) -> bincode::Result<V::Value> {
        visitor.visit_borrowed_bytes(self.take(length)?)
    }
}

/// The replies that end a run, in the order the worker sends them: the events the run's
/// watcher did not hear (all of them for a run without one), then the outcome.
pub fn replies(result: &RunResult) -> impl Iterator<Item = Reply<'_>> {
    let finished = Reply::Finished {
        outcome: result.outcome.clone(),
        output_ends: result.trace.output_ends.clone(),
    };
    result
        .trace
        .events
        .chunks(EVENTS_PER_CHUNK)
        .map(|chunk| Reply::Events(EventChunk::borrowed(chunk)))
        .chain(std::iter::once(finished))
}

/// Runs `source` as the playground does (see [`run_for_playground_watched`]), handing `send`
/// its events while it runs, [`EVENTS_PER_CHUNK`] at a time: the page replays them as they
/// come, not after the run. [`replies`] gives the rest.
pub fn run_streaming(
    source: &str,
    steps_scale: u64,
    stdout: StdoutWatcher,
    mut send: impl FnMut(Reply<'_>) + 'static,
) -> RunResult {
    run_for_playground_watched(
        source,
        steps_scale,
        stdout,
        EVENTS_PER_CHUNK,
        Box::new(move |chunk| send(Reply::Events(EventChunk::borrowed(chunk)))),
    )
}

/// Runs [`WARM_UP`] through every step a run takes in the worker and then in the page: the
/// run with its events streamed, each reply encoded and decoded, the events replayed into a
/// [`Run`], and its state and console at the end drawn up. The page's steps run here too
/// (not on the page, whose thread they would hold) in case the browser shares a module's
/// optimized code between the page and its workers.
pub fn rehearse() -> Run {
    let posted = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let posting = posted.clone();
    let result = run_streaming(WARM_UP, 1, Box::new(|_| {}), move |reply| {
        posting.borrow_mut().push(reply.encode())
    });
    posted
        .borrow_mut()
        .extend(replies(&result).map(|reply| reply.encode()));
    let mut building = RunBuilder::new(WARM_UP);
    let mut finished = None;
    for bytes in posted.take() {
        match Reply::decode(&bytes) {
            Ok(Reply::Events(events)) => building.push_events(events.into_owned()),
            Ok(Reply::Finished {
                outcome,
                output_ends,
            }) => finished = Some((outcome, output_ends)),
            _ => {}
        }
    }
    let (outcome, output_ends) = finished.expect("a run's last reply is Finished");
    let run = building.finish(outcome, output_ends);
    drop(run.timeline.state_at(run.len()));
    drop(run.console(run.len()));
    run
}

#[cfg(target_arch = "wasm32")]
pub use browser::{RunWorker, in_worker, serve};

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::borrow::Cow;
    use std::cell::RefCell;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

    use std::collections::BTreeSet;

    use wasm_bindgen_futures::JsFuture;

    use super::{Reply, Request, replies, run_streaming};
    use crate::runtime::modules::stdlib::{self, Downloaded};
    use crate::ui::run::printed::PrintBatch;

    /// The worker's global that holds where the site serves `stdlib/` (its script sets it).
    const LIBRARY_BASE: &str = "looplabLibraryBase";

    thread_local! {
        /// Whether the page has asked for a run: the warm-up stops once it has.
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        /// What the run under way printed and the page has not been sent yet. Shared by the
        /// run's stdout watcher and the panic hook, which sends it as the worker dies.
        static UNSENT: RefCell<PrintBatch> = RefCell::default();
    }

    /// Whether this code runs in a worker (there is no window there).
    pub fn in_worker() -> bool {
        js_sys::global()
            .dyn_into::<DedicatedWorkerGlobalScope>()
            .is_ok()
    }

    fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply<'_>) {
        let bytes = js_sys::Uint8Array::from(reply.encode().as_slice());
        let transfer = js_sys::Array::of1(&bytes.buffer());
        if let Err(error) = scope.post_message_with_transfer(&bytes, &transfer) {
            web_sys::console::error_2(&"Looplab's worker could not reply".into(), &error);
        }
    }

    /// Posts what was printed and not sent yet, if anything. Nothing is unwrapped or
    /// borrowed for sure: this runs in the panic hook too, where a second panic aborts, and
    /// the panic may have come while the batch was borrowed.
    fn send_unsent(scope: &DedicatedWorkerGlobalScope) {
        let unsent = UNSENT
            .try_with(|unsent| unsent.try_borrow_mut().ok()?.take())
            .ok()
            .flatten();
        if let Some(text) = unsent {
            post(scope, &Reply::Printed(Cow::Owned(text)));
        }
    }

    /// On a panic, sends the page what the program printed since the last post before the
    /// worker aborts (release builds abort on panic), then lets the hook before run.
    fn send_unsent_on_panic() {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            send_unsent(&js_sys::global().unchecked_into());
            previous(info);
        }));
    }

    /// The worker's side: run each program sent, reply with the run.
    pub fn serve() {
        send_unsent_on_panic();
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replying = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            ASKED.set(true);
            let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
            let Some(request) = Request::decode(&bytes) else {
                return;
            };
            // The page sends the next program only once this run's replies are in (or it
            // replaces the worker), so runs never overlap.
            wasm_bindgen_futures::spawn_local(run_and_reply(replying.clone(), request));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as the page: so does its handler.
        on_message.forget();
        post(&scope, &Reply::Ready);
        wasm_bindgen_futures::spawn_local(warm_up(scope));
    }

    /// Rehearses [`WARM_UP`](super::WARM_UP) while no program has been asked for, each time
    /// after the worker's other messages: a request waits for one rehearsal at most.
    async fn warm_up(scope: DedicatedWorkerGlobalScope) {
        for _ in 0..super::WARM_UP_RUNS {
            let turn = js_sys::Promise::new(&mut |resolve, _| {
                let _ = scope.set_timeout_with_callback(&resolve);
            });
            let _ = JsFuture::from(turn).await;
            if ASKED.get() {
                return;
            }
            drop(super::rehearse());
        }
    }

    /// Runs the program with the modules it needs, and replies with the run.
    async fn run_and_reply(scope: DedicatedWorkerGlobalScope, request: Request) {
        let Request {
            source,
            steps_scale,
        } = request;
        let mut tried = BTreeSet::new();
        let mut wanted = stdlib::needed_by(&source);
        loop {
            wanted.retain(|module| !stdlib::is_provided(module) && tried.insert(module.name));
            download(&scope, &wanted).await;
            UNSENT.with_borrow_mut(|unsent| *unsent = PrintBatch::default());
            let watching = scope.clone();
            let watcher = Box::new(move |text: &str| {
                let due = UNSENT.with_borrow_mut(|unsent| unsent.push(text, js_sys::Date::now()));
                if let Some(text) = due {
                    post(&watching, &Reply::Printed(Cow::Owned(text)));
                }
            });
            let sending = scope.clone();
            let result = run_streaming(&source, steps_scale, watcher, move |reply| {
                post(&sending, &reply)
            });
            // An import found its module missing (one the program's text does not show, as
            // in `exec`): fetch it, and what it imports, and run again.
            let missed = stdlib::take_missed();
            wanted = stdlib::closure(missed.iter().copied());
            wanted.retain(|module| !tried.contains(module.name));
            if !missed.is_empty() && !wanted.is_empty() {
                // The page drops what it was sent of this run, events and output.
                post(&scope, &Reply::Again);
                continue;
            }
            // Not needed (`Finished` carries all the output) but keeps the page's copy whole.
            send_unsent(&scope);
            for reply in replies(&result) {
                post(&scope, &reply);
            }
            return;
        }
    }

    /// Fetches `modules` from the site (each from its own path, `stdlib/` or
    /// `stdlib/site-packages/`), all at once, and gives them to the runtime (or why
    /// they could not be had: the import then says so).
    async fn download(scope: &DedicatedWorkerGlobalScope, modules: &[&'static Downloaded]) {
        let base = js_sys::Reflect::get(scope, &JsValue::from_str(LIBRARY_BASE))
            .ok()
            .and_then(|base| base.as_string())
            .unwrap_or_default();
        let requests: Vec<_> = modules
            .iter()
            .map(|module| {
                let url = format!("{base}{}?v={:016x}", module.path(), module.hash);
                (*module, scope.fetch_with_str(&url))
            })
            .collect();
        for (module, request) in requests {
            stdlib::provide(module, fetched_text(request).await);
        }
    }

    /// The text of a fetched file, or why there is none, in a few words.
    async fn fetched_text(request: js_sys::Promise) -> Result<String, String> {
        let failed = |error: JsValue| {
            let message = js_sys::Reflect::get(&error, &JsValue::from_str("message"))
                .ok()
                .and_then(|message| message.as_string());
            format!("the network failed: {}", message.unwrap_or_default())
        };
        let response: web_sys::Response = JsFuture::from(request)
            .await
            .map_err(failed)?
            .unchecked_into();
        if !response.ok() {
            // HTTP/2 has no status text.
            let status = format!("HTTP {} {}", response.status(), response.status_text());
            return Err(status.trim_end().to_string());
        }
        let text = JsFuture::from(response.text().map_err(failed)?)
            .await
            .map_err(failed)?;
        text.as_string()
            .ok_or_else(|| "the file is not text".to_string())
    }

    /// A worker and its handlers (dropping it stops the worker).
    pub struct RunWorker {
        worker: Worker,
        _on_message: Closure<dyn FnMut(MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
    }

    impl Drop for RunWorker {
        fn drop(&mut self) {
            self.worker.set_onmessage(None);
            self.worker.set_onerror(None);
            self.worker.terminate();
        }
    }

    impl RunWorker {
        /// Starts a worker on this page's module. `on_reply` gets every reply; `on_failure`
        /// a message if the worker fails (the module could not load, or a run crashed it).
        /// None where the page was not built by Trunk (no module to load, as in tests).
        pub fn spawn(
            on_reply: impl Fn(Vec<u8>) + 'static,
            on_failure: impl Fn(String) + 'static,
        ) -> Option<RunWorker> {
            let (glue, wasm) = module_urls()?;
            // The site's files sit beside the glue (a blob's worker has no base URL of its own).
            let base = &glue[..glue.rfind('/').map_or(0, |slash| slash + 1)];
            let script = format!(
                "self.{LIBRARY_BASE} = {base:?};\nimport init from {glue:?};\nawait init({{ module_or_path: {wasm:?} }});\n"
            );
            let parts = js_sys::Array::of1(&JsValue::from_str(&script));
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("text/javascript");
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let worker_options = web_sys::WorkerOptions::new();
            worker_options.set_type(web_sys::WorkerType::Module);
            let worker = Worker::new_with_options(&url, &worker_options).ok();
            // The worker has fetched its script by the time it runs; the URL is not needed.
            let _ = web_sys::Url::revoke_object_url(&url);
            let worker = worker?;
            let failure = std::rc::Rc::new(on_failure);
            let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                on_reply(js_sys::Uint8Array::new(&event.data()).to_vec());
            });
            let on_error = {
                Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
                    event.prevent_default();
                    failure(format!("the run stopped: {}", event.message()));
                })
            };
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            Some(RunWorker {
                worker,
                _on_message: on_message,
                _on_error: on_error,
            })
        }

        /// Runs a program with `steps_scale` times the usual step limits; its replies go to
        /// `on_reply`.
        pub fn run(&self, source: &str, steps_scale: u64) {
            let request = Request {
                source: source.to_string(),
                steps_scale,
            };
            let bytes = js_sys::Uint8Array::from(request.encode().as_slice());
            let _ = self.worker.post_message(&bytes);
        }
    }

    /// Where Trunk put this page's JavaScript glue and WebAssembly module (absolute URLs).
    fn module_urls() -> Option<(String, String)> {
        let document = web_sys::window()?.document()?;
        let link = |selector: &str| -> Option<String> {
            let element = document.query_selector(selector).ok()??;
            Some(element.dyn_into::<web_sys::HtmlLinkElement>().ok()?.href())
        };
        let glue = link("link[rel=modulepreload][href$='.js']")?;
        let wasm = link("link[rel=preload][href$='.wasm']")?;
        Some((glue, wasm))
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::MessageBytes;

    #[test]
    fn gathered_writes_give_the_bytes_written() {
        // Writes of every length from none to 80 bytes, one-byte writes (the pushed ones)
        // among them.
        let mut gathered = MessageBytes::new();
        let mut plain = Vec::new();
        let mut next = 0u8;
        for write in 0..2_000usize {
            let length = match write % 13 {
                12 => write % 81,
                short => short % 10,
            };
            let bytes: Vec<u8> = (0..length)
                .map(|_| {
                    next = next.wrapping_add(7);
                    next
                })
                .collect();
            gathered.write_all(&bytes).unwrap();
            plain.write_all(&bytes).unwrap();
        }
        assert_eq!(gathered.into_message(), plain);
    }
}
