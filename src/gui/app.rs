//! The application: owns the screens, the audio, the history store and the clock, maps every
//! screen's `Action` in one place, and does all the I/O the screens ask for.

use crate::audio::{Audio, AudioSettings};
use crate::clock::{self, Clock};
use crate::context::Context;
use crate::cue::Cue;
use crate::desktop::{bundle, reminder};
use crate::gui::Start;
use crate::gui::illustration::Illustrations;
use crate::gui::notice::{self, Notice};
use crate::gui::reminders;
use crate::gui::screen::{Shared, editor, history, library, program, session, settings, summary};
use crate::gui::theme::{self, GAP_S};
use crate::gui::widget;
use crate::history::Store;
use crate::i18n::I18n;
use crate::library::{Library, user_programs_dir};
use crate::paper;
use crate::progression;
use crate::recorder::{self, Recorder};
use crate::runner::{Control, Runner};
use crate::settings::Settings;
use crate::streaks::Stats;
use iced::keyboard::{self, key::Named};
use iced::theme::Mode;
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length, Subscription, Task, Theme, event, window};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// After a wake-up, how often to wake again if nothing new is due: a safety net, the session
/// screen normally names its next moment itself.
const FALLBACK_TICK: Duration = Duration::from_millis(500);

/// How long the app waits, at most, before looking at the date again: midnight is foreseen,
/// but the monotonic clock stands still while the computer sleeps.
const DAY_CHECK: Duration = Duration::from_secs(10 * 60);

/// The Limber window.
pub struct App {
    data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    shared: Shared,
    screen: Screen,
    store: Option<Store>,
    audio: Audio,
    /// Things the user should know once: no sound device, a history set aside, a settings file
    /// repaired, a save that failed.
    notices: Vec<Notice>,
    /// A slider changed the settings and they are not saved yet.
    unsaved_settings: bool,
    /// The missing voice has been told (once).
    voice_told: bool,
    /// When to look at the date again.
    day_check_at: Instant,
    /// The systemd timer that wakes Limber for reminders.
    reminders: reminders::Timer,
}

/// The screen on show.
pub enum Screen {
    Library(library::State),
    Program(Box<program::State>),
    Session(Box<session::State>),
    Summary(Box<summary::State>),
    History(history::State),
    Settings(settings::State),
    Editor(Box<editor::State>),
}

impl Screen {
    /// Whether the sound device may close while quiet (see [`Audio::allow_rest`]): on the
    /// screens where no sound is wanted at once. A program's page is where a session starts,
    /// and the settings play a test sound.
    fn may_silence_sound(&self) -> bool {
        matches!(self, Self::Library(_) | Self::History(_) | Self::Editor(_))
    }
}

/// The top-level tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Library,
    History,
    Settings,
}

#[derive(Debug, Clone)]
pub enum Message {
    Library(library::Message),
    Program(program::Message),
    Session(session::Message),
    Summary(summary::Message),
    History(history::Message),
    Settings(settings::Message),
    Editor(editor::Message),
    Navigate(Tab),
    /// A moment the session screen asked to be woken at.
    Tick,
    /// Time to look at the date: a new day shows new figures.
    DayCheck,
    Key(keyboard::Key),
    FileDropped(PathBuf),
    SystemMode(Mode),
    Notice(notice::Message),
    /// Set-up number N of the reminder timer has ended, well or not.
    RemindersSet(u64, Result<(), String>),
    /// The system viewer was asked to open a PDF the app wrote; the error if it could not.
    PaperOpened {
        file: PathBuf,
        result: Result<(), String>,
    },
    /// The pictures of the program on show were read; a line for each that cannot be shown.
    PicturesLoaded(Vec<crate::i18n::Message>),
}

impl App {
    /// Loads settings, programs and history from `context.data_dir`; problems become notices.
    pub fn new(context: Context) -> (Self, Task<Message>) {
        let app = Self::load(context);
        (app, iced::system::theme().map(Message::SystemMode))
    }

    /// The app without any task, for tests.
    pub fn load(context: Context) -> Self {
        Self::load_with_audio(context, Audio::open)
    }

