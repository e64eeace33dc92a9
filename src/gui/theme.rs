//! Colours, sizes and style functions. Screens use these and never colour literals, so light,
//! dark and large-type stay consistent.

use crate::program::StepKind;
use iced::border::Radius;
use iced::theme::{Mode, Palette};
use iced::widget::{button, container, progress_bar};
use iced::{Background, Border, Color, Font, Shadow, Theme, color};

/// Inter: embedded, so text looks the same on every machine (and exists on a bare one). The
/// bytes are the ones the PDFs embed too, kept once in the binary.
pub use crate::paper::text::{
    DISPLAY as FONT_DISPLAY, REGULAR as FONT_REGULAR, SEMIBOLD as FONT_SEMIBOLD,
};

/// The body font.
pub const BODY: Font = Font::with_name("Inter");
/// Headings and buttons.
pub const STRONG: Font = Font { weight: iced::font::Weight::Semibold, ..Font::with_name("Inter") };
/// The big countdown.
pub const DISPLAY: Font =
    Font { weight: iced::font::Weight::Bold, ..Font::with_name("Inter Display") };

/// Spacing steps.
pub const GAP_S: f32 = 8.0;
pub const GAP_M: f32 = 16.0;
pub const GAP_L: f32 = 24.0;
pub const GAP_XL: f32 = 40.0;

/// The widest a screen's body grows: lines stay readable on wide windows.
pub const PAGE_WIDTH: f32 = 1000.0;

/// Text sizes; the session screen multiplies by [`Sizes::scale`] in large-type mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    pub scale: f32,
}

impl Sizes {
    pub fn new(large_type: bool) -> Self {
        Self { scale: if large_type { 1.35 } else { 1.0 } }
    }
    pub fn body(self) -> f32 {
        18.0 * self.scale
    }
    pub fn small(self) -> f32 {
        15.0 * self.scale
    }
    pub fn heading(self) -> f32 {
        28.0 * self.scale
    }
    pub fn title(self) -> f32 {
        36.0 * self.scale
    }
    /// The exercise name during a session: readable from two metres.
    pub fn exercise(self) -> f32 {
        56.0 * self.scale
    }
    /// The countdown during a session.
    pub fn countdown(self) -> f32 {
        200.0 * self.scale
    }
    /// Labels such as "Set 2 of 3 · left side" during a session.
    pub fn session_label(self) -> f32 {
        30.0 * self.scale
    }
}

/// The app's two themes.
pub fn theme(dark: bool) -> Theme {
    if dark {
        Theme::custom(
            "Limber Dark",
            Palette {
                background: color!(0x15191e),
                text: color!(0xe8ecef),
                primary: color!(0xf0764f),
                success: color!(0x4cc38a),
                warning: color!(0xf2b84b),
                danger: color!(0xf06262),
            },
        )
    } else {
        Theme::custom(
            "Limber Light",
            Palette {
                background: color!(0xf7f5f2),
                text: color!(0x1f2933),
                primary: color!(0xc9482a),
                success: color!(0x1f8a5b),
                warning: color!(0xb7791f),
                danger: color!(0xc53030),
            },
        )
    }
}

/// Whether the theme is dark (for picking illustration stroke colours).
pub fn is_dark(theme: &Theme) -> bool {
    theme.extended_palette().is_dark
}

/// Resolves the user's theme choice against the system's mode.
pub fn is_dark_choice(choice: crate::settings::ThemeChoice, system: Mode) -> bool {
    match choice {
        crate::settings::ThemeChoice::Light => false,
        crate::settings::ThemeChoice::Dark => true,
        crate::settings::ThemeChoice::System => system == Mode::Dark,
    }
}

/// Muted text (secondary information).
pub fn muted(theme: &Theme) -> Color {
    let palette = theme.extended_palette();
    let mut c = palette.background.base.text;
    c.a = 0.68;
    c
}

/// The colour of a step kind: work warm, rests cool, prepare amber.
pub fn step_color(theme: &Theme, kind: StepKind) -> Color {
    let p = theme.palette();
    match kind {
        StepKind::Work => p.primary,
        StepKind::Prepare => p.warning,
        StepKind::Switch => p.warning,
        StepKind::Rest | StepKind::SetRest | StepKind::RoundRest | StepKind::Relax => p.success,
    }
}

/// A raised card on the background.
pub fn card(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(surface(theme))),
        text_color: Some(theme.palette().text),
        border: Border { radius: Radius::from(14.0), width: 1.0, color: outline(theme) },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// The colour of cards and buttons: a step lighter than the background.
pub fn surface(theme: &Theme) -> Color {
    let background = theme.palette().background;
    if is_dark(theme) {
        mix(background, Color::WHITE, 0.06)
    } else {
        mix(background, Color::WHITE, 0.8)
    }
}

