//! The handout and the report as a reader's tools see them: `pdftotext` finds every exercise's
//! name, dose and instructions in order, `pdffonts` shows every font embedded, `qpdf --check`
//! passes; and the report's figures are those of `limber stats --json` and `limber history
//! --json` for the same range. The tools come from the Debian packages poppler-utils and qpdf
//! (`scripts/setup.sh test` installs them, and `make test` runs it first); without them the
//! tests that read the PDFs fail, saying which package to install.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod history_support;
mod paper_support;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use history_support::{fails, ok};
use limber::dose;
use limber::history::{PauseReason, Range, Store};
use limber::i18n::I18n;
use limber::library::Library;
use limber::paper::{Handout, Report, Span};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// Fails the test unless `tool` runs, naming the Debian package it comes with: a check of the
/// PDF that cannot run must not pass.
fn need(tool: &str) {
    if let Err(error) = Command::new(tool).arg("-v").output() {
        panic!("{}", missing(tool, &error));
    }
}

fn missing(tool: &str, error: &std::io::Error) -> String {
    let package = if tool == "qpdf" { "qpdf" } else { "poppler-utils" };
    format!(
        "`{tool}` cannot be run ({error}): these tests read the PDFs with it. Install the \
         Debian package {package} (`scripts/setup.sh test` installs poppler-utils and qpdf; \
         `make test` runs it first)."
    )
}