    /// `load` with the sound output chosen by the caller (tests use [`Audio::silent`]).
    pub fn load_with_audio(
        context: Context,
        open_audio: impl FnOnce(AudioSettings) -> Audio,
    ) -> Self {
        let Context { data_dir, lang, clock } = context;
        let mut notices = Vec::new();
        let i18n = I18n::new(&lang);
        let settings = match Settings::load(&data_dir) {
            Ok(loaded) => {
                notices.extend(loaded.warnings.iter().map(|w| Notice::plain(i18n.message(w))));
                loaded.settings
            }
            Err(error) => {
                notices.push(Notice::plain(error.to_string()));
                Settings::default()
            }
        };
        let store = match Store::open(&data_dir, clock.wall()) {
            Ok(opened) => {
                notices.extend(opened.notice.map(|n| Notice::plain(i18n.message(&n))));
                Some(opened.store)
            }
            Err(error) => {
                notices.push(Notice::plain(i18n.message(&error.message())));
                // A read-only folder or a full disk: the history can still be shown.
                Store::open_read_only(&data_dir, clock.wall()).ok().map(|opened| {
                    notices.extend(opened.notice.map(|n| Notice::plain(i18n.message(&n))));
                    opened.store
                })
            }
        };
        let audio = open_audio(AudioSettings { volume: settings.volume, muted: settings.muted });
        if let Some(notice) = audio.notice() {
            notices.push(Notice::with_detail(notice.sentence(&i18n), notice.detail()));
        }
        audio.set_voice(voice_settings(&settings, i18n.language()));
        let shared = Shared {
            i18n,
            library: Library::load(&user_programs_dir(&data_dir)),
            system_mode: Mode::Light,
            illustrations: Illustrations::new(),
            stats: Stats::default(),
            standings: BTreeMap::new(),
            today: clock.today(),
            settings,
        };
        let day_check_at = clock.instant();
        let mut app = Self {
            data_dir,
            clock,
            shared,
            screen: Screen::Library(library::State::default()),
            store,
            audio,
            notices,
            unsaved_settings: false,
            voice_told: false,
            day_check_at,
            reminders: reminders::Timer::for_user(),
        };
        app.refresh_stats();
        app.audio.allow_rest(app.screen.may_silence_sound());
        app
    }

    /// Opens the screen `start` asks for: the import of a file, or a program's page.
    pub fn open(&mut self, start: Start) -> Task<Message> {
        let task = match start {
            Start::Library => Task::none(),
            Start::Import(file) => self.library_action(library::Action::Import(file)),
            Start::Program(id) => {
                if self.shared.library.find(&id).is_none() {
                    let missing =
                        self.shared.i18n.tr_args("program-not-found", &[("id", id.clone().into())]);
                    self.notices.push(Notice::plain(missing));
                }
                self.library_action(library::Action::Open(id))
            }
        };
        self.audio.allow_rest(self.screen.may_silence_sound());
        task
    }

    /// Puts the reminder timer's units in `systemd.unit_dir`, set up with `systemd.systemctl`
    /// (tests use a folder of their own and a stand-in).
    pub fn set_reminder_timer(&mut self, systemd: reminder::Systemd) {
        self.reminders = reminders::Timer::with(Some(systemd));
    }

    pub fn title(&self) -> String {
        let name = self.shared.tr("app-title");
        match &self.screen {
            Screen::Session(s) => format!("{} · {name}", s.title(&self.shared)),
            _ => name,
        }
    }

    pub fn theme(&self) -> Theme {
        theme::theme(self.shared.dark())
    }

