//! SVG drawings. A drawing is a small program: it can nest without end, copy its parts by
//! reference (`<use>`, markers, patterns, clip paths) until there are billions of them, point
//! at any file on the computer, and ask for filters that take minutes. So it is checked in
//! three steps, each before the next one can do harm:
//!
//! 1. the text: not compressed, UTF-8, no XML entities, parsed by roxmltree with a limit on
//!    its nodes;
//! 2. the XML: every reference points inside the drawing (or is a picture embedded as a
//!    `data:` URL); its depth and its number of parts *with every reference followed* are
//!    counted before usvg (which follows them) sees it;
//! 3. the drawing as usvg read it: how much drawing it takes, in areas of the picture, and
//!    every filter's cost, at the size it will be drawn ([`super::SHOWN_SIDE`]).

use super::{Format, Info, Problem, Rgba, SHOWN_SIDE, fitted, raster};
use crate::i18n::Message;
use resvg::tiny_skia;
use resvg::usvg::{self, roxmltree};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// Elements may nest this deep, counting every reference followed as one level more.
pub const MAX_DEPTH: usize = 48;
/// A drawing may have this many parts, counting every copy a reference makes.
pub const MAX_PARTS: u64 = 20_000;
/// A drawing may hold this many characters of text.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// A drawing may use this many filter steps (`<feGaussianBlur>` and the like) in all.
pub const MAX_FILTER_STEPS: usize = 32;
/// A drawing may use this many layers (parts with opacity, a clip path, a mask or a filter).
pub const MAX_LAYERS: usize = 200;
/// The work of drawing it, in areas of the whole picture: painting every part once.
pub const MAX_WORK: f32 = 400.0;

/// Nodes of every kind (text and comments too) the XML parser reads before it gives up.
const MAX_XML_NODES: u32 = 4 * MAX_PARTS as u32;
/// A convolution filter may have a kernel of at most this many cells (9 × 9).
const MAX_KERNEL_CELLS: u32 = 81;
/// Erode and dilate cost their radius squared for each pixel: at most this many pixels.
const MAX_MORPHOLOGY_CELLS: f32 = 400.0;
/// Noise filters cost their octaves for each pixel.
const MAX_OCTAVES: u32 = 10;
/// A dashed line may have this many dashes.
const MAX_DASHES: f32 = 100_000.0;
/// A layer, a filter's region and a filter step's subregion may reach this many pixels from
/// the picture's corner, a thousand pictures away. resvg sizes them in 32-bit pixels and
/// stops the program when one does not fit (the fuzzer found a blurred rectangle 10²⁵ high,
/// and a turbulence step 2·10¹¹ high).
const MAX_REACH: f32 = (1 << 20) as f32;

fn refused(message: Message) -> Problem {
    Problem::Drawing(message)
}

pub(super) fn check(bytes: &[u8]) -> Result<Info, Problem> {
    let tree = parse(bytes)?;
    let size = tree.size();
    // Float-to-int casts saturate; a drawing's size is only reported.
    Ok(Info {
        format: Format::Svg,
        width: size.width().ceil() as u32,
        height: size.height().ceil() as u32,
    })
}

pub(super) fn decode(bytes: &[u8], max_pixels: u64) -> Result<Rgba, Problem> {
    let tree = parse(bytes)?;
    let size = tree.size();
    let (width, height) =
        fitted(f64::from(size.width()), f64::from(size.height()), max_pixels, true);
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| refused(Message::new("picture-svg-no-size")))?;
    let transform = tiny_skia::Transform::from_scale(
        width as f32 / size.width(),
        height as f32 / size.height(),
    );
    // The checks above keep resvg within what it can draw; should a drawing still find one
    // of its `unwrap`s, the picture is not shown rather than the app stopped. (The fuzz
    // target counts that as a failure all the same: the check let it through.)
    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        resvg::render(&tree, transform, &mut pixmap.as_mut());
    }));
    if drawn.is_err() {
        return Err(refused(Message::new("picture-svg-undrawable")));
    }
    let pixels = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| {
            let color = pixel.demultiply();
            [color.red(), color.green(), color.blue(), color.alpha()]
        })
        .collect();
    Ok(Rgba { width, height, pixels })
}

