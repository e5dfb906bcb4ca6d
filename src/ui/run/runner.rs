//! The runner a page runs programs with: [`use_runner`] gives a page a [`RunnerHandle`] to
//! run and stop programs, keeps whether a run is under way (and how far it got), and tells
//! the page the [`Update`]s it acts on. In the browser a [`Runner`] runs each program in a
//! worker (see [`super::worker`]) and builds the run from its replies; natively (server
//! rendering, tests) programs run in place.

use std::rc::Rc;

use super::Run;

/// What a page hears of the runs it asked for.
pub enum Update {
    /// A run is under way: the run shown before is no longer the editor's.
    Started,
    /// The run, whole.
    Loaded(Rc<Run>),
}

/// What a runner reports as a run goes: the page's [`Update`]s, and the progress that only
/// the hook keeps.
pub enum Report {
    /// The run is under way.
    Started,
    /// This many events of it have arrived.
    Progress(usize),
    /// The run, whole.
    Loaded(Rc<Run>),
    /// The run under way was stopped; it will not arrive.
    Stopped,
}

#[cfg(target_arch = "wasm32")]
pub use browser::Runner;

/// Runs `source` on this thread, reporting as a worker's run would (where there is no
/// worker: natively, and in a page not built by Trunk).
fn run_here(notify: &dyn Fn(Report), source: &str, steps_scale: u64) {
    notify(Report::Started);
    notify(Report::Loaded(Rc::new(Run::scaled(source, steps_scale))));
}

/// A page's way to run programs off its thread: a [`Runner`] in the browser. Natively (server
/// rendering, tests) there is no worker, and programs run in place.
#[derive(Clone)]
pub struct RunnerHandle {
    #[cfg(target_arch = "wasm32")]
    runner: Rc<std::cell::RefCell<Runner>>,
    #[cfg(not(target_arch = "wasm32"))]
    notify: Rc<dyn Fn(Report)>,
    /// While a run is under way: how many of its events have arrived (as of this render).
    under_way: Option<usize>,
}

impl RunnerHandle {
    /// Starts running `source` (a run under way is abandoned); its page hears the run's
    /// [`Update`]s.
    pub fn run(&self, source: &str) {
        self.run_scaled(source, 1);
    }

    /// Starts running `source` with `steps_scale` times the usual step limits (the learner
    /// asked a run those limits stopped to go on).
    pub fn run_scaled(&self, source: &str, steps_scale: u64) {
        #[cfg(target_arch = "wasm32")]
        Runner::run(&self.runner, source, steps_scale);
        #[cfg(not(target_arch = "wasm32"))]
        run_here(&*self.notify, source, steps_scale);
    }

    /// Stops the run under way; it never reaches the page.
    pub fn stop(&self) {
        #[cfg(target_arch = "wasm32")]
        Runner::stop(&self.runner);
        #[cfg(not(target_arch = "wasm32"))]
        (self.notify)(Report::Stopped);
    }

    /// While a run is under way: how many of its events have arrived so far.
    pub fn under_way(&self) -> Option<usize> {
        self.under_way
    }
}

