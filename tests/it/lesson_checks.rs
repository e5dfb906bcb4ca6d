//! Lesson questions that teach: a miss gets another try, the answer comes with why and the
//! run's facts; step questions pause the run at a moment and are graded by it; every prompt's
//! claim about its program is checked against the run.

use std::rc::Rc;

use looplab::curriculum::check::problems;
use looplab::curriculum::step::{self, Recorded};
use looplab::curriculum::{Check, Lesson, curriculum};
use looplab::ui::pages::lesson_check::{
    CheckAction, CheckState, StepAction, StepState, TRIES_BEFORE_ANSWER,
};
use yew::Reducible;

use crate::common::render_at;

fn lesson(id: &str) -> &'static Lesson {
    curriculum().lesson(id).expect("the lesson")
}

fn source(lesson: &Lesson) -> &'static str {
    &curriculum()
        .program(&lesson.program)
        .expect("its program")
        .source
}

/// A run of the lesson's program, as its page grades against.
fn run_of(lesson: &Lesson) -> Recorded {
    Recorded::run(source(lesson))
}

#[test]
fn a_miss_gets_another_try_and_the_second_shows_the_answer() {
    let lesson = lesson("semaphore");
    let Check::Resume {
        options, answer, ..
    } = &lesson.check
    else {
        panic!("lesson 14 asks for a time");
    };
    let wrong: Vec<usize> = (0..options.len())
        .filter(|&i| options[i] != *answer)
        .collect();
    let right = options.iter().position(|o| o == answer).expect("the key");
    let recorded = run_of(lesson);
    let grade = |state: Rc<CheckState>| {
        let verdict = state.grade(lesson, &recorded).expect("graded");
        state.reduce(CheckAction::Graded(verdict))
    };
    let mut state = Rc::new(CheckState::new(lesson));
    for (miss, &option) in wrong.iter().take(TRIES_BEFORE_ANSWER as usize).enumerate() {
        assert!(!state.tries.revealed, "not shown before miss {}", miss + 1);
        state = grade(state.reduce(CheckAction::Choose(option)));
        assert!(!state.verdict.as_ref().expect("a verdict").correct);
    }
    assert_eq!(state.tries.misses, TRIES_BEFORE_ANSWER);
    assert!(state.tries.revealed, "shown after the last miss");
    // Right now, but only once shown: not predicted.
    state = grade(state.reduce(CheckAction::Choose(right)));
    assert!(state.verdict.as_ref().expect("a verdict").correct);
    assert!(!state.predicted());
    // Right at the first try: predicted.
    let fresh = grade(Rc::new(CheckState::new(lesson)).reduce(CheckAction::Choose(right)));
    assert!(fresh.predicted());
    // Asking for the answer shows it at once.
    let start = Rc::new(CheckState::new(lesson)).reduce(CheckAction::Choose(wrong[0]));
    let verdict = start.grade(lesson, &recorded).expect("graded");
    let asked = start.reduce(CheckAction::Reveal(verdict));
    assert!(asked.tries.revealed && asked.tries.misses == 0);
}

#[test]
fn a_verdict_gives_the_facts_of_the_run_it_follows_from() {
    let lesson = lesson("semaphore");
    let verdict = Rc::new(CheckState::new(lesson))
        .reduce(CheckAction::Choose(0))
        .grade(lesson, &run_of(lesson))
        .expect("graded");
    assert_eq!(
        verdict.facts,
        [
            "Task-5 (safe_request) paused at line 15 (`async with semaphore:`) at t=0.0.",
            "It had no timer: what it awaited was done at t=0.5, and the loop resumed it then.",
        ]
    );
    let order = curriculum().lesson("await-vs-gather").expect("lesson 4");
    let Check::Order { lines, .. } = &order.check else {
        panic!("lesson 4 orders lines");
    };
    let verdict = looplab::curriculum::check::grade_order(&run_of(order), lines, lines);
    assert!(verdict.correct);
    // A line too long to quote is named by its number alone.
    assert_eq!(
        verdict.facts[0],
        "`sequential: ['User_1', 'User_2', 'User_3'] in 6.0s`: printed at t=6.0 by Task-1 (main) at line 21."
    );
}

#[test]
fn every_step_question_is_right_with_its_key_only() {
    let mut lessons = 0;
    for lesson in &curriculum().lessons {
        if lesson.steps.is_empty() {
            continue;
        }
        lessons += 1;
        let recorded = run_of(lesson);
        for question in &lesson.steps {
            for (index, option) in question.options.iter().enumerate() {
                let verdict = step::grade(&recorded, question, option);
                assert_eq!(
                    verdict.correct,
                    *option == question.answer,
                    "{}: {:?} with {option:?}",
                    lesson.id,
                    question.prompt
                );
                assert!(verdict.position > 0 && verdict.facts.len() >= 2);
                let state = Rc::new(StepState::default())
                    .reduce(StepAction::Choose(index))
                    .reduce(StepAction::Graded(verdict));
                assert!(!state.tries.revealed, "one miss does not show the answer");
            }
        }
    }
    assert!(
        lessons >= 15,
        "step questions in {lessons} lessons, at least 15 wanted"
    );
}

#[test]
fn a_prompt_that_claims_what_the_run_does_not_show_is_a_problem() {
    let curriculum = curriculum();
    // Lesson 4 once asked the order of "the gather part" with lines of the comprehension part.
    let mut gather = lesson("await-vs-gather").clone();
    gather.check = Check::Order {
        prompt: "In what order do these lines of the gather part print?".into(),
        lines: vec![
            "gather: ['User_1', 'User_2', 'User_3'] in 2.0s".into(),
            "  fetching user 4...".into(),
            "await inside a comprehension is still sequential: [4, 5] in 4.0s".into(),
        ],
        printed_from: None,
        why: "Because.".into(),
    };
    assert_eq!(
        problems(curriculum, &gather),
        ["the prompt speaks of a part of the program: say which lines with printed_from"]
    );
    if let Check::Order { printed_from, .. } = &mut gather.check {
        *printed_from = Some([24, 30]);
    }
    let found = problems(curriculum, &gather);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].contains("printed by line 34, outside lines 24-30"));
    // A resume prompt must name its task, and the time it says the task paused at.
    let mut lock = lesson("lock").clone();
    if let Check::Resume { prompt, .. } = &mut lock.check {
        *prompt = "carol waits for the lock at t=0.1. When does she get it?".into();
    }
    let found = problems(curriculum, &lock);
    assert_eq!(
        found,
        [
            "the prompt does not name Task-4",
            "the prompt says t=0.1, but Task-4 paused at t=0"
        ]
    );
    // A step question whose key is not what the run answers.
    let mut semaphore = lesson("semaphore").clone();
    semaphore.steps[0].answer = "1".into();
    let found = problems(curriculum, &semaphore);
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("the run answers \"0\", not the key's \"1\""));
    // And every lesson as written has none.
    for lesson in &curriculum.lessons {
        assert_eq!(
            problems(curriculum, lesson),
            Vec::<String>::new(),
            "{}",
            lesson.id
        );
    }
}

#[test]
fn a_lesson_page_shows_its_step_questions_paused_at_their_moment() {
    let page = render_at("/lessons/semaphore");
    assert_eq!(
        page.matches(r#"data-testid="step-question""#).count(),
        lesson("semaphore").steps.len()
    );
    assert!(page.contains("Pause and predict"));
    assert!(page.contains("Paused at t=0.0, just after Task-5 (safe_request) stopped at line 15:"));
    assert!(page.contains(r#"data-testid="step-option""#));
    assert!(page.contains("Task-5") && page.contains("async with semaphore:"));
}