/// Reads and checks a drawing; the tree returned is safe to draw at up to [`SHOWN_SIDE`].
fn parse(bytes: &[u8]) -> Result<usvg::Tree, Problem> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(refused(Message::new("picture-svg-compressed")));
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| refused(Message::new("picture-svg-not-utf8")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains("<!ENTITY") {
        return Err(refused(Message::new("picture-svg-entities")));
    }
    // roxmltree, and usvg after it, recurse once for every level of nesting.
    if !nests_at_most(text, MAX_DEPTH + 1) {
        return Err(too_deep());
    }
    let xml_options = roxmltree::ParsingOptions { allow_dtd: true, nodes_limit: MAX_XML_NODES };
    let document =
        roxmltree::Document::parse_with_options(text, xml_options).map_err(|e| match e {
            roxmltree::Error::NodesLimitReached => too_many_parts(),
            other => refused(Message::new("picture-svg-invalid").with("detail", other.to_string())),
        })?;
    let has_text = Xml::check(&document)?;

    let trouble = Arc::new(Mutex::new(None));
    let options = options(has_text, &trouble);
    let tree = usvg::Tree::from_xmltree(&document, &options).map_err(|e| {
        refused(Message::new("picture-svg-unshowable").with("detail", e.to_string()))
    })?;
    if let Some(problem) = trouble.lock().unwrap_or_else(PoisonError::into_inner).take() {
        return Err(problem);
    }
    Work::check(&tree)?;
    Ok(tree)
}

fn too_many_parts() -> Problem {
    refused(Message::new("picture-svg-too-many-parts").with("max", MAX_PARTS))
}

fn too_deep() -> Problem {
    refused(Message::new("picture-svg-too-deep").with("max", MAX_DEPTH))
}

/// Whether the elements of `text` nest at most `limit` deep, read without parsing: tags are
/// counted, and comments, CDATA, declarations and quoted attribute values are skipped. It may
/// count too deep for odd text (which roxmltree refuses anyway), never too shallow.
fn nests_at_most(text: &str, limit: usize) -> bool {
    let bytes = text.as_bytes();
    let after = |from: usize, end: &str| {
        text.get(from..)
            .and_then(|rest| rest.find(end))
            .map_or(bytes.len(), |at| from + at + end.len())
    };
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(at) = text.get(i..).and_then(|rest| rest.find('<')) {
        i += at;
        let rest = &text[i..];
        if rest.starts_with("<!--") {
            i = after(i, "-->");
        } else if rest.starts_with("<![CDATA[") {
            i = after(i, "]]>");
        } else if rest.starts_with("<?") {
            i = after(i, "?>");
        } else if rest.starts_with("<!") {
            // A declaration; a DOCTYPE may hold `[...]` with `>` inside.
            let close = after(i, ">");
            let open = after(i, "[");
            i = if open < close { after(after(i, "]"), ">") } else { close };
        } else if rest.starts_with("</") {
            depth = depth.saturating_sub(1);
            i = after(i, ">");
        } else {
            let mut quote = None;
            let mut j = i + 1;
            while j < bytes.len() {
                match (quote, bytes[j]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[j]),
                    (Some(q), b) if b == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                j += 1;
            }
            if bytes.get(j.wrapping_sub(1)) != Some(&b'/') {
                depth += 1;
                if depth > limit {
                    return false;
                }
            }
            i = j + 1;
        }
    }
    true
}

