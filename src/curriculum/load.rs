//! Reading `content/` into a [`Curriculum`], with every mistake reported at its file and line.
//! The build script runs this (a malformed file fails the build), and so do the native tests.
//!
//! Also compiled into `build.rs`: it uses only `std`, serde, toml and the model.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use super::model::{
    CHECKS_MARKER, Capstone, Check, Curriculum, Lesson, Program, QuestionFile, SOLUTION_MARKER,
    WORLD_LINE_START,
};

/// A mistake in the content, where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub path: PathBuf,
    /// 1-based; 0 when the mistake is about the file as a whole.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl ContentError {
    /// A mistake about the file as a whole.
    fn whole(path: &Path, message: String) -> ContentError {
        ContentError {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            message,
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.path.display(), self.message),
            line => write!(
                f,
                "{}:{line}:{}: {}",
                self.path.display(),
                self.column,
                self.message
            ),
        }
    }
}

/// Where the files are, relative to the repository root.
pub const LESSONS: &str = "content/lessons";
pub const QUESTIONS: &str = "content/questions";
pub const CAPSTONES: &str = "content/capstones";
pub const PROGRAMS: &str = "tests/programs";

/// Every file the curriculum is made of (for the build script to watch).
pub fn sources(root: &Path) -> Vec<PathBuf> {
    let mut files = toml_files(&root.join(LESSONS)).unwrap_or_default();
    files.extend(toml_files(&root.join(QUESTIONS)).unwrap_or_default());
    files.extend(toml_files(&root.join(CAPSTONES)).unwrap_or_default());
    files
}

/// Reads and checks the whole curriculum under `root`.
pub fn load(root: &Path) -> Result<Curriculum, ContentError> {
    let mut lessons = Vec::new();
    for path in toml_files(&root.join(LESSONS))? {
        lessons.push(lesson(&path, &read(&path)?)?);
    }
    let mut capstones = Vec::new();
    for path in toml_files(&root.join(CAPSTONES))? {
        capstones.push(capstone(root, &path, &read(&path)?)?);
    }
    let mut questions = Vec::new();
    for path in toml_files(&root.join(QUESTIONS))? {
        let text = read(&path)?;
        let file: QuestionFile = parse(&path, &text)?;
        questions.extend(
            file.questions
                .into_iter()
                .map(|q| (path.clone(), text.clone(), q)),
        );
    }
    let mut seen = HashSet::new();
    for (path, text, lesson) in &lessons {
        if !seen.insert(lesson.id.clone()) {
            return Err(at(path, text, &lesson.id, "a second lesson with this id"));
        }
    }
    let lesson_ids: HashSet<&str> = lessons.iter().map(|l| l.2.id.as_str()).collect();
    let mut program_names: BTreeMap<String, ()> = BTreeMap::new();
    for (path, text, lesson) in &lessons {
        check_program(root, path, text, &lesson.program)?;
        program_names.insert(lesson.program.clone(), ());
    }
    for capstone in &capstones {
        program_names.insert(capstone.program.clone(), ());
    }
    let mut question_ids = HashSet::new();
    for (path, text, question) in &questions {
        if !question_ids.insert(question.id.clone()) {
            return Err(at(
                path,
                text,
                &question.id,
                "a second question with this id",
            ));
        }
        if question.show.is_empty() {
            return Err(at(
                path,
                text,
                &question.id,
                "a question needs at least one [[question.show]] link",
            ));
        }
        for link in &question.show {
            match (&link.lesson, &link.program) {
                (Some(id), None) if !lesson_ids.contains(id.as_str()) => {
                    return Err(at(path, text, id, &format!("no lesson has the id {id:?}")));
                }
                (Some(_), None) => {}
                (None, Some(name)) => {
                    check_program(root, path, text, name)?;
                    program_names.insert(name.clone(), ());
                }
                _ => {
                    return Err(at(
                        path,
                        text,
                        &link.label,
                        "a link names exactly one of `lesson` or `program`",
                    ));
                }
            }
        }
    }
    let mut programs = Vec::new();
    for name in program_names.keys() {
        let base = root.join(PROGRAMS).join(name);
        programs.push(Program {
            name: name.clone(),
            source: read(&base.with_extension("py"))?,
            output: read(&base.with_extension("out"))?,
        });
    }
    Ok(Curriculum {
        lessons: lessons.into_iter().map(|(_, _, lesson)| lesson).collect(),
        capstones,
        questions: questions
            .into_iter()
            .map(|(_, _, question)| question)
            .collect(),
        programs,
    })
}

/// One lesson file, numbered by its name (`07-gather.toml` is lesson 7).
fn lesson(path: &Path, text: &str) -> Result<(PathBuf, String, Lesson), ContentError> {
    let mut lesson: Lesson = parse(path, text)?;
    lesson.number = place(path, text, "lesson", lesson.number, &lesson.id)?;
    if lesson.tries.len() < 2 {
        return Err(at(
            path,
            text,
            "id",
            "a lesson needs at least two [[try]] edits",
        ));
    }
    match &lesson.check {
        Check::Order { lines, .. } if lines.len() < 2 => {
            return Err(at(
                path,
                text,
                "lines",
                "an order check needs at least two lines",
            ));
        }
        Check::Resume {
            options,
            answer,
            nth,
            ..
        } => {
            if !options.contains(answer) {
                return Err(at(
                    path,
                    text,
                    "answer",
                    "the answer must be one of the options",
                ));
            }
            if *nth == 0 {
                return Err(at(path, text, "nth", "nth counts from 1"));
            }
        }
        Check::Order { .. } => {}
    }
    Ok((path.to_path_buf(), text.to_string(), lesson))
}

