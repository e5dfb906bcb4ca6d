//! A lesson's questions: the predict-the-output check, and the step questions asked with the
//! run paused at a moment. Both are graded by the simulation and teach as they grade: a miss
//! invites another try, and the answer comes (after the second miss, or when asked for) with
//! why, the facts of the run it follows from, and a link to that moment on the timeline.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::curriculum::check::{self, Verdict};
use crate::curriculum::step::{self, Recorded, StepVerdict};
use crate::curriculum::{Ask, Check, Lesson, StepQuestion};
use crate::ui::came_from::CameFrom;
use crate::ui::components::prose::inline;
use crate::ui::nav::NavLink;
use crate::ui::{Route, storage};
use pycore::format::float_repr;

/// Where the ids of the lessons whose check the learner passed are kept (a JSON list).
pub const PASSED_KEY: &str = "looplab.lessons.passed";

/// The lessons passed so far.
pub fn passed() -> BTreeSet<String> {
    storage::load(PASSED_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn mark_passed(id: &str) {
    let mut all = passed();
    if all.insert(id.to_string()) {
        let text = serde_json::to_string(&all).expect("a set of strings");
        storage::save(PASSED_KEY, &text);
    }
}

/// How many wrong answers a learner gets before the answer is shown.
pub const TRIES_BEFORE_ANSWER: u32 = 2;

/// The learner's tries at one question: how many missed, and whether the answer is shown.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tries {
    pub misses: u32,
    /// Shown after the last allowed miss, or on request; from then on the question no
    /// longer counts as predicted.
    pub revealed: bool,
}

impl Tries {
    /// After a graded answer.
    fn graded(self, correct: bool) -> Tries {
        let misses = self.misses + u32::from(!correct);
        Tries {
            misses,
            revealed: self.revealed || misses >= TRIES_BEFORE_ANSWER,
        }
    }
}

/// The learner's answer to a lesson's check, and the verdict once they asked for it.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckState {
    /// For an order check: the key's lines as the learner placed them (indices into the key).
    pub order: Vec<usize>,
    /// For a resume check: the option picked.
    pub choice: Option<usize>,
    pub verdict: Option<Verdict>,
    pub tries: Tries,
}

pub enum CheckAction {
    /// Move the line at this place one up.
    Up(usize),
    Down(usize),
    Choose(usize),
    /// The verdict of the simulation on the current answer.
    Graded(Verdict),
    /// The learner asked for the answer (with the verdict on their current answer).
    Reveal(Verdict),
}

impl CheckState {
    pub fn new(lesson: &Lesson) -> CheckState {
        let order = match &lesson.check {
            Check::Order { lines, .. } => check::shuffled(lines.len(), &lesson.id),
            Check::Resume { .. } => Vec::new(),
        };
        CheckState {
            order,
            choice: None,
            verdict: None,
            tries: Tries::default(),
        }
    }

    /// Grades the answer against a run of the lesson's program.
    pub fn grade(&self, lesson: &Lesson, recorded: &Recorded) -> Option<Verdict> {
        match &lesson.check {
            Check::Order { lines, .. } => {
                let answer: Vec<String> = self.order.iter().map(|&i| lines[i].clone()).collect();
                Some(check::grade_order(recorded, lines, &answer))
            }
            Check::Resume {
                task, nth, options, ..
            } => {
                let picked = options[self.choice?];
                Some(check::grade_resume(recorded, task, *nth, picked))
            }
        }
    }

    /// The answer is right and the learner found it before it was shown: the lesson counts
    /// as passed.
    pub fn predicted(&self) -> bool {
        !self.tries.revealed && self.verdict.as_ref().is_some_and(|v| v.correct)
    }

    /// For an order check: how many lines are where the run prints them.
    pub fn lines_in_place(&self, lesson: &Lesson) -> usize {
        let (Check::Order { lines, .. }, Some(verdict)) = (&lesson.check, &self.verdict) else {
            return 0;
        };
        self.order
            .iter()
            .zip(&verdict.expected)
            .filter(|(placed, expected)| lines[**placed] == **expected)
            .count()
    }
}

impl Reducible for CheckState {
    type Action = CheckAction;

