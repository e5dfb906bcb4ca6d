//! The curriculum: what the build embedded is what `content/` says, every lesson's program and
//! key hold against the simulation, and a malformed content file is reported at its line.
#![cfg(not(target_arch = "wasm32"))]

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
    for sub in [load::LESSONS, load::QUESTIONS, load::PROGRAMS] {
        std::fs::create_dir_all(dir.join(sub)).expect("scratch dirs");
    }
    for sub in [load::LESSONS, load::QUESTIONS] {
        for entry in std::fs::read_dir(root().join(sub)).expect("content") {
            let path = entry.expect("entry").path();
            let to = dir.join(sub).join(path.file_name().expect("a name"));
            std::fs::copy(&path, to).expect("copy");
        }
    }
    for program in &curriculum().programs {
        for ext in ["py", "out"] {
            let from = root()
                .join(load::PROGRAMS)
                .join(&program.name)
                .with_extension(ext);
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
