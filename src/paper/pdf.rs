//! Writing laid-out pages as a PDF with krilla: text as real, selectable text in the embedded
//! (subset) Inter faces, SVG drawings as vectors through krilla-svg (the usvg iced already
//! builds), raster images as they are.

use super::Error;
use super::layout::{Op, PAGE_HEIGHT, PAGE_WIDTH, Page, Rgb};
use super::text::{Face, Fonts};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::Font;
use krilla::{Data, Document};
use krilla_svg::{SurfaceExt, SvgSettings};
use std::sync::Arc;

/// A picture to draw: an SVG (kept as vectors) or a raster image.
#[derive(Debug, Clone)]
pub enum Picture {
    Svg(Arc<usvg::Tree>),
    Raster(krilla::image::Image),
}

impl Picture {
    /// An SVG document; `None` when it cannot be read as one.
    pub fn svg(bytes: &[u8]) -> Option<Self> {
        let tree = usvg::Tree::from_data(bytes, &usvg::Options::default()).ok()?;
        let size = tree.size();
        (size.width() > 0.0 && size.height() > 0.0).then(|| Self::Svg(Arc::new(tree)))
    }

    /// A PNG, JPEG, GIF or WebP image named by its file extension.
    pub fn raster(bytes: Vec<u8>, extension: &str) -> Option<Self> {
        let data = Data::from(bytes);
        let image = match extension.to_ascii_lowercase().as_str() {
            "png" => krilla::image::Image::from_png(data, true),
            "jpg" | "jpeg" => krilla::image::Image::from_jpeg(data, true),
            "gif" => krilla::image::Image::from_gif(data, true),
            "webp" => krilla::image::Image::from_webp(data, true),
            _ => return None,
        }
        .ok()?;
        let (w, h) = image.size();
        (w > 0 && h > 0).then_some(Self::Raster(image))
    }

    fn size(&self) -> (f32, f32) {
        match self {
            Picture::Svg(tree) => (tree.size().width(), tree.size().height()),
            Picture::Raster(image) => {
                let (w, h) = image.size();
                (w as f32, h as f32)
            }
        }
    }
}

/// What the document says about itself (shown by viewers, read by search tools).
#[derive(Debug, Clone)]
pub struct Meta {
    pub title: String,
    pub language: String,
    pub author: Option<String>,
    pub created: chrono::DateTime<chrono::FixedOffset>,
}

fn colour(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: colour(c).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn stroke(c: Rgb, width: f32, dashed: bool) -> Stroke {
    Stroke {
        paint: colour(c).into(),
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        dash: dashed.then(|| StrokeDash { array: vec![2.5, 2.5], offset: 0.0 }),
        ..Stroke::default()
    }
}

/// The PDF of `pages`.
pub fn write(
    pages: &[Page],
    pictures: &[Picture],
    fonts: &Fonts,
    meta: &Meta,
) -> Result<Vec<u8>, Error> {
    let krilla_fonts: Vec<(Face, Font)> = [Face::Regular, Face::Semibold, Face::Display]
        .into_iter()
        .map(|face| {
            let data: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(face.data());
            Font::new(Data::from(data), 0)
                .map(|font| (face, font))
                .ok_or_else(|| Error::Pdf(format!("the embedded font {face:?} cannot be used")))
        })
        .collect::<Result<_, _>>()?;
    let font_of = |face: Face| krilla_fonts.iter().find(|(f, _)| *f == face).map(|(_, k)| k);

    let mut document = Document::new();
    let mut metadata = krilla::metadata::Metadata::new()
        .title(meta.title.clone())
        .language(meta.language.clone())
        .creator("Limber".to_owned())
        .creation_date(date_time(&meta.created));
    if let Some(author) = &meta.author {
        metadata = metadata.authors(vec![author.clone()]);
    }
    document.set_metadata(metadata);

    let size = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| Error::Pdf("the page size is not valid".into()))?;
    for page in pages {
        let mut pdf_page = document.start_page_with(size.clone());
        let mut surface = pdf_page.surface();
        for op in &page.ops {
            draw(&mut surface, op, pictures, fonts, &font_of);
        }
        surface.finish();
        pdf_page.finish();
    }
    document.finish().map_err(|e| Error::Pdf(format!("{e:?}")))
}

