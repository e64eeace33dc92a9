//! The library: built-ins, the user's folder, replacement, duplicates, import.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::library::{self, ImportError, Library, Origin};
use limber::program::{self, LoadError};
use std::fs;
use std::path::{Path, PathBuf};

fn program(id: &str, version: u32, title: &str) -> String {
    format!(
        "format = 1\nid = \"{id}\"\nversion = {version}\ntitle = \"{title}\"\n[[block]]\n\
         [[block.exercise]]\nid = \"a\"\nname = \"A\"\nduration = 30\n"
    )
}

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, contents).unwrap();
    path
}

fn ids(library: &Library) -> Vec<&str> {
    library.entries.iter().map(|e| e.program.id.as_str()).collect()
}

fn problem_lines(library: &Library) -> Vec<String> {
    library.problems.iter().flat_map(|p| p.lines(&limber::i18n::I18n::new("en"))).collect()
}

/// The folder's files, sorted, relative to it.
fn listing(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_embedded_builtin_parses_and_speaks_dutch_and_english() {
    // No assumption on how many there are: the folder may even be empty.
    for (stem, source) in library::builtin_sources() {
        let file = PathBuf::from(format!("programs/{stem}.toml"));
        let program = program::parse(source, &file, None).unwrap_or_else(|d| {
            panic!("{}", d.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))
        });
        for text in program.texts() {
            let codes: Vec<_> = text.entries().iter().map(|(code, _)| code.as_str()).collect();
            assert!(
                codes.contains(&"nl") && codes.contains(&"en"),
                "{stem}: {:?} has only {codes:?}",
                text.get("en")
            );
        }
    }
    let library = Library::load(Path::new("/nonexistent/limber/programs"));
    assert!(library.problems.is_empty(), "{:?}", problem_lines(&library));
    assert_eq!(library.entries.len(), library::builtin_sources().len());
    assert!(library.entries.iter().all(|e| e.origin == Origin::BuiltIn && e.base_dir.is_none()));
}

#[test]
fn a_missing_or_empty_folder_gives_only_the_builtins() {
    let builtins = [("b-core", program("core", 1, "Core").leak() as &str)];
    let dir = tempfile::tempdir().unwrap();
    let missing = Library::with_builtins(&builtins, &dir.path().join("nope"));
    assert_eq!(ids(&missing), ["core"]);
    assert!(missing.problems.is_empty());
    let empty = Library::with_builtins(&builtins, dir.path());
    assert_eq!(ids(&empty), ["core"]);
    let none = Library::with_builtins(&[], dir.path());
    assert!(none.entries.is_empty() && none.problems.is_empty());
}

#[test]
fn an_invalid_user_file_never_hides_the_valid_ones() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good-b.toml", &program("good-b", 1, "Beta"));
    write(dir.path(), "broken.toml", "format = 1\nid = \"broken\"\ntitle = \"x\"\nsets = 3\n");
    write(dir.path(), "garbage.toml", "\u{0}\u{1}[[[[");
    write(dir.path(), "good-a.toml", &program("good-a", 1, "Alpha"));
    fs::write(dir.path().join("latin1.toml"), b"format = 1\ntitle = \"caf\xe9\"\n").unwrap();
    fs::write(dir.path().join("huge.toml"), vec![b'#'; program::MAX_FILE_BYTES + 10]).unwrap();
    fs::create_dir(dir.path().join("folder.toml")).unwrap();
    // Not programs: ignored without a word.
    write(dir.path(), "notes.txt", "hello");
    write(dir.path(), "old.toml.bak", "junk");
    write(dir.path(), ".hidden.toml", "junk");
    write(dir.path(), "sub/nested.toml", &program("nested", 1, "Nested"));

    let library = Library::with_builtins(&[], dir.path());
    assert_eq!(ids(&library), ["good-a", "good-b"], "sorted by title");
    let lines = problem_lines(&library);
    assert_eq!(library.problems.len(), 4, "{lines:#?}");
    let broken = dir.path().join("broken.toml").display().to_string();
    assert!(lines.contains(&format!(
        "{broken}:4:1: error: unknown key `sets` at the top of the file; `sets` belongs in \
         [[block.exercise]]"
    )));
    assert!(lines.iter().any(|l| l.contains("latin1.toml:2:13: error: the file is not UTF-8")));
    assert!(lines.iter().any(|l| l.contains("huge.toml:1:1: error: the file is 1048577 bytes")));
    assert!(lines.iter().any(|l| l.contains("garbage.toml:")));
    for entry in &library.entries {
        assert_eq!(entry.base_dir.as_deref(), Some(dir.path()));
        assert_eq!(entry.hash, library::hash(&fs::read(entry_path(entry)).unwrap()));
    }
}

fn entry_path(entry: &library::Entry) -> &Path {
    match &entry.origin {
        Origin::User { path } => path,
        Origin::BuiltIn => panic!("not a user file"),
    }
}

