//! Every limit of a picture, at its boundary, and the hostile files of issue 14.

use super::*;

/// A PNG of `width × height` grey pixels.
pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::GrayImage::from_pixel(width, height, image::Luma([128]));
    let mut bytes = Vec::new();
    image::DynamicImage::ImageLuma8(image)
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .unwrap();
    bytes
}

/// Just the start of a PNG that says it is `width × height` (a picture bomb: a few bytes that
/// would decode to gigabytes).
pub(crate) fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        let mut body = kind.to_vec();
        body.extend(data);
        bytes.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
        bytes.extend(&body);
        bytes.extend(crc32(&body).to_be_bytes());
    };
    let mut header = width.to_be_bytes().to_vec();
    header.extend(height.to_be_bytes());
    header.extend([8, 0, 0, 0, 0]);
    chunk(b"IHDR", &header);
    // The start of a deflate stream of zeros: a decoder sees the size before the pixels.
    chunk(b"IDAT", &[0x78, 0x9c, 0xed, 0xc1, 0x01, 0x0d, 0x00, 0x00]);
    chunk(b"IEND", &[]);
    bytes
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn svg(body: &str) -> Vec<u8> {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         width=\"300\" height=\"200\" viewBox=\"0 0 300 200\">{body}</svg>"
    )
    .into_bytes()
}

fn refused(bytes: &[u8], svg: bool) -> String {
    match check(bytes, svg) {
        Err(problem) => problem.to_string(),
        Ok(info) => panic!("accepted: {info:?}"),
    }
}

/// A drawing whose deepest part is `depth` levels below the `<svg>`.
fn nested(depth: usize) -> Vec<u8> {
    let groups = depth - 1;
    svg(&format!(
        "{}<rect width=\"10\" height=\"10\"/>{}",
        "<g>".repeat(groups),
        "</g>".repeat(groups)
    ))
}

#[test]
fn a_plain_png_passes_and_is_drawn_at_its_size() {
    let bytes = png(300, 200);
    assert_eq!(check(&bytes, false), Ok(Info { format: Format::Png, width: 300, height: 200 }));
    let pixels = decode(&bytes, false, u64::MAX).unwrap();
    assert_eq!((pixels.width, pixels.height), (300, 200));
    assert_eq!(pixels.pixels.len(), 300 * 200 * 4);
    assert_eq!(&pixels.pixels[..4], &[128, 128, 128, 255]);
}

#[test]
fn a_large_raster_is_scaled_down_to_the_shown_size_and_the_budget() {
    let bytes = png(2048, 1024);
    let full = decode(&bytes, false, u64::MAX).unwrap();
    assert_eq!((full.width, full.height), (SHOWN_SIDE, SHOWN_SIDE / 2));
    let small = decode(&bytes, false, 20_000).unwrap();
    assert_eq!((small.width, small.height), (200, 100));
}

#[test]
fn empty_truncated_and_garbage_rasters_are_refused() {
    assert_eq!(check(b"", false), Err(Problem::Empty));
    let whole = png(64, 64);
    let cut = &whole[..whole.len() - 20];
    assert!(matches!(check(cut, false), Err(Problem::Damaged(_))), "{:?}", check(cut, false));
    assert!(matches!(check(&whole[..30], false), Err(Problem::Damaged(_))));
    assert_eq!(check(b"this is not a picture at all", false), Err(Problem::UnknownFormat));
    // A drawing or a TIFF named .png is not one of the four.
    assert_eq!(check(&svg(""), false), Err(Problem::UnknownFormat));
    assert_eq!(check(b"II*\0\x08\0\0\0", false), Err(Problem::UnknownFormat));
}