/// A runner for the component calling it, made once (again when `deps` change) and closed
/// with it. `on_update` hears each run's [`Update`]s; whether one is under way is the
/// handle's to tell.
#[yew::hook]
pub fn use_runner<D>(deps: D, on_update: impl Fn(Update) + 'static) -> RunnerHandle
where
    D: PartialEq + Clone + 'static,
{
    let under_way = yew::use_state_eq(|| None::<usize>);
    let notify = {
        let under_way = under_way.clone();
        move |report: Report| match report {
            Report::Started => {
                under_way.set(Some(0));
                on_update(Update::Started);
            }
            Report::Progress(events) => under_way.set(Some(events)),
            Report::Loaded(run) => {
                under_way.set(None);
                on_update(Update::Loaded(run));
            }
            Report::Stopped => under_way.set(None),
        }
    };
    #[cfg(target_arch = "wasm32")]
    {
        let runner = yew::use_memo(deps.clone(), move |_| Runner::new(notify));
        let closing = (*runner).clone();
        yew::use_effect_with(deps, move |_| move || Runner::close(&closing));
        RunnerHandle {
            runner: (*runner).clone(),
            under_way: *under_way,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let notify = yew::use_memo(deps, move |_| Rc::new(notify) as Rc<dyn Fn(Report)>);
        RunnerHandle {
            notify: (*notify).clone(),
            under_way: *under_way,
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

    use super::Report;
    use crate::ui::run::RunBuilder;
    use crate::ui::run::printed::{failed_outcome, keep_printed, with_unrecorded_output};
    use crate::ui::run::worker::{Reply, RunWorker};

    /// The page's side: runs programs in a worker and reports each run ([`Report`]s) to the
    /// hook that made it, building the run from the chunks as they arrive. Each page that runs
    /// programs (the playground, each side of the compare page, a capstone) has a runner of its
    /// own.
    pub struct Runner {
        worker: Option<RunWorker>,
        /// The worker has said it listens.
        ready: bool,
        /// A program to send once it does.
        queued: Option<(String, u64)>,
        /// The run under way.
        building: Option<RunBuilder>,
        /// What the run under way has printed so far, as the worker sent it: what the console
        /// shows if the run never finishes (`Finished` supersedes it).
        printed: String,
        /// The worker failed: start a new one before the next run.
        broken: bool,
        notify: Rc<dyn Fn(Report)>,
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
        /// When the page last heard how far the run got (`performance.now()`, ms).
        progress_told_at: f64,
    }

    impl Drop for Runner {
        fn drop(&mut self) {
            self.cancel_frame();
        }
    }

    /// How long taking in replies may take per frame, in milliseconds: most of a frame at
    /// 60 Hz, leaving the rest to draw it (the replay is what the learner waits for).
    const PUMP_BUDGET_MS: f64 = 12.0;

    /// How often the page hears how far a run got, in milliseconds: each time it draws the
    /// page again, which would otherwise take a good part of every frame of the replay.
    const PROGRESS_EVERY_MS: f64 = 250.0;

    impl Runner {
        /// A runner with its worker starting (it loads while the learner reads and types).
        pub fn new(notify: impl Fn(Report) + 'static) -> Rc<RefCell<Runner>> {
            let runner = Rc::new(RefCell::new(Runner {
                worker: None,
                ready: false,
                queued: None,
                building: None,
                printed: String::new(),
                broken: false,
                notify: Rc::new(notify),
                inbox: VecDeque::new(),
                frame: None,
                pump: None,
                progress_told_at: 0.0,
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
        pub fn run(this: &Rc<RefCell<Runner>>, source: &str, steps_scale: u64) {
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
                        worker.run(source, steps_scale);
                        true
                    }
                    Some(_) => {
                        runner.queued = Some((source.to_string(), steps_scale));
                        true
                    }
                    None => false,
                };
                if sent {
                    runner.building = Some(RunBuilder::scaled(source, steps_scale));
                    runner.printed.clear();
                }
                (runner.notify.clone(), sent)
            };
            if sent {
                notify(Report::Started);
            } else {
                super::run_here(&*notify, source, steps_scale);
            }
        }

        /// Stops the run under way.
        pub fn stop(this: &Rc<RefCell<Runner>>) {
            let running = this.borrow_mut().building.take().is_some();
            if running {
                Runner::respawn(this);
            }
            let notify = this.borrow().notify.clone();
            notify(Report::Stopped);
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
                let due = now() - runner.progress_told_at >= PROGRESS_EVERY_MS;
                let progress = progress.filter(|_| due && progress != events_before);
                if progress.is_some() {
                    runner.progress_told_at = now();
                }
                (runner.notify.clone(), progress)
            };
            // A new picture of the progress a few times a second, not per frame or chunk.
            if let Some(events) = progress {
                notify(Report::Progress(events));
            }
        }

        fn take_in(this: &Rc<RefCell<Runner>>, reply: Reply<'static>) {
            let (notify, action) = {
                let mut runner = this.borrow_mut();
                let action = match reply {
                    Reply::Ready => {
                        runner.ready = true;
                        if let (Some((source, steps_scale)), Some(worker)) =
                            (runner.queued.take(), &runner.worker)
                        {
                            worker.run(&source, steps_scale);
                        }
                        None
                    }
                    Reply::Events(events) => {
                        if let Some(building) = runner.building.as_mut() {
                            building.push_events(events.into_owned());
                        }
                        None
                    }
                    Reply::Printed(text) => {
                        if runner.building.is_some() {
                            keep_printed(&mut runner.printed, &text);
                        }
                        None
                    }
                    Reply::Again => {
                        runner.printed.clear();
                        if let Some(building) = runner.building.as_mut() {
                            building.start_over();
                        }
                        None
                    }
                    Reply::Finished {
                        outcome,
                        output_ends,
                    } => runner.building.take().map(|building| {
                        let printed = std::mem::take(&mut runner.printed);
                        let outcome = with_unrecorded_output(outcome, printed);
                        Report::Loaded(Rc::new(building.finish(outcome, output_ends)))
                    }),
                };
                (runner.notify.clone(), action)
            };
            if let Some(action) = action {
                notify(action);
            }
        }

        /// Takes in every reply received, however long it takes: the worker failed, and what
        /// it sent before (the last of what the program printed) must not be lost.
        fn take_in_all(this: &Rc<RefCell<Runner>>) {
            loop {
                let next = this.borrow_mut().inbox.pop_front();
                let Some(bytes) = next else { break };
                // A garbled reply among them adds nothing to the failure being reported.
                if let Ok(reply) = Reply::decode(&bytes) {
                    Runner::take_in(this, reply);
                }
            }
        }

        fn on_failure(this: &Weak<RefCell<Runner>>, message: String) {
            let Some(this) = this.upgrade() else { return };
            // A worker's messages and its error event reach the page in the order they were
            // sent: all it posted before it failed is in the inbox by now.
            Runner::take_in_all(&this);
            let (notify, building, printed) = {
                let mut runner = this.borrow_mut();
                // The worker may be dead: the next run starts a new one. (Not now: this runs
                // inside the old worker's handler, which must outlive the call.)
                runner.broken = true;
                let printed = std::mem::take(&mut runner.printed);
                (runner.notify.clone(), runner.building.take(), printed)
            };
            if let Some(building) = building {
                let run = building.finish(failed_outcome(printed, &message), Vec::new());
                notify(Report::Loaded(Rc::new(run)));
            }
        }
    }
}
