# Limber — English interface strings.

app-title = Limber
tab-programs = Programs
tab-history = History
tab-settings = Settings
back = ← Back
close = Close
dismiss = Dismiss
notice-no-device = No sound: Limber could not open a sound device. Connect speakers or headphones and restart Limber; meanwhile every cue shows on screen.
notice-details = Details
notice-hide-details = Hide details

## Library
library-title = Your programs
library-subtitle = Pick a program to see its exercises and start a session.
library-drop-hint = Got a program file from your physiotherapist? Drop it on this window or use Import.
library-problems = These program files have problems and were skipped:
import-button = Import program…
import-dialog-title = Import a program file
import-filter = Limber program
import-added = Added “{ $title }” to your programs.
import-replaced = Your previous version was kept as { $file }.
import-failed = { $file } is not a valid program file:
origin-user = Yours
origin-replaces = Yours · replaces built-in
last-done = Last done: { $when }
never-done = not yet
minutes-label = minutes
day-today = today
day-yesterday = yesterday
days-ago = { $count } days ago
day-streak = day streak
week-streak = week streak
week-progress = This week: { $done } of { $target } sessions

## Block kinds
block-warm-up = Warm-up
block-strength = Strength
block-stretch = Stretch
block-cool-down = Cool-down
block-other = Other

## Dosage
dose-seconds = { $seconds } s
dose-minutes = { $minutes } min
dose-minutes-seconds = { $minutes } min { $seconds } s
dose-reps = { $count } reps
dose-paced-reps = { $count } reps ({ $seconds } s each)
dose-each-side = each side
dose-left-only = left side only
dose-right-only = right side only
dose-sets = { $count ->
    [one] { $count } set
   *[other] { $count } sets
}

## Program
total-time = { $time } in total
exercise-count = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
}
program-version = version { $version }
per-week = { $count ->
    [one] once a week
   *[other] { $count } times a week
}
builtin-source = Built into Limber, after the Dutch physiotherapy article ‘Rugpijn en hardlopen’ (Back pain and running).
written-by = By { $author }
safety-title = Stop and contact your physiotherapist if you notice:
safety-accept = I have read these rules and will stop if one applies.
safety-needed = Please read and accept the safety rules above to start.
pain-before-question = How much pain do you feel right now? (0 = none, 10 = worst; optional)
start-session = Start session
scale-skip = No answer
scale-low = none
effort-low = very easy
effort-high = maximal
scale-high = worst

## Session
step-work = EXERCISE
step-prepare = GET READY
step-prepare-headline = Get ready
step-switch = SWITCH
step-switch-headline = Switch sides
step-rest = REST
step-rest-headline = Rest
set-of = Set { $set } of { $sets }
set-short = set { $set }
side-left = left side
side-right = right side
rep-of = Rep { $rep } of { $reps }
reps-big = { $count } reps
press-done = Press Enter when you have done them.
step-of = Step { $step } of { $steps }
time-left = { $time } left
coming-up = Coming up: { $name }
next-up = Next: { $what }
next-finish = Next: finished!
control-back = Back
control-pause = Pause
control-resume = Continue
control-skip = Skip
control-done = Done
control-mute = Mute
control-unmute = Sound on
control-safety = Safety rules
control-stop = Stop
key-left = ←
key-right = →
key-space = Space
key-enter = Enter
key-esc = Esc
key-m = M
key-none = { " " }
paused = Paused
paused-explain = Take your time. Press Space to continue.
stop-question = Stop this session?
stop-explain = What you have done so far is kept in your history.
stop-confirm = Stop (Enter)
stop-cancel = Keep going (Esc)
caught-up = Back after a break: the session moved on to where it should be.
press-d = press d when done
session-finished = Finished

## Summary
summary-completed = Well done! Session complete.
summary-partial = Session stopped. Everything you did is saved.
summary-skipped = Session done, with some steps skipped. Everything is saved.
summary-figures = { $time } active · { $done } of { $total } exercises done
summary-steps = What you did
step-done = done · { $time }
step-skipped = skipped
pain-after-question = How much pain do you feel now? (optional)
effort-question = How hard was it? (0 = very easy, 10 = maximal; optional)
note-label = A note for yourself or your physiotherapist (optional)
note-placeholder = e.g. left hip felt tight during the bridge
summary-save = Save

