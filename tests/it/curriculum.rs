//! The curriculum: what the build embedded is what `content/` says, every lesson's program and
//! key hold against the simulation, and a malformed content file is reported at its line.

use std::path::{Path, PathBuf};

use looplab::curriculum::{check, curriculum, load};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_embedded_curriculum_is_the_content_directory() {
    let loaded = load::load(root()).expect("content/ loads");
    assert_eq!(&loaded, curriculum());
}

#[test]
fn every_lesson_program_prints_what_cpython_prints_and_every_key_holds() {
    let curriculum = curriculum();
    for lesson in &curriculum.lessons {
        let problems = check::problems(curriculum, lesson);
        assert!(problems.is_empty(), "{}: {problems:#?}", lesson.id);
    }
}

/// A copy of the content and the programs it names, in a scratch directory, with one file
/// replaced.
fn content_with(name: &str, file: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("looplab-content-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in [
        load::LESSONS,
        load::QUESTIONS,
        load::CAPSTONES,
        load::PROGRAMS,
    ] {
        std::fs::create_dir_all(dir.join(sub)).expect("scratch dirs");
    }
    for sub in [load::LESSONS, load::QUESTIONS, load::CAPSTONES] {
        for entry in std::fs::read_dir(root().join(sub)).expect("content") {
            let path = entry.expect("entry").path();
            let to = dir.join(sub).join(path.file_name().expect("a name"));
            std::fs::copy(&path, to).expect("copy");
        }
    }
    for program in &curriculum().programs {
        for ext in ["py", "out", "starter.txt"] {
            let from = root()
                .join(load::PROGRAMS)
                .join(&program.name)
                .with_extension(ext);
            if !from.exists() {
                continue;
            }
            let to = dir
                .join(load::PROGRAMS)
                .join(&program.name)
                .with_extension(ext);
            std::fs::copy(from, to).expect("copy a program");
        }
    }
    std::fs::write(dir.join(file), text).expect("write the changed file");
    dir
}

fn error_for(name: &str, file: &str, text: &str) -> String {
    let dir = content_with(name, file, text);
    let error = load::load(&dir).expect_err("the content is malformed");
    let _ = std::fs::remove_dir_all(&dir);
    format!(
        "{}:{}:{}: {}",
        error
            .path
            .strip_prefix(&dir)
            .unwrap_or(&error.path)
            .display(),
        error.line,
        error.column,
        error.message
    )
}

const LESSON: &str = "id = \"broken\"\ntitle = \"t\"\nsummary = \"s\"\ntopics = []\n\
    explanation = \"e\"\nprogram = \"020_sequential_vs_gather\"\n\
    [[try]]\nedit = \"a\"\nlook_for = \"b\"\n[[try]]\nedit = \"c\"\nlook_for = \"d\"\n\
    [check]\nkind = \"resume\"\nprompt = \"p\"\ntask = \"Task-2\"\nnth = 1\noptions = [1.0, 2.0]\nanswer = 2.0\n";

