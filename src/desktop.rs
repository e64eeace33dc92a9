//! Limber as a citizen of the Linux desktop: its id (the desktop file, the icon, the window's
//! app id and WM class all use it). No iced here.

/// The reverse-DNS id: the desktop file is `<APP_ID>.desktop`, the icon `<APP_ID>.svg`, the
/// AppStream file `<APP_ID>.metainfo.xml`; the window's Wayland app id and X11 WM class are
/// this too, so docks group the window under the menu entry and show its icon.
pub const APP_ID: &str = "nl.limber.Limber";

/// The icon, for the window (X11 window managers that do not look it up by WM class).
pub const ICON_PNG: &[u8] =
    include_bytes!("../assets/icons/hicolor/128x128/apps/nl.limber.Limber.png");