/// Thin borders around cards and buttons.
pub fn outline(theme: &Theme) -> Color {
    let background = theme.palette().background;
    let ink = theme.palette().text;
    mix(background, ink, if is_dark(theme) { 0.22 } else { 0.14 })
}

/// `a` moved towards `b` by `amount` (0..=1).
fn mix(a: Color, b: Color, amount: f32) -> Color {
    Color::from_rgb(
        a.r + (b.r - a.r) * amount,
        a.g + (b.g - a.g) * amount,
        a.b + (b.b - a.b) * amount,
    )
}

/// A card tinted by a colour (step kind, warning), with readable text.
pub fn tinted(theme: &Theme, tint: Color, strength: f32) -> container::Style {
    container::Style {
        background: Some(Background::Color(mix(theme.palette().background, tint, strength))),
        text_color: Some(theme.palette().text),
        border: Border { radius: Radius::from(14.0), width: 2.0, color: tint },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// The safety-rules box: clearly a warning, calm rather than alarming.
pub fn safety(theme: &Theme) -> container::Style {
    tinted(theme, theme.palette().warning, 0.12)
}

/// An error box (invalid program file).
pub fn error_box(theme: &Theme) -> container::Style {
    tinted(theme, theme.palette().danger, 0.10)
}

/// A pill-shaped badge of a colour.
pub fn badge(tint: Color) -> impl Fn(&Theme) -> container::Style {
    move |_theme| container::Style {
        background: Some(Background::Color(tint)),
        text_color: Some(ink_on(tint)),
        border: Border { radius: Radius::from(999.0), width: 0.0, color: Color::TRANSPARENT },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// White or near-black, whichever reads better on `background`.
pub fn ink_on(background: Color) -> Color {
    let luminance = 0.2126 * background.r + 0.7152 * background.g + 0.0722 * background.b;
    if luminance > 0.55 { color!(0x15191e) } else { Color::WHITE }
}

/// The bar of a progress bar in a colour.
pub fn bar(tint: Color) -> impl Fn(&Theme) -> progress_bar::Style {
    move |theme| progress_bar::Style {
        background: Background::Color(theme.extended_palette().background.strong.color),
        bar: Background::Color(tint),
        border: Border { radius: Radius::from(6.0), width: 0.0, color: Color::TRANSPARENT },
    }
}

/// Big, obvious primary action.
pub fn primary_button(theme: &Theme, status: button::Status) -> button::Style {
    let mut style = button::primary(theme, status);
    style.border.radius = Radius::from(10.0);
    style
}

/// Secondary actions.
pub fn secondary_button(theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered => mix(surface(theme), theme.palette().text, 0.06),
        button::Status::Pressed => mix(surface(theme), theme.palette().text, 0.12),
        button::Status::Active | button::Status::Disabled => surface(theme),
    };
    let mut text_color = theme.palette().text;
    if status == button::Status::Disabled {
        text_color.a = 0.45;
    }
    button::Style {
        background: Some(Background::Color(background)),
        text_color,
        border: Border { radius: Radius::from(10.0), width: 1.0, color: outline(theme) },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// Destructive actions (stop a session, remove a pause).
pub fn danger_button(theme: &Theme, status: button::Status) -> button::Style {
    let mut style = button::danger(theme, status);
    style.border.radius = Radius::from(10.0);
    style
}

/// A list row that is a button: flat until hovered.
pub fn row_button(theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => {
            mix(surface(theme), theme.palette().primary, 0.06)
        }
        _ => surface(theme),
    };
    let border = match status {
        button::Status::Hovered | button::Status::Pressed => theme.palette().primary,
        _ => outline(theme),
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: theme.palette().text,
        border: Border { radius: Radius::from(12.0), width: 1.0, color: border },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A navigation tab, highlighted when it is the current screen.
pub fn tab_button(active: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let (background, text) = if active {
            (palette.primary.base.color, palette.primary.base.text)
        } else if matches!(status, button::Status::Hovered) {
            (palette.background.strong.color, palette.background.base.text)
        } else {
            (Color::TRANSPARENT, palette.background.base.text)
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: text,
            border: Border { radius: Radius::from(10.0), width: 0.0, color: Color::TRANSPARENT },
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

/// The stroke colour the project's illustrations are drawn in (see assets/illustrations/README.md).
pub const ILLUSTRATION_STROKE: &str = "#1f2933";

/// The stroke colour to draw illustrations in on this theme.
pub fn illustration_stroke(dark: bool) -> &'static str {
    if dark { "#e8ecef" } else { ILLUSTRATION_STROKE }
}

/// A confirmation box (an import or an export that worked).
pub fn success_box(theme: &Theme) -> container::Style {
    tinted(theme, theme.palette().success, 0.12)
}

/// The colour of a session's status badge.
pub fn status_color(theme: &Theme, status: crate::history::Status) -> Color {
    let p = theme.palette();
    match status {
        crate::history::Status::Completed => p.success,
        crate::history::Status::Partial => p.warning,
        crate::history::Status::Abandoned => muted(theme),
    }
}

/// How a calendar day is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heat {
    Empty,
    /// Only partial or abandoned sessions.
    Tried,
    /// 1, 2 or 3+ completed sessions.
    Done(u8),
    Paused,
    /// A day still to come: an outline only, so it does not look like a day missed.
    Ahead,
}

/// A calendar day's square.
pub fn heat_cell(theme: &Theme, heat: Heat, today: bool) -> container::Style {
    let palette = theme.extended_palette();
    let p = theme.palette();
    let background = match heat {
        Heat::Empty => palette.background.weak.color,
        Heat::Tried => mix(p.background, p.warning, 0.45),
        Heat::Done(1) => mix(p.background, p.success, 0.55),
        Heat::Done(2) => mix(p.background, p.success, 0.8),
        Heat::Done(_) => p.success,
        Heat::Paused => palette.background.strong.color,
        Heat::Ahead => Color::TRANSPARENT,
    };
    let (width, color) = match (today, heat) {
        (true, _) => (2.0, p.primary),
        (false, Heat::Paused) => (1.0, muted(theme)),
        (false, Heat::Ahead) => (1.0, palette.background.strong.color),
        _ => (0.0, Color::TRANSPARENT),
    };
    container::Style {
        background: Some(Background::Color(background)),
        text_color: None,
        border: Border { radius: Radius::from(5.0), width, color },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// The day number on a calendar square: readable on every shade.
pub fn heat_text(theme: &Theme, heat: Heat) -> Color {
    match heat {
        Heat::Done(2..) => Color::WHITE,
        _ => muted(theme),
    }
}

/// A small block of colour (chart legends).
pub fn swatch(color: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(color)),
        text_color: None,
        border: Border { radius: Radius::from(2.0), width: 0.0, color: Color::TRANSPARENT },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// Chart grid lines.
pub fn chart_grid(theme: &Theme) -> Color {
    theme.extended_palette().background.strong.color
}

/// Pain before a session on the chart.
pub fn chart_pain_before(theme: &Theme) -> Color {
    theme.palette().warning
}

/// Pain after a session on the chart.
pub fn chart_pain_after(theme: &Theme) -> Color {
    theme.palette().danger
}

/// Effort on the chart.
pub fn chart_effort(theme: &Theme) -> Color {
    let mut c = theme.palette().text;
    c.a = 0.35;
    c
}

/// Something the user should know (no sound, a repaired settings file): visible, not alarming.
pub fn notice(theme: &Theme) -> container::Style {
    let mut style = tinted(theme, theme.palette().warning, 0.08);
    style.border.width = 1.0;
    style.border.radius = Radius::from(10.0);
    style
}

/// A text input of the editor: rounded like the buttons, its border in the danger colour
/// while the field has a problem.
pub fn editor_input(
    problem: bool,
) -> impl Fn(&Theme, iced::widget::text_input::Status) -> iced::widget::text_input::Style {
    move |theme, status| {
        let mut style = iced::widget::text_input::default(theme, status);
        style.border = editor_border(theme, style.border, problem);
        style
    }
}

/// A multi-line text field of the editor, as [`editor_input`] looks.
pub fn editor_area(
    problem: bool,
) -> impl Fn(&Theme, iced::widget::text_editor::Status) -> iced::widget::text_editor::Style {
    move |theme, status| {
        let mut style = iced::widget::text_editor::default(theme, status);
        style.border = editor_border(theme, style.border, problem);
        style
    }
}

fn editor_border(theme: &Theme, border: Border, problem: bool) -> Border {
    let border = Border { radius: Radius::from(8.0), ..border };
    if problem { Border { color: theme.palette().danger, width: 2.0, ..border } } else { border }
}

/// A problem shown under the field it concerns.
pub fn problem_text(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style { color: Some(theme.palette().danger) }
}

/// "Ready to save" in the editor's bar.
pub fn ready_text(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style { color: Some(theme.palette().success) }
}

/// A card inside a card (an exercise inside its block): the page's background, a thin line.
pub fn inner_card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    let mut style = card(theme);
    style.background = Some(Background::Color(palette.background.base.color));
    style.text_color = Some(palette.background.base.text);
    style.border.radius = Radius::from(12.0);
    style
}

/// The editor's bar with the summary, Cancel and Save: stays on top while the form scrolls.
pub fn toolbar(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(surface(theme))),
        text_color: Some(theme.palette().text),
        border: Border { radius: Radius::from(0.0), width: 1.0, color: outline(theme) },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A line that warns without alarming (the session cannot be saved, no sound).
pub fn warning_text(theme: &Theme) -> iced::widget::text::Style {
    let palette = theme.extended_palette();
    iced::widget::text::Style { color: Some(palette.warning.strong.color) }
}

/// The dimmed backdrop behind a dialog.
pub fn scrim(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color { a: 0.55, ..Color::BLACK })),
        ..card(theme)
    }
}