## History
history-title = History
history-unavailable = The history cannot be read right now; your sessions are not lost. See the notice above.
export-csv = Export CSV…
export-dialog-title = Export your history as CSV
export-done = Saved your history to { $file }.
streak-longest = longest { $count }
sessions-label = sessions
sessions-detail = { $completed } completed · { $minutes } minutes
calendar-title = Calendar
calendar-month = { $month } { $year }
calendar-done = completed
calendar-tried = started, not finished
calendar-paused = paused
chart-title = Pain and effort
chart-empty = Answer the pain and effort questions around a session to see how they change over time.
chart-pain-before = pain before
chart-pain-after = pain after
chart-effort = effort
sessions-title = Sessions
sessions-empty = No sessions yet. Your first one will show up here.
sessions-more = Show older sessions ({ $count } more)
session-detail = { $done } of { $total } exercises done · planned { $planned } · program version { $version }
status-completed = completed
status-partial = partial
status-abandoned = stopped before exercising
pain-change = pain { $before } → { $after }
effort-value = effort { $effort }
pauses-title = Pauses
pauses-explain = Ill, injured or on holiday? Pause your streaks: paused days neither break nor extend them.
pause-period = { $from } to { $to }
pause-ongoing = since { $from }, still going
pause-end = End today
pause-remove = Remove
pause-from = from
pause-to = to
pause-to-open = open-ended
date-placeholder = YYYY-MM-DD
pause-add = Add pause
pause-bad-date = “{ $input }” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.
pause-to-before-from = The end of a pause cannot be before its start.
reason-ill = Ill
reason-injured = Injured
reason-holiday = Holiday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = M
weekday-2 = T
weekday-3 = W
weekday-4 = T
weekday-5 = F
weekday-6 = S
weekday-7 = S

## Settings
settings-title = Settings
setting-language = Language
language-system = Same as the system
# Language names are written in their own language, so anyone can find theirs.
language-en = English
language-nl = Nederlands
setting-theme = Appearance
theme-system = Same as the system
theme-light = Light
theme-dark = Dark
setting-sound = Sound
test-sound = Test sound
mute = Mute all sounds (cues still show on screen)
setting-get-ready = Get ready before the first exercise
get-ready-program = As the program says
setting-weekly-target = Weekly target
weekly-target-help = Used for the week streak when a program does not set its own target.
setting-large-type = Large type
large-type-help = Extra-large text during sessions, for reading from the mat.

## Cues
# The visible form of each cue, flashed on screen as it sounds (see `Cue::label_key`).
# cue-countdown takes $seconds, cue-rep takes $rep. cue-form is a heading: the form cue's own
# text from the program goes under it.
cue-get-ready = Get ready
cue-go = Go!
cue-countdown = { $seconds }
cue-halfway = Halfway
cue-switch-sides = Switch sides
cue-rest = Rest
cue-rep = Rep { $rep }
cue-form = Mind your form
cue-finished = Finished!