/// usvg's options: nothing outside the drawing is read; embedded pictures are checked like
/// any picture; fonts are the system's, loaded once and only for a drawing with text.
fn options(has_text: bool, trouble: &Arc<Mutex<Option<Problem>>>) -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    if has_text {
        options.fontdb = fonts();
    }
    let note = |trouble: &Arc<Mutex<Option<Problem>>>, problem: Problem| {
        let mut slot = trouble.lock().unwrap_or_else(PoisonError::into_inner);
        slot.get_or_insert(problem);
    };
    let on_data = Arc::clone(trouble);
    let on_string = Arc::clone(trouble);
    options.image_href_resolver = usvg::ImageHrefResolver {
        resolve_data: Box::new(move |_mime, data: Arc<Vec<u8>>, _| {
            let checked = embedded(&data);
            if let Err(problem) = &checked {
                note(&on_data, problem.clone());
            }
            checked.ok()
        }),
        resolve_string: Box::new(move |href, _| {
            note(&on_string, outside(href));
            None
        }),
    };
    options
}

/// The system's fonts, read once per process.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut fonts = usvg::fontdb::Database::new();
            fonts.load_system_fonts();
            Arc::new(fonts)
        })
        .clone()
}

/// A picture embedded in the drawing as a `data:` URL: a raster that passes every check of
/// a picture file (never another drawing, which could start all over again).
fn embedded(data: &Arc<Vec<u8>>) -> Result<usvg::ImageKind, Problem> {
    let inside = |problem: Problem| {
        refused(Message::new("picture-svg-inside").with("problem", problem.message()))
    };
    let (format, _, _) = raster::header(data).map_err(|problem| match problem {
        Problem::UnknownFormat => refused(Message::new("picture-svg-inside-unknown")),
        other => inside(other),
    })?;
    raster::check(data).map_err(inside)?;
    let data = Arc::clone(data);
    match format {
        Format::Png => Ok(usvg::ImageKind::PNG(data)),
        Format::Jpeg => Ok(usvg::ImageKind::JPEG(data)),
        Format::Gif => Ok(usvg::ImageKind::GIF(data)),
        Format::WebP => Ok(usvg::ImageKind::WEBP(data)),
        Format::Svg => Err(inside(Problem::UnknownFormat)),
    }
}

fn outside(href: &str) -> Problem {
    let shown: String = href.chars().take(60).collect::<String>().escape_debug().to_string();
    refused(Message::new("picture-svg-outside").with("href", shown))
}

/// The XML, before usvg: references, depth and size with every reference followed.
struct Xml<'a, 'input> {
    document: &'a roxmltree::Document<'input>,
    /// Element ids, first use first (as usvg resolves them).
    ids: HashMap<&'a str, roxmltree::NodeId>,
    /// What the `url(#id)`s of the `<style>` sheets add to each element they may apply to
    /// (any element): (parts, parts drawn at each vertex, depth below).
    sheet: (u64, u64, usize),
    /// A stylesheet may give any shape markers.
    sheet_markers: bool,
    /// (parts, depth) of an element with everything it refers to; `None` while it is being
    /// counted (a reference back to it is a loop).
    counted: HashMap<roxmltree::NodeId, Option<(u64, usize)>>,
}

