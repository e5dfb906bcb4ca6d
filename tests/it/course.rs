//! The course pages as the learner uses them: a lesson's check graded against the simulation,
//! the question bank's filters and drill, the drill's spaced repetition; and the pages
//! rendered natively with their test hooks.

use std::rc::Rc;

use looplab::curriculum::check::{self, shuffled};
use looplab::curriculum::drill::{DAY_MS, MINUTE_MS, Progress, Rating};
use looplab::curriculum::step::Recorded;
use looplab::curriculum::{Check, Level, curriculum};
use looplab::ui::pages::interview::{Bank, BankAction};
use looplab::ui::pages::lesson_check::{CheckAction, CheckState};
use yew::Reducible;

use crate::common::render_at;

#[test]
fn an_order_check_starts_shuffled_and_is_right_once_put_in_the_printed_order() {
    for lesson in &curriculum().lessons {
        let Check::Order { lines, .. } = &lesson.check else {
            continue;
        };
        let source = &curriculum()
            .program(&lesson.program)
            .expect("its program")
            .source;
        let start = CheckState::new(lesson);
        assert_ne!(
            start.order,
            (0..lines.len()).collect::<Vec<_>>(),
            "{} starts shuffled",
            lesson.id
        );
        let placed: Vec<String> = start.order.iter().map(|&i| lines[i].clone()).collect();
        let recorded = Recorded::run(source);
        let wrong = check::grade_order(&recorded, lines, &placed);
        assert!(!wrong.correct, "{}", lesson.id);
        assert_eq!(
            &wrong.expected, lines,
            "{}: the verdict gives the printed order",
            lesson.id
        );
        // Sorting by moving lines up, as the learner would with the buttons.
        let mut state = Rc::new(start);
        for _ in 0..lines.len() * lines.len() {
            let out_of_place =
                (1..state.order.len()).find(|&at| state.order[at] < state.order[at - 1]);
            match out_of_place {
                Some(at) => state = state.reduce(CheckAction::Up(at)),
                None => break,
            }
        }
        let verdict = state
            .grade(lesson, &recorded)
            .expect("an order can always be graded");
        assert!(verdict.correct, "{}", lesson.id);
        assert!(verdict.reveal_at >= 0.0);
    }
}

#[test]
fn a_resume_check_is_right_only_with_the_key() {
    let mut seen = 0;
    for lesson in &curriculum().lessons {
        let Check::Resume {
            options, answer, ..
        } = &lesson.check
        else {
            continue;
        };
        seen += 1;
        let source = &curriculum()
            .program(&lesson.program)
            .expect("its program")
            .source;
        let state = Rc::new(CheckState::new(lesson));
        let recorded = Recorded::run(source);
        assert_eq!(state.grade(lesson, &recorded), None, "nothing picked yet");
        for (index, option) in options.iter().enumerate() {
            let picked = state.clone().reduce(CheckAction::Choose(index));
            let verdict = picked.grade(lesson, &recorded).expect("graded");
            assert_eq!(
                verdict.correct,
                option == answer,
                "{} option {option}",
                lesson.id
            );
            assert_eq!(verdict.reveal_at, *answer);
        }
    }
    assert!(seen > 0, "some lesson asks when a task resumes");
}

#[test]
fn a_fixed_shuffle_is_stable_and_never_the_identity() {
    assert_eq!(shuffled(5, "x"), shuffled(5, "x"));
    for count in 2..8 {
        let order = shuffled(count, "seed");
        assert_ne!(order, (0..count).collect::<Vec<_>>());
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, (0..count).collect::<Vec<_>>());
    }
}