## Editor
# The program editor. editor-summary takes $time (m:ss), $steps and $exercises; the field
# labels are short because each input also says its language (“Title · English”).
editor-new-program = New program
editor-edit = Edit
editor-edit-copy = Edit a copy
editor-heading-new = New program
editor-heading-edit = Edit “{ $title }”
editor-heading-copy = Your copy of “{ $title }”
editor-copy-note = This is a copy of a built-in program. Once saved it is yours: it replaces the built-in in your library, with the same id and version { $version }, so your history carries on.
editor-summary = { $time } in total · { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} · { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
}
editor-ready = Ready to save
editor-problem-count = { $count ->
    [one] 1 thing to fix
   *[other] { $count } things to fix
}
editor-save = Save
editor-cancel = Cancel
editor-discard-question = Discard your changes?
editor-discard = Discard
editor-keep-editing = Keep editing
editor-save-failed = Not saved: { $reason }
editor-general-problems = To fix before saving:
editor-about = About this program
editor-id = Id (a-z, 0-9 and -; your history is kept under it)
editor-version = Version
editor-per-week = Times a week
editor-optional = optional
editor-title = Title
editor-description = Description
editor-author-name = Written by
editor-author-role = Role
editor-author-contact = Contact
editor-lang-en = English
editor-lang-nl = Nederlands
editor-other-languages = Also kept, in other languages: { $languages }
editor-rules = Safety rules
editor-rules-help = Shown before the first session: stop and contact the physiotherapist if one applies. The user accepts them once per version.
editor-rule = Stop if
editor-add-rule = Add a rule
editor-remove = Remove
editor-timing = Timing, in seconds
editor-get-ready = Get ready
editor-countdown = Countdown beeps
editor-rest = Rest after each exercise
editor-set-rest = Rest between sets
editor-switch-sides = Switch sides
editor-halfway = Signal halfway through holds of 20 seconds or more
editor-block = Block { $number }
editor-kind = Kind
editor-block-title = Block title (empty: the kind's name)
editor-add-block = Add a block
editor-remove-block = Remove block
editor-add-exercise = Add an exercise
editor-unnamed = New exercise
editor-open = Edit
editor-fold = Fold
editor-name = Name
editor-exercise-id = Id (a-z, 0-9 and -; unique in this program)
editor-instructions = Instructions
editor-dosage = Dosage
editor-dosage-timed = Timed
editor-dosage-reps = Reps (the user presses Done)
editor-dosage-paced = Reps at a pace
editor-seconds = Seconds
editor-reps = Reps
editor-pace = Seconds per rep
editor-sets = Sets
editor-exercise-rest = Rest after
editor-exercise-set-rest = Rest between sets
editor-default-placeholder = { $seconds } (default)
editor-sides = Sides
editor-sides-none = No sides
editor-sides-both = Left, then right
editor-sides-left = Left only
editor-sides-right = Right only
editor-cues = Form cues
editor-cue-at = At second
editor-cue-text = Cue
editor-add-cue = Add a form cue
editor-image-kept = Picture: { $file } (kept as it is)
editor-remove-image = Remove picture
editor-need-number = Write a whole number from { $low } to { $high }.
editor-need-version = Write a whole number from 1 up.
editor-need-text = Write this in at least one language.
history-writes-failed = { $count ->
    [one] one change could not be written to the history: what was written is kept
   *[other] { $count } changes could not be written to the history: what was written is kept
}
session-not-saved = This session cannot be kept in the history (see the notice after it); the steps still run.
session-not-all-saved = Not everything of this session could be saved: { $detail }

## Format 2: holds, alternating sides, rounds, levels
cue-relax = Relax
cue-round = Round { $round } of { $rounds }
step-relax = RELAX
step-relax-headline = Let go
side-alternate = alternating sides
dose-holds = { $count ->
    [one] 1 hold of { $seconds } s
   *[other] { $count } holds of { $seconds } s
}
dose-alternating = alternating sides
dose-seconds-list = { $list } s
hold-of = Hold { $rep } of { $reps }
round-of = Round { $round } of { $rounds }
level-of = Level { $level } of { $levels }
level-pick = Level
level-n = Level { $level }
level-suggest-up = Your last sessions at this level went well: you are ready for level { $level }. Limber changes nothing by itself.
level-suggest-down = Your last session hurt more than it should: level { $level } may suit you better for now. Limber changes nothing by itself.
level-accept = Go to level { $level }
level-decline = Not now
equipment-list = You need: { $things }

## Voice (spoken cues)
# Said aloud, never shown. Numbers come in words ($words); $n is the number itself and only
# picks the plural. A phrase too long for its moment is replaced by its -short form.
notice-no-voice = No voice: spoken cues need eSpeak NG. Install it (on Debian or Ubuntu: sudo apt install espeak-ng) and restart Limber; meanwhile the beeps go on.
sound-stopped = Sound stopped ({ $reason }). Limber is trying to bring it back; every cue still shows on screen.
sound-back = Sound is back.
setting-voice = Spoken cues
voice-on = Speak the cues: exercise names, sets, rests and what comes next
voice-rate = { $rate } words a minute
test-voice = Test voice
voice-form-cues = Also say the physiotherapist's form cues
voice-help = The voice is eSpeak NG, on this computer; the beeps sound either way.
say-get-ready = Get ready. First: { $exercise }.
say-get-ready-short = Get ready. First: { $name }.
say-exercise = { $name }. { $dose }.
say-exercise-short = { $name }.
say-set = Set { $set } of { $sets }.
say-last-set = Last set.
say-halfway = Halfway.
say-switch-sides = Switch sides.
say-rest = Rest.
say-rest-next = Rest. Next: { $exercise }.
say-rest-next-short = Rest. Next: { $name }.
say-finished = Well done!
say-seconds = { $n ->
    [one] one second
   *[other] { $words } seconds
}
say-minutes = { $n ->
    [one] one minute
   *[other] { $words } minutes
}
say-minutes-seconds = { $minutes } and { $seconds }
say-reps = { $n ->
    [one] once
   *[other] { $words } times
}
say-counts = { $n ->
    [one] one count
   *[other] { $words } counts
}
say-paced-reps = { $reps }, { $pace } each
say-each-side = { $dose } each side
say-get-ready-level = Get ready. Level { $level } of { $levels }. First: { $exercise }.
say-round = Round { $round } of { $rounds }.
say-round-exercise = { $round } { $name }. { $dose }.
say-left = Left.
say-right = Right.
say-holds = { $n ->
    [one] one hold of { $hold }
   *[other] { $words } holds of { $hold }
}
say-alternating = { $dose } each side, alternating
