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

## Paper for the physio: the program handout and the progress report (PDF)
paper-print-handout = Print handout…
paper-handout-dialog = Save the handout as PDF
paper-report-button = Report for my physio…
paper-report-dialog = Save the report for your physiotherapist as PDF
paper-saved = Saved { $file }.
paper-not-saved = Could not save { $path }: { $detail }
paper-written-not-opened = Saved { $file }. It could not be opened here ({ $detail }); open it from your files.
paper-handout-kind = Exercise program
paper-sessions-per-week = Sessions per week
paper-planned-time = Planned time
paper-planned-minutes = about { $minutes } min
paper-exercises = Exercises
paper-level = Level
paper-level-of = { $level } of { $levels }
paper-levels-dose = Dose
paper-stop-if = Stop and contact your physiotherapist if you notice:
paper-at-a-glance = The session at a glance
paper-cues = Pay attention to
paper-equipment = You need
paper-rest-between-sets = { $time } rest between sets
paper-footer-program = { $title } · { $id }, version { $version }
paper-page = Page { $page } of { $pages }
paper-of = { $count } of { $total }
paper-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
paper-report-kind = Progress report
paper-report-all-programs = All programs
paper-report-period = { $from } – { $to } · made on { $made }
paper-report-footer = Limber progress report · { $from } – { $to }
paper-report-sessions = Sessions
paper-report-completed = Completed
paper-report-minutes = Minutes
paper-report-weeks-met = Weeks with { $target }+
paper-report-pain = Pain before → after
paper-report-effort = Effort
paper-report-weeks = Sessions per week
paper-report-week = Week
paper-report-against-target = Completed against target
paper-report-started = Started
paper-report-chart = Pain and effort per session
paper-report-exercises = What was done and what was skipped
paper-report-exercise = Exercise
paper-report-in-sessions = Sessions
paper-report-sets-done = Sets done
paper-report-sets-skipped = Skipped
paper-report-all-done = Every set done in { $count ->
    [one] the only session
   *[other] all { $count } sessions
}: { $names }
paper-report-all-done-some = Every set done in the { $count ->
    [one] only session
   *[other] { $count } sessions
} they came up in (of { $total }): { $names }
paper-report-pauses = Pauses
paper-report-no-pauses = No pauses in this period.
paper-report-versions = Program versions used
paper-report-version-line = { $title }, version { $version }: { $count ->
    [one] one session
   *[other] { $count } sessions
} ({ $days })
paper-report-levels = Levels over time
paper-report-level-line = Level { $level } of { $levels }: { $count ->
    [one] one session
   *[other] { $count } sessions
} ({ $days })
paper-report-notes = Notes after sessions
paper-pause-since = since { $from }
paper-paused-ill = paused: ill
paper-paused-injured = paused: injured
paper-paused-holiday = paused: holiday
paper-chart-scale = 0 = none, 10 = worst or hardest
paper-chart-pain-before = Pain before
paper-chart-pain-after = Pain after
paper-chart-effort = Effort
# Hardening (issue 14): pictures that cannot be shown, no display.
picture-unavailable = This picture cannot be shown
picture-not-shown = A picture of this program cannot be shown: { $detail }
no-window = Limber cannot open its window: { $reason }.
no-window-no-display = there is no display to open it on (neither DISPLAY nor WAYLAND_DISPLAY is set)
no-window-hint = Everything works from the terminal too: limber programs, limber run PROGRAM, limber history, limber stats (see limber --help).
no-window-unreachable = the display { $display } cannot be reached
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