#[test]
fn the_drill_asks_new_questions_then_brings_rated_ones_back_when_due() {
    let questions: Vec<_> = curriculum().questions.iter().take(3).collect();
    let (a, b, c) = (&questions[0].id, &questions[1].id, &questions[2].id);
    let mut progress = Progress::default();
    let now = 1_000_000.0;
    let ids = |due: Vec<&looplab::curriculum::Question>| {
        due.iter().map(|q| q.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        ids(progress.due(&questions, now)),
        [a.as_str(), b.as_str(), c.as_str()]
    );
    progress.rate(a, Rating::Good, now);
    progress.rate(b, Rating::Again, now);
    progress.rate(c, Rating::Easy, now);
    assert!(
        progress.due(&questions, now).is_empty(),
        "nothing due at once"
    );
    // "Again" comes back in a minute, "good" in a day, "easy" in four.
    assert_eq!(ids(progress.due(&questions, now + MINUTE_MS)), [b.as_str()]);
    assert_eq!(
        ids(progress.due(&questions, now + DAY_MS)),
        [b.as_str(), a.as_str()]
    );
    assert_eq!(progress.due(&questions, now + 4.0 * DAY_MS).len(), 3);
    // Good again: three days, then growing by the ease.
    progress.rate(a, Rating::Good, now + DAY_MS);
    assert_eq!(progress.cards[a].interval_days, 3.0);
    progress.rate(a, Rating::Good, now + 4.0 * DAY_MS);
    assert_eq!(progress.cards[a].interval_days, 7.5);
    assert_eq!(progress.next_due_ms(&questions), Some(now + MINUTE_MS));
    // Kept as JSON and read back; garbage reads as a fresh start.
    assert_eq!(Progress::from_json(&progress.to_json()), progress);
    assert_eq!(Progress::from_json("{not json"), Progress::default());
    let levels = progress.per_level(&curriculum().questions);
    assert_eq!(levels.iter().map(|l| l.seen).sum::<usize>(), 3);
    assert_eq!(
        levels.iter().map(|l| l.total).sum::<usize>(),
        curriculum().questions.len()
    );
}

#[test]
fn the_bank_filters_by_level_topic_and_words() {
    let bank = Rc::new(Bank::default());
    assert_eq!(bank.shown().len(), curriculum().questions.len());
    let senior = bank
        .clone()
        .reduce(BankAction::SetLevel(Some(Level::Senior)));
    assert!(senior.shown().iter().all(|q| q.level == Level::Senior));
    assert!(senior.shown().len() >= 8);
    let topic = curriculum().questions[0].topics[0].clone();
    let by_topic = bank
        .clone()
        .reduce(BankAction::SetTopic(Some(topic.clone())));
    assert!(!by_topic.shown().is_empty());
    assert!(by_topic.shown().iter().all(|q| q.topics.contains(&topic)));
    let searched = bank.clone().reduce(BankAction::Search("SEMAPHORE".into()));
    assert!(!searched.shown().is_empty());
    assert!(searched.shown().len() < curriculum().questions.len());
    let none = bank
        .clone()
        .reduce(BankAction::Search("zzzz-no-such-words".into()));
    assert!(none.shown().is_empty() && none.drill_question().is_none());
    // Rating the drill's question moves the drill on; reset needs a second press.
    let first = bank
        .drill_question()
        .expect("a question to drill")
        .id
        .clone();
    let rated = bank
        .clone()
        .reduce(BankAction::RevealDrill)
        .reduce(BankAction::Rate(first.clone(), Rating::Good, 0.0));
    assert!(!rated.drill_revealed);
    assert_ne!(rated.drill_question().map(|q| q.id.clone()), Some(first));
    let once = rated.clone().reduce(BankAction::Reset);
    assert!(once.confirm_reset && !once.progress.cards.is_empty());
    let twice = once.reduce(BankAction::Reset);
    assert!(twice.progress.cards.is_empty());
}

#[test]
fn the_course_pages_render_with_their_hooks() {
    let list = render_at("/lessons");
    assert_eq!(
        list.matches(r#"data-testid="lesson-item""#).count(),
        curriculum().lessons.len()
    );
    let first = &curriculum().lessons[0];
    let lesson = render_at(&format!("/lessons/{}", first.id));
    for hook in [
        "lesson",
        "explanation",
        "lesson-program",
        "try-this",
        "check",
        "check-answer",
    ] {
        assert!(
            lesson.contains(&format!(r#"data-testid="{hook}""#)),
            "lesson has {hook}"
        );
    }
    assert!(
        lesson.contains(&format!("#/run/{}", first.program)),
        "links to its program"
    );
    let bank = render_at("/interview");
    for hook in [
        "filter-level",
        "filter-topic",
        "search",
        "drill",
        "drill-card",
        "level-progress",
        "export-progress",
        "reset-progress",
        "question",
        "reveal-answer",
    ] {
        assert!(
            bank.contains(&format!(r#"data-testid="{hook}""#)),
            "bank has {hook}"
        );
    }
    assert_eq!(
        bank.matches(r#"data-testid="question""#).count(),
        curriculum().questions.len()
    );
    // A course program opens in the playground; an unknown one is not found.
    let program = render_at(&format!("/run/{}/at/1.0", first.program));
    assert!(program.contains(r#"data-testid="code-editor""#));
    assert!(render_at("/run/999_nothing").contains("Page not found"));
    assert!(render_at("/lessons/no-such-lesson").contains("Page not found"));
}

#[test]
fn every_show_me_link_opens_an_existing_program() {
    for question in &curriculum().questions {
        for link in &question.show {
            assert!(
                curriculum().linked_program(link).is_some(),
                "{}: {link:?}",
                question.id
            );
        }
    }
}

/// The course grades some answers on the page's own thread, which downloads no module of the
/// standard library: its programs use only what the app carries.
#[test]
fn the_course_programs_use_no_downloaded_module() {
    use looplab::runtime::modules::stdlib;
    use looplab::runtime::{RunOptions, run_program};
    let programs = &curriculum().programs;
    assert!(programs.len() > 40, "{} programs", programs.len());
    stdlib::take_used();
    for program in programs {
        run_program(&program.source, &RunOptions::default());
        assert_eq!(stdlib::take_used(), Vec::<&str>::new(), "{}", program.name);
    }
    // It can tell: a program that imports textwrap uses it and re.
    run_program("import textwrap", &RunOptions::default());
    assert_eq!(stdlib::take_used(), ["re", "textwrap"]);
}
