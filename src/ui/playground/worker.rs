//! Running programs off the page's thread. A program with thousands of tasks takes seconds to
//! run; on the page's own thread that would freeze it (no scrolling, no typing, no Stop). So
//! the page starts a Web Worker on the same WebAssembly module (no second download: the
//! browser has it cached), sends it the program's text, and gets the run back as messages:
//! its events in chunks, then the rest of the outcome. The page replays the chunks into the
//! timeline a few milliseconds' worth per animation frame, and stays responsive throughout.
//!
//! Every message is one bincode-encoded [`Reply`] in a transferred `Uint8Array`; the request
//! is the program's text as a plain string.

use std::borrow::Cow;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::state::{Run, RunOutcome};
use crate::runtime::trace::Event;

/// What a runner tells the page that asked for a run.
pub enum Update {
    /// The run is under way (the page shows it pending).
    Started,
    /// This many events of it have arrived.
    Progress(usize),
    /// The run, whole.
    Loaded(Rc<Run>),
    /// The run under way was stopped; it will not arrive.
    Stopped,
}

/// Events per message. A chunk this size is replayed on the page in a few milliseconds, well
/// under a frame, however big the run.
pub const EVENTS_PER_CHUNK: usize = 2048;

/// What the worker says to the page.
#[derive(Debug, Serialize, Deserialize)]
pub enum Reply<'a> {
    /// The worker has started and listens: requests sent before this would be lost.
    Ready,
    /// The next events of the run, in order.
    Events(Cow<'a, [Event]>),
    /// The run is over; all its events were sent.
    Finished(RunOutcome),
}

impl Reply<'_> {
    pub fn encode(&self) -> Vec<u8> {
        bincode::serialize(self).expect("a reply is always encodable")
    }

    pub fn decode(bytes: &[u8]) -> Result<Reply<'static>, String> {
        bincode::deserialize(bytes).map_err(|error| format!("a garbled reply: {error}"))
    }
}

/// The replies for one run, in the order the worker sends them.
pub fn replies(events: &[Event], outcome: RunOutcome) -> impl Iterator<Item = Reply<'_>> {
    events
        .chunks(EVENTS_PER_CHUNK)
        .map(|chunk| Reply::Events(Cow::Borrowed(chunk)))
        .chain(std::iter::once(Reply::Finished(outcome)))
}

#[cfg(target_arch = "wasm32")]
pub use browser::{Runner, in_worker, serve};

/// Runs `source` on this thread, telling `notify` as a worker's run would (where there is no
/// worker: natively, and in a page not built by Trunk).
fn run_here(notify: &dyn Fn(Update), source: &str) {
    notify(Update::Started);
    notify(Update::Loaded(Rc::new(Run::new(source))));
}

/// A page's way to run programs off its thread: a [`Runner`] in the browser. Natively (server
/// rendering, tests) there is no worker, and programs run in place.
#[derive(Clone)]
pub struct RunnerHandle {
    #[cfg(target_arch = "wasm32")]
    runner: Rc<std::cell::RefCell<Runner>>,
    #[cfg(not(target_arch = "wasm32"))]
    notify: Rc<dyn Fn(Update)>,
}

impl RunnerHandle {
    /// Starts running `source` (a run under way is abandoned); its page hears the run's
    /// [`Update`]s.
    pub fn run(&self, source: &str) {
        #[cfg(target_arch = "wasm32")]
        Runner::run(&self.runner, source);
        #[cfg(not(target_arch = "wasm32"))]
        run_here(&*self.notify, source);
    }

    /// Stops the run under way; its page hears `Stopped`.
    pub fn stop(&self) {
        #[cfg(target_arch = "wasm32")]
        Runner::stop(&self.runner);
        #[cfg(not(target_arch = "wasm32"))]
        (self.notify)(Update::Stopped);
    }
}