## Program files: what the checker says is wrong, and what to write instead.
## Keys, values and examples in `backticks` are TOML and stay as written.
check-type-text = a text
check-type-integer = a whole number
check-type-float = a number with decimals
check-type-boolean = true/false
check-type-date = a date
check-type-list = a list
check-type-table = a table
check-label-key = `{ $key }`
check-label-language-of = `{ $code }` in { $what }
check-label-stop-rule = rule { $number } of `stop_if`
check-label-equipment-item = item { $number } of `equipment`
check-label-each-block = each [[block]]
check-label-block-title = the block's `title`
check-label-each-exercise = each [[block.exercise]]
check-label-each-level = each [[block.exercise.level]]
check-label-level-name = the level's `name`
check-label-each-cue = each cue
check-label-cue-text = the cue's `text`
check-did-you-mean = { $problem }; did you mean `{ $near }`?
check-did-you-mean-text = { $problem }, did you mean "{ $near }"?
check-range = `{ $key }` = { $found } is a range; write one number; use levels to build up ([[block.exercise.level]], format 2)
check-advice-write = write { $value }
check-advice-write-either = write { $down } or { $up }
check-advice-or-minutes = { $seconds }, or "{ $minutes }m{ $rest }s" if you mean minutes
check-advice-seconds-or-clock = write { $seconds } or "{ $minutes }m{ $rest }s"
check-whole-seconds = `{ $key }` must be whole seconds, found { $found }; { $advice }
check-not-table = { $what } must be a table, found { $found }
check-not-string = `{ $key }` must be a text in quotes, found { $found }
check-bad-language = { $what } must be a language code like `en`, `nl` or `pt-BR`, found { $found }
check-text-empty = { $what } is empty; write the text between the quotes
check-text-no-languages = { $what } has no languages; write e.g. { $example }
check-translation-empty = the `{ $code }` text of { $what } is empty
check-translation-not-string = the `{ $code }` text of { $what } must be a text in quotes, found { $found }
check-not-text = { $what } must be a text in quotes or a table of languages like { $example }, found { $found }
check-id-empty = `{ $key }` is empty; write e.g. { $key } = "plank"
check-id-characters = `{ $key }` may only contain a-z, 0-9 and -, found { $found }
check-id-characters-fix = `{ $key }` may only contain a-z, 0-9 and -, found { $found }; write "{ $fix }"
check-id-length = `{ $key }` must be 1..{ $max } characters long, found { $length }
check-version-too-large = `version` is too large (at most { $max }), found { $found }
check-version = `version` must be a whole number from 1 up (raise it for every new edition), found { $found }
check-out-of-range = `{ $key }` must be { $low }..{ $high }, found { $found }
check-number-in-quotes = `{ $key }` must be a number without quotes: { $key } = { $number }
check-not-whole = `{ $key }` must be a whole number ({ $low }..{ $high }), found { $found }
check-list-needs-format-2 = a list of `{ $key }`, one per set, needs `format = 2`; this file says `format = { $format }`
check-list-length = `{ $key }` must list 1..{ $max } values, one per set, found { $count }
check-seconds-range = `{ $key }` must be { $low }..{ $high } seconds, found { $found }
check-seconds-range-text = `{ $key }` must be { $low }..{ $high } seconds, found { $found } ({ $seconds } s)
check-no-unit = `{ $key }` = { $found } has no unit; write { $key } = { $number } (seconds) or "{ $number }s"
check-not-duration = `{ $key }` = { $found } is not a duration; write seconds ({ $key } = 30) or a text like "90s", "1m30s" or "2m"
check-not-seconds = `{ $key }` must be a number of seconds or a text like "1m30s", found { $found }
check-not-boolean = `{ $key }` must be true or false, found { $found }
check-boolean-in-quotes = `{ $key }` must be true or false, found { $found }; write { $key } = { $value } without quotes
check-not-choice = `{ $key }` must be one of { $options }; found { $found }
check-in-top = at the top of the file
check-in-defaults = in [defaults]
check-in-author = in `author`
check-in-progression = in `progression`
check-in-block = in [[block]]
check-in-block-defaults = in [block.defaults]
check-in-exercise = in [[block.exercise]]
check-in-level = in [[block.exercise.level]]
check-in-cue = in a cue
check-home-top = at the top of the file (before the first [table])
check-home-level = in a [[block.exercise.level]]
check-home-cue = in a cue, { $example }
check-or = { $first } or { $second }
check-needs-format-2 = `{ $key }` needs `format = 2`; this file says `format = { $format }`
check-unknown-key-near = unknown key `{ $key }` { $place }, did you mean `{ $near }`?
check-unknown-key-belongs = unknown key `{ $key }` { $place }; `{ $key }` belongs { $homes }
check-unknown-key-keys = unknown key `{ $key }` { $place }; the keys there are { $keys }
check-format-newer = `format = { $format }` needs a newer Limber (this one reads formats 1 and 2)
check-format = `format` must be 1 or 2, found { $found }
check-missing-format = missing `format = 1`: write it on the first line
check-missing-id = missing `id`: write e.g. id = "back-care" (a-z, 0-9 and -)
check-missing-title = missing `title`: write e.g. title = {"{"} nl = "Rug en hardlopen", en = "Back and running" {"}"}
check-invalid = invalid program
check-too-long = { $level ->
        [1] the planned session takes { $total }, more than the 4 hours a program may last (it passes 4 hours at this exercise); use fewer exercises or sets, or shorter times
       *[other] the planned session at level { $level } takes { $total }, more than the 4 hours a program may last (it passes 4 hours at this exercise); use fewer exercises or sets, or shorter times
    }
check-too-many-steps = { $level ->
        [1] the planned session has { $steps } steps, more than the { $max } a program may have (it passes them at this exercise); use fewer holds, sets or rounds
       *[other] the planned session at level { $level } has { $steps } steps, more than the { $max } a program may have (it passes them at this exercise); use fewer holds, sets or rounds
    }