    /// The screen on show (for tests).
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// What every screen reads (for tests).
    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Notices on show (for tests).
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed { key, repeat: false, .. } => Some(Message::Key(key)),
            _ => None,
        });
        let drops = event::listen_with(|event, _status, _window| match event {
            iced::Event::Window(window::Event::FileDropped(path)) => {
                Some(Message::FileDropped(path))
            }
            _ => None,
        });
        let system = iced::system::theme_changes().map(Message::SystemMode);
        let ticks = match &self.screen {
            Screen::Session(s) => s.next_wake().map_or_else(Subscription::none, wake_at),
            _ => Subscription::none(),
        };
        let day = day_check(self.day_check_at);
        Subscription::batch([keys, drops, system, ticks, day])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        self.update_at(message, self.clock.instant())
    }

    /// `update` with the monotonic moment given, so tests control time (the wall clock comes
    /// from the app's clock).
    pub fn update_at(&mut self, message: Message, now: Instant) -> Task<Message> {
        self.check_day(now);
        self.check_sound(now);
        let before = std::mem::discriminant(&self.screen);
        let task = self.route(message, now);
        if std::mem::discriminant(&self.screen) == before {
            return task;
        }
        self.audio.allow_rest(self.screen.may_silence_sound());
        // Every screen scrolls in the same `widget::PAGE`, so a new screen would open where
        // the last one was scrolled to.
        Task::batch([
            task,
            iced::widget::operation::snap_to(
                widget::PAGE,
                iced::widget::operation::RelativeOffset::START,
            ),
        ])
    }

    fn route(&mut self, message: Message, now: Instant) -> Task<Message> {
        match message {
            Message::Navigate(tab) => {
                // A session and an open editor are left with their own Stop and Cancel, which
                // keep what was done and ask before dropping changes.
                if !matches!(self.screen, Screen::Session(_) | Screen::Editor(_)) {
                    self.navigate(tab);
                }
                Task::none()
            }
            Message::SystemMode(mode) => {
                self.shared.system_mode = mode;
                Task::none()
            }
            Message::Notice(message) => {
                notice::update(&mut self.notices, message);
                Task::none()
            }
            Message::DayCheck => Task::none(),
            Message::PicturesLoaded(problems) => {
                for problem in problems {
                    let i18n = &self.shared.i18n;
                    let detail = i18n.message(&problem);
                    let line = i18n.tr_args("picture-not-shown", &[("detail", detail.into())]);
                    self.notices.push(Notice::plain(line));
                }
                Task::none()
            }
            Message::FileDropped(path) => {
                if matches!(self.screen, Screen::Session(_) | Screen::Summary(_)) {
                    return Task::none();
                }
                self.screen = Screen::Library(library::State::default());
                self.library_action(library::Action::Import(path))
            }
            Message::Key(key) => self.key(key, now),
            Message::Tick => self.session_control(Control::Tick, now),
            Message::Library(message) => {
                let Screen::Library(state) = &mut self.screen else { return Task::none() };
                let action = state.update(message, &self.shared);
                self.library_action(action)
            }
            Message::PaperOpened { file, result } => {
                if let Err(detail) = result {
                    self.paper_written(Err(self.shared.i18n.tr_args(
                        "paper-written-not-opened",
                        &[("file", file.display().to_string().into()), ("detail", detail.into())],
                    )));
                }
                Task::none()
            }
            Message::Program(message) => {
                let Screen::Program(state) = &mut self.screen else { return Task::none() };
                match state.update(message, &self.shared) {
                    program::Action::None => {}
                    program::Action::Run(task) => return task.map(Message::Program),
                    program::Action::Share(path) => {
                        let outcome = bundle::write(
                            &state.entry,
                            &path,
                            self.clock.wall().naive_local(),
                            true,
                        )
                        .map(|written| {
                            self.shared.i18n.tr_args(
                                "share-done",
                                &[
                                    ("file", written.path.display().to_string().into()),
                                    ("pictures", (written.files - 1).into()),
                                ],
                            )
                        })
                        .map_err(|error| self.shared.say(&error.message()));
                        state.shared_as(outcome);
                    }
                    program::Action::WriteHandout(path) => return self.write_handout(path),
                    program::Action::Level { program_id, level } => {
                        self.choose_level(program_id, level);
                        if let Screen::Program(state) = &mut self.screen {
                            state.show_level(level, &self.shared);
                        }
                        self.prepare_phrases();
                    }
                    program::Action::Declined { program_id } => self.decline_level(program_id),
                    program::Action::Back => self.navigate(Tab::Library),
                    program::Action::Edit => {
                        let editor = editor::State::edit(&state.entry);
                        self.screen = Screen::Editor(Box::new(editor));
                    }
                    program::Action::Accepted { program_id, version } => {
                        let mut next = self.shared.settings.clone();
                        next.accepted_safety.insert(program_id, version);
                        self.change_settings(next);
                    }
                    program::Action::Start { plan, pain_before } => {
                        self.start_session(plan, pain_before, now);
                    }
                }
                Task::none()
            }
            Message::Session(message) => {
                let Screen::Session(state) = &mut self.screen else { return Task::none() };
                match state.update(message, now) {
                    session::Action::None => Task::none(),
                    session::Action::Control(control) => self.session_control(control, now),
                    session::Action::ToggleMute => {
                        let mut next = self.shared.settings.clone();
                        next.muted = !next.muted;
                        self.change_settings(next);
                        Task::none()
                    }
                }
            }
            Message::Summary(message) => {
                let Screen::Summary(state) = &mut self.screen else { return Task::none() };
                match state.update(message) {
                    summary::Action::None => {}
                    summary::Action::Save(checkin) => {
                        state.runner().checkin(checkin);
                        // The check-in may make a level suggestion: written first, then read.
                        let _ = state.runner().flush();
                        let program_id = state.runner().plan().program_id.clone();
                        self.refresh_stats();
                        let suggestion = self
                            .shared
                            .standings
                            .get(&program_id)
                            .and_then(|standing| standing.suggestion);
                        match (suggestion, &mut self.screen) {
                            (Some(suggestion), Screen::Summary(state)) => state.suggest(suggestion),
                            _ => self.navigate(Tab::History),
                        }
                    }
                    summary::Action::Level { program_id, level } => {
                        self.choose_level(program_id, level);
                        self.navigate(Tab::History);
                    }
                    summary::Action::Declined { program_id } => {
                        self.decline_level(program_id);
                        self.navigate(Tab::History);
                    }
                }
                Task::none()
            }
            Message::History(message) => {
                let Screen::History(state) = &mut self.screen else { return Task::none() };
                let action = state.update(message, &self.shared);
                self.history_action(action)
            }
            Message::Editor(message) => {
                let Screen::Editor(state) = &mut self.screen else { return Task::none() };
                match state.update(message) {
                    editor::Action::None => Task::none(),
                    editor::Action::Close { program: None } => {
                        self.navigate(Tab::Library);
                        Task::none()
                    }
                    editor::Action::Close { program: Some(id) } => {
                        self.library_action(library::Action::Open(id))
                    }
                    editor::Action::Save(program) => {
                        let dir = user_programs_dir(&self.data_dir);
                        match crate::library::save(&program, &dir) {
                            Ok(_) => {
                                self.shared.library = Library::load(&dir);
                                self.refresh_stats();
                                self.library_action(library::Action::Open(program.id.clone()))
                            }
                            Err(error) => {
                                state.saved(Err(error.to_string()));
                                Task::none()
                            }
                        }
                    }
                }
            }
            Message::Settings(message) => {
                let Screen::Settings(state) = &mut self.screen else { return Task::none() };
                match state.update(message, &self.shared.settings) {
                    settings::Action::Changed(next) => self.change_settings(next),
                    settings::Action::Preview(next) => {
                        self.apply_settings(next);
                        self.unsaved_settings = true;
                    }
                    settings::Action::Save => self.change_settings(self.shared.settings.clone()),
                    settings::Action::TestSound => self.audio.play(Cue::Go),
                    settings::Action::Reminders(next) => {
                        self.change_settings(next);
                        return self.reminders.set_up(&self.shared.settings, &self.data_dir);
                    }
                    settings::Action::TestVoice => {
                        let text = self.shared.tr("say-halfway");
                        crate::runner::Sound::prepare(&self.audio, std::slice::from_ref(&text));
                        self.audio.say(&text, Duration::ZERO);
                    }
                }
                Task::none()
            }
            Message::RemindersSet(number, result) => {
                if !self.reminders.is_latest(number) {
                    return Task::none();
                }
                let status = match result {
                    Ok(()) => {
                        reminders::set(&self.shared.settings, self.clock.wall().naive_local())
                    }
                    Err(error) => settings::ReminderStatus::Failed(error),
                };
                if let Screen::Settings(state) = &mut self.screen {
                    state.show_reminders(status);
                }
                Task::none()
            }
        }
    }

    fn key(&mut self, key: keyboard::Key, now: Instant) -> Task<Message> {
        let message = match (&self.screen, key.as_ref()) {
            (Screen::Session(_), keyboard::Key::Named(named)) => match named {
                Named::Space => session::Message::TogglePause,
                Named::ArrowRight => session::Message::Skip,
                Named::ArrowLeft => session::Message::Back,
                Named::Enter => session::Message::Enter,
                Named::Escape => session::Message::Escape,
                _ => return Task::none(),
            },
            (Screen::Session(_), keyboard::Key::Character(c)) if c.eq_ignore_ascii_case("m") => {
                session::Message::ToggleMute
            }
            (Screen::Program(state), keyboard::Key::Named(Named::Enter)) if state.can_start() => {
                return self.update_at(Message::Program(program::Message::Start), now);
            }
            (Screen::Summary(_), keyboard::Key::Named(Named::Enter)) => {
                return self.update_at(Message::Summary(summary::Message::Save), now);
            }
            (
                Screen::Library(_) | Screen::Program(_) | Screen::History(_) | Screen::Settings(_),
                keyboard::Key::Character(c),
            ) if tab_key(c).is_some() => {
                if let Some(tab) = tab_key(c) {
                    self.navigate(tab);
                }
                return Task::none();
            }
            (Screen::Library(_), keyboard::Key::Character(c)) => {
                // 1-9 open the programs in the order shown, so no mouse is needed.
                let Some(position) = c.parse::<usize>().ok().filter(|n| (1..=9).contains(n)) else {
                    return Task::none();
                };
                let Some(entry) = self.shared.library.entries.get(position - 1) else {
                    return Task::none();
                };
                let id = entry.program.id.clone();
                return self.library_action(library::Action::Open(id));
            }
            (Screen::Editor(_), keyboard::Key::Named(Named::Escape)) => {
                return self.update_at(Message::Editor(editor::Message::Cancel), now);
            }
            (_, keyboard::Key::Named(named)) if scroll_step(named).is_some() => {
                let step = scroll_step(named).unwrap_or_default();
                return iced::widget::operation::scroll_by(
                    widget::PAGE,
                    iced::widget::operation::AbsoluteOffset { x: 0.0, y: step },
                );
            }
            (Screen::Program(_), keyboard::Key::Named(Named::Escape)) => {
                self.navigate(Tab::Library);
                return Task::none();
            }
            _ => return Task::none(),
        };
        self.update_at(Message::Session(message), now)
    }

    fn library_action(&mut self, action: library::Action) -> Task<Message> {
        match action {
            library::Action::None => Task::none(),
            library::Action::Run(task) => task.map(Message::Library),
            library::Action::Import(file) => {
                let dir = user_programs_dir(&self.data_dir);
                let result = crate::desktop::import(&file, &dir);
                if result.is_ok() {
                    self.shared.library = Library::load(&dir);
                    self.refresh_stats();
                }
                if let Screen::Library(state) = &mut self.screen {
                    state.imported(&file, &result, &self.shared);
                }
                Task::none()
            }
            library::Action::NewProgram => {
                self.screen = Screen::Editor(Box::new(editor::State::new_program(&self.shared)));
                Task::none()
            }
            library::Action::Open(id) => {
                let Some(entry) = self.shared.library.find(&id).cloned() else {
                    return Task::none();
                };
                let mut page = program::State::new(entry, &self.shared);
                let pictures = page.load_pictures().map(Message::PicturesLoaded);
                self.screen = Screen::Program(Box::new(page));
                self.prepare_phrases();
                pictures
            }
        }
    }

    /// Starts a session of the program on show: its row is queued to a writer of its own.
    fn start_session(
        &mut self,
        plan: Arc<crate::program::Plan>,
        pain_before: Option<u8>,
        now: Instant,
    ) {
        let Screen::Program(page) = &self.screen else { return };
        let (entry, images) = (page.entry.clone(), page.images.clone());
        let wall = self.clock.wall();
        let recorder = match Store::open(&self.data_dir, wall) {
            Ok(opened) => {
                let title = entry.program.title.get(self.shared.lang());
                let row = recorder::new_session(
                    &entry.program,
                    &entry.hash,
                    &plan,
                    title,
                    pain_before,
                    wall,
                );
                Some(Recorder::begin(opened.store, row))
            }
            Err(error) => {
                self.notices.push(Notice::plain(self.shared.say(&error.message())));
                None
            }
        };
        let script = self.script(&plan);
        let (runner, first) =
            Runner::start_speaking(plan, recorder, now, wall, &self.audio, script);
        let mut state = session::State::new(runner, &first, entry, images, now);
        if !state.runner().is_recorded() {
            state.not_saved(self.shared.tr("session-not-saved"));
        }
        self.screen = Screen::Session(Box::new(state));
    }

    /// Carries out `control` on the running session; a finished one goes to the summary.
    fn session_control(&mut self, control: Control, now: Instant) -> Task<Message> {
        let Screen::Session(state) = &mut self.screen else { return Task::none() };
        let _ = state.apply(control, now, self.clock.wall(), &self.audio);
        let problems = state.runner().problems();
        if let Some(problem) = problems.last() {
            let i18n = &self.shared.i18n;
            let detail = i18n.message(&problem.message());
            state.not_saved(i18n.tr_args("session-not-all-saved", &[("detail", detail.into())]));
        }
        let i18n = &self.shared.i18n;
        self.notices.extend(problems.iter().map(|p| Notice::plain(i18n.message(&p.message()))));
        if state.runner().outcome().is_some() {
            let Screen::Session(state) = self.replace_screen() else { return Task::none() };
            self.screen = Screen::Summary(Box::new(summary::State::new(state.into_runner())));
        }
        Task::none()
    }

    /// Writes the handout of the program on show to `path` and asks the system to open it.
    fn write_handout(&mut self, path: PathBuf) -> Task<Message> {
        let Screen::Program(page) = &self.screen else { return Task::none() };
        let i18n = &self.shared.i18n;
        let written = paper::Handout::new(&page.entry, page.level(), i18n)
            .and_then(|handout| handout.pdf(i18n, self.clock.wall()))
            .map_err(|e| self.shared.say(&e.message()));
        self.save_paper(path, written)
    }

    /// Writes the report of the last month (every program) to `path` and asks the system to
    /// open it.
    fn write_report(&mut self, path: PathBuf) -> Task<Message> {
        let Some(store) = &self.store else { return Task::none() };
        let lang = self.shared.lang().to_owned();
        let written = paper::Span::new(None, None, None, self.shared.today)
            .and_then(|span| {
                paper::Report::build(
                    store,
                    &self.shared.library,
                    span,
                    self.shared.settings.weekly_target,
                    &lang,
                    self.clock.wall(),
                )
            })
            .and_then(|report| report.pdf(&self.shared.i18n))
            .map_err(|e| self.shared.say(&e.message()));
        self.save_paper(path, written)
    }

    /// Saves a PDF made for paper (never half a file), tells the screen, and opens it in the
    /// system's viewer (a task: the viewer is started off the update).
    fn save_paper(&mut self, path: PathBuf, made: Result<paper::Pdf, String>) -> Task<Message> {
        let saved = made.and_then(|pdf| {
            crate::settings::write_atomically(&path, &pdf.bytes).map_err(|e| {
                self.shared.say(
                    &crate::i18n::Message::new("paper-not-saved")
                        .with("path", path.display().to_string())
                        .with("detail", e.to_string()),
                )
            })
        });
        let ok = saved.is_ok();
        self.paper_written(saved.map(|()| {
            self.shared.i18n.tr_args("paper-saved", &[("file", path.display().to_string().into())])
        }));
        if !ok {
            return Task::none();
        }
        Task::perform(
            async move {
                let result = open::that_detached(&path).map_err(|e| e.to_string());
                (path, result)
            },
            |(file, result)| Message::PaperOpened { file, result },
        )
    }

    /// Shows what became of a PDF on the screen that asked for it.
    fn paper_written(&mut self, outcome: Result<String, String>) {
        match &mut self.screen {
            Screen::Program(page) => page.show_handout(outcome),
            Screen::History(state) => state.show_outcome(outcome),
            _ => {}
        }
    }

    fn history_action(&mut self, action: history::Action) -> Task<Message> {
        if let history::Action::WriteReport(path) = action {
            return self.write_report(path);
        }
        let Some(store) = &self.store else { return Task::none() };
        let changed = match action {
            history::Action::None | history::Action::WriteReport(_) => return Task::none(),
            history::Action::Run(task) => return task.map(Message::History),
            history::Action::ReadSteps(id) => {
                let steps = store.steps(id).map_err(|e| self.shared.say(&e.message()));
                if let Screen::History(state) = &mut self.screen {
                    state.show_steps(id, steps);
                }
                return Task::none();
            }
            history::Action::ExportCsv(path) => {
                let read = store.export_document();
                let written = read.map_err(|e| self.shared.say(&e.message())).and_then(
                    |(document, _skipped)| {
                        crate::settings::write_atomically(&path, document.to_csv().as_bytes())
                            .map_err(|e| format!("{}: {e}", path.display()))
                    },
                );
                let outcome = written.map(|()| {
                    self.shared
                        .i18n
                        .tr_args("export-done", &[("file", path.display().to_string().into())])
                });
                if let Screen::History(state) = &mut self.screen {
                    state.show_outcome(outcome);
                }
                return Task::none();
            }
            history::Action::AddPause { from, to, reason } => {
                store.add_pause(from, to, reason).map(|_| ())
            }
            history::Action::EndPause { id, on } => store.end_pause(id, on),
            history::Action::RemovePause(id) => store.remove_pause(id),
        };
        match changed {
            Ok(()) => {
                self.refresh_stats();
                if let Screen::History(state) = &mut self.screen {
                    state.changed(&self.shared);
                }
                self.reload_history();
            }
            Err(error) => {
                if let Screen::History(state) = &mut self.screen {
                    state.show_outcome(Err(self.shared.say(&error.message())));
                }
            }
        }
        Task::none()
    }

    /// Reads the history again into the screen on show.
    fn reload_history(&mut self) {
        let Screen::History(state) = &mut self.screen else { return };
        let Some(store) = &self.store else { return };
        match (store.sessions(), store.pauses()) {
            (Ok(sessions), Ok(pauses)) => state.reload(sessions, pauses, &self.shared),
            (Err(error), _) | (_, Err(error)) => {
                state.show_outcome(Err(self.shared.say(&error.message())));
            }
        }
    }

    fn navigate(&mut self, tab: Tab) {
        // A slider moved by keyboard or wheel sends no release: save what it was left at.
        if self.unsaved_settings {
            self.save_settings();
        }
        let left = self.replace_screen();
        if let Screen::Summary(summary) = left {
            // The check-in (if any) and every step are written before the figures are read.
            self.finish_recording(summary.into_runner());
        }
        self.screen = match tab {
            Tab::Library => Screen::Library(library::State::default()),
            Tab::History => Screen::History(self.history_screen()),
            Tab::Settings => {
                let mut state = settings::State::default();
                state.show_reminders(self.reminders.status(
                    &self.shared.settings,
                    &self.data_dir,
                    self.clock.wall().naive_local(),
                ));
                Screen::Settings(state)
            }
        };
    }

    /// The screen on show, replaced by an empty library for a moment.
    fn replace_screen(&mut self) -> Screen {
        std::mem::replace(&mut self.screen, Screen::Library(library::State::default()))
    }

    /// Waits for a finished session's writes, then shows the new figures.
    fn finish_recording(&mut self, runner: Runner) {
        if let Some(kept) = runner.close()
            && kept.failed > 0
        {
            let message =
                self.shared.i18n.tr_args("history-writes-failed", &[("count", kept.failed.into())]);
            self.notices.push(Notice::plain(message));
        }
        self.refresh_stats();
    }

    fn history_screen(&self) -> history::State {
        let Some(store) = &self.store else { return history::State::unavailable(&self.shared) };
        match (store.sessions(), store.pauses()) {
            (Ok(sessions), Ok(pauses)) => history::State::new(sessions, pauses, &self.shared),
            (Err(error), _) | (_, Err(error)) => {
                let mut state = history::State::unavailable(&self.shared);
                state.show_outcome(Err(self.shared.say(&error.message())));
                state
            }
        }
    }

    /// Applies `next` and saves it.
    fn change_settings(&mut self, next: Settings) {
        self.apply_settings(next);
        self.save_settings();
    }

    fn save_settings(&mut self) {
        self.unsaved_settings = false;
        if let Err(error) = self.shared.settings.save(&self.data_dir) {
            self.notices.push(Notice::plain(error.to_string()));
        }
    }

    /// Applies `next` without saving it (while a slider is dragged).
    fn apply_settings(&mut self, next: Settings) {
        if next.language != self.shared.settings.language {
            self.shared.i18n = I18n::new(&crate::i18n::preferred(next.language.as_deref()));
        }
        self.audio.set_volume(next.volume);
        self.audio.set_muted(next.muted);
        if (next.voice, next.voice_rate)
            != (self.shared.settings.voice, self.shared.settings.voice_rate)
            || next.language != self.shared.settings.language
        {
            self.audio.set_voice(voice_settings(&next, self.shared.i18n.language()));
            self.voice_told = false;
        }
        // Only the weekly target changes the figures; reading them again costs a pass over
        // the whole history.
        let figures_change = next.weekly_target != self.shared.settings.weekly_target;
        self.shared.settings = next;
        if figures_change {
            self.refresh_stats();
        }
    }

    /// Renders the phrases of the program on show while the user reads its page.
    fn prepare_phrases(&self) {
        let Screen::Program(page) = &self.screen else { return };
        if let Some(script) = self.script(&page.plan) {
            crate::runner::Sound::prepare(&self.audio, &script.texts());
        }
    }

    /// What the coach says in a session of `plan`, if speech is on.
    fn script(&self, plan: &crate::program::Plan) -> Option<crate::speech::Script> {
        let settings = &self.shared.settings;
        let options = crate::speech::Options { form_cues: settings.speak_form_cues };
        settings.voice.then(|| crate::speech::Script::new(plan, &self.shared.i18n, options))
    }

    /// Tells the user at once when sound stops or comes back (on the session screen's own
    /// line during a session, else as a notice), and once that the voice is missing.
    fn check_sound(&mut self, now: Instant) {
        if let Some(health) = self.audio.health_change() {
            let line = match &health {
                crate::audio::Health::Stopped(reason) => {
                    self.shared.i18n.tr_args("sound-stopped", &[("reason", reason.as_str().into())])
                }
                crate::audio::Health::Restored => self.shared.tr("sound-back"),
            };
            let stopped = matches!(health, crate::audio::Health::Stopped(_));
            match &mut self.screen {
                Screen::Session(state) => state.sound_line(line, stopped, now),
                _ => self.notices.push(Notice::plain(line)),
            }
        }
        if !self.voice_told
            && self.shared.settings.voice
            && let Some(notice) = self.audio.voice_notice()
        {
            self.voice_told = true;
            let sentence = notice.sentence(&self.shared.i18n);
            self.notices.push(Notice::with_detail(sentence, notice.detail()));
        }
    }

    /// Looks at the date: on a new day the streaks, the calendar and "last done" move on,
    /// without a restart. A session under way is left alone (it counts on the day it began).
    fn check_day(&mut self, now: Instant) {
        if now < self.day_check_at && self.shared.today == self.clock.today() {
            return;
        }
        let wall = self.clock.wall();
        self.day_check_at = now + clock::until_midnight(wall).min(DAY_CHECK);
        if wall.date_naive() == self.shared.today || matches!(self.screen, Screen::Session(_)) {
            return;
        }
        self.shared.today = wall.date_naive();
        self.refresh_stats();
        self.reload_history();
    }

    /// Recomputes the streaks, the figures and each program's level as of today.
    fn refresh_stats(&mut self) {
        let Some(store) = &self.store else { return };
        let today = self.shared.today;
        match store.stats_input(today) {
            Ok(input) => {
                let shared = &mut self.shared;
                shared.stats = input.stats(today, None, shared.settings.weekly_target);
                let programs = shared.library.entries.iter().map(|entry| &entry.program);
                shared.standings =
                    progression::standings(programs, &input.entries, &shared.settings);
            }
            Err(error) => {
                self.notices.push(Notice::plain(self.shared.say(&error.message())));
            }
        }
    }

    /// Remembers the level the user picked or accepted for a program.
    fn choose_level(&mut self, program_id: String, level: u32) {
        let mut next = self.shared.settings.clone();
        next.declined_levels.remove(&program_id);
        next.levels.insert(program_id, level);
        self.change_settings(next);
        self.refresh_stats();
    }

    /// Remembers that the user declined the suggestion: it stays away until the next session.
    fn decline_level(&mut self, program_id: String) {
        let sessions = self.shared.standings.get(&program_id).map_or(0, |s| s.sessions);
        let mut next = self.shared.settings.clone();
        next.declined_levels.insert(program_id, sessions);
        self.change_settings(next);
        self.refresh_stats();
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.screen {
            Screen::Library(s) => s.view(&self.shared).map(Message::Library),
            Screen::Program(s) => s.view(&self.shared).map(Message::Program),
            // On the mat the session has the whole window: its own line says what matters.
            Screen::Session(s) => return s.view(&self.shared).map(Message::Session),
            Screen::Summary(s) => s.view(&self.shared).map(Message::Summary),
            Screen::History(s) => s.view(&self.shared).map(Message::History),
            Screen::Settings(s) => s.view(&self.shared).map(Message::Settings),
            Screen::Editor(s) => s.view(&self.shared).map(Message::Editor),
        };
        let mut page = column![self.tabs()];
        if !self.notices.is_empty() {
            page = page.push(notice::view(&self.notices, &self.shared).map(Message::Notice));
        }
        page.push(body).into()
    }

    /// The app's name and the tabs.
    fn tabs(&self) -> Element<'_, Message> {
        let current = match &self.screen {
            Screen::History(_) => Some(Tab::History),
            Screen::Settings(_) => Some(Tab::Settings),
            Screen::Library(_) | Screen::Program(_) | Screen::Editor(_) => Some(Tab::Library),
            _ => None,
        };
        let sizes = self.shared.sizes();
        let tab = |key: &str, tab: Tab| {
            button(text(self.shared.tr(key)).size(sizes.body()))
                .padding([8, 18])
                .style(theme::tab_button(current == Some(tab)))
                .on_press_maybe(
                    (!matches!(self.screen, Screen::Editor(_))).then_some(Message::Navigate(tab)),
                )
        };
        let nav = container(
            row![
                text(self.shared.tr("app-title")).size(sizes.heading()).font(theme::STRONG),
                iced::widget::space::horizontal(),
                tab("tab-programs", Tab::Library),
                tab("tab-history", Tab::History),
                tab("tab-settings", Tab::Settings),
            ]
            .spacing(GAP_S)
            .align_y(Alignment::Center),
        )
        .padding([12, 24])
        .max_width(theme::PAGE_WIDTH + 2.0 * theme::GAP_L);
        container(nav).center_x(Length::Fill).into()
    }
}