#[test]
fn a_malformed_file_is_reported_at_its_path_and_line() {
    let file = "content/lessons/99-broken.toml";
    // The parser's own complaint, at its place.
    let unclosed = LESSON.replace("title = \"t\"", "title = \"t");
    assert_eq!(
        error_for("syntax", file, &unclosed),
        format!("{file}:2:11: invalid basic string")
    );
    let typo = LESSON.replace("look_for = \"d\"", "look_fr = \"d\"");
    assert!(
        error_for("typo", file, &typo)
            .starts_with(&format!("{file}:12:1: unknown field `look_fr`")),
        "{}",
        error_for("typo2", file, &typo)
    );
    // Mistakes only the checks see, at the line that makes them.
    let not_an_option = LESSON.replace("answer = 2.0", "answer = 3.0");
    assert_eq!(
        error_for("option", file, &not_an_option),
        format!("{file}:19:1: the answer must be one of the options")
    );
    let missing = LESSON.replace("020_sequential_vs_gather", "999_missing");
    assert_eq!(
        error_for("program", file, &missing),
        format!(
            "{file}:6:12: tests/programs/999_missing.py (with its CPython golden .out) does not exist"
        )
    );
    let misnamed = LESSON.replace("id = \"broken\"", "id = \"other\"");
    assert_eq!(
        error_for("id", file, &misnamed),
        format!("{file}:1:7: the id must be the file name's \"broken\"")
    );
    let link = "[[question]]\nid = \"q\"\nlevel = \"mid\"\ntopics = []\norigin = \"looplab\"\n\
        question = \"?\"\nanswer = \"!\"\n[[question.show]]\nlabel = \"see\"\nlesson = \"nowhere\"\n";
    assert_eq!(
        error_for("link", "content/questions/zz.toml", link),
        "content/questions/zz.toml:10:11: no lesson has the id \"nowhere\""
    );
    let level = link.replace("\"mid\"", "\"junior\"");
    assert!(
        error_for("level", "content/questions/zz.toml", &level)
            .starts_with("content/questions/zz.toml:3:9: unknown variant `junior`"),
        "{}",
        error_for("level2", "content/questions/zz.toml", &level)
    );
    let capstone = std::fs::read_to_string(root().join("content/capstones/01-crawler.toml"))
        .expect("the crawler capstone");
    let two_rules = capstone.replace("equals = 0", "equals = 0\nat_least = 1");
    let line = two_rules
        .lines()
        .position(|l| l.contains("No page is fetched twice"))
        .expect("the check's label")
        + 1;
    assert_eq!(
        error_for("capstone", "content/capstones/01-crawler.toml", &two_rules),
        format!(
            "content/capstones/01-crawler.toml:{line}:10: a check has exactly one of at_most, at_least, equals, equals_key, at_most_key, at_least_key"
        )
    );
    // One world cannot tell a right solution from a lucky one.
    let first_world = capstone.find("[[world]]").expect("worlds");
    let second_world = first_world
        + 1
        + capstone[first_world + 1..]
            .find("[[world]]")
            .expect("a second");
    let hints = capstone.find("[[hint]]").expect("hints");
    let one_world = format!("{}{}", &capstone[..second_world], &capstone[hints..]);
    assert!(
        error_for("one-world", "content/capstones/01-crawler.toml", &one_world)
            .ends_with("a capstone needs two [[world]]s or more: one world cannot tell a right solution from a lucky one")
    );
    let twice = capstone.replace("name = \"three-workers\"", "name = \"calm\"");
    assert!(
        error_for("world-twice", "content/capstones/01-crawler.toml", &twice)
            .ends_with("a second world with this name")
    );
}

#[test]
fn a_resume_key_is_the_time_the_task_steps_again() {
    let source = "import asyncio\n\nasync def nap(s):\n    await asyncio.sleep(s)\n    await asyncio.sleep(s)\n\n\
        async def main():\n    await asyncio.gather(nap(1), nap(3))\n\nasyncio.run(main())\n";
    let result = looplab::runtime::run_program(source, &Default::default());
    assert_eq!(check::resume_time(&result.trace, "Task-2", 1), Some(1.0));
    assert_eq!(check::resume_time(&result.trace, "Task-2", 2), Some(2.0));
    assert_eq!(check::resume_time(&result.trace, "Task-3", 1), Some(3.0));
    assert_eq!(check::resume_time(&result.trace, "Task-3", 3), None);
    let printed: Vec<String> = ["a", "b", "c", "b"].map(String::from).to_vec();
    let key = |lines: &[&str]| lines.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    assert!(check::order_key_holds(&key(&["a", "c"]), &printed).is_ok());
    assert!(check::order_key_holds(&key(&["c", "a"]), &printed).is_err());
    assert!(
        check::order_key_holds(&key(&["a", "b"]), &printed).is_err(),
        "b twice"
    );
    assert!(check::order_key_holds(&key(&["z"]), &printed).is_err());
}

/// Whether `text` contains `keyword`, ignoring case.
fn mentions(text: &str, keyword: &str) -> bool {
    text.to_lowercase().contains(&keyword.to_lowercase())
}