impl<'a, 'input> Xml<'a, 'input> {
    /// Checks the document; whether it has text (and so needs fonts).
    fn check(document: &'a roxmltree::Document<'input>) -> Result<bool, Problem> {
        let mut xml = Self {
            document,
            ids: HashMap::new(),
            sheet: (0, 0, 0),
            sheet_markers: false,
            counted: HashMap::new(),
        };
        let mut text_chars = 0usize;
        let mut has_text = false;
        let mut sheets = String::new();
        for node in document.descendants() {
            if node.is_text() {
                text_chars += node.text().map_or(0, |t| t.chars().count());
                if node.parent().is_some_and(|p| p.tag_name().name() == "style") {
                    sheets.push_str(node.text().unwrap_or_default());
                }
                continue;
            }
            if !node.is_element() {
                continue;
            }
            let name = node.tag_name().name();
            has_text |= matches!(name, "text" | "tspan" | "textPath" | "tref");
            for attribute in node.attributes() {
                if attribute.name() == "href" {
                    check_href(name, attribute.value())?;
                }
            }
            if let Some(id) = node.attribute("id") {
                xml.ids.entry(id).or_insert(node.id());
            }
        }
        if text_chars > MAX_TEXT_CHARS {
            return Err(refused(
                Message::new("picture-svg-too-much-text")
                    .with("chars", text_chars)
                    .with("max", MAX_TEXT_CHARS),
            ));
        }
        xml.sheet_markers = sheets.contains("marker");
        let mut targets: Vec<roxmltree::NodeId> =
            local_urls(&sheets).filter_map(|id| xml.ids.get(id).copied()).collect();
        targets.sort_by_key(|id| id.get());
        targets.dedup();
        // What the sheets refer to, counted as if no sheet applied inside it (it does apply
        // there too: counting that would count every sheet target once for every other).
        let mut sheet = (0u64, 0u64, 0usize);
        for target in targets {
            let Some(node) = document.get_node(target) else { continue };
            let (parts, depth) = xml.count(node, 1)?;
            match copies(node) {
                Copies::None => {}
                Copies::Once => sheet.0 = sheet.0.saturating_add(parts),
                Copies::AtVertices => sheet.1 = sheet.1.saturating_add(parts),
            }
            sheet.2 = sheet.2.max(depth + 1);
        }
        xml.counted.clear();
        xml.sheet = sheet;
        let (parts, _) = xml.count(document.root_element(), 0)?;
        if parts > MAX_PARTS {
            return Err(too_many_parts());
        }
        Ok(has_text)
    }

    /// (parts, depth below) of `node` with every reference followed, found at `level`.
    fn count(
        &mut self,
        node: roxmltree::Node<'a, 'input>,
        level: usize,
    ) -> Result<(u64, usize), Problem> {
        if level > MAX_DEPTH {
            return Err(too_deep());
        }
        match self.counted.get(&node.id()) {
            Some(Some((parts, depth))) if level + depth > MAX_DEPTH => return Err(too_deep()),
            Some(Some(known)) => return Ok(*known),
            Some(None) => {
                return Err(refused(Message::new("picture-svg-loop")));
            }
            None => {}
        }
        self.counted.insert(node.id(), None);
        let mut parts = 1u64;
        let mut depth = 0usize;
        let mut add = |(more, below): (u64, usize), times: u64| -> Result<(), Problem> {
            parts = parts.saturating_add(more.saturating_mul(times));
            depth = depth.max(below + 1);
            if parts > MAX_PARTS { Err(too_many_parts()) } else { Ok(()) }
        };
        for child in node.children().filter(roxmltree::Node::is_element) {
            add(self.count(child, level + 1)?, 1)?;
        }
        let vertices = vertices(node);
        let has_markers = node.attributes().any(|a| {
            a.name().starts_with("marker") || (a.name() == "style" && a.value().contains("marker"))
        });
        let markers = (has_markers || self.sheet_markers) && vertices > 0;
        let references: Vec<roxmltree::NodeId> = self.references(node).collect();
        for target in references {
            let Some(target) = self.document.get_node(target) else { continue };
            let times = match copies(target) {
                Copies::None => 0,
                Copies::Once => 1,
                Copies::AtVertices if markers => vertices,
                Copies::AtVertices => 0,
            };
            add(self.count(target, level + 1)?, times)?;
        }
        let (sheet_parts, sheet_vertex_parts, sheet_depth) = self.sheet;
        if sheet_depth > 0 {
            let at_vertices = if markers { vertices } else { 0 };
            add((sheet_parts, sheet_depth - 1), 1)?;
            add((sheet_vertex_parts, sheet_depth - 1), at_vertices)?;
        }
        self.counted.insert(node.id(), Some((parts, depth)));
        Ok((parts, depth))
    }

    /// The elements `node` refers to itself: `href="#id"` and `url(#id)` in any attribute.
    fn references(
        &self,
        node: roxmltree::Node<'a, 'input>,
    ) -> impl Iterator<Item = roxmltree::NodeId> + '_ {
        node.attributes()
            .flat_map(|attribute| {
                let value = attribute.value();
                let href = (attribute.name() == "href").then(|| value.trim().strip_prefix('#'));
                href.flatten().into_iter().chain(local_urls(value)).collect::<Vec<_>>()
            })
            .filter_map(|id| self.ids.get(id).copied())
    }
}

