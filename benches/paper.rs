//! Paper: the report over two years of 700 sessions (under 1 s) and the handout of the
//! largest built-in program (under 300 ms), each from the data to the PDF's bytes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/paper_support/mod.rs"]
mod paper_support;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use criterion::{Criterion, criterion_group, criterion_main};
use limber::history::Store;
use limber::i18n::I18n;
use limber::library::Library;
use limber::paper::{Handout, Report, Span};
use std::hint::black_box;
use std::time::Duration;

fn paper(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    let first = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
    // Seven days a week for 700 days: 700 sessions in two years.
    let generated =
        paper_support::history(data.path(), "back-pain-and-running", first, 700, 7, None, 3);
    assert_eq!(generated.sessions, 700);
    let made = FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
    let store = Store::open(data.path(), made).unwrap().store;
    let library = Library::load(&data.path().join("programs"));
    let i18n = I18n::new("nl");

    let mut group = c.benchmark_group("paper");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("report over 2 years, 700 sessions", |b| {
        b.iter(|| {
            let span = Span::new(None, Some(generated.first), Some(generated.last), generated.last)
                .unwrap();
            let report = Report::build(&store, &library, span, 3, "nl", made).unwrap();
            black_box(report.pdf(&i18n).unwrap().bytes.len())
        })
    });
    let entry = library.find("back-pain-and-running").unwrap();
    group.bench_function("handout of back-pain-and-running", |b| {
        b.iter(|| {
            let handout = Handout::new(entry, 1, &i18n).unwrap();
            black_box(handout.pdf(&i18n, made).unwrap().bytes.len())
        })
    });
    group.finish();
}

criterion_group!(benches, paper);
criterion_main!(benches);