    fn reduce(self: Rc<Self>, action: CheckAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CheckAction::Up(at) if at > 0 && at < next.order.len() => {
                next.order.swap(at - 1, at);
                next.verdict = None;
            }
            CheckAction::Down(at) if at + 1 < next.order.len() => {
                next.order.swap(at, at + 1);
                next.verdict = None;
            }
            CheckAction::Choose(option) => {
                next.choice = Some(option);
                next.verdict = None;
            }
            CheckAction::Graded(verdict) => {
                next.tries = next.tries.graded(verdict.correct);
                next.verdict = Some(verdict);
            }
            CheckAction::Reveal(verdict) => {
                next.tries.revealed = true;
                next.verdict = Some(verdict);
            }
            CheckAction::Up(_) | CheckAction::Down(_) => return self,
        }
        Rc::new(next)
    }
}

/// A recorded run shared by a lesson's questions (the same run when the same pointer).
#[derive(Clone)]
pub struct SharedRun(pub Rc<Recorded>);

impl PartialEq for SharedRun {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub lesson: Rc<Lesson>,
    pub source: String,
}

/// A lesson's questions: its check, then its step questions, all graded against one run of
/// its program, made when the lesson opens.
#[component]
pub fn LessonQuestions(props: &QuestionsProps) -> Html {
    let recorded = {
        let source = props.source.clone();
        use_memo((), move |_| SharedRun(Rc::new(Recorded::run(&source))))
    };
    html! {
        <>
            <CheckView lesson={props.lesson.clone()} recorded={(*recorded).clone()} />
            <StepQuestions lesson={props.lesson.clone()} recorded={(*recorded).clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CheckProps {
    lesson: Rc<Lesson>,
    recorded: SharedRun,
}

/// The lesson's predict-the-output check.
#[component]
fn CheckView(props: &CheckProps) -> Html {
    let lesson = props.lesson.clone();
    let state = {
        let lesson = lesson.clone();
        use_reducer(move || CheckState::new(&lesson))
    };
    let grade = |reveal: bool| {
        let (state, lesson, recorded) = (state.clone(), lesson.clone(), props.recorded.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(verdict) = state.grade(&lesson, &recorded.0) {
                if verdict.correct && !reveal && !state.tries.revealed {
                    mark_passed(&lesson.id);
                }
                state.dispatch(match reveal {
                    true => CheckAction::Reveal(verdict),
                    false => CheckAction::Graded(verdict),
                });
            }
        })
    };
    let (on_check, on_reveal) = (grade(false), grade(true));
    let body = match &lesson.check {
        Check::Order { lines, .. } => {
            let count = state.order.len();
            html! {
                <ol class="order-lines" data-testid="order-lines">
                    { for state.order.iter().enumerate().map(|(at, &line)| {
                        let up = { let state = state.clone(); Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::Up(at))) };
                        let down = { let state = state.clone(); Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::Down(at))) };
                        html! {
                            <li data-testid="order-line">
                                <code>{ lines[line].clone() }</code>
                                <span class="order-buttons">
                                    <button data-testid="move-up" disabled={at == 0} onclick={up}
                                        aria-label={format!("Move “{}” up", lines[line])}>{ "↑" }</button>
                                    <button data-testid="move-down" disabled={at + 1 == count} onclick={down}
                                        aria-label={format!("Move “{}” down", lines[line])}>{ "↓" }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ol>
            }
        }
        Check::Resume { options, .. } => html! {
            <fieldset class="resume-options" data-testid="resume-options">
                <legend>{ "Pick a virtual time" }</legend>
                { for options.iter().enumerate().map(|(index, option)| {
                    let choose = { let state = state.clone(); Callback::from(move |_: Event| state.dispatch(CheckAction::Choose(index))) };
                    html! {
                        <label class="option">
                            <input type="radio" name={format!("resume-{}", lesson.id)} data-testid="resume-option"
                                checked={state.choice == Some(index)} onchange={choose} />
                            { format!(" t = {}", float_repr(*option)) }
                        </label>
                    }
                }) }
            </fieldset>
        },
    };
    let can_check = matches!(lesson.check, Check::Order { .. }) || state.choice.is_some();
    let verdict = state.verdict.as_ref().map(|verdict| {
        let nudge = match &lesson.check {
            Check::Order { lines, .. } => format!(
                "{} of {} lines are in the right place.",
                state.lines_in_place(&lesson),
                lines.len()
            ),
            Check::Resume { .. } => String::new(),
        };
        let timeline = Route::ProgramAt {
            program: lesson.program.clone(),
            at: float_repr(verdict.reveal_at),
        };
        let link = format!(
            "See it on the timeline at t={} ▶",
            float_repr(verdict.reveal_at)
        );
        html! {
            <Answer correct={verdict.correct} tries={state.tries} nudge={nudge}
                why={lesson.check.why().to_string()} facts={verdict.facts.clone()}
                expected={verdict.expected.clone()} timeline={timeline} link={link}
                lesson={lesson.id.clone()} on_reveal={on_reveal.clone()} />
        }
    });
    html! {
        <section class="check" aria-label="Check your prediction" data-testid="check">
            <h2>{ "Predict, then check" }</h2>
            <p>{ inline(lesson.check.prompt()) }</p>
            { body }
            <button class="primary" data-testid="check-answer" disabled={!can_check} onclick={on_check}>
                { "Check with the simulation" }
            </button>
            { for verdict }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AnswerProps {
    correct: bool,
    tries: Tries,
    /// A hint that does not give the answer away (an empty string for none).
    nudge: String,
    why: String,
    facts: Vec<String>,
    /// The run's answer, one item per line.
    expected: Vec<String>,
    timeline: Route,
    link: String,
    /// The lesson's id: the playground that opens leads back to it.
    lesson: String,
    on_reveal: Callback<MouseEvent>,
}

/// What the simulation says of an answer: right (with why); wrong with tries left (try
/// again, or ask for the answer); or the answer, with why and the facts of the run.
#[component]
fn Answer(props: &AnswerProps) -> Html {
    let explained = html! {
        <>
            <p class="why" data-testid="check-why"><strong>{ "Why: " }</strong>{ inline(&props.why) }</p>
            if !props.facts.is_empty() {
                <ul class="facts" data-testid="check-facts" aria-label="What the run shows">
                    { for props.facts.iter().map(|fact| html! { <li>{ inline(fact) }</li> }) }
                </ul>
            }
            <p>
                <NavLink to={props.timeline.clone()} current={Route::Lessons}
                    query={CameFrom::Lesson(props.lesson.clone()).to_query()}>{ props.link.clone() }</NavLink>
            </p>
        </>
    };
    let left = TRIES_BEFORE_ANSWER.saturating_sub(props.tries.misses);
    html! {
        <div class={classes!("verdict", if props.correct { "right" } else { "wrong" })}
            data-testid="check-result" role="status">
            if props.correct {
                <p>
                    <strong>{ "✓ Right. " }</strong>
                    { match (props.tries.revealed, props.tries.misses) {
                        (true, _) => "That is what the simulation does (this one was shown, so it does not count as predicted).",
                        (false, 0) => "That is what the simulation does.",
                        (false, _) => "That is what the simulation does: second time lucky.",
                    } }
                </p>
                { explained }
            } else if !props.tries.revealed {
                <p>
                    <strong>{ "✗ Not yet. " }</strong>
                    if !props.nudge.is_empty() { { format!("{} ", props.nudge) } }
                    { format!("Have another go: {left} more {} before the simulation shows its answer.",
                        if left == 1 { "try" } else { "tries" }) }
                </p>
                <p>
                    <button data-testid="reveal-answer" onclick={props.on_reveal.clone()}>
                        { "Show me the answer" }
                    </button>
                </p>
            } else {
                if let [answer] = props.expected.as_slice() {
                    <p>
                        <strong>{ "✗ Not quite. " }</strong>{ "The simulation says: " }
                        <code data-testid="check-expected">{ answer.clone() }</code>
                    </p>
                } else {
                    <p><strong>{ "✗ Not quite. " }</strong>{ "The simulation says:" }</p>
                    <ol data-testid="check-expected">
                        { for props.expected.iter().map(|line| html! { <li><code>{ line.clone() }</code></li> }) }
                    </ol>
                }
                { explained }
            }
        </div>
    }
}

/// A step question's state: the option picked, the verdict, the tries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StepState {
    pub choice: Option<usize>,
    pub verdict: Option<StepVerdict>,
    pub tries: Tries,
}

pub enum StepAction {
    Choose(usize),
    Graded(StepVerdict),
    Reveal(StepVerdict),
}

impl Reducible for StepState {
    type Action = StepAction;

    fn reduce(self: Rc<Self>, action: StepAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            StepAction::Choose(option) => {
                next.choice = Some(option);
                next.verdict = None;
            }
            StepAction::Graded(verdict) => {
                next.tries = next.tries.graded(verdict.correct);
                next.verdict = Some(verdict);
            }
            StepAction::Reveal(verdict) => {
                next.tries.revealed = true;
                next.verdict = Some(verdict);
            }
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
struct StepsProps {
    lesson: Rc<Lesson>,
    recorded: SharedRun,
}

/// The lesson's step questions, each with the run paused at its moment.
#[component]
fn StepQuestions(props: &StepsProps) -> Html {
    if props.lesson.steps.is_empty() {
        return Html::default();
    }
    html! {
        <section class="check steps" aria-label="Pause and predict" data-testid="steps">
            <h2>{ "Pause and predict" }</h2>
            <p class="hint">{ "The run stops at a moment: predict what the loop holds there or does next. The simulation grades your answer." }</p>
            { for props.lesson.steps.iter().enumerate().map(|(index, question)| html! {
                <StepView key={index} index={index} lesson={props.lesson.clone()}
                    question={Rc::new(question.clone())} recorded={props.recorded.clone()} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StepProps {
    index: usize,
    lesson: Rc<Lesson>,
    question: Rc<StepQuestion>,
    recorded: SharedRun,
}

/// An option as the learner reads it: `Task-3 (worker)`, `t = 1.0`, `2`.
fn option_words(recorded: &Recorded, question: &StepQuestion, option: &str) -> String {
    match question.ask {
        Ask::ResumesAt => format!("t = {option}"),
        Ask::NextTask | Ask::Holder => recorded.task_label(option),
        _ => option.to_string(),
    }
}

#[component]
fn StepView(props: &StepProps) -> Html {
    let state = use_reducer(StepState::default);
    let (question, recorded) = (props.question.clone(), props.recorded.0.clone());
    let pause = step::pause(&recorded.trace, &question);
    let grade = |reveal: bool| {
        let (state, question, recorded) = (state.clone(), question.clone(), recorded.clone());
        Callback::from(move |_: MouseEvent| {
            let picked = state.choice.map_or("", |i| question.options[i].as_str());
            let verdict = step::grade(&recorded, &question, picked);
            state.dispatch(match reveal {
                true => StepAction::Reveal(verdict),
                false => StepAction::Graded(verdict),
            });
        })
    };
    let (on_check, on_reveal) = (grade(false), grade(true));
    let name = format!("step-{}-{}", props.lesson.id, props.index);
    // The lines around the moment, the paused one marked.
    let excerpt: Vec<(u32, &str)> = recorded
        .source
        .lines()
        .zip(1u32..)
        .map(|(text, number)| (number, text))
        .filter(|(number, _)| number.abs_diff(question.line) <= 1)
        .collect();
    let verdict = state.verdict.as_ref().map(|verdict| {
        let timeline = Route::ProgramEvent {
            program: props.lesson.program.clone(),
            event: verdict.position.to_string(),
        };
        html! {
            <Answer correct={verdict.correct} tries={state.tries} nudge={String::new()}
                why={question.why.clone()} facts={verdict.facts.clone()}
                expected={vec![option_words(&recorded, &question, &verdict.expected)]}
                timeline={timeline} link={"See this moment on the timeline ▶".to_string()}
                lesson={props.lesson.id.clone()} on_reveal={on_reveal.clone()} />
        }
    });
    html! {
        <div class="step-question" data-testid="step-question">
            if let Some(pause) = &pause {
                <p class="moment" data-testid="step-moment">
                    { format!("Paused at t={}, just after {} stopped at line {}:",
                        float_repr(pause.t), recorded.task_label(&question.task), question.line) }
                </p>
                <pre class="program excerpt"><code>
                    { for excerpt.iter().map(|(number, text)| html! {
                        <span class={classes!("excerpt-line", (*number == question.line).then_some("paused"))}>
                            { format!("{number:>3}  {text}\n") }
                        </span>
                    }) }
                </code></pre>
            }
            <p>{ inline(&question.prompt) }</p>
            <fieldset class="resume-options">
                <legend>{ "Your prediction" }</legend>
                { for question.options.iter().enumerate().map(|(index, option)| {
                    let choose = { let state = state.clone(); Callback::from(move |_: Event| state.dispatch(StepAction::Choose(index))) };
                    html! {
                        <label class="option">
                            <input type="radio" name={name.clone()} data-testid="step-option"
                                checked={state.choice == Some(index)} onchange={choose} />
                            { format!(" {}", option_words(&recorded, &question, option)) }
                        </label>
                    }
                }) }
            </fieldset>
            <button class="primary" data-testid="step-answer" disabled={state.choice.is_none()} onclick={on_check}>
                { "Check with the simulation" }
            </button>
            { for verdict }
        </div>
    }
}