/// The voice the settings ask for, in `language`; `None` when speech is off.
fn voice_settings(settings: &Settings, language: &str) -> Option<crate::audio::VoiceSettings> {
    settings.voice.then(|| crate::audio::VoiceSettings {
        language: language.to_owned(),
        words_per_minute: settings.voice_rate,
    })
}

/// How far the arrow and page keys scroll a screen.
fn scroll_step(key: Named) -> Option<f32> {
    match key {
        Named::ArrowDown => Some(80.0),
        Named::ArrowUp => Some(-80.0),
        Named::PageDown => Some(480.0),
        Named::PageUp => Some(-480.0),
        Named::End => Some(1.0e6),
        Named::Home => Some(-1.0e6),
        _ => None,
    }
}

/// The letter keys of the tabs (P, H, S), so every screen is a key away. Text inputs take
/// their letters first, so typing a note never switches tabs.
fn tab_key(key: &str) -> Option<Tab> {
    match key.to_ascii_lowercase().as_str() {
        "p" => Some(Tab::Library),
        "h" => Some(Tab::History),
        "s" => Some(Tab::Settings),
        _ => None,
    }
}

/// Ticks at `at` (a cue, a step's end, the next second on the clock), then every
/// [`FALLBACK_TICK`] until the screen names a new moment. Waking only when something changes
/// keeps a session at a few redraws a second and the idle app at none.
fn wake_at(at: Instant) -> Subscription<Message> {
    Subscription::run_with(at, |at| {
        iced::futures::stream::unfold(*at, |next| async move {
            tokio::time::sleep_until(tokio::time::Instant::from_std(next)).await;
            Some((Message::Tick, next + FALLBACK_TICK))
        })
    })
}

/// [`Message::DayCheck`] once, at `at`.
fn day_check(at: Instant) -> Subscription<Message> {
    Subscription::run_with(at, |at| {
        let at = tokio::time::Instant::from_std(*at);
        iced::futures::stream::once(async move {
            tokio::time::sleep_until(at).await;
            Message::DayCheck
        })
    })
}