/// A runner for the component calling it, made once (again when `deps` change) and closed
/// with it. `notify` hears each run's [`Update`]s.
#[yew::hook]
pub fn use_runner<D>(deps: D, notify: impl Fn(Update) + 'static) -> RunnerHandle
where
    D: PartialEq + Clone + 'static,
{
    #[cfg(target_arch = "wasm32")]
    {
        let runner = yew::use_memo(deps.clone(), move |_| Runner::new(notify));
        let closing = (*runner).clone();
        yew::use_effect_with(deps, move |_| move || Runner::close(&closing));
        RunnerHandle {
            runner: (*runner).clone(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let notify = yew::use_memo(deps, move |_| Rc::new(notify) as Rc<dyn Fn(Update)>);
        RunnerHandle {
            notify: (*notify).clone(),
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::{Rc, Weak};

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

    use super::{Reply, Update, replies};
    use crate::ui::playground::state::{RunBuilder, RunOutcome, run_for_playground};

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

    /// The worker's side: run each program sent, reply with the run.
    pub fn serve() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replying = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(source) = event.data().as_string() else {
                return;
            };
            let (events, outcome) = RunOutcome::split(run_for_playground(&source));
            for reply in replies(&events, outcome) {
                post(&replying, &reply);
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as the page: so does its handler.
        on_message.forget();
        post(&scope, &Reply::Ready);
    }

    /// The page's side: runs programs in a worker and reports each run's [`Update`]s to the
    /// page, building the run from the chunks as they arrive. Each page that runs programs
    /// (the playground, each side of the compare page, a capstone) has a runner of its own.
    pub struct Runner {
        worker: Option<RunWorker>,
        /// The worker has said it listens.
        ready: bool,
        /// A program to send once it does.
        queued: Option<String>,
        /// The run under way.
        building: Option<RunBuilder>,
        /// The worker failed: start a new one before the next run.
        broken: bool,
        notify: Rc<dyn Fn(Update)>,
        /// Replies received and not yet taken in. Taking one in (decoding a chunk, replaying
        /// it) takes milliseconds; a run of 10,000 tasks sends about 80 of them at once, so
        /// taking each in as it arrives would keep the page from drawing a frame for more
        /// than 100 ms. They are taken in at each frame instead, a few milliseconds' worth.
        inbox: VecDeque<Vec<u8>>,
        /// The animation frame asked for, to take in what is in the inbox. It is cancelled
        /// when the runner goes: the browser would otherwise call `pump` after it is freed.
        frame: Option<i32>,
        /// What runs at that frame.
        pump: Option<Closure<dyn FnMut(f64)>>,
    }

    impl Drop for Runner {
        fn drop(&mut self) {
            self.cancel_frame();
        }
    }

    /// How long taking in replies may take per frame, in milliseconds.
    const PUMP_BUDGET_MS: f64 = 8.0;

    impl Runner {
        /// A runner with its worker starting (it loads while the learner reads and types).
        pub fn new(notify: impl Fn(Update) + 'static) -> Rc<RefCell<Runner>> {
            let runner = Rc::new(RefCell::new(Runner {
                worker: None,
                ready: false,
                queued: None,
                building: None,
                broken: false,
                notify: Rc::new(notify),
                inbox: VecDeque::new(),
                frame: None,
                pump: None,
            }));
            let pumped = Rc::downgrade(&runner);
            runner.borrow_mut().pump = Some(Closure::new(move |_: f64| Runner::pump(&pumped)));
            Runner::respawn(&runner);
            runner
        }

        fn respawn(this: &Rc<RefCell<Runner>>) {
            // The old worker (if any) stops before the new one starts.
            this.borrow_mut().worker = None;
            let (replies_to, failures_to) = (Rc::downgrade(this), Rc::downgrade(this));
            let worker = RunWorker::spawn(
                move |reply| Runner::receive(&replies_to, reply),
                move |message| Runner::on_failure(&failures_to, message),
            );
            let mut runner = this.borrow_mut();
            runner.worker = worker;
            runner.ready = false;
            runner.broken = false;
            runner.inbox.clear();
        }

        /// Runs `source` in the worker, or here if there is none (a page not built by Trunk, as
        /// in the browser tests). A run under way is abandoned.
        pub fn run(this: &Rc<RefCell<Runner>>, source: &str) {
            let restart = {
                let runner = this.borrow();
                runner.broken || runner.building.is_some()
            };
            if restart {
                // A worker busy with a run cannot be interrupted: a new one replaces it.
                Runner::respawn(this);
            }
            let (notify, sent) = {
                let mut runner = this.borrow_mut();
                let sent = match &runner.worker {
                    Some(worker) if runner.ready => {
                        worker.run(source);
                        true
                    }
                    Some(_) => {
                        runner.queued = Some(source.to_string());
                        true
                    }
                    None => false,
                };
                if sent {
                    runner.building = Some(RunBuilder::new(source));
                }
                (runner.notify.clone(), sent)
            };
            if sent {
                notify(Update::Started);
            } else {
                super::run_here(&*notify, source);
            }
        }

        /// Stops the run under way.
        pub fn stop(this: &Rc<RefCell<Runner>>) {
            let running = this.borrow_mut().building.take().is_some();
            if running {
                Runner::respawn(this);
            }
            let notify = this.borrow().notify.clone();
            notify(Update::Stopped);
        }

        /// Lets the worker go and takes nothing more in (the page is closing).
        pub fn close(this: &Rc<RefCell<Runner>>) {
            let mut runner = this.borrow_mut();
            runner.worker = None;
            runner.building = None;
            runner.inbox.clear();
            runner.cancel_frame();
        }

        /// A reply arrived: keep it for the next frame. (Public so that a test can hand a
        /// runner a reply without a worker.)
        pub fn receive(this: &Weak<RefCell<Runner>>, bytes: Vec<u8>) {
            let Some(this) = this.upgrade() else { return };
            let mut runner = this.borrow_mut();
            runner.inbox.push_back(bytes);
            runner.ask_for_frame();
        }

        fn ask_for_frame(&mut self) {
            if self.frame.is_some() {
                return;
            }
            let Some(pump) = &self.pump else { return };
            self.frame = web_sys::window().and_then(|window| {
                window
                    .request_animation_frame(pump.as_ref().unchecked_ref())
                    .ok()
            });
        }

        fn cancel_frame(&mut self) {
            if let (Some(frame), Some(window)) = (self.frame.take(), web_sys::window()) {
                let _ = window.cancel_animation_frame(frame);
            }
        }

        /// Takes in replies for a few milliseconds, then lets the page draw.
        fn pump(this: &Weak<RefCell<Runner>>) {
            let Some(this) = this.upgrade() else { return };
            let now = || {
                web_sys::window()
                    .and_then(|w| w.performance())
                    .map_or(0.0, |p| p.now())
            };
            let started = now();
            let events_before = {
                let mut runner = this.borrow_mut();
                runner.frame = None;
                runner.building.as_ref().map(RunBuilder::len)
            };
            loop {
                let next = this.borrow_mut().inbox.pop_front();
                let Some(bytes) = next else { break };
                match Reply::decode(&bytes) {
                    Ok(reply) => Runner::take_in(&this, reply),
                    Err(message) => Runner::on_failure(&Rc::downgrade(&this), message),
                }
                if now() - started > PUMP_BUDGET_MS {
                    break;
                }
            }
            let (notify, progress) = {
                let mut runner = this.borrow_mut();
                if !runner.inbox.is_empty() {
                    runner.ask_for_frame();
                }
                let progress = runner.building.as_ref().map(RunBuilder::len);
                (runner.notify.clone(), progress)
            };
            // One new picture of the progress per frame, not per chunk.
            if let Some(events) = progress
                && progress != events_before
            {
                notify(Update::Progress(events));
            }
        }

        fn take_in(this: &Rc<RefCell<Runner>>, reply: Reply<'static>) {
            let (notify, action) = {
                let mut runner = this.borrow_mut();
                let action = match reply {
                    Reply::Ready => {
                        runner.ready = true;
                        if let (Some(source), Some(worker)) = (runner.queued.take(), &runner.worker)
                        {
                            worker.run(&source);
                        }
                        None
                    }
                    Reply::Events(events) => {
                        if let Some(building) = runner.building.as_mut() {
                            building.push_events(events.into_owned());
                        }
                        None
                    }
                    Reply::Finished(outcome) => runner
                        .building
                        .take()
                        .map(|building| Update::Loaded(Rc::new(building.finish(outcome)))),
                };
                (runner.notify.clone(), action)
            };
            if let Some(action) = action {
                notify(action);
            }
        }

        fn on_failure(this: &Weak<RefCell<Runner>>, message: String) {
            let Some(this) = this.upgrade() else { return };
            let (notify, building) = {
                let mut runner = this.borrow_mut();
                // The worker may be dead: the next run starts a new one. (Not now: this runs
                // inside the old worker's handler, which must outlive the call.)
                runner.broken = true;
                (runner.notify.clone(), runner.building.take())
            };
            if let Some(building) = building {
                let message = format!("Looplab could not finish the run: {message}");
                let run = building.finish(RunOutcome::failed(message));
                notify(Update::Loaded(Rc::new(run)));
            }
        }
    }

    /// A worker and its handlers (dropping it stops the worker).
    struct RunWorker {
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
        fn spawn(
            on_reply: impl Fn(Vec<u8>) + 'static,
            on_failure: impl Fn(String) + 'static,
        ) -> Option<RunWorker> {
            let (glue, wasm) = module_urls()?;
            let script = format!(
                "import init from {glue:?};\nawait init({{ module_or_path: {wasm:?} }});\n"
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

        /// Runs a program; its replies go to `on_reply`.
        fn run(&self, source: &str) {
            let _ = self.worker.post_message(&JsValue::from_str(source));
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