fn draw<'f>(
    surface: &mut Surface<'_>,
    op: &Op,
    pictures: &[Picture],
    fonts: &Fonts,
    font_of: &impl Fn(Face) -> Option<&'f Font>,
) {
    match op {
        Op::Text { x, y, face, size, colour: c, text } => {
            let Some(font) = font_of(*face) else { return };
            let shaped = fonts.shape(*face, text);
            surface.set_fill(Some(fill(*c)));
            surface.set_stroke(None);
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &shaped.glyphs,
                font.clone(),
                text,
                *size,
                false,
            );
        }
        Op::Rect { x, y, w, h, fill: f, stroke: s } => {
            let mut builder = PathBuilder::new();
            if let Some(rect) = krilla::geom::Rect::from_xywh(*x, *y, *w, *h) {
                builder.push_rect(rect);
            }
            paint_path(surface, builder, *f, s.map(|(c, w)| stroke(c, w, false)));
        }
        Op::Line { points, colour: c, width, dashed } => {
            let mut builder = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 { builder.move_to(*x, *y) } else { builder.line_to(*x, *y) }
            }
            paint_path(surface, builder, None, Some(stroke(*c, *width, *dashed)));
        }
        Op::Circle { cx, cy, r, fill: f, stroke: s } => {
            // Four cubic arcs: the usual approximation of a circle.
            const K: f32 = 0.552_284_8;
            let (cx, cy, r) = (*cx, *cy, *r);
            let k = K * r;
            let mut builder = PathBuilder::new();
            builder.move_to(cx + r, cy);
            builder.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            builder.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            builder.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            builder.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            builder.close();
            paint_path(surface, builder, *f, s.map(|(c, w)| stroke(c, w, false)));
        }
        Op::Picture { x, y, w, h, index } => {
            let Some(picture) = pictures.get(*index) else { return };
            let (pw, ph) = picture.size();
            let scale = (w / pw).min(h / ph);
            let (dw, dh) = (pw * scale, ph * scale);
            let Some(fitted) = Size::from_wh(dw, dh) else { return };
            surface
                .push_transform(&Transform::from_translate(x + (w - dw) / 2.0, y + (h - dh) / 2.0));
            match picture {
                Picture::Svg(tree) => {
                    surface.draw_svg(tree, fitted, SvgSettings::default());
                }
                Picture::Raster(image) => surface.draw_image(image.clone(), fitted),
            }
            surface.pop();
        }
    }
}

fn paint_path(surface: &mut Surface<'_>, builder: PathBuilder, f: Option<Rgb>, s: Option<Stroke>) {
    let Some(path) = builder.finish() else { return };
    surface.set_fill(f.map(fill));
    surface.set_stroke(s);
    surface.draw_path(&path);
}

fn date_time(at: &chrono::DateTime<chrono::FixedOffset>) -> krilla::metadata::DateTime {
    use chrono::{Datelike, Timelike};
    let offset = at.offset().local_minus_utc();
    let year = u16::try_from(at.year().clamp(0, 9999)).unwrap_or(0);
    let small = |n: u32| u8::try_from(n).unwrap_or(0);
    krilla::metadata::DateTime::new(year)
        .month(small(at.month()))
        .day(small(at.day()))
        .hour(small(at.hour()))
        .minute(small(at.minute()))
        .second(small(at.second().min(59)))
        .utc_offset_hour(i8::try_from(offset / 3600).unwrap_or(0))
        .utc_offset_minute(u8::try_from((offset.abs() % 3600) / 60).unwrap_or(0))
}