/// How often usvg copies what a reference points at.
enum Copies {
    /// A gradient: its stops are read where it is used.
    None,
    Once,
    /// A marker: drawn at every vertex of the shape.
    AtVertices,
}

fn copies(target: roxmltree::Node<'_, '_>) -> Copies {
    match target.tag_name().name() {
        "linearGradient" | "radialGradient" => Copies::None,
        "marker" => Copies::AtVertices,
        _ => Copies::Once,
    }
}

/// An `href` is allowed when it points inside the drawing, embeds a picture, or is a link
/// (`<a>`), which is never followed.
fn check_href(element: &str, href: &str) -> Result<(), Problem> {
    let href = href.trim();
    let embedded = href.get(..5).is_some_and(|start| start.eq_ignore_ascii_case("data:"));
    if element == "a"
        || href.starts_with('#')
        || (embedded && matches!(element, "image" | "feImage"))
    {
        Ok(())
    } else {
        Err(outside(href))
    }
}

/// The ids of every `url(#id)` in `text` (quoted or not).
fn local_urls(text: &str) -> impl Iterator<Item = &str> {
    text.split("url(").skip(1).filter_map(|rest| {
        let inside = rest.split(')').next()?.trim().trim_matches(['"', '\'']);
        inside.strip_prefix('#').map(str::trim)
    })
}

/// How many vertices a shape can have at most: every two characters of its path data can
/// start one (markers are drawn at each).
fn vertices(node: roxmltree::Node<'_, '_>) -> u64 {
    let data = |name| node.attribute(name).map_or(0, str::len);
    match node.tag_name().name() {
        "path" | "polyline" | "polygon" => (data("d") + data("points")) as u64 / 2 + 2,
        "line" => 2,
        _ => 0,
    }
}

/// The drawing as usvg read it, measured at the size it is drawn.
struct Work {
    /// From the drawing's units to pixels.
    scale: f32,
    /// Pixels of the whole picture.
    area: f32,
    width: f32,
    height: f32,
    /// In areas of the whole picture.
    work: f32,
    layers: usize,
    filter_steps: usize,
}

impl Work {
    fn check(tree: &usvg::Tree) -> Result<(), Problem> {
        let size = tree.size();
        let side = SHOWN_SIDE as f32;
        let scale = (side / size.width()).min(side / size.height());
        let (width, height) = (size.width() * scale, size.height() * scale);
        let mut work = Work {
            scale,
            area: (width * height).max(1.0),
            width,
            height,
            work: 0.0,
            layers: 0,
            filter_steps: 0,
        };
        work.group(tree.root(), 0)
    }

    fn spend(&mut self, areas: f32) -> Result<(), Problem> {
        self.work += areas;
        if self.work > MAX_WORK || !self.work.is_finite() {
            return Err(refused(
                Message::new("picture-svg-too-much-work").with("max", MAX_WORK.to_string()),
            ));
        }
        Ok(())
    }

    /// The part of the picture (and the room around it a layer may use) that `rect`, in
    /// the drawing's units, covers, in areas of the picture.
    fn covered(&self, rect: usvg::Rect) -> f32 {
        let (w, h) = (self.width, self.height);
        let clip = |low: f32, high: f32, max: f32| (high.min(2.0 * max) - low.max(-max)).max(0.0);
        let width = clip(rect.left() * self.scale, rect.right() * self.scale, w);
        let height = clip(rect.top() * self.scale, rect.bottom() * self.scale, h);
        let covered = width * height / self.area;
        if covered.is_finite() { covered } else { 9.0 }
    }

    /// Whether `rect`, in the drawing's units, reaches further than [`MAX_REACH`] pixels from
    /// the picture's corner at the size it is drawn.
    fn too_far(&self, rect: usvg::Rect) -> bool {
        let edges = [rect.left(), rect.top(), rect.right(), rect.bottom()];
        edges.iter().any(|edge| exceeds((edge * self.scale).abs(), MAX_REACH))
    }

