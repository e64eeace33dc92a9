//! The paper buttons in the app (iced simulator, no display): "Print handout…" on a program's
//! page and "Report for my physio…" on the history ask for a file, write the PDF there and say
//! so. The file dialog and the viewer are tasks the app hands to iced; here the picked file is
//! fed in as the dialog would, and the viewer is never started.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod paper_support;

use chrono::{DateTime, FixedOffset, NaiveDate};
use iced_test::Simulator;
use limber::audio::Audio;
use limber::clock::ManualClock;
use limber::context::Context;
use limber::gui::screen::{history, library, program};
use limber::gui::{App, Message};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(limber::gui::settings(), limber::gui::WINDOW, app.view())
}

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T10:30:00+01:00").unwrap()
}

fn app_in(dir: &Path, lang: &str) -> App {
    let clock = ManualClock::at(now());
    let context =
        Context { data_dir: dir.to_owned(), lang: lang.to_owned(), clock: Arc::new(clock) };
    App::load_with_audio(context, |_| Audio::silent())
}

/// Clicks `label`; returns whether that produced a message (the dialog's task).
fn click(app: &mut App, label: &str, now: Instant) -> bool {
    let mut ui = simulator(app);
    ui.click(label).unwrap_or_else(|e| panic!("cannot click {label:?}: {e:?}"));
    let messages: Vec<_> = ui.into_messages().collect();
    let any = !messages.is_empty();
    for message in messages {
        let _ = app.update_at(message, now);
    }
    any
}

fn is_pdf(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|bytes| bytes.starts_with(b"%PDF-") && bytes.len() > 10_000)
}

#[test]
fn print_handout_writes_the_program_as_pdf_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path(), "nl");
    let t0 = Instant::now();
    let _ = app.update_at(Message::Library(library::Message::Open("core-strength".into())), t0);
    assert!(click(&mut app, "Oefenkaart afdrukken…", t0), "the button asks for a file");
    let file = dir.path().join("kaart.pdf");
    let _ = app.update_at(Message::Program(program::Message::HandoutTo(Some(file.clone()))), t0);
    assert!(is_pdf(&file), "the handout was written");
    let said = format!("{} bewaard.", file.display());
    assert!(simulator(&app).find(said.as_str()).is_ok(), "the page says where it went");

    // A place that cannot be written is explained, and nothing is left behind.
    let bad = file.join("kaart.pdf"); // inside a file: no folder can be made there
    let _ = app.update_at(Message::Program(program::Message::HandoutTo(Some(bad.clone()))), t0);
    assert!(!bad.exists());
    assert!(simulator(&app).find(said.as_str()).is_err(), "the problem replaced the old outcome");
    let detail = limber::settings::write_atomically(&bad, b"").unwrap_err();
    let problem = format!("Kon {} niet bewaren: {detail}", bad.display());
    assert!(simulator(&app).find(problem.as_str()).is_ok(), "the problem is said in Dutch");
}

#[test]
fn report_for_my_physio_writes_the_last_month_as_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let first = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    paper_support::history(dir.path(), "core-strength", first, 55, 3, None, 5);
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    let _ = app.update_at(Message::Navigate(limber::gui::Tab::History), t0);
    assert!(click(&mut app, "Report for my physio…", t0), "the button asks for a file");
    let file = dir.path().join("report.pdf");
    let _ = app.update_at(Message::History(history::Message::ReportTo(Some(file.clone()))), t0);
    assert!(is_pdf(&file), "the report was written");
    let said = format!("Saved {}.", file.display());
    assert!(simulator(&app).find(said.as_str()).is_ok(), "the history says where it went");
}