#[test]
fn the_course_is_complete() {
    use looplab::curriculum::{Level, Origin};
    let curriculum = curriculum();

    // At least 20 lessons, numbered 1..N without gaps or repeats.
    let lessons = &curriculum.lessons;
    assert!(lessons.len() >= 20, "only {} lessons", lessons.len());
    let mut numbers: Vec<u32> = lessons.iter().map(|l| l.number).collect();
    numbers.sort_unstable();
    let expected: Vec<u32> = (1..=lessons.len() as u32).collect();
    assert_eq!(numbers, expected, "lessons are numbered 1..N");

    // At least 30 questions, at least 8 per level.
    let questions = &curriculum.questions;
    assert!(questions.len() >= 30, "only {} questions", questions.len());
    for level in Level::ALL {
        let count = questions.iter().filter(|q| q.level == level).count();
        assert!(count >= 8, "only {count} {} questions", level.name());
    }

    // Every question of the seeds' metadata, at its level.
    let seeds = [
        (Level::Mid, "threading"),
        (Level::Mid, "event loop"),
        (Level::Senior, "throttling"),
        (Level::Senior, "all_tasks"),
        (Level::Principal, "crawler"),
        (Level::Principal, "sync and async"),
    ];
    for (level, keyword) in seeds {
        assert!(
            questions.iter().any(|q| q.origin == Origin::SeedsMetadata
                && q.level == level
                && mentions(&q.question, keyword)),
            "no {} seeds-metadata question mentions {keyword:?}",
            level.name()
        );
    }

    // Every lesson is shown by some question, besides its place in the course.
    for lesson in lessons {
        assert!(
            questions
                .iter()
                .flat_map(|q| &q.show)
                .any(|link| link.lesson.as_deref() == Some(lesson.id.as_str())),
            "no question links to lesson {}",
            lesson.id
        );
    }

    // Every concept of the course is some lesson's topic.
    let concepts = [
        ("the event loop", "event loop"),
        ("coroutines", "coroutine"),
        ("await is sequential", "sequential"),
        ("gather is concurrent", "gather"),
        ("create_task and when a task starts", "create_task"),
        ("gather errors", "exceptions"),
        ("return_exceptions", "return_exceptions"),
        ("as_completed streaming", "as_completed"),
        ("wait and its modes", "FIRST_COMPLETED"),
        ("wait_for", "wait_for"),
        ("asyncio.timeout", "asyncio.timeout"),
        ("cancellation", "cancellation"),
        ("cleanup", "cleanup"),
        ("TaskGroup", "TaskGroup"),
        ("ExceptionGroup", "ExceptionGroup"),
        ("throttling with a Semaphore", "Semaphore"),
        ("the semaphore pitfall", "pitfall"),
        ("rate limits", "rate limits"),
        ("retry", "retry"),
        ("exponential backoff", "exponential backoff"),
        ("jitter", "jitter"),
        ("Queue producer/consumer", "producer consumer"),
        ("backpressure", "backpressure"),
        ("poison pills", "poison pill"),
        ("task_done and join", "task_done"),
        ("a race without a lock", "race condition"),
        ("Lock", "Lock"),
        ("Event", "Event"),
        ("blocking with time.sleep", "time.sleep"),
        ("blocking with CPU work", "cpu-bound"),
        ("to_thread", "to_thread"),
        ("run_in_executor", "run_in_executor"),
        ("threads vs processes", "processes"),
        ("the GIL", "GIL"),
        ("async generators for token streaming", "async generator"),
        ("streaming", "streaming"),
        ("async context managers", "async context manager"),
        ("async iterators", "async iterator"),
        ("the common-mistakes table", "common mistakes"),
        ("the restaurant analogy", "restaurant"),
    ];
    for (concept, keyword) in concepts {
        assert!(
            lessons
                .iter()
                .any(|l| l.topics.iter().any(|topic| mentions(topic, keyword))),
            "no lesson teaches {concept} (a topic mentioning {keyword:?})"
        );
    }
}