#[test]
fn a_user_file_with_a_builtins_id_replaces_it() {
    let builtins = [
        ("1-warm-up", program("warm-up", 1, "Warm-up").leak() as &str),
        ("2-core", program("core", 1, "Core").leak() as &str),
    ];
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "my-core.toml", &program("core", 2, "Core (adapted)"));
    write(dir.path(), "zebra.toml", &program("zebra", 1, "A zebra"));
    let library = Library::with_builtins(&builtins, dir.path());
    // User programs first (by title), then the built-ins left, in file-name order.
    assert_eq!(ids(&library), ["zebra", "core", "warm-up"]);
    let core = library.find("core").unwrap();
    assert!(core.replaces_builtin);
    assert_eq!(core.program.version, 2);
    assert!(matches!(&core.origin, Origin::User { path } if path.ends_with("my-core.toml")));
    assert!(!library.find("zebra").unwrap().replaces_builtin);
    assert_eq!(library.find("warm-up").unwrap().origin, Origin::BuiltIn);
}

#[test]
fn of_two_user_files_with_one_id_the_higher_version_wins_and_the_other_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a-old.toml", &program("knee", 2, "Knee"));
    write(dir.path(), "b-new.toml", &program("knee", 3, "Knee"));
    let library = Library::with_builtins(&[], dir.path());
    assert_eq!(library.entries.len(), 1);
    assert_eq!(library.entries[0].program.version, 3);
    let lines = problem_lines(&library);
    let new = dir.path().join("b-new.toml");
    assert_eq!(
        lines,
        [format!(
            "{}:2:1: error: program id `knee` (version 2) is also used by {} (version 3), which \
             is the one used; remove or rename one of the two files",
            dir.path().join("a-old.toml").display(),
            new.display()
        )]
    );

    // On equal versions the file named after the id wins.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a-copy.toml", &program("knee", 1, "Knee copy"));
    write(dir.path(), "knee.toml", &program("knee", 1, "Knee"));
    let library = Library::with_builtins(&[], dir.path());
    assert_eq!(library.entries[0].program.title.get("en"), "Knee");
    assert_eq!(library.problems.len(), 1);
}

#[test]
fn import_copies_the_program_and_its_images_and_keeps_what_was_there() {
    let from = tempfile::tempdir().unwrap();
    let user = tempfile::tempdir().unwrap();
    let user_dir = user.path().join("programs");
    let source = program("knee", 1, "Knee").replace(
        "duration = 30",
        "duration = 30\nimage = \"images/knee.svg\"\n[[block.exercise]]\nid = \"b\"\nname = \"B\"\n\
         reps = 3\nimage = \"images/knee.svg\"",
    );
    let file = write(from.path(), "from-the-physio.toml", &source);
    write(from.path(), "images/knee.svg", "<svg>1</svg>");

    let imported = library::import(&file, &user_dir).unwrap();
    assert_eq!(imported.backup, None);
    assert_eq!(listing(&user_dir), ["images/knee.svg", "knee.toml"]);
    assert_eq!(fs::read_to_string(user_dir.join("knee.toml")).unwrap(), source);
    assert_eq!(imported.entry.hash, library::hash(source.as_bytes()));
    assert_eq!(imported.entry.origin, Origin::User { path: user_dir.join("knee.toml") });
    // What was imported loads, images and all.
    let library = Library::with_builtins(&[], &user_dir);
    assert_eq!(ids(&library), ["knee"]);
    assert!(library.problems.is_empty(), "{:?}", problem_lines(&library));

    // A second edition: the first is kept aside, twice over; a changed image too.
    let v2 = source.replace("version = 1", "version = 2");
    write(from.path(), "from-the-physio.toml", &v2);
    write(from.path(), "images/knee.svg", "<svg>2</svg>");
    let imported = library::import(&file, &user_dir).unwrap();
    assert_eq!(imported.backup, Some(user_dir.join("knee.toml.bak")));
    let v3 = source.replace("version = 1", "version = 3");
    write(from.path(), "from-the-physio.toml", &v3);
    let imported = library::import(&file, &user_dir).unwrap();
    assert_eq!(imported.backup, Some(user_dir.join("knee.toml.bak-2")));
    assert_eq!(
        listing(&user_dir),
        ["images/knee.svg", "images/knee.svg.bak", "knee.toml", "knee.toml.bak", "knee.toml.bak-2"]
    );
    assert_eq!(fs::read_to_string(user_dir.join("knee.toml.bak")).unwrap(), source);
    assert_eq!(fs::read_to_string(user_dir.join("knee.toml.bak-2")).unwrap(), v2);
    assert_eq!(fs::read_to_string(user_dir.join("images/knee.svg")).unwrap(), "<svg>2</svg>");
    let library = Library::with_builtins(&[], &user_dir);
    assert_eq!(library.entries.len(), 1);
    assert_eq!(library.entries[0].program.version, 3);
}