#[test]
fn a_raster_may_be_4096_pixels_on_each_side_and_no_more() {
    assert_eq!(
        check(&png_header(12_000, 12_000), false),
        Err(Problem::TooLarge { width: 12_000, height: 12_000 })
    );
    assert!(matches!(check(&png(MAX_SIDE + 1, 1), false), Err(Problem::TooLarge { .. })));
    assert!(matches!(check(&png(1, MAX_SIDE + 1), false), Err(Problem::TooLarge { .. })));
    assert!(check(&png(MAX_SIDE, 1), false).is_ok());
    assert!(check(&png(1, MAX_SIDE), false).is_ok());
}

#[test]
fn a_plain_drawing_passes_and_is_drawn_to_fit_the_shown_size() {
    let bytes = svg("<rect x=\"0\" y=\"0\" width=\"300\" height=\"200\" fill=\"#ff0000\"/>");
    assert_eq!(check(&bytes, true), Ok(Info { format: Format::Svg, width: 300, height: 200 }));
    let pixels = decode(&bytes, true, u64::MAX).unwrap();
    assert_eq!((pixels.width, pixels.height), (SHOWN_SIDE, 683));
    assert_eq!(&pixels.pixels[..4], &[255, 0, 0, 255]);
    let small = decode(&bytes, true, 600).unwrap();
    assert_eq!((small.width, small.height), (30, 20));
}

#[test]
fn a_drawing_never_reads_another_file() {
    for href in ["/dev/zero", "/etc/passwd", "images/other.png", "file:///dev/zero", "../x.svg"] {
        for element in [
            format!("<image href=\"{href}\" width=\"10\" height=\"10\"/>"),
            format!("<image xlink:href=\"{href}\" width=\"10\" height=\"10\"/>"),
            format!("<use href=\"{href}#a\"/>"),
            format!(
                "<filter id=\"f\"><feImage href=\"{href}\"/></filter><rect filter=\"url(#f)\" \
                 width=\"9\" height=\"9\"/>"
            ),
        ] {
            let message = refused(&svg(&element), true);
            assert!(message.contains("outside the drawing"), "{element}: {message}");
        }
    }
    // A link is never followed, and an embedded picture is part of the drawing.
    assert!(
        check(&svg("<a href=\"https://example.org\"><rect width=\"9\" height=\"9\"/></a>"), true)
            .is_ok()
    );
}

