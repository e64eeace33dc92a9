//! Program pictures: what checking (the validator, the library) and drawing (the app's picture
//! thread) cost, for a plain drawing and photo and for the worst files the limits let through.
//! The claim: nothing that passes takes long to draw, and it is drawn off the UI thread.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use limber::picture::{self, MAX_FILTER_STEPS, MAX_LAYERS, MAX_SIDE, MAX_WORK, SHOWN_SIDE};
use std::hint::black_box;

fn svg(body: &str) -> Vec<u8> {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\" \
         viewBox=\"0 0 300 200\">{body}</svg>"
    )
    .into_bytes()
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x ^ y) % 256) as u8])
    });
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .unwrap();
    bytes
}

fn pictures(c: &mut Criterion) {
    let full = "<rect width=\"300\" height=\"200\" fill=\"#123\"/>";
    let blur = "<filter id=\"b\"><feGaussianBlur stdDeviation=\"40\"/></filter>";
    let plain_drawing = svg(&(0..300)
        .map(|i| format!("<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"#3a7\"/>", i % 300, i % 200))
        .collect::<String>());
    let cases: Vec<(&str, Vec<u8>, bool)> = vec![
        ("drawing, 300 small parts", plain_drawing, true),
        ("drawing, the most paint allowed", svg(&full.repeat(MAX_WORK as usize - 1)), true),
        (
            "drawing, every filter step allowed, full size",
            svg(&format!(
                "<defs>{blur}</defs>{}",
                "<rect filter=\"url(#b)\" width=\"300\" height=\"200\"/>".repeat(MAX_FILTER_STEPS)
            )),
            true,
        ),
        (
            "drawing, the most full-size layers allowed",
            svg(&"<rect opacity=\"0.5\" width=\"300\" height=\"200\"/>".repeat(MAX_LAYERS / 2)),
            true,
        ),
        ("photo 1600 × 1200", png(1600, 1200), false),
        ("photo, the largest allowed", png(MAX_SIDE, MAX_SIDE), false),
    ];
    let mut group = c.benchmark_group("picture");
    group.sample_size(10);
    for (name, bytes, is_svg) in &cases {
        assert!(picture::check(bytes, *is_svg).is_ok(), "{name} must pass");
        group.bench_function(format!("check/{name}"), |b| {
            b.iter(|| picture::check(black_box(bytes), *is_svg).unwrap());
        });
        let shown = u64::from(SHOWN_SIDE) * u64::from(SHOWN_SIDE);
        group.bench_function(format!("draw/{name}"), |b| {
            b.iter(|| picture::decode(black_box(bytes), *is_svg, shown).unwrap());
        });
    }
    group.finish();
}

criterion_group!(benches, pictures);
criterion_main!(benches);