check-author-empty = `author` is empty; write e.g. { $example } or leave it out
check-author-field-empty = `author.{ $key }` is empty
check-stop-if-not-list = `stop_if` must be a list of texts, found { $found }
check-stop-if-brackets = `stop_if` must be a list of texts, found { $found }; put the rules in brackets: stop_if = ["Pain that spreads to the leg"]
check-no-blocks = a program needs at least one [[block]] with at least one [[block.exercise]]
check-block-not-list = `block` must be a list of blocks, found { $found }: start each block with [[block]] (two brackets), before its [[block.exercise]] lines
check-block-no-exercises = this block has no exercises; add at least one [[block.exercise]] after it
check-too-many-exercises = a program may have at most { $max } exercises; this is number { $number }: split the program in two
check-exercise-not-list = `exercise` must be a list of exercises, found { $found }: start each exercise with [[block.exercise]] (two brackets)
check-duplicate-id = duplicate exercise id `{ $id }` (first used at line { $line })
check-exercise-no-id = this exercise has no `id`; add e.g. id = "plank" (a-z, 0-9 and -)
check-exercise-no-name = this exercise has no `name`; add e.g. { $example }
check-alternate-needs-format-2 = `sides = "alternate"` needs `format = 2`; this file says `format = { $format }`
check-at-level = {" "}(at level { $level })
check-at-no-level = {""}
check-sets-disagree = `sets = { $sets }` but the list gives { $count } values, one per set{ $at }; leave `sets` out or make them agree
check-alternate-needs-reps = `sides = "alternate"` needs repetitions: write `reps` (per side) instead of `duration`{ $at }
check-relax-needs-hold = `relax` is the pause between two holds and only goes with `hold`{ $at }; write e.g. reps = 6, hold = 10, relax = 3
check-equipment-not-list = `equipment` must be a list of texts like equipment = ["Mat"], found { $found }
check-equipment-too-many = `equipment` may list at most { $max } things, found { $count }
check-video-https = `video` must be an address starting with https://, found { $found }
check-video-too-long = `video` may be at most { $max } characters long
check-video-spaces = `video` may not contain spaces; copy the address from the browser's address bar
check-level-not-list = `level` must be a list of levels, found { $found }: start each level with [[block.exercise.level]] (two brackets)
check-too-many-levels = an exercise may have at most { $max } [[block.exercise.level]] tables (levels 2 to { $top }); this is number { $number }
check-cue-at-level = { $problem } (at level { $level })
check-level-duration-and-reps = a level needs at most one of `duration` and `reps`, found both; keep one
check-level-hold-and-pace = `hold` and `seconds_per_rep` do not go together: a repetition is either a hold or a paced movement
check-level-pace-timed = `seconds_per_rep` only goes with `reps`, and at level { $level } this exercise is timed (`duration`); write `reps` in this level too
check-level-hold-timed = `hold` only goes with `reps`, and at level { $level } this exercise is timed (`duration`); write e.g. reps = 6 and hold = 10 for six holds of 10 s
check-duration-and-reps = an exercise needs exactly one of `duration` and `reps`, found both; keep one
check-hold-needs-reps = `hold` needs `reps`: write `reps = 6` and `hold = 10` for six holds of 10 s
check-no-dose = an exercise needs exactly one of `duration` and `reps`, found neither; add e.g. duration = 30 (seconds) or reps = 10
check-pace-needs-reps = `seconds_per_rep` only goes with `reps`; remove it, or write reps instead of duration
check-hold-not-duration = `hold` goes with `reps`, not `duration`: write `reps = 6` and `hold = 10` for six holds of 10 s
check-hold-and-pace = `hold` and `seconds_per_rep` do not go together: a repetition is either a hold (`hold`) or a paced movement (`seconds_per_rep`)
check-cues-not-list = `cues` must be a list like cues = [{"{"} at = 10, text = "Breathe out" {"}"}], found { $found }
check-cue-no-at = this cue has no `at`; write e.g. {"{"} at = 10, text = "Breathe out" {"}"}
check-cue-no-text = this cue has no `text`; write e.g. {"{"} at = 10, text = "Breathe out" {"}"}
check-image-empty = `image` is empty; write a path like "images/plank.svg" or leave it out
check-image-absolute = `image` must be a path relative to the program file, found an absolute path
check-image-backslash = `image` must use / between folders, found { $found }
check-image-parent = `image` may not leave the program's folder (no `..`): put the image in the program's folder or a folder inside it
check-image-type = `image` must be an .svg, .png or .jpg file, found { $found }
check-cue-outside-step = this cue at { $at } s falls outside the work step: `at` must be 1..{ $max } for an exercise of { $seconds } s
check-cue-outside-short-step = this cue falls outside the work step, which lasts only 1 s
check-cue-outside-hold = this cue at { $at } s falls outside the hold: `at` counts from the start of every hold and must be 1..{ $max } for holds of { $hold } s
check-cue-outside-short-hold = this cue falls outside the hold, which lasts only 1 s
check-image-missing = image `{ $path }` not found next to the program file
check-image-not-file = image `{ $path }` is not a file
check-image-outside = image `{ $path }` is a link to outside the program's folder; copy the image itself next to the program file
check-not-utf8 = the file is not UTF-8 text (byte { $byte } here); save it as UTF-8 in your editor
check-file-too-big = the file is { $size } bytes; a program file may be at most { $limit } bytes (1 MiB): split it into smaller programs
check-more-not-shown = { $count ->
        [one] 1 more problem not shown; fix these first
       *[other] { $count } more problems not shown; fix these first
    }