#[test]
fn a_picture_inside_a_drawing_is_checked_like_a_file() {
    let embed = |bytes: &[u8], mime: &str| {
        svg(&format!(
            "<image width=\"100\" height=\"100\" href=\"data:{mime};base64,{}\"/>",
            base64(bytes)
        ))
    };
    assert!(check(&embed(&png(16, 16), "image/png"), true).is_ok());
    let message = refused(&embed(&png_header(12_000, 12_000), "image/png"), true);
    assert!(message.contains("12000 × 12000"), "{message}");
    let message = refused(&embed(&svg("<rect width=\"9\" height=\"9\"/>"), "image/svg+xml"), true);
    assert!(message.contains("not a PNG, JPEG, GIF or WebP"), "{message}");
    let message = refused(&embed(&png(64, 64)[..50], "image/png"), true);
    assert!(message.contains("damaged"), "{message}");
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn nesting_is_limited_before_anything_recurses() {
    assert!(check(&nested(MAX_DEPTH), true).is_ok());
    let message = refused(&nested(MAX_DEPTH + 1), true);
    assert!(message.contains("nested more than 48 deep"), "{message}");
    // Issue 14's S3: a stack overflow took the app down.
    let message = refused(&nested(100_000), true);
    assert!(message.contains("too many parts") || message.contains("nested"), "{message}");
    let message = refused(&nested(15_000), true);
    assert!(message.contains("nested"), "{message}");
}

#[test]
fn references_count_as_the_copies_they_make() {
    // Ten levels of ten uses each: 10^10 rectangles once usvg follows them.
    let mut body = String::from("<defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
    for level in 1..=10 {
        body.push_str(&format!("<g id=\"l{level}\">"));
        for _ in 0..10 {
            body.push_str(&format!("<use href=\"#l{}\"/>", level - 1));
        }
        body.push_str("</g>");
    }
    body.push_str("</defs><use href=\"#l10\"/>");
    assert!(refused(&svg(&body), true).contains("too many parts"));
    // A chain of references, each one level deeper.
    let mut chain = String::from("<defs><rect id=\"c0\" width=\"1\" height=\"1\"/>");
    for i in 1..=60 {
        chain.push_str(&format!("<g id=\"c{i}\"><use href=\"#c{}\"/></g>", i - 1));
    }
    chain.push_str("</defs><use href=\"#c60\"/>");
    assert!(refused(&svg(&chain), true).contains("nested"));
    // A loop.
    let looped = svg("<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use href=\"#a\"/></g>");
    assert!(refused(&looped, true).contains("loop"));
    // Many uses of one small part are fine.
    let many = format!(
        "<defs><circle id=\"dot\" r=\"2\"/></defs>{}",
        "<use href=\"#dot\" x=\"5\" y=\"5\"/>".repeat(2000)
    );
    assert!(check(&svg(&many), true).is_ok());
}

#[test]
fn markers_count_once_for_every_vertex() {
    let points: String = (0..20_000).map(|i| format!("{} {} ", i % 300, i % 200)).collect();
    let marker = "<marker id=\"m\"><g><circle r=\"1\"/><circle r=\"2\"/></g></marker>";
    let bomb = svg(&format!(
        "<defs>{marker}</defs><polyline points=\"{points}\" marker-mid=\"url(#m)\"/>"
    ));
    assert!(refused(&bomb, true).contains("too many parts"));
    let arrow = svg(&format!(
        "<defs>{marker}</defs><path d=\"M0 0 L100 100\" stroke=\"black\" marker-end=\"url(#m)\"/>"
    ));
    assert!(check(&arrow, true).is_ok());
}

#[test]
fn a_stylesheet_with_gradients_for_every_part_is_fine() {
    // As drawing programs write them: classes that fill with gradients.
    let gradients: String = (0..40)
        .map(|i| {
            format!(
                "<linearGradient id=\"g{i}\"><stop offset=\"0\" stop-color=\"#fff\"/><stop \
                 offset=\"1\" stop-color=\"#000\"/></linearGradient>"
            )
        })
        .collect();
    let classes: String = (0..40).map(|i| format!(".s{i}{{fill:url(#g{i})}}")).collect();
    let shapes: String = (0..3000)
        .map(|i| format!("<rect class=\"s{}\" width=\"2\" height=\"2\"/>", i % 40))
        .collect();
    let bytes = svg(&format!("<style>{classes}</style><defs>{gradients}</defs>{shapes}"));
    assert!(check(&bytes, true).is_ok(), "{:?}", check(&bytes, true));
}

#[test]
fn filters_and_layers_are_limited() {
    let blur = "<filter id=\"b\"><feGaussianBlur stdDeviation=\"40\"/></filter>";
    // Issue 14's S4: a large drawing with a blur on every part froze the app for 40 s.
    let every =
        "<rect filter=\"url(#b)\" width=\"300\" height=\"200\"/>".repeat(MAX_FILTER_STEPS + 1);
    let message = refused(&svg(&format!("<defs>{blur}</defs>{every}")), true);
    assert!(message.contains("filter steps"), "{message}");
    let some = "<rect filter=\"url(#b)\" width=\"30\" height=\"20\"/>".repeat(MAX_FILTER_STEPS);
    assert!(check(&svg(&format!("<defs>{blur}</defs>{some}")), true).is_ok());
    let layers = "<rect opacity=\"0.5\" width=\"3\" height=\"2\"/>".repeat(MAX_LAYERS + 1);
    assert!(refused(&svg(&layers), true).contains("opacity, clip path, mask or filter"));
    let layers = "<rect opacity=\"0.5\" width=\"3\" height=\"2\"/>".repeat(MAX_LAYERS);
    assert!(check(&svg(&layers), true).is_ok());

    let one = |primitive: &str| {
        svg(&format!(
            "<filter id=\"f\">{primitive}</filter><rect filter=\"url(#f)\" width=\"300\" \
             height=\"200\"/>"
        ))
    };
    assert!(refused(&one("<feMorphology radius=\"500\"/>"), true).contains("radius"));
    assert!(check(&one("<feMorphology radius=\"1\"/>"), true).is_ok());
    assert!(
        refused(&one("<feTurbulence baseFrequency=\"0.05\" numOctaves=\"1000000000\"/>"), true)
            .contains("octaves")
    );
    assert!(check(&one("<feTurbulence baseFrequency=\"0.05\" numOctaves=\"4\"/>"), true).is_ok());
    // Found by the fuzzer: a blurred rectangle 10²⁵ high stopped resvg's drawing.
    let blurred = |height: &str| {
        svg(&format!(
            "<filter id=\"f\"><feGaussianBlur stdDeviation=\"60\"/></filter><rect \
             filter=\"url(#f)\" width=\"300\" height=\"{height}\"/>"
        ))
    };
    let far = refused(&blurred("2e25"), true);
    assert!(far.contains("far beyond the picture"), "{far}");
    assert!(check(&blurred("20000"), true).is_ok(), "{:?}", check(&blurred("20000"), true));
    assert!(decode(&blurred("20000"), true, 64 * 64).is_ok());
    // ... and a filter step whose own subregion is 2·10¹¹ high, on a rectangle of the
    // picture's size.
    let step = |height: &str| {
        svg(&format!(
            "<filter id=\"f\"><feTurbulence baseFrequency=\"0.01\" numOctaves=\"2\" \
             height=\"{height}\"/></filter><rect filter=\"url(#f)\" width=\"300\" \
             height=\"200\"/>"
        ))
    };
    let far = refused(&step("200000000000"), true);
    assert!(far.contains("far beyond the picture"), "{far}");
    assert!(decode(&step("150"), true, 64 * 64).is_ok());
    let kernel = vec!["1"; 400].join(" ");
    assert!(
        refused(&one(&format!("<feConvolveMatrix order=\"20\" kernelMatrix=\"{kernel}\"/>")), true)
            .contains("convolution")
    );
}

#[test]
fn the_work_of_drawing_is_limited() {
    let full = "<rect width=\"300\" height=\"200\" fill=\"#123\"/>";
    let message = refused(&svg(&full.repeat(MAX_WORK as usize + 1)), true);
    assert!(message.contains("too much work"), "{message}");
    assert!(check(&svg(&full.repeat(MAX_WORK as usize - 1)), true).is_ok());
    // Small parts cost little: a detailed drawing of thousands of them is fine.
    let small: String = (0..5000)
        .map(|i| format!("<circle cx=\"{}\" cy=\"{}\" r=\"1.5\"/>", i % 300, i / 25))
        .collect();
    assert!(check(&svg(&small), true).is_ok());
}

#[test]
fn patterns_dashes_and_text_are_limited() {
    let pattern = |size: u32, inner: &str| {
        svg(&format!(
            "<defs>{inner}<pattern id=\"p\" width=\"{size}\" height=\"{size}\" \
             patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" \
             fill=\"red\"/></pattern></defs><rect width=\"300\" height=\"200\" fill=\"url(#p)\"/>"
        ))
    };
    assert!(check(&pattern(10, ""), true).is_ok());
    assert!(refused(&pattern(100_000, ""), true).contains("tile"));
    let nested =
        svg("<defs><pattern id=\"q\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"2\" height=\"2\"/></pattern><pattern id=\"p\" width=\"10\" height=\"10\" \
         patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"url(#q)\"/>\
         </pattern></defs><rect width=\"300\" height=\"200\" fill=\"url(#p)\"/>");
    assert!(refused(&nested, true).contains("pattern inside a pattern"));

    let dashed = |dash: &str| {
        svg(&format!(
            "<path d=\"M0 0 L300 200 L0 200 L300 0\" stroke=\"black\" stroke-dasharray=\"{dash}\"/>"
        ))
    };
    assert!(check(&dashed("4 2"), true).is_ok());
    assert!(refused(&dashed("0.0001"), true).contains("dashes"));

    let text = |chars: usize| svg(&format!("<text x=\"0\" y=\"20\">{}</text>", "a".repeat(chars)));
    assert!(refused(&text(MAX_TEXT_CHARS + 1), true).contains("characters of text"));
}

#[test]
fn the_text_of_a_drawing_is_checked_first() {
    assert!(refused(b"\x1f\x8b\x08\0\0\0\0\0", true).contains("compressed"));
    assert!(refused(b"<svg \xff\xfe/>", true).contains("not UTF-8"));
    let laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \
                  \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\" \
                  width=\"10\" height=\"10\"><text>&b;</text></svg>";
    assert!(refused(laughs.as_bytes(), true).contains("entities"));
    assert!(refused(b"<svg", true).contains("not a valid SVG"));
    assert!(refused(b"<html><body/></html>", true).contains("can be shown"));
    assert!(refused(&png(4, 4), true).contains("not UTF-8"));
    // A byte order mark and a DOCTYPE without entities are what drawing programs write.
    let mut bom = "\u{feff}".as_bytes().to_vec();
    bom.extend(svg("<rect width=\"9\" height=\"9\"/>"));
    assert!(check(&bom, true).is_ok());
    let doctype = "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \
                   \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg \
                   xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
    assert!(check(doctype.as_bytes(), true).is_ok());
    let many_nodes = svg(&"<!-- -->".repeat(100_000));
    assert!(refused(&many_nodes, true).contains("too many parts"));
}

#[test]
fn files_are_read_only_when_they_are_regular_and_small() {
    let dir = tempfile::tempdir().unwrap();
    let fine = dir.path().join("fine.png");
    std::fs::write(&fine, png(8, 8)).unwrap();
    assert!(check_file(&fine).is_ok());
    assert!(load_file(&fine, u64::MAX).is_ok());
    let big = dir.path().join("big.png");
    std::fs::write(&big, vec![0u8; MAX_BYTES as usize + 1]).unwrap();
    assert_eq!(check_file(&big), Err(Problem::TooBig(MAX_BYTES + 1)));
    assert_eq!(check_file(dir.path()), Err(Problem::NotAFile));
    assert!(matches!(check_file(&dir.path().join("missing.png")), Err(Problem::Unreadable(_))));
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.png")).unwrap();
        assert_eq!(check_file(&dir.path().join("zero.png")), Err(Problem::NotAFile));
        let fifo = dir.path().join("fifo.svg");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert_eq!(check_file(&fifo), Err(Problem::NotAFile));
    }
    // A file changed after it was checked is checked again.
    std::fs::write(&fine, b"garbage, now").unwrap();
    assert_eq!(check_file(&fine), Err(Problem::UnknownFormat));
}

#[test]
fn every_problem_is_said_in_dutch_too() {
    use crate::i18n::{I18n, Message};
    let dutch = I18n::new("nl");
    let problems = [
        Problem::Unreadable("No such file or directory (os error 2)".into()),
        Problem::NotAFile,
        Problem::TooBig(MAX_BYTES + 1),
        Problem::Empty,
        Problem::UnknownFormat,
        Problem::TooLarge { width: 12_000, height: 12_000 },
        Problem::Damaged(Message::new("picture-no-pixels")),
        check(&nested(MAX_DEPTH + 1), true).unwrap_err(),
        check(&svg("<rect opacity=\"0.5\" width=\"3\" height=\"1e9\"/>"), true).unwrap_err(),
    ];
    for problem in problems {
        let (english, said) = (problem.to_string(), dutch.message(&problem.message()));
        assert_ne!(said, english, "{problem:?} is not in Dutch");
        assert!(!said.contains("picture-"), "a bare key: {said}");
    }
}
