//! Desktop notifications: the freedesktop Notifications interface on the session bus
//! (what GNOME, KDE, dunst, mako and the others serve), called through zbus.
//!
//! [`show`] shows one notification with its actions and waits, up to a deadline, for the
//! user to pick one or to close it; at the deadline it takes the notification away, so no
//! button is left that nobody listens to.

use futures_lite::StreamExt;
use std::collections::HashMap;
use std::time::Instant;
use zbus::zvariant::Value;

/// The notification's sender as servers show it, and the desktop file they take its icon
/// and name from.
const APP_NAME: &str = "Limber";

/// A notification to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// The title line.
    pub summary: String,
    /// The text under it (plain text; escaped for servers that read markup).
    pub body: String,
    /// `(key, label)` pairs; the key `default` is what a click on the notification does.
    pub actions: Vec<(String, String)>,
}

/// How a shown notification ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// The user picked the action with this key.
    Action(String),
    /// The user dismissed it, or it expired.
    Closed,
    /// The deadline passed; the notification was taken away.
    TimedOut,
    /// The server cannot show actions, so there was nothing to wait for.
    NoActions,
}

/// Why a notification could not be shown.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error(
        "cannot reach the desktop session's message bus to show a notification ({0}); reminders need a desktop session"
    )]
    Bus(String),
    #[error("no notification server answered ({0}); is a desktop session running?")]
    Server(String),
}

#[zbus::proxy(
    interface = "org.freedesktop.Notifications",
    default_service = "org.freedesktop.Notifications",
    default_path = "/org/freedesktop/Notifications",
    gen_blocking = false
)]
trait Notifications {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: &str,
        replaces_id: u32,
        app_icon: &str,
        summary: &str,
        body: &str,
        actions: &[&str],
        hints: HashMap<&str, Value<'_>>,
        expire_timeout: i32,
    ) -> zbus::Result<u32>;

    fn get_capabilities(&self) -> zbus::Result<Vec<String>>;

    fn close_notification(&self, id: u32) -> zbus::Result<()>;

    #[zbus(signal)]
    fn action_invoked(&self, id: u32, action_key: String) -> zbus::Result<()>;

    #[zbus(signal)]
    fn notification_closed(&self, id: u32, reason: u32) -> zbus::Result<()>;
}

/// Shows `notification` (with the app's icon, from `desktop_entry`'s desktop file) and
/// waits until an action is picked, it is closed, or `deadline` passes.
pub fn show(
    notification: &Notification,
    desktop_entry: &str,
    deadline: Instant,
) -> Result<Response, Error> {
    async_io::block_on(show_async(notification, desktop_entry, deadline))
}

async fn show_async(
    notification: &Notification,
    desktop_entry: &str,
    deadline: Instant,
) -> Result<Response, Error> {
    let bus = zbus::Connection::session().await.map_err(|e| Error::Bus(e.to_string()))?;
    let server = |e: zbus::Error| Error::Server(e.to_string());
    let proxy = NotificationsProxy::new(&bus).await.map_err(server)?;
    let capabilities = proxy.get_capabilities().await.map_err(server)?;
    let can = |capability: &str| capabilities.iter().any(|c| c == capability);
    // Listening starts before the notification shows, so a quick click is never missed.
    let mut invoked = proxy.receive_action_invoked().await.map_err(server)?;
    let mut closed = proxy.receive_notification_closed().await.map_err(server)?;
    let actions: Vec<&str> = if can("actions") {
        notification
            .actions
            .iter()
            .flat_map(|(key, label)| [key.as_str(), label.as_str()])
            .collect()
    } else {
        Vec::new()
    };
    let body = if can("body-markup") {
        escape_markup(&notification.body)
    } else {
        notification.body.clone()
    };
    let mut hints = HashMap::new();
    hints.insert("desktop-entry", Value::from(desktop_entry));
    hints.insert("urgency", Value::U8(1));
    let id = proxy
        .notify(APP_NAME, 0, desktop_entry, &notification.summary, &body, &actions, hints, -1)
        .await
        .map_err(server)?;
    if actions.is_empty() {
        return Ok(Response::NoActions);
    }
    let answer = async {
        loop {
            let next = futures_lite::future::or(
                async {
                    invoked.next().await.map(|s| s.args().map(|a| (a.id, Some(a.action_key))))
                },
                async { closed.next().await.map(|s| s.args().map(|a| (a.id, None))) },
            )
            .await;
            match next {
                Some(Ok((of, Some(key)))) if of == id => return Response::Action(key),
                Some(Ok((of, None))) if of == id => return Response::Closed,
                // Another notification's signal, or one that does not parse.
                Some(_) => {}
                // The bus went away.
                None => return Response::Closed,
            }
        }
    };
    let timeout = async {
        async_io::Timer::at(deadline).await;
        Response::TimedOut
    };
    let response = futures_lite::future::or(answer, timeout).await;
    if response != Response::Closed {
        // Picked or timed out: most servers close it themselves, the others now.
        let _ = proxy.close_notification(id).await;
    }
    Ok(response)
}

/// Text safe for servers that read a little HTML-like markup in the body.
fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_is_escaped() {
        assert_eq!(super::escape_markup("Rug & <knie>"), "Rug &amp; &lt;knie&gt;");
    }
}