    /// From the drawing's units at `transform` to pixels: the larger of the two scales.
    fn pixels(&self, transform: usvg::Transform) -> (f32, f32) {
        let (sx, sy) =
            usvg::Transform::from_scale(self.scale, self.scale).pre_concat(transform).get_scale();
        (sx, sy)
    }

    /// `patterns`: how many patterns this group is drawn inside.
    fn group(&mut self, group: &usvg::Group, patterns: usize) -> Result<(), Problem> {
        for node in group.children() {
            match node {
                usvg::Node::Group(inner) => {
                    if inner.should_isolate() {
                        self.layer(inner, patterns)?;
                    }
                    self.group(inner, patterns)?;
                }
                usvg::Node::Path(path) => self.path(path, patterns)?,
                usvg::Node::Image(image) => {
                    let size = image.size();
                    let decoded = size.width() * size.height() / self.area;
                    self.spend(self.covered(image.abs_bounding_box()) + decoded)?;
                }
                usvg::Node::Text(text) => self.group(text.flattened(), patterns)?,
            }
        }
        Ok(())
    }

    /// A part drawn on a layer of its own, then filtered, clipped, masked and laid down.
    fn layer(&mut self, group: &usvg::Group, patterns: usize) -> Result<(), Problem> {
        self.layers += 1;
        if self.layers > MAX_LAYERS {
            return Err(refused(
                Message::new("picture-svg-too-many-layers").with("max", MAX_LAYERS),
            ));
        }
        let bounds = group.abs_layer_bounding_box().to_rect();
        let transform = group.abs_transform();
        // A filter's region and each step's subregion are sized like the layer.
        let regions = group.filters().iter().flat_map(|filter| {
            let steps = filter.primitives().iter().map(usvg::filter::Primitive::rect);
            std::iter::once(filter.rect()).chain(steps)
        });
        let mut regions = regions.filter_map(|region| region.transform(transform));
        if self.too_far(bounds) || regions.any(|region| self.too_far(region.to_rect())) {
            return Err(refused(Message::new("picture-svg-too-far")));
        }
        let layer = self.covered(bounds).max(0.01);
        for filter in group.filters() {
            for primitive in filter.primitives() {
                self.filter_steps += 1;
                if self.filter_steps > MAX_FILTER_STEPS {
                    return Err(refused(
                        Message::new("picture-svg-too-many-filters").with("max", MAX_FILTER_STEPS),
                    ));
                }
                self.primitive(primitive.kind(), transform, patterns)?;
                self.spend(layer)?;
            }
        }
        let mut clip = group.clip_path();
        while let Some(path) = clip {
            // Each part of a clip path is drawn over the layer, for every part it clips.
            self.spend(layer * nodes(path.root()) as f32)?;
            clip = path.clip_path();
        }
        let mut mask = group.mask();
        while let Some(inner) = mask {
            self.spend(layer * (1 + nodes(inner.root())) as f32)?;
            self.group(inner.root(), patterns)?;
            mask = inner.mask();
        }
        self.spend(2.0 * layer)
    }

    fn primitive(
        &mut self,
        kind: &usvg::filter::Kind,
        transform: usvg::Transform,
        patterns: usize,
    ) -> Result<(), Problem> {
        use usvg::filter::Kind;
        match kind {
            Kind::ConvolveMatrix(convolve) => {
                let cells = convolve.matrix().columns().saturating_mul(convolve.matrix().rows());
                if cells > MAX_KERNEL_CELLS {
                    return Err(refused(
                        Message::new("picture-svg-kernel")
                            .with("cells", cells)
                            .with("max", MAX_KERNEL_CELLS),
                    ));
                }
            }
            Kind::Morphology(morphology) => {
                let (sx, sy) = self.pixels(transform);
                let cells =
                    4.0 * morphology.radius_x().get() * sx * morphology.radius_y().get() * sy;
                if exceeds(cells, MAX_MORPHOLOGY_CELLS) {
                    return Err(refused(Message::new("picture-svg-radius")));
                }
            }
            Kind::Turbulence(turbulence) if turbulence.num_octaves() > MAX_OCTAVES => {
                return Err(refused(
                    Message::new("picture-svg-octaves")
                        .with("octaves", turbulence.num_octaves())
                        .with("max", MAX_OCTAVES),
                ));
            }
            Kind::Image(image) => self.group(image.root(), patterns)?,
            _ => {}
        }
        Ok(())
    }