#[test]
fn import_brings_the_start_pose_beside_an_image_along() {
    let from = tempfile::tempdir().unwrap();
    let user = tempfile::tempdir().unwrap();
    let user_dir = user.path().join("programs");
    let source = program("knee", 1, "Knee")
        .replace("duration = 30", "reps = 5\nseconds_per_rep = 4\nimage = \"images/bridge.svg\"");
    let file = write(from.path(), "knee.toml", &source);
    write(from.path(), "images/bridge.svg", "<svg>up</svg>");
    write(from.path(), "images/bridge.start.svg", "<svg>down</svg>");
    write(from.path(), "images/other.start.svg", "<svg>not used</svg>");
    library::import(&file, &user_dir).unwrap();
    assert_eq!(listing(&user_dir), ["images/bridge.start.svg", "images/bridge.svg", "knee.toml"]);
    let start = fs::read_to_string(user_dir.join("images/bridge.start.svg")).unwrap();
    assert_eq!(start, "<svg>down</svg>");
    // Without one, the import is as before.
    let again = tempfile::tempdir().unwrap();
    fs::remove_file(from.path().join("images/bridge.start.svg")).unwrap();
    library::import(&file, &again.path().join("programs")).unwrap();
    assert_eq!(listing(&again.path().join("programs")), ["images/bridge.svg", "knee.toml"]);
}

#[test]
fn import_sets_aside_another_file_with_the_same_id() {
    let from = tempfile::tempdir().unwrap();
    let user = tempfile::tempdir().unwrap();
    write(user.path(), "my-knee-notes.toml", &program("knee", 7, "Knee (old name)"));
    let file = write(from.path(), "knee.toml", &program("knee", 1, "Knee"));
    let imported = library::import(&file, user.path()).unwrap();
    assert_eq!(imported.backup, Some(user.path().join("my-knee-notes.toml.bak")));
    let library = Library::with_builtins(&[], user.path());
    assert_eq!(library.entries[0].program.version, 1, "the imported one is used");
    assert!(library.problems.is_empty());
}

#[test]
fn importing_a_bad_file_leaves_the_folder_unchanged() {
    let from = tempfile::tempdir().unwrap();
    let user = tempfile::tempdir().unwrap();
    write(user.path(), "knee.toml", &program("knee", 1, "Knee"));
    let before = listing(user.path());

    let bad = write(from.path(), "knee.toml", &program("knee", 2, "Knee").replace("30", "0"));
    match library::import(&bad, user.path()) {
        Err(ImportError::Invalid(LoadError::Invalid(d))) => {
            assert_eq!(
                d[0].to_string(),
                format!(
                    "{}:9:12: error: `duration` must be 1..3600 seconds, found 0",
                    bad.display()
                )
            );
        }
        other => panic!("{other:?}"),
    }
    let missing_image = write(
        from.path(),
        "img.toml",
        &program("img", 1, "Img").replace("duration = 30", "duration = 30\nimage = \"x.svg\""),
    );
    assert!(matches!(library::import(&missing_image, user.path()), Err(ImportError::Invalid(_))));
    let missing = from.path().join("nope.toml");
    assert!(matches!(
        library::import(&missing, user.path()),
        Err(ImportError::Invalid(LoadError::Read { .. }))
    ));
    assert_eq!(listing(user.path()), before);
    // Into a folder that does not exist yet: nothing is created for a bad file.
    let fresh = user.path().join("new");
    assert!(library::import(&bad, &fresh).is_err());
    assert!(!fresh.exists());
}

#[test]
fn importing_a_file_already_in_the_folder_changes_nothing() {
    let user = tempfile::tempdir().unwrap();
    let file = write(user.path(), "knee.toml", &program("knee", 1, "Knee"));
    let imported = library::import(&file, user.path()).unwrap();
    assert_eq!(imported.backup, None);
    assert_eq!(listing(user.path()), ["knee.toml"]);
}

#[test]
fn hash_is_sha256_hex() {
    assert_eq!(
        library::hash(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(library::user_programs_dir(Path::new("/d")), Path::new("/d/programs"));
}

#[test]
fn the_list_and_the_program_page_give_one_planned_length_at_every_level_and_get_ready() {
    let library = Library::load(Path::new("/nonexistent"));
    for entry in &library.entries {
        for level in 1..=entry.program.levels() {
            for get_ready in [None, Some(0), Some(5), Some(60)] {
                assert_eq!(
                    entry.total_seconds(get_ready, level),
                    entry.plan(get_ready, level).total_seconds,
                    "{} with get-ready {get_ready:?} at level {level}",
                    entry.program.id
                );
            }
        }
        assert_eq!(entry.total_seconds(None, 1), entry.planned_seconds[0]);
    }
}