check-duplicate-key = `{ $key }` is written twice in the same table; keep one (a new exercise starts with its own [[block.exercise]] line)
check-text-needs-quotes = text must be in quotes: write "{ $text }"
check-no-closing-quote = this text has no closing quote: end it on the same line (use """ around text that spans several lines)
check-not-toml-line = this is not valid TOML: { $detail }; write one `key = value` per line
check-not-toml = this is not valid TOML: { $detail }
load-cannot-read = cannot read { $path }: { $reason }
library-id-taken = program id `{ $id }` (version { $version }) is also used by { $winner } (version { $winner-version }), which is the one used; remove or rename one of the two files
library-id-built-in = program id `{ $id }` is already used by { $kept }
validate-ok = { $file }: ok ({ $id } v{ $version }, { $exercises ->
        [one] 1 exercise
       *[other] { $exercises } exercises
    }, { $total })
library-cannot-copy = cannot copy the program into { $folder }: { $reason }
## Program editor, format 2: holds, per-set doses, alternating sides, equipment, video,
## rounds, block timing and levels. editor-level-preview takes $level, $dose (as the program
## page says it) and $time (m:ss, one time through the exercise).
editor-need-amount = Write a whole number from { $low } to { $high }, or one per set, like 6, 4, 2 (at most 50).
editor-need-one-number = Write one number, or one per set with commas: 8, 10. To build up over the weeks, add a level.
editor-summary-levels = level { $levels }: { $time }
editor-on = On
editor-off = Off
editor-halfway-signal = Halfway signal
editor-halfway-inherit-on = As the program says (on)
editor-halfway-inherit-off = As the program says (off)
editor-relax = Relax between holds
editor-round-rest = Rest between rounds
editor-default-value = { $value } (default)
editor-progression = Building up
editor-progression-help = Limber suggests the next level after this many good sessions in a row at a level: pain afterwards and effort no higher than these (0 to 10). It suggests one level down after a session that hurt. The patient decides; Limber changes nothing by itself.
editor-progression-sessions = Good sessions in a row
editor-progression-pain = Most pain afterwards
editor-progression-effort = Most effort
editor-rounds = Rounds
editor-block-timing = Timing for this block (blank: as the program says)
editor-exercise-switch-sides = Switch sides
editor-exercise-countdown = Countdown beeps
editor-exercise-relax = Relax between holds
editor-level-count = { $levels ->
    [one] 1 level
   *[other] { $levels } levels
}
editor-dosage-holds = Holds (hold, relax, repeat)
editor-hold = Seconds per hold
editor-sets-listed = { $count ->
    [one] 1 (one value)
   *[other] { $count } (one per value)
}
editor-per-set-hint = A different dose per set: write one value per set, like 6, 4, 2 or 6-4-2.
editor-sides-alternate = Alternating
editor-alternate-hint = Alternating sides: the reps count per side, so 6 means 6 left and 6 right.
editor-equipment = Equipment
editor-thing = Thing
editor-add-equipment = Add equipment
editor-video = Video (an https:// address the patient can open)
editor-levels = Levels
editor-levels-help = Level 1 is the exercise as written above. Add a level for each step up: it changes only what you give it, and keeps the rest from the level before.
editor-add-level = Add a level
editor-remove-level = Remove level
editor-level-n = Level { $level }
editor-level-preview = Level { $level } · { $dose } · { $time }
editor-level-preview-untimed = Level { $level } · { $dose }
editor-level-same = Nothing changes yet: this level is the same as level { $level }.
editor-level-add = Change at this level:
editor-level-as-before = × as before
editor-level-no-cues = No form cues at this level.
editor-level-no-equipment = No equipment at this level.
editor-change-name = + Name
editor-change-instructions = + Instructions
editor-change-duration = + Seconds
editor-change-reps = + Reps
editor-change-pace = + Seconds per rep
editor-change-hold = + Hold
editor-change-relax = + Relax
editor-change-sets = + Sets
editor-change-sides = + Sides
editor-change-rest = + Rest after
editor-change-set-rest = + Rest between sets
editor-change-switch-sides = + Switch sides
editor-change-countdown = + Countdown
editor-change-halfway = + Halfway signal
editor-change-cues = + Form cues
editor-change-equipment = + Equipment
editor-change-video = + Video
## Desktop: reminders and sharing a program as one file (issue 13)
setting-reminders = Reminders
reminders-off = Off
reminders-days = On training days
reminders-behind = When this week is behind
reminders-time = At
reminders-help = A notification says what is planned, and its Start button opens Limber on that program. Paused days and days you have already trained stay silent. Nothing keeps running: a systemd timer wakes Limber at this time.
reminders-behind-help = Every evening at this time, only when this week has fewer sessions than its target asks by then (with 3 a week: 1 by Wednesday, 2 by Friday). Paused weeks stay silent.
reminders-next = Next reminder: { $weekday } { $day } { $month } at { $time }
reminders-next-behind = Next check: { $weekday } { $day } { $month } at { $time }
reminders-working = Setting up the reminders…
reminders-stale = The reminder timer on this computer does not match these settings (Limber was moved, or the timer removed).
reminders-set-up-again = Set up again
reminders-failed = Reminders could not be set up: { $error }
reminders-pick-a-day = Pick at least one training day.
reminder-day-1 = Mon
reminder-day-2 = Tue
reminder-day-3 = Wed
reminder-day-4 = Thu
reminder-day-5 = Fri
reminder-day-6 = Sat
reminder-day-7 = Sun
day-name-1 = Monday
day-name-2 = Tuesday
day-name-3 = Wednesday
day-name-4 = Thursday
day-name-5 = Friday
day-name-6 = Saturday
day-name-7 = Sunday
# The notification. $program is the program's title, $minutes its length, $done and $target
# this week's completed sessions and the weekly target.
reminder-title-day = Today: { $program }
reminder-body-day = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}. This week you have done { $done } of { $target }.
reminder-title-behind = This week is behind: { $done } of { $target }
reminder-body-behind = { $program } takes { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}; there is still time today.
program-not-found = There is no program “{ $id }” among your programs.
reminder-start = Start
share-button = Share as file…
share-dialog-title = Share the program as one file
share-filter = Limber program with its pictures
share-done = Saved as { $file }: the program { $pictures ->
    [0] (it has no pictures of its own)
    [one] and its picture
   *[other] and its { $pictures } pictures
}, one file to send.

# Hardening (issue 14): limits on texts, in the validator's words.
check-text-control = { $what } holds a control character ({ $code }), which would garble the screen; remove it
check-text-too-long = { $what } is { $length } characters long; at most { $max }: shorten it
check-too-many-rules = `stop_if` has { $count } rules; at most { $max }: keep the ones that matter most
check-too-many-cues = `cues` has { $count } cues; an exercise may have at most { $max }
check-image-cannot-show = image `{ $path }` cannot be shown: { $problem }
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

## Settings: what was wrong in settings.toml and what Limber did about it.
settings-problem = { $file }: `{ $key }` { $problem }
settings-not-language = must be one of en, nl, found { $found }; following the system
settings-not-theme = must be system, light or dark, found { $found }
settings-clamped = must be { $low }..{ $high }, found { $found }; using { $used }
settings-clamped-seconds = must be { $low }..{ $high } seconds, found { $found }; using { $used }
settings-clamped-rate = must be { $low }..{ $high } words per minute, found { $found }; using { $used }
settings-not-number = must be a number { $low }..{ $high }, found { $found }
settings-not-seconds = must be a number of seconds, found { $found }
settings-not-boolean = must be true or false, found { $found }
settings-entry-not-number = `{ $id }` must be a whole number
settings-not-id-table = must be a table of program id = number
settings-not-reminders-table = must be a table: when, days and time
settings-not-when = must be off, days or behind, found { $found }
settings-not-days = must be a list of mon, tue, wed, thu, fri, sat, sun, found { $found }
settings-not-time = must be a time like "18:30", found { $found }
settings-broken = { $file } is not a settings file: { $why }; using default settings, your file is { $kept }
settings-kept-as = kept as { $path }
settings-left-in-place = left in place ({ $error })
settings-unreadable = it cannot be read ({ $detail })
settings-not-utf8 = it is not UTF-8 text (byte { $byte } is not)
settings-not-toml = it is not valid TOML ({ $detail })

## The history store: what went wrong reading or writing it (history::Error, the import
## file's fields, rows left out, a database set aside). $path and $detail are shown as they are.

history-database = history database { $path }: { $problem }
history-db-disk-full = the disk is full; free some space and try again
history-db-read-only = cannot open it for writing ({ $detail }); check that the folder exists and that you may write in it
history-db-damaged = the file is damaged ({ $detail }); close and reopen Limber: it keeps the damaged file aside and starts a new history
history-db-other = { $detail }
history-busy = history database { $path }: another Limber kept the history busy for more than { $seconds } seconds; try again
history-io = cannot use { $path }: { $detail }
history-no-such-session = session { $id } is not in the history (it may have been removed)
history-no-such-pause = pause { $id } is not in the history (it may have been removed)
history-import-stopped = { $error }; the import stopped after adding { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } and { $pauses ->
        [one] 1 pause
       *[other] { $pauses } pauses
    }, which are kept: import the file again to add the rest (what is already there is kept once)
history-score-pain-before = pain before
history-score-pain-after = pain after
history-score-effort = effort
history-invalid-score = { $what } must be 0..10, got { $found }
history-invalid-no-program = a session needs a program id
history-invalid-level = a level must be 1..{ $max }, got { $found }
history-invalid-target = sessions per week must be { $low }..{ $high }, got { $found }
history-invalid-pause-start = a pause must start on or before its last day ({ $from } is after { $to })
history-invalid-pause-end = a pause must end on or after its first day ({ $to } is before { $from })
history-writer-not-started = cannot start writing the history: { $detail }
history-writer-stopped = the history writer has stopped
history-detail = { $detail }
history-not-sqlite = it is not an SQLite database
history-integrity = the integrity check found: { $found }
history-foreign-version = its version number is { $version }
history-foreign-tables = it holds tables of another program and no Limber version number
history-foreign-table = it has a table `{ $table }` but no Limber version number
history-newer-version = database version { $version }; this Limber reads up to version { $readable }
history-cannot-start-new = a new, empty history cannot be started: { $why }
history-cannot-make-empty = an empty history cannot be made in memory
history-set-aside-unreadable = Your history could not be read ({ $why }). It was kept, unchanged, as { $aside } and a new, empty history was started in { $path }. Keep the old file: it may be possible to recover sessions from it.
history-set-aside-foreign = The history file is not a Limber history ({ $why }). It was kept, unchanged, as { $aside } and a new, empty history was started in { $path }.
history-set-aside-newer = Your history was written by a newer Limber ({ $why }). It was kept, unchanged, as { $aside } and a new, empty history was started in { $path }. Use the newer Limber to see your history.
history-read-as-saved = The history in { $path } could only be read as it was last saved in full ({ $detail }); the latest changes show again once Limber may write in that folder.
history-value-unreadable = `{ $field }` cannot be read ({ $detail })
history-value-unreadable-row = a value cannot be read
history-value-nothing = nothing
history-value-binary = { $bytes } bytes of binary data
history-value-not-utf8 = `{ $field }` is not valid UTF-8 text
history-value-not-text = `{ $field }` should be text, found { $found }
history-value-missing = `{ $field }` is missing
history-value-out-of-range = `{ $field }` must be { $min }..{ $max }, found { $found }
history-value-not-number = `{ $field }` should be a whole number, found { $found }
history-value-not-date-time = `{ $field }` is { $found }, not a date and time like 2026-11-25T10:15:00+01:00
history-value-not-date = `{ $field }` is { $found }, not a date like 2026-11-25
history-value-not-status = `{ $field }` is { $found }, not completed, partial or abandoned
history-value-not-reason = `{ $field }` is { $found }, not ill, injured or holiday
history-skipped-row = { $table } row { $row }: { $problem }
history-pause-backwards = the pause ends before it starts
history-skipped-summary = left out { $count ->
        [one] 1 unreadable row
       *[other] { $count } unreadable rows
    } of the history: { $first }{ $more ->
        [0] {""}
       *[other] {" "}(and { $more } more)
    }
history-import-not-utf8 = the file is not UTF-8 text (byte { $byte } is not); save it as UTF-8
history-import-not-json = the file is not valid JSON: { $detail }
history-import-not-export = expected an export ({"{"}"format": 1, "sessions": [...]{"}"}), a list of sessions or one session, found { $found }
history-import-newer-format = the file is in export format { $format }, from a newer Limber (this one reads format { $readable }); update Limber to import it
history-import-not-object = { $at }: must be an object, found { $found }
history-import-field = { $at }, field "{ $field }": { $problem }
history-at-the-file = the file
history-at-the-session = the session
history-at-record = record { $number } ({ $place })
history-at-index = index { $index }
history-at-pause = pause { $number } ({ $place })
history-at-step = { $at }, { $place }
history-field-missing = is missing
history-field-empty = must not be empty
history-field-unknown = is not a known field
history-field-unknown-near = is not a known field; did you mean "{ $nearest }"?
history-field-too-long = is longer than { $max } characters
history-field-not-a = must be { $what ->
        [list] a list
        [object] an object
        [boolean] true or false
       *[text] text
    }, found { $found }
history-field-not-in-range = must be a whole number { $min }..{ $max }, found { $found }
history-field-not-date-time = { $found } is not a date and time with its UTC offset, like 2026-11-25T10:15:00+01:00
history-field-not-date = { $found } is not a date like 2026-11-25
history-field-not-program-id = { $found } is not a program id (a-z, 0-9 and -, 1 to 64 characters)
history-field-not-status = { $found } is not completed, partial or abandoned
history-field-not-reason = { $found } is not ill, injured or holiday
history-field-end-before-start = is before started_at
history-field-end-missing = is missing; a { $status } session has an end
history-field-too-many-steps = has more than { $max } steps
history-field-to-before-from = is before from

## The terminal's words around the history's messages.

cli-warning = warning: { $warning }
import-too-big = the file is larger than { $mib } MiB; is it a Limber export?
import-unreadable = cannot read it: { $detail }
import-nothing-imported = { $why } (nothing was imported)
run-not-kept = { $why }; this session will not be kept in the history

## Why a picture or a drawing cannot be shown (picture::Problem).

picture-file-problem = { $file }: { $problem }
picture-reader-not-started = cannot read the program's pictures: { $detail }
picture-detail = { $detail }
picture-unreadable = it cannot be read ({ $detail })
picture-not-a-file = it is not a file (a folder, a device or a pipe)
picture-too-big = it is { $bytes } bytes; a picture may be at most { $max } bytes (4 MiB)
picture-empty = the file is empty
picture-unknown-format = it is not a PNG, JPEG, GIF or WebP picture
picture-too-large = it is { $width } × { $height } pixels; a picture may be at most { $max } × { $max }: make it smaller
picture-damaged = it is damaged or incomplete ({ $why })
picture-no-pixels = it has no pixels
picture-not-supported = not supported: { $detail }
picture-too-much-memory = decoding it would take too much memory
picture-svg-no-size = it has no size that can be drawn
picture-svg-compressed = it is a compressed SVG drawing (.svgz); save it as a plain SVG drawing
picture-svg-not-utf8 = it is not an SVG drawing (the file is not UTF-8 text)
picture-svg-entities = it declares XML entities (<!ENTITY>), which Limber does not read; save the drawing again as plain SVG
picture-svg-invalid = it is not a valid SVG drawing ({ $detail })
picture-svg-unshowable = it is not an SVG drawing that can be shown ({ $detail })
picture-svg-too-many-parts = it has too many parts (more than { $max }, counting every copy a reference makes); simplify the drawing
picture-svg-too-deep = its parts are nested more than { $max } deep (counting references); simplify the drawing
picture-svg-inside = a picture inside the drawing: { $problem }
picture-svg-inside-unknown = it has a picture inside it that is not a PNG, JPEG, GIF or WebP picture (another drawing, for example); Limber draws only those
picture-svg-outside = it refers to `{ $href }` outside the drawing; Limber never reads other files for a picture: embed the picture in the drawing or leave it out
picture-svg-too-much-text = it holds { $chars } characters of text; a drawing may hold at most { $max }
picture-svg-loop = it refers to itself in a loop (a part that uses a part that uses the first); remove the loop
picture-svg-too-much-work = it takes too much work to draw (it paints more than { $max } times its own area); simplify the drawing or save it as a PNG picture
picture-svg-too-many-layers = it has more than { $max } parts with their own opacity, clip path, mask or filter; simplify the drawing
picture-svg-too-many-filters = it uses more than { $max } filter steps (blur, shadow and the like); use fewer filters
picture-svg-kernel = its convolution filter has { $cells } cells; at most { $max } (9 × 9)
picture-svg-radius = its erode or dilate filter has a radius too large to draw; use a smaller radius
picture-svg-octaves = its noise filter has { $octaves } octaves; at most { $max }
picture-svg-dashes = it has a dashed line of more than { $max } dashes; use longer dashes
picture-svg-nested-pattern = it has a pattern inside a pattern; use a single pattern
picture-svg-pattern-tile = it has a pattern whose tile is larger than the picture; use a smaller tile
picture-svg-too-far = it has a part with opacity, a clip path, a mask or a filter that reaches far beyond the picture; make that part no larger than the picture
picture-svg-undrawable = the drawing could not be drawn; simplify it or save it again from your drawing program

## Why a bundle (.limber) could not be written or imported (desktop::bundle::Error).

bundle-read = cannot read { $path }: { $detail }
bundle-not-zip = { $path } is not a Limber bundle (it is not a zip file: { $detail })
bundle-too-many-entries = the bundle holds { $count } files and folders; a bundle may hold at most { $max }
bundle-too-large = the bundle unpacks to more than { $mb } MB; a program with its pictures is far smaller
bundle-unsafe-path = the bundle holds `{ $name }`, a path outside the program's folder
bundle-link = the bundle holds `{ $name }`, a link; a bundle may only hold files
bundle-special = the bundle holds `{ $name }`, which is not a plain file
bundle-not-allowed = the bundle holds `{ $name }`, which is neither a program (.toml) nor a picture (.svg, .png, .jpg, .gif, .webp)
bundle-nested-program = the bundle holds the program file `{ $name }` in a folder; it belongs at the top
bundle-not-an-image = `{ $name }` in the bundle is not a { $expected } picture
bundle-duplicate = the bundle holds `{ $name }` twice
bundle-encrypted = `{ $name }` in the bundle is encrypted; send the bundle without a password
bundle-damaged = `{ $name }` in the bundle cannot be unpacked ({ $detail }); the file may be damaged
bundle-no-program = the bundle holds no program file (.toml)
bundle-several-programs = the bundle holds several program files ({ $names }); a bundle holds one program
bundle-staging = cannot unpack the bundle into a temporary folder: { $detail }
bundle-program = { $detail }
bundle-image = cannot read the picture { $path }: { $detail }
bundle-too-many-images = this program uses { $count } pictures; a bundle holds at most { $max }
bundle-write = cannot write { $path }: { $detail }
bundle-exists = { $path } already exists; choose another name or remove it first

## The terminal's history, stats, import, export and pause (src/cli/records.rs). The labels
## of `limber stats` are lined up by the code.

cli-no-sessions = No sessions yet.
cli-history-date = Date
cli-history-time = Time
cli-history-program = Program
cli-history-status = Status
cli-history-minutes = Min
cli-history-pain = Pain
cli-history-effort = Effort
cli-stats-as-of = As of { $today } ({ $week })
cli-stats-sessions = Sessions:
cli-stats-sessions-line = { $sessions }, { $completed } completed ({ $percent }%), { $minutes } minutes
cli-stats-day-streak = Day streak:
cli-stats-day-streak-line = { $days ->
        [one] 1 day
       *[other] { $days } days
    } (longest { $longest })
cli-stats-week-streak = Week streak:
cli-stats-week-streak-line = { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } of { $target }+ sessions (longest { $longest })
cli-stats-this-week = This week:
cli-stats-this-week-line = { $done } of { $target } completed
cli-stats-paused = Paused:
cli-stats-paused-line = today is in a pause; your streaks are frozen
cli-stats-pain = Pain:
cli-stats-pain-line = { $before } before -> { $after } after (average of the last { $count } with a score)
cli-stats-last-done = Last done:
cli-stats-blank = {""}
cli-stats-last-done-line = { $program } { $date }
cli-exported = Exported { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } and { $pauses ->
        [one] 1 pause
       *[other] { $pauses } pauses
    } to { $file }.
cli-imported = Imported { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } from { $file }{ $present ->
        [0] {""}
       *[other] {" "}({ $present } already present)
    }{ $pauses }.
cli-imported-no-pauses = {""}
cli-imported-pauses = {" "}and { $pauses ->
        [one] 1 pause
       *[other] { $pauses } pauses
    }{ $present ->
        [0] {""}
       *[other] {" "}({ $present } already present)
    }
cli-paused = Streaks paused from { $from } to { $to } ({ $reason }): these days neither break nor extend them.
cli-cannot-write = cannot write { $path }: { $detail }
cli-about-program = { $program }: { $problem }
cli-handout-written = Wrote the handout of { $program } ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }) to { $path }.
cli-report-written = Wrote the report of { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } from { $from } to { $to } ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }) to { $path }.
cli-report-unknown-program = no program `{ $program }` in your programs or your history; `limber programs` lists them
paper-error-no-such-level = this program has { $levels ->
        [one] 1 level
       *[other] { $levels } levels
    }; level { $asked } is not one of them
paper-error-backwards-span = the report must start on or before its last day, but { $from } is after { $to }
paper-error-pdf = cannot make the PDF: { $detail }
## `limber plan`'s table: the heads of its columns, the kinds of step and the sides.
cli-plan-level = level { $level } of { $levels }
cli-plan-at = at
cli-plan-step = step
cli-plan-exercise = exercise
cli-plan-set = set
cli-plan-side = side
cli-plan-time = time
cli-plan-prepare = prepare
cli-plan-work = work
cli-plan-relax = relax
cli-plan-switch = switch
cli-plan-set-rest = set-rest
cli-plan-rest = rest
cli-plan-round-rest = round-rest
cli-plan-left = left
cli-plan-right = right
cli-plan-alternate = alternate
cli-plan-reps = { $reps } reps
cli-plan-total = total { $time }{ $untimed ->
        [0] {""}
        [one] {" "}(+ 1 step at your own pace)
       *[other] {" "}(+ { $untimed } steps at your own pace)
    }
cli-no-such-level = `{ $program }` has { $levels ->
        [one] 1 level
       *[other] { $levels } levels
    }; there is no level { $level }