/// The place in the course a file's name gives (`07-gather.toml` is number 7), checked with
/// what the file says: its `id` must be the rest of the name, and it must not set `number`.
fn place(
    path: &Path,
    text: &str,
    what: &str,
    written_number: u32,
    id: &str,
) -> Result<u32, ContentError> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let (number, slug) = stem
        .split_once('-')
        .and_then(|(n, slug)| Some((n.parse::<u32>().ok()?, slug)))
        .ok_or_else(|| ContentError::whole(path, format!("a {what} file is named NN-id.toml")))?;
    if written_number != 0 {
        return Err(at(
            path,
            text,
            "number",
            "`number` comes from the file name; leave it out",
        ));
    }
    if id != slug {
        return Err(at(
            path,
            text,
            id,
            &format!("the id must be the file name's {slug:?}"),
        ));
    }
    Ok(number)
}

/// One capstone file, numbered by its name, with its starter read from the corpus.
fn capstone(root: &Path, path: &Path, text: &str) -> Result<Capstone, ContentError> {
    let mut capstone: Capstone = parse(path, text)?;
    capstone.number = place(path, text, "capstone", capstone.number, &capstone.id)?;
    if !capstone.starter.is_empty() {
        return Err(at(
            path,
            text,
            "starter",
            "`starter` comes from the program's .starter.txt; leave it out",
        ));
    }
    check_program(root, path, text, &capstone.program)?;
    let base = root.join(PROGRAMS).join(&capstone.program);
    let source = read(&base.with_extension("py"))?;
    for marker in [SOLUTION_MARKER, CHECKS_MARKER] {
        if source.lines().filter(|line| *line == marker).count() != 1 {
            return Err(at(
                path,
                text,
                &capstone.program,
                &format!("its program must have the line {marker:?} exactly once"),
            ));
        }
    }
    capstone.starter = read(&base.with_extension("starter.txt"))?;
    if capstone.checks.is_empty() {
        return Err(at(
            path,
            text,
            "id",
            "a capstone needs at least one [[check]]",
        ));
    }
    for check in &capstone.checks {
        let comparisons = [
            check.at_most.is_some(),
            check.at_least.is_some(),
            check.equals.is_some(),
            check.equals_key.is_some(),
            check.at_most_key.is_some(),
            check.at_least_key.is_some(),
        ];
        if comparisons.iter().filter(|c| **c).count() != 1 {
            return Err(at(
                path,
                text,
                &check.label,
                "a check has exactly one of at_most, at_least, equals, equals_key, at_most_key, at_least_key",
            ));
        }
        if check.minus_key.is_some() && check.equals_key.is_none() {
            return Err(at(
                path,
                text,
                &check.label,
                "minus_key goes with equals_key",
            ));
        }
    }
    check_worlds(path, text, &capstone, &source)?;
    Ok(capstone)
}

/// A capstone is graded in two worlds or more, with names of their own, and its program has
/// the line the world is set by.
fn check_worlds(
    path: &Path,
    text: &str,
    capstone: &Capstone,
    source: &str,
) -> Result<(), ContentError> {
    if capstone.worlds.len() < 2 {
        return Err(at(
            path,
            text,
            "id",
            "a capstone needs two [[world]]s or more: one world cannot tell a right solution from a lucky one",
        ));
    }
    let mut names = HashSet::new();
    for world in &capstone.worlds {
        if !names.insert(world.name.as_str()) {
            return Err(at(path, text, &world.name, "a second world with this name"));
        }
        if world.settings.contains_key("name") {
            return Err(at(
                path,
                text,
                &world.name,
                "`name` is the world's own: leave it out of its settings",
            ));
        }
    }
    let (world_code, _) = source.split_once(SOLUTION_MARKER).unwrap_or((source, ""));
    if !world_code
        .lines()
        .any(|line| line.starts_with(WORLD_LINE_START))
    {
        return Err(at(
            path,
            text,
            &capstone.program,
            &format!(
                "its world must have a line starting {WORLD_LINE_START:?} for the worlds to set"
            ),
        ));
    }
    Ok(())
}

fn check_program(root: &Path, path: &Path, text: &str, name: &str) -> Result<(), ContentError> {
    let base = root.join(PROGRAMS).join(name);
    if base.with_extension("py").is_file() && base.with_extension("out").is_file() {
        Ok(())
    } else {
        Err(at(
            path,
            text,
            name,
            &format!("{PROGRAMS}/{name}.py (with its CPython golden .out) does not exist"),
        ))
    }
}

/// TOML into `T`, with the parser's own message at its line and column.
fn parse<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|error| {
        let (line, column) = error
            .span()
            .map_or((0, 0), |span| line_and_column(text, span.start));
        ContentError {
            path: path.to_path_buf(),
            line,
            column,
            message: error.message().trim().to_string(),
        }
    })
}

/// An error at the first place `needle` appears in the file (the line that says it).
fn at(path: &Path, text: &str, needle: &str, message: &str) -> ContentError {
    let (line, column) = text
        .find(needle)
        .map_or((0, 0), |offset| line_and_column(text, offset));
    ContentError {
        path: path.to_path_buf(),
        line,
        column,
        message: message.to_string(),
    }
}

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn read(path: &Path) -> Result<String, ContentError> {
    fs::read_to_string(path)
        .map_err(|error| ContentError::whole(path, format!("cannot read it: {error}")))
}

/// The `.toml` files of a directory, sorted by name.
fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, ContentError> {
    let entries = fs::read_dir(dir)
        .map_err(|error| ContentError::whole(dir, format!("cannot read the directory: {error}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    Ok(files)
}