fn run(tool: &str, args: &[&str]) -> String {
    let out =
        Command::new(tool).args(args).output().unwrap_or_else(|e| panic!("{}", missing(tool, &e)));
    assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The pages of a PDF as `pdfinfo` counts them.
fn page_count(pdf: &Path) -> usize {
    run("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the pages")
}

/// The text of page 1 alone, every run of white space made one space.
fn first_page_text(pdf: &Path) -> String {
    let text =
        run("pdftotext", &["-f", "1", "-l", "1", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    flat(&text)
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of pages `first..` in the order it was written (`-raw`: the reading order of the
/// page, which is how the handout writes it), every run of white space made one space.
fn text_of(pdf: &Path, first: u32) -> String {
    let first = first.to_string();
    let text =
        run("pdftotext", &["-raw", "-f", &first, "-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every font `pdffonts` lists, with whether it is embedded (read by the columns of its
/// header, since font types have spaces).
fn fonts_of(pdf: &Path) -> Vec<(String, bool)> {
    let listing = run("pdffonts", &[pdf.to_str().unwrap()]);
    let mut lines = listing.lines();
    let header = lines.next().expect("a header");
    let dashes = lines.next().expect("a rule");
    let emb_at = header.find("emb").expect("an emb column");
    let columns: Vec<(usize, usize)> = {
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in dashes.char_indices().chain([(dashes.len(), ' ')]) {
            match (c, start) {
                ('-', None) => start = Some(i),
                (' ', Some(s)) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        spans
    };
    let emb = columns.iter().find(|(s, e)| (*s..=*e).contains(&emb_at)).copied().expect("emb");
    lines
        .map(|line| {
            let name = line.split_whitespace().next().unwrap_or_default().to_owned();
            let cell = line.get(emb.0..emb.1.min(line.len())).unwrap_or_default().trim();
            (name, cell == "yes")
        })
        .collect()
}

fn check_pdf(pdf: &Path) {
    let fonts = fonts_of(pdf);
    assert!(!fonts.is_empty(), "no fonts in {}", pdf.display());
    for (name, embedded) in &fonts {
        assert!(embedded, "{name} is not embedded");
        assert!(name.contains("Inter"), "an unexpected font {name}");
    }
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| panic!("{}", missing("qpdf", &e)));
    assert!(
        out.status.success(),
        "qpdf --check {}: {}{}",
        pdf.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Finds each of `wanted` in `text`, each after the one before; names the first missing.
fn in_order(text: &str, wanted: &[String]) {
    let mut at = 0;
    for item in wanted {
        let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
        match text[at..].find(&item) {
            Some(found) => at += found + item.len(),
            None => panic!("{item:?} is not in the text after position {at}:\n{}", &text[at..]),
        }
    }
}

#[test]
fn every_built_in_handout_reads_in_order_in_both_languages() {
    for tool in ["pdftotext", "pdffonts", "qpdf"] {
        need(tool);
    }
    let data = tempfile::tempdir().unwrap();
    let library = Library::load(&data.path().join("programs"));
    for entry in &library.entries {
        for lang in ["nl", "en"] {
            let pdf = data.path().join(format!("{}-{lang}.pdf", entry.program.id));
            let printed = ok(
                data.path(),
                &["--lang", lang, "handout", &entry.program.id, "--out", pdf.to_str().unwrap()],
            );
            let said = if lang == "nl" { "De oefenkaart van" } else { "Wrote the handout of" };
            assert!(printed.starts_with(said), "{printed}");
            check_pdf(&pdf);
            let i18n = I18n::new(lang);
            let mut wanted = Vec::new();
            for exercise in entry.program.exercises() {
                wanted.push(exercise.name.get(lang).to_owned());
                wanted.push(dose::describe(
                    &i18n,
                    &exercise.dosage,
                    exercise.set_count(),
                    exercise.sides,
                ));
                if let Some(instructions) = &exercise.instructions {
                    wanted.push(instructions.get(lang).to_owned());
                }
            }
            // The exercises start on page 2 (page 1 has the overview).
            in_order(&text_of(&pdf, 2), &wanted);
        }
    }
}

#[test]
fn the_first_page_of_every_built_in_handout_has_the_overview_and_the_safety_box() {
    need("pdftotext");
    let data = tempfile::tempdir().unwrap();
    let library = Library::load(&data.path().join("programs"));
    for entry in &library.entries {
        for lang in ["nl", "en"] {
            let id = &entry.program.id;
            let pdf = data.path().join(format!("{id}-{lang}.pdf"));
            ok(data.path(), &["--lang", lang, "handout", id, "--out", pdf.to_str().unwrap()]);
            let page = first_page_text(&pdf);
            let i18n = I18n::new(lang);
            let handout = Handout::new(entry, 1, &i18n).unwrap();
            let minutes = ((handout.planned_seconds + 30) / 60).max(1);
            let mut wanted = vec![
                handout.title.clone(),
                i18n.tr("paper-planned-time").to_uppercase(),
                i18n.tr_args("paper-planned-minutes", &[("minutes", minutes.into())]),
            ];
            wanted.extend(handout.author.clone());
            wanted.extend(handout.description.clone());
            if let Some(n) = handout.sessions_per_week {
                wanted.push(i18n.tr("paper-sessions-per-week").to_uppercase());
                wanted.push(n.to_string());
            }
            wanted.push(i18n.tr("paper-stop-if"));
            wanted.extend(handout.stop_if.iter().cloned());
            assert!(!handout.stop_if.is_empty(), "{id} has no safety rules");
            for text in wanted {
                let text = flat(&text);
                assert!(page.contains(&text), "{id} ({lang}): {text:?} is not on page 1:\n{page}");
            }
        }
    }
}

#[test]
fn a_description_too_long_for_the_first_page_comes_after_the_safety_box() {
    let data = tempfile::tempdir().unwrap();
    let library = Library::load(&data.path().join("programs"));
    let i18n = I18n::new("en");
    let mut handout = Handout::new(library.find("back-to-running").unwrap(), 1, &i18n).unwrap();
    let long = handout.description.clone().unwrap();
    handout.description = Some(format!("{long} {long} {long} The end."));
    let fonts = limber::paper::text::Fonts::new().unwrap();
    let pages = handout.pages(&fonts, &i18n);
    let first: Vec<&str> = pages[0].texts().collect();
    let joined = first.join(" ");
    for rule in &handout.stop_if {
        assert!(joined.contains(rule.split_whitespace().next().unwrap()), "{rule:?}");
    }
    let last_rule = handout.stop_if.last().unwrap();
    let box_end = last_rule.split_whitespace().last().unwrap();
    assert!(first.iter().any(|t| t.ends_with(box_end)), "the whole box is on page 1");
    // The description starts on page 1 after the box and runs on; not a word is lost.
    let all: Vec<&str> = pages.iter().flat_map(|p| p.texts()).collect();
    assert!(all.join(" ").contains("The end."));
    assert!(!first.join(" ").contains("The end."));
}

#[test]
fn the_footer_names_the_program_and_its_version_and_counts_pages() {
    need("pdftotext");
    let data = tempfile::tempdir().unwrap();
    let pdf = data.path().join("h.pdf");
    ok(
        data.path(),
        &["--lang", "en", "handout", "back-pain-and-running", "--out", pdf.to_str().unwrap()],
    );
    let text = text_of(&pdf, 1);
    let pages = page_count(&pdf);
    assert!(pages >= 3);
    for page in 1..=pages {
        assert!(text.contains(&format!("Page {page} of {pages}")), "no footer on page {page}");
    }
    let library = Library::load(&data.path().join("programs"));
    let version = library.find("back-pain-and-running").unwrap().program.version;
    assert!(text.contains(&format!("back-pain-and-running, version {version}")));
}

#[test]
fn a_level_the_program_does_not_have_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let pdf = data.path().join("h.pdf");
    let error = fails(
        data.path(),
        &["handout", "runner-warm-up", "--level", "2", "--out", pdf.to_str().unwrap()],
        1,
    );
    assert!(error.contains("has 1 level; level 2 is not one of them"), "{error}");
    assert!(!pdf.exists());
    let error =
        fails(data.path(), &["handout", "no-such-program", "--out", pdf.to_str().unwrap()], 1);
    assert!(error.contains("no program file or program id"), "{error}");
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Three months of back-pain-and-running with a week ill, and a second program on the side.
fn three_months(data: &Path) {
    paper_support::history(
        data,
        "back-pain-and-running",
        day("2026-09-01"),
        91,
        3,
        Some((day("2026-10-12"), day("2026-10-18"), PauseReason::Ill)),
        7,
    );
    paper_support::history(data, "runner-cool-down", day("2026-09-20"), 40, 1, None, 11);
}

fn json(data: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(data, args)).expect("JSON")
}

fn close(a: Option<f64>, b: &Value) -> bool {
    match (a, b.as_f64()) {
        (None, None) => b.is_null(),
        (Some(a), Some(b)) => ((a * 100.0).round() / 100.0 - b).abs() < 1e-9,
        _ => false,
    }
}

#[test]
fn the_report_has_the_figures_of_stats_and_history_for_the_same_range() {
    let data = tempfile::tempdir().unwrap();
    three_months(data.path());
    let (from, to) = ("2026-09-14", "2026-11-22");
    for program in [Some("back-pain-and-running"), None] {
        let mut filter = vec![];
        if let Some(p) = program {
            filter.extend(["--program", p]);
        }
        let mut stats_args = vec!["stats", "--json", "--from", from, "--today", to];
        stats_args.extend(&filter);
        let stats = json(data.path(), &stats_args);
        let mut history_args = vec!["history", "--json", "--from", from, "--to", to];
        history_args.extend(&filter);
        let history = json(data.path(), &history_args);

        let zone = FixedOffset::east_opt(3600).unwrap();
        let made = zone.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let store = Store::open(data.path(), made).unwrap().store;
        let library = Library::load(&data.path().join("programs"));
        let span =
            Span::new(program.map(str::to_owned), Some(day(from)), Some(day(to)), day(to)).unwrap();
        let report = Report::build(&store, &library, span, 3, "en", made).unwrap();

        let s = &report.stats;
        assert_eq!(stats["sessions"], s.sessions);
        assert_eq!(stats["completed"], s.completed);
        assert_eq!(stats["minutes"], s.minutes());
        assert_eq!(stats["week_streak"]["target"], s.weekly_target);
        assert!(close(s.pain_before, &stats["pain_before"]));
        assert!(close(s.pain_after, &stats["pain_after"]));
        assert!(close(s.effort, &stats["effort"]));
        let weeks = stats["weeks"].as_array().unwrap();
        let with_sessions: Vec<_> = report.weeks.iter().filter_map(|w| w.period.as_ref()).collect();
        assert_eq!(weeks.len(), with_sessions.len());
        for (json, period) in weeks.iter().zip(with_sessions) {
            assert_eq!(json["week"], period.label.as_str());
            assert_eq!(json["sessions"], period.sessions);
            assert_eq!(json["completed"], period.completed);
            assert_eq!(json["minutes"], period.minutes());
            assert!(close(period.pain_before, &json["pain_before"]));
            assert!(close(period.pain_after, &json["pain_after"]));
            assert!(close(period.effort, &json["effort"]));
        }
        // Every ISO week of the range is a row, with or without sessions: 2026-W38 .. W47.
        assert_eq!(report.weeks.len(), 10);

        let history = history.as_array().unwrap();
        assert_eq!(history.len(), report.sessions.len());
        // History is newest first, the report oldest first.
        for (json, session) in history.iter().rev().zip(&report.sessions) {
            assert_eq!(json["id"], session.uid.as_str());
            assert_eq!(json["program_version"], session.program_version);
            assert_eq!(json["pain_before"], serde_json::json!(session.pain_before));
            assert_eq!(json["pain_after"], serde_json::json!(session.pain_after));
            assert_eq!(json["effort"], serde_json::json!(session.effort));
            assert_eq!(json["note"], serde_json::json!(session.note));
        }
        let notes = history.iter().filter(|s| s["note"].is_string()).count();
        assert_eq!(notes, report.notes().count());
        let versions: std::collections::BTreeSet<_> = history
            .iter()
            .map(|s| (s["program"].as_str().unwrap(), s["program_version"].as_u64().unwrap()))
            .collect();
        assert_eq!(versions.len(), report.versions.len());
        assert_eq!(report.pauses.len(), 1);

        // Per exercise, the sets done and skipped are the work steps of the export.
        let export = json(data.path(), &["export", "--format", "json"]);
        let in_range: Vec<&Value> = export["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| history.iter().any(|h| h["id"] == s["id"]))
            .collect();
        for exercise in &report.exercises {
            let steps = in_range
                .iter()
                .filter(|s| s["program"] == exercise.program_id.as_str())
                .flat_map(|s| s["steps"].as_array().unwrap())
                .filter(|t| t["kind"] == "work" && t["exercise"] == exercise.exercise_id.as_str());
            let (done, skipped) = steps
                .fold((0, 0), |(d, k), t| if t["done"] == true { (d + 1, k) } else { (d, k + 1) });
            assert_eq!(
                (exercise.done, exercise.skipped),
                (done, skipped),
                "{}",
                exercise.exercise_id
            );
        }
        assert!(report.exercises.iter().any(|e| e.skipped > 0));
    }
}

#[test]
fn the_report_pdf_shows_the_weeks_and_is_sound() {
    for tool in ["pdftotext", "pdffonts", "qpdf"] {
        need(tool);
    }
    let data = tempfile::tempdir().unwrap();
    three_months(data.path());
    let pdf = data.path().join("report.pdf");
    // A month of the largest built-in (22 exercises with levels, two notes, a session stopped
    // early) fits on one page.
    let printed = ok(
        data.path(),
        &[
            "--lang",
            "nl",
            "report",
            "--program",
            "back-pain-and-running",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-31",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(printed.contains("van 2026-10-01 tot en met 2026-10-31 (1 pagina)"), "{printed}");
    check_pdf(&pdf);
    assert_eq!(page_count(&pdf), 1);
    let text = text_of(&pdf, 1);
    for week in ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"] {
        assert!(text.contains(week), "{week} is missing");
    }
    assert!(text.contains("pauze: ziek"));
    assert!(text.contains("VOORTGANGSVERSLAG"));
    // The band of figures: sessions, completed (with the rate) and minutes as stats has them.
    let stats = json(
        data.path(),
        &[
            "stats",
            "--json",
            "--program",
            "back-pain-and-running",
            "--from",
            "2026-10-01",
            "--today",
            "2026-10-31",
        ],
    );
    let rate = stats["completed"].as_f64().unwrap() / stats["sessions"].as_f64().unwrap();
    let band = format!(
        "SESSIES {} AFGEMAAKT {} ({:.0}%) MINUTEN {}",
        stats["sessions"],
        stats["completed"],
        rate * 100.0,
        stats["minutes"]
    );
    assert!(text.contains(&band), "{band:?} is not in:\n{text}");
    // A label too long for its column takes a second line instead of being cut short.
    let english = data.path().join("report-en.pdf");
    let range = ["--from", "2026-10-01", "--to", "2026-10-31", "--out"];
    let mut args = vec!["report"];
    args.extend(range);
    args.push(english.to_str().unwrap());
    ok(data.path(), &args);
    let text = text_of(&english, 1);
    assert!(text.contains("PAIN BEFORE → AFTER"), "{text}");
    assert!(!text.contains('…'), "something is cut short:\n{text}");
    // Every session of the whole history is in one of the two: in the report or outside it.
    let all = json(data.path(), &["history", "--json", "--program", "back-pain-and-running"]);
    assert!(all.as_array().unwrap().len() > stats["sessions"].as_u64().unwrap() as usize);
}

#[test]
fn a_report_that_ends_before_it_starts_or_names_an_unknown_program_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let pdf = data.path().join("r.pdf");
    let out = pdf.to_str().unwrap();
    let error = fails(
        data.path(),
        &["report", "--from", "2026-11-02", "--to", "2026-11-01", "--out", out],
        1,
    );
    assert!(error.contains("2026-11-02 is after 2026-11-01"), "{error}");
    let error = fails(data.path(), &["report", "--program", "nope", "--out", out], 1);
    assert!(error.contains("no program `nope`"), "{error}");
    // In the user's language.
    let error = fails(
        data.path(),
        &["--lang", "nl", "report", "--from", "2026-11-02", "--to", "2026-11-01", "--out", out],
        1,
    );
    assert!(error.contains("maar 2026-11-02 ligt na 2026-11-01"), "{error}");
    let error =
        fails(data.path(), &["--lang", "nl", "report", "--program", "nope", "--out", out], 1);
    assert!(error.contains("geen programma `nope`"), "{error}");
    assert!(!pdf.exists());
}

/// Writes a realistic three-month history into `LIMBER_PAPER_DEMO_DIR` (for looking at the
/// report): `LIMBER_PAPER_DEMO_DIR=/tmp/demo cargo test --test paper -- --ignored`.
#[test]
#[ignore = "writes a demo history where asked"]
fn write_a_demo_history() {
    let Some(dir) = std::env::var_os("LIMBER_PAPER_DEMO_DIR") else { return };
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).unwrap();
    three_months(dir);
}

#[test]
fn the_default_span_is_the_month_up_to_today() {
    let span = Span::new(None, None, None, day("2026-11-25")).unwrap();
    assert_eq!((span.from, span.to), (day("2026-10-26"), day("2026-11-25")));
    let span = Span::new(None, None, Some(day("2026-03-31")), day("2026-11-25")).unwrap();
    assert_eq!(span.from, day("2026-03-01"));
    assert_eq!(
        span.range(),
        Range { program: None, from: Some(day("2026-03-01")), to: Some(day("2026-03-31")) }
    );
}

/// The format 2 example with levels, installed in `data`'s programs folder.
fn install_levels_example(data: &Path) {
    let programs = data.join("programs");
    std::fs::create_dir_all(&programs).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/programs/valid/format2-levels.toml");
    std::fs::copy(fixture, programs.join("levels-example.toml")).unwrap();
}

#[test]
fn a_handout_at_a_level_gives_its_doses_and_a_table_of_every_level() {
    for tool in ["pdftotext", "pdffonts", "qpdf"] {
        need(tool);
    }
    let data = tempfile::tempdir().unwrap();
    install_levels_example(data.path());
    let pdf = data.path().join("levels.pdf");
    let out = pdf.to_str().unwrap();
    ok(data.path(), &["--lang", "en", "handout", "levels-example", "--level", "2", "--out", out]);
    check_pdf(&pdf);
    let text = text_of(&pdf, 1);
    assert!(text.contains("LEVEL 2 of 4"), "{text}");
    // Each exercise at level 2 (the side plank is renamed there), then its table of levels,
    // each row with the level's dose as the app writes it.
    let i18n = I18n::new("en");
    let library = Library::load(&data.path().join("programs"));
    let program = &library.find("levels-example").unwrap().program;
    let mut wanted = Vec::new();
    for exercise in program.exercises() {
        let at = exercise.at_level(2);
        wanted.push(at.name.get("en").to_owned());
        wanted.push(dose::describe(&i18n, &at.dosage, at.set_count(), at.sides));
        wanted.push("LEVEL".to_owned());
        for level in 1..=exercise.levels() {
            let at = exercise.at_level(level);
            wanted.push(dose::describe(&i18n, &at.dosage, at.set_count(), at.sides));
        }
    }
    in_order(&text_of(&pdf, 2), &wanted);
    assert!(wanted.contains(&"Side plank".to_owned()));
    assert!(wanted.contains(&"30-40-45 s · each side".to_owned()), "{wanted:?}");
    assert!(wanted.contains(&"5 holds of 8 s · alternating sides".to_owned()), "{wanted:?}");
    let error = fails(data.path(), &["handout", "levels-example", "--level", "5", "--out", out], 1);
    assert!(error.contains("has 4 levels; level 5 is not one of them"), "{error}");
}

#[test]
fn a_handout_without_levels_has_no_table_of_them() {
    let data = tempfile::tempdir().unwrap();
    let library = Library::load(&data.path().join("programs"));
    let entry = library.find("runner-warm-up").unwrap();
    let i18n = I18n::new("en");
    let handout = Handout::new(entry, 1, &i18n).unwrap();
    assert!(handout.exercises().all(|e| e.levels.len() == 1));
    let fonts = limber::paper::text::Fonts::new().unwrap();
    let pages = handout.pages(&fonts, &i18n);
    assert!(!pages.iter().flat_map(|p| p.texts()).any(|t| t == "LEVEL"));
}

#[test]
fn the_report_shows_the_levels_over_time_as_the_history_has_them() {
    let data = tempfile::tempdir().unwrap();
    install_levels_example(data.path());
    paper_support::history(data.path(), "levels-example", day("2026-09-01"), 84, 4, None, 5);
    let sessions = json(data.path(), &["history", "--json", "--program", "levels-example"]);
    let mut levels: Vec<u64> =
        sessions.as_array().unwrap().iter().map(|s| s["level"].as_u64().unwrap()).collect();
    levels.reverse();
    let library = Library::load(&data.path().join("programs"));
    let opened = Store::open(data.path(), paper_support::noon(day("2026-11-30"))).unwrap();
    let span = Span::new(
        Some("levels-example".into()),
        Some(day("2026-09-01")),
        Some(day("2026-11-30")),
        day("2026-11-30"),
    )
    .unwrap();
    let report = Report::build(
        &opened.store,
        &library,
        span,
        3,
        "en",
        paper_support::noon(day("2026-11-30")),
    )
    .unwrap();
    // The runs of one level, in order, add up to the history's sessions and their levels.
    let spelled: Vec<u64> = report
        .levels
        .iter()
        .flat_map(|l| std::iter::repeat_n(u64::from(l.level), l.sessions as usize))
        .collect();
    assert_eq!(spelled, levels);
    assert_eq!(report.levels.iter().map(|l| l.level).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert!(report.levels.iter().all(|l| l.levels == 4 && l.first <= l.last));
    let fonts = limber::paper::text::Fonts::new().unwrap();
    let texts: Vec<String> = report
        .pages(&fonts, &I18n::new("en"))
        .iter()
        .flat_map(|p| p.texts().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let first = &report.levels[0];
    let line = format!("Level 1 of 4: {} sessions", first.sessions);
    assert!(texts.iter().any(|t| t.contains("Levels over time")), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with(&line)), "{line:?} not in {texts:?}");
    // A program without levels, done at level 1 only, has no such section.
    let plain = tempfile::tempdir().unwrap();
    paper_support::history(plain.path(), "runner-warm-up", day("2026-09-01"), 30, 3, None, 5);
    let library = Library::load(&plain.path().join("programs"));
    let opened = Store::open(plain.path(), paper_support::noon(day("2026-10-01"))).unwrap();
    let span = Span::new(None, Some(day("2026-09-01")), Some(day("2026-10-01")), day("2026-10-01"))
        .unwrap();
    let report = Report::build(
        &opened.store,
        &library,
        span,
        3,
        "en",
        paper_support::noon(day("2026-10-01")),
    )
    .unwrap();
    assert!(report.levels.is_empty());
}

#[test]
fn the_drawings_are_vectors_and_a_programs_own_svg_is_used() {
    need("pdfimages");
    let data = tempfile::tempdir().unwrap();
    // The built-in drawings: no raster image in the whole handout.
    let pdf = data.path().join("h.pdf");
    ok(data.path(), &["handout", "core-strength", "--out", pdf.to_str().unwrap()]);
    let list = run("pdfimages", &["-list", pdf.to_str().unwrap()]);
    assert_eq!(list.lines().count(), 2, "only the header: no images\n{list}");
    // A program with its own SVG beside it: drawn (the PDF grows by its paths), still no image.
    let folder = data.path().join("mine");
    std::fs::create_dir_all(folder.join("images")).unwrap();
    let drawing = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"><path d="M10 10L290 190M10 190L290 10" stroke="#123456" stroke-width="9"/></svg>"##;
    std::fs::write(folder.join("images/own.svg"), drawing).unwrap();
    let program = r#"
format = 1
id = "own-picture"
title = "Own picture"
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "wall-sit"
  name = "Wall sit"
  image = "images/own.svg"
  duration = 30
"#;
    std::fs::write(folder.join("own.toml"), program).unwrap();
    let with_own = data.path().join("own.pdf");
    ok(
        data.path(),
        &[
            "handout",
            folder.join("own.toml").to_str().unwrap(),
            "--out",
            with_own.to_str().unwrap(),
        ],
    );
    let list = run("pdfimages", &["-list", with_own.to_str().unwrap()]);
    assert_eq!(list.lines().count(), 2, "{list}");
    let bytes = std::fs::read(&with_own).unwrap();
    // The drawing's colour #123456 as a PDF colour operand (0.07 0.20 0.34), uncompressed by qpdf.
    let plain = data.path().join("plain.pdf");
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&with_own)
        .arg(&plain)
        .output()
        .unwrap();
    assert!(out.status.success() || out.status.code() == Some(3));
    let text = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).into_owned();
    assert!(
        text.contains("0.0705") && text.contains("0.2039") && text.contains("0.3372"),
        "the program's own drawing is not in the PDF ({} bytes)",
        bytes.len()
    );
}

/// A typical month of the largest built-in (22 exercises, four levels): 12 sessions in four
/// weeks with pain, effort and a few skipped sets, three days ill, two notes.
fn a_typical_month(data: &Path) {
    let generated = paper_support::history(
        data,
        "back-pain-and-running",
        day("2026-10-05"),
        28,
        3,
        Some((day("2026-10-19"), day("2026-10-21"), PauseReason::Ill)),
        5,
    );
    assert_eq!(generated.sessions, 12);
}

#[test]
fn a_typical_month_of_the_largest_program_is_one_page_that_names_every_exercise() {
    for tool in ["pdftotext", "pdfinfo"] {
        need(tool);
    }
    let data = tempfile::tempdir().unwrap();
    a_typical_month(data.path());
    let history = json(data.path(), &["history", "--json"]);
    let sessions = history.as_array().unwrap();
    assert!(sessions.iter().filter(|s| s["note"].is_string()).count() >= 2);
    assert!(sessions.iter().all(|s| s["pain_before"].is_number() || s["effort"].is_number()));
    let library = Library::load(&data.path().join("programs"));
    let program = &library.find("back-pain-and-running").unwrap().program;
    assert_eq!(program.exercises().count(), 22);
    for lang in ["en", "nl"] {
        let pdf = data.path().join(format!("month-{lang}.pdf"));
        let printed = ok(
            data.path(),
            &[
                "--lang",
                lang,
                "report",
                "--program",
                "back-pain-and-running",
                "--from",
                "2026-10-05",
                "--to",
                "2026-11-01",
                "--out",
                pdf.to_str().unwrap(),
            ],
        );
        let one_page = if lang == "nl" { "(1 pagina)" } else { "(1 page)" };
        assert!(printed.contains(one_page), "{printed}");
        assert_eq!(page_count(&pdf), 1, "a typical month in {lang} takes more than a page");
        // Every exercise is named: in the table when a set was skipped, else among those done
        // in full; and so is every note and the pause.
        let text = flat(&text_of(&pdf, 1));
        for exercise in program.exercises() {
            let name = flat(exercise.name.get(lang));
            assert!(text.contains(&name), "{name:?} is not in the {lang} report:\n{text}");
        }
        for session in sessions {
            if let Some(note) = session["note"].as_str() {
                assert!(text.contains(note), "the note {note:?} is missing");
            }
        }
        let ill = I18n::new(lang).tr("paper-paused-ill");
        assert!(text.contains(&ill), "{ill:?} is missing");
    }
}
