//! Playback: moving through a run by hand (a step forward or back, back to the start) or on a
//! timer (play, pause, at a speed). The playground and the compare page play the same way;
//! each says what a position is to it (an event of its run, a step of the shared clock) and
//! how to show one.

use yew::prelude::*;

/// Playback at 1x: events shown per second.
pub const EVENTS_PER_SECOND: f64 = 8.0;
/// The speeds a learner can pick.
pub const SPEEDS: [f64; 7] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0];

/// The playback controls: the same buttons and keys wherever a run plays.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Control {
    Step,
    StepBack,
    /// Back to the start of the run.
    Reset,
    /// To the end of the run (where everything has happened).
    End,
    Play,
    Pause,
    /// Play if paused, pause if playing (the space bar).
    TogglePlay,
    /// Playback's clock: one event forward; playback stops at the end.
    Tick,
    SetSpeed(f64),
}

/// Whether a run is playing, and how fast.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Playback {
    /// Whether a timer moves the position forward on its own.
    pub playing: bool,
    /// A multiple of [`EVENTS_PER_SECOND`].
    pub speed: f64,
}

impl Default for Playback {
    fn default() -> Playback {
        Playback {
            playing: false,
            speed: 1.0,
        }
    }
}

impl Playback {
    /// Milliseconds between two events while playing.
    pub fn tick_millis(self) -> u32 {
        (1000.0 / (EVENTS_PER_SECOND * self.speed)).round().max(1.0) as u32
    }

    pub fn paused(self) -> Playback {
        Playback {
            playing: false,
            ..self
        }
    }

    /// What `control` does at `position` of a run of `length` events (None while there is no
    /// run to play): the playback after it, and the position to show if it moves there.
    /// Playing moves only from the end, which starts the run again from the beginning.
    pub fn control(
        self,
        control: Control,
        position: usize,
        length: Option<usize>,
    ) -> (Playback, Option<usize>) {
        match control {
            Control::Step => (self.paused(), Some(position + 1)),
            Control::StepBack => (self.paused(), Some(position.saturating_sub(1))),
            Control::Reset => (self.paused(), Some(0)),
            Control::End => (self.paused(), length),
            Control::Pause => (self.paused(), None),
            Control::TogglePlay if self.playing => (self.paused(), None),
            Control::Play | Control::TogglePlay => match length {
                Some(length) => {
                    let playing = Playback {
                        playing: true,
                        ..self
                    };
                    (playing, (position >= length).then_some(0))
                }
                None => (self, None),
            },
            Control::Tick if self.playing => {
                let length = length.unwrap_or(0);
                let next = (position + 1).min(length);
                let playback = Playback {
                    playing: next < length,
                    ..self
                };
                (playback, Some(next))
            }
            Control::Tick => (self, None),
            Control::SetSpeed(speed) => (Playback { speed, ..self }, None),
        }
    }
}

/// While `playback` plays: calls `tick` at its pace (the page moves one event forward each
/// time), and stops when it pauses or the page goes.
#[yew::hook]
pub fn use_ticks(playback: Playback, tick: impl Fn() + 'static) {
    let (playing, millis) = (playback.playing, playback.tick_millis());
    yew::use_effect_with((playing, millis), move |&(playing, millis)| {
        let interval = playing.then(|| gloo_timers::callback::Interval::new(millis, tick));
        move || drop(interval)
    });
}

#[derive(yew::Properties, PartialEq)]
pub struct SpeedPickerProps {
    pub testid: AttrValue,
    pub speed: f64,
    pub on_pick: Callback<f64>,
}

/// The speed menu: one of [`SPEEDS`].
#[yew::component]
pub fn SpeedPicker(props: &SpeedPickerProps) -> Html {
    let on_change = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>()
                && let Ok(speed) = select.value().parse()
            {
                on_pick.emit(speed);
            }
        })
    };
    html! {
        <label class="speed">
            <span>{ "Speed" }</span>
            <select data-testid={props.testid.clone()} onchange={on_change}>
                { for SPEEDS.iter().map(|&speed| html! {
                    <option value={speed.to_string()} selected={speed == props.speed}>
                        { format!("{speed}x") }
                    </option>
                }) }
            </select>
        </label>
    }
}