    fn path(&mut self, path: &usvg::Path, patterns: usize) -> Result<(), Problem> {
        if !path.is_visible() {
            return Ok(());
        }
        let covered = self.covered(path.abs_stroke_bounding_box());
        let paints = path
            .fill()
            .map(usvg::Fill::paint)
            .into_iter()
            .chain(path.stroke().map(usvg::Stroke::paint));
        for paint in paints {
            self.spend(covered)?;
            if let usvg::Paint::Pattern(pattern) = paint {
                self.pattern(pattern, path.abs_transform(), patterns)?;
            }
        }
        if let Some(stroke) = path.stroke()
            && let Some(dashes) = stroke.dasharray()
        {
            let (sx, sy) = self.pixels(path.abs_transform());
            let period: f32 = dashes.iter().sum::<f32>() * sx.min(sy);
            let count = length(path.data()) * sx.max(sy) / period * dashes.len() as f32;
            if exceeds(count, MAX_DASHES) {
                return Err(refused(
                    Message::new("picture-svg-dashes").with("max", MAX_DASHES.to_string()),
                ));
            }
        }
        Ok(())
    }

    /// A pattern is drawn as one tile (of at most the picture's size) each time it is used.
    fn pattern(
        &mut self,
        pattern: &usvg::Pattern,
        transform: usvg::Transform,
        patterns: usize,
    ) -> Result<(), Problem> {
        if patterns > 0 {
            return Err(refused(Message::new("picture-svg-nested-pattern")));
        }
        let (sx, sy) = self.pixels(transform.pre_concat(pattern.transform()));
        let tile = pattern.rect().width() * sx * pattern.rect().height() * sy / self.area;
        if exceeds(tile, 1.0) {
            return Err(refused(Message::new("picture-svg-pattern-tile")));
        }
        self.spend(tile * (1 + nodes(pattern.root())) as f32)?;
        self.group(pattern.root(), patterns + 1)
    }
}

/// Whether a measure is over its limit, or not a number at all.
fn exceeds(value: f32, limit: f32) -> bool {
    value.is_nan() || value > limit
}

/// How many nodes `group` has, at every depth.
fn nodes(group: &usvg::Group) -> usize {
    group
        .children()
        .iter()
        .map(|node| match node {
            usvg::Node::Group(inner) => 1 + nodes(inner),
            usvg::Node::Text(text) => 1 + nodes(text.flattened()),
            _ => 1,
        })
        .sum()
}

/// At least the length of a path: the length of its control polygon.
fn length(path: &tiny_skia::Path) -> f32 {
    let mut total = 0.0;
    let mut at = tiny_skia::Point::zero();
    let mut start = at;
    let mut to = |next: tiny_skia::Point, at: &mut tiny_skia::Point| {
        total += at.distance(next);
        *at = next;
    };
    for segment in path.segments() {
        match segment {
            tiny_skia::PathSegment::MoveTo(p) => {
                at = p;
                start = p;
            }
            tiny_skia::PathSegment::LineTo(p) => to(p, &mut at),
            tiny_skia::PathSegment::QuadTo(a, p) => {
                to(a, &mut at);
                to(p, &mut at);
            }
            tiny_skia::PathSegment::CubicTo(a, b, p) => {
                to(a, &mut at);
                to(b, &mut at);
                to(p, &mut at);
            }
            tiny_skia::PathSegment::Close => to(start, &mut at),
        }
    }
    total
}
