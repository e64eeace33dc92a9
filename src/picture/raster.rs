//! PNG, JPEG, GIF and WebP pictures: the size is read from the header and checked before a
//! single pixel is decoded; then the whole picture is decoded (a truncated file fails here,
//! not when it is drawn), turned upright as its EXIF orientation says, and scaled down.

use super::{Format, Info, MAX_SIDE, Problem, Rgba, fitted};
use crate::i18n::Message;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// What a decoder may allocate: a picture of the largest size at 16 bits per channel, and
/// room for the decoder's own buffers.
const MAX_ALLOC: u64 = 2 * (MAX_SIDE as u64) * (MAX_SIDE as u64) * 8;

pub(super) fn check(bytes: &[u8]) -> Result<Info, Problem> {
    let (format, image) = decoded(bytes)?;
    Ok(Info { format, width: image.width(), height: image.height() })
}

pub(super) fn decode(bytes: &[u8], max_pixels: u64) -> Result<Rgba, Problem> {
    let (_, image) = decoded(bytes)?;
    let (width, height) =
        fitted(f64::from(image.width()), f64::from(image.height()), max_pixels, false);
    let image = if (width, height) == (image.width(), image.height()) {
        image
    } else {
        image.thumbnail_exact(width, height)
    };
    let image = image.into_rgba8();
    Ok(Rgba { width: image.width(), height: image.height(), pixels: image.into_raw() })
}

/// The format and size in the header, without decoding (for pictures inside a drawing).
pub(super) fn header(bytes: &[u8]) -> Result<(Format, u32, u32), Problem> {
    let (format, decoder) = decoder(bytes)?;
    let (width, height) = decoder.dimensions();
    Ok((format, width, height))
}

fn decoder(bytes: &[u8]) -> Result<(Format, impl ImageDecoder + '_), Problem> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Problem::Unreadable(e.to_string()))?;
    let format = match reader.format() {
        Some(ImageFormat::Png) => Format::Png,
        Some(ImageFormat::Jpeg) => Format::Jpeg,
        Some(ImageFormat::Gif) => Format::Gif,
        Some(ImageFormat::WebP) => Format::WebP,
        _ => return Err(Problem::UnknownFormat),
    };
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(damaged)?;
    let (width, height) = decoder.dimensions();
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(Problem::TooLarge { width, height });
    }
    if width == 0 || height == 0 {
        return Err(Problem::Damaged(Message::new("picture-no-pixels")));
    }
    Ok((format, decoder))
}

fn decoded(bytes: &[u8]) -> Result<(Format, DynamicImage), Problem> {
    let (format, mut decoder) = decoder(bytes)?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    image.apply_orientation(orientation);
    Ok((format, image))
}

fn damaged(error: image::ImageError) -> Problem {
    match error {
        image::ImageError::Unsupported(e) => {
            Problem::Damaged(Message::new("picture-not-supported").with("detail", e.to_string()))
        }
        image::ImageError::Limits(_) => Problem::Damaged(Message::new("picture-too-much-memory")),
        other => Problem::Damaged(Message::new("picture-detail").with("detail", other.to_string())),
    }
}
