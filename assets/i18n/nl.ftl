# Limber — Nederlandse teksten.

app-title = Limber
tab-programs = Programma's
tab-history = Geschiedenis
tab-settings = Instellingen
back = ← Terug
close = Sluiten
dismiss = Sluiten
notice-no-sound = Geen geluid: { $reason }. Elk signaal blijft zichtbaar op het scherm.

## Library
library-title = Je programma's
library-subtitle = Kies een programma om de oefeningen te zien en een sessie te starten.
library-drop-hint = Een programmabestand van je fysiotherapeut gekregen? Sleep het op dit venster of kies Importeren.
library-problems = Deze programmabestanden bevatten fouten en zijn overgeslagen:
import-button = Programma importeren…
import-dialog-title = Een programmabestand importeren
import-filter = Limber-programma
import-added = “{ $title }” is toegevoegd aan je programma's.
import-replaced = Je vorige versie is bewaard als { $file }.
import-failed = { $file } is geen geldig programmabestand:
origin-user = Van jou
origin-replaces = Van jou · vervangt ingebouwd
last-done = Laatst gedaan: { $when }
never-done = nog niet
minutes-label = minuten
day-today = vandaag
day-yesterday = gisteren
days-ago = { $count } dagen geleden
day-streak = dagen op rij
week-streak = weken op rij
week-progress = Deze week: { $done } van { $target } sessies

## Block kinds
block-warm-up = Warming-up
block-strength = Kracht
block-stretch = Rekken
block-cool-down = Cooling-down
block-other = Overig

## Dosage
dose-seconds = { $seconds } s
dose-minutes = { $minutes } min
dose-minutes-seconds = { $minutes } min { $seconds } s
dose-reps = { $count } herhalingen
dose-paced-reps = { $count } herhalingen (elk { $seconds } s)
dose-each-side = per kant
dose-left-only = alleen links
dose-right-only = alleen rechts
dose-sets = { $count ->
    [one] { $count } set
   *[other] { $count } sets
}

## Program
total-time = { $time } in totaal
exercise-count = { $count ->
    [one] { $count } oefening
   *[other] { $count } oefeningen
}
program-version = versie { $version }
per-week = { $count ->
    [one] één keer per week
   *[other] { $count } keer per week
}
written-by = Door { $author }
safety-title = Stop en neem contact op met je fysiotherapeut als je dit merkt:
safety-accept = Ik heb deze regels gelezen en stop als er één van toepassing is.
safety-needed = Lees en accepteer eerst de veiligheidsregels hierboven om te starten.
pain-before-question = Hoeveel pijn voel je nu? (0 = geen, 10 = ergst denkbaar; optioneel)
start-session = Sessie starten
scale-skip = Overslaan
scale-low = geen
scale-high = ergst

## Session
step-work = OEFENING
step-prepare = KLAAR MAKEN
step-prepare-headline = Maak je klaar
step-switch = WISSELEN
step-switch-headline = Wissel van kant
step-rest = RUST
step-rest-headline = Rust
set-of = Set { $set } van { $sets }
set-short = set { $set }
side-left = linkerkant
side-right = rechterkant
rep-of = Herhaling { $rep } van { $reps }
reps-big = { $count }×
press-done = Druk op Enter als je ze gedaan hebt.
step-of = Stap { $step } van { $steps }
time-left = nog { $time }
coming-up = Straks: { $name }
next-up = Hierna: { $what }
next-finish = Hierna: klaar!
control-back = Terug
control-pause = Pauze
control-resume = Doorgaan
control-skip = Overslaan
control-done = Klaar
control-mute = Geluid uit
control-unmute = Geluid aan
control-safety = Veiligheid
control-stop = Stoppen
key-left = ←
key-right = →
key-space = Spatie
key-enter = Enter
key-esc = Esc
key-m = M
key-none = { " " }
paused = Gepauzeerd
paused-explain = Neem je tijd. Druk op spatie om door te gaan.
stop-question = Deze sessie stoppen?
stop-explain = Wat je tot nu toe gedaan hebt, blijft bewaard in je geschiedenis.
stop-confirm = Stoppen (Enter)
stop-cancel = Doorgaan (Esc)
session-finished = Klaar

## Summary
summary-completed = Goed gedaan! Sessie voltooid.
summary-partial = Sessie gestopt. Alles wat je gedaan hebt is bewaard.
summary-figures = { $time } actief · { $done } van { $total } oefeningen gedaan
summary-steps = Wat je gedaan hebt
step-done = gedaan · { $time }
step-skipped = overgeslagen
pain-after-question = Hoeveel pijn voel je nu? (optioneel)
effort-question = Hoe zwaar was het? (0 = heel licht, 10 = maximaal; optioneel)
note-label = Een notitie voor jezelf of je fysiotherapeut (optioneel)
note-placeholder = bijv. linkerheup voelde stijf bij het bruggetje
summary-save = Opslaan

## Settings
settings-title = Instellingen
setting-language = Taal
language-system = Zoals het systeem
setting-theme = Weergave
theme-system = Zoals het systeem
theme-light = Licht
theme-dark = Donker
setting-sound = Geluid
test-sound = Geluid testen
mute = Alle geluiden uit (signalen blijven zichtbaar)
setting-get-ready = Klaarmaken voor de eerste oefening
get-ready-program = Zoals het programma aangeeft
setting-weekly-target = Weekdoel
weekly-target-help = Geldt voor de wekenreeks als een programma zelf geen doel heeft.
setting-large-type = Grote letters
large-type-help = Extra grote tekst tijdens sessies, leesbaar vanaf de mat.

## Cues
# De zichtbare vorm van elk signaal, op het scherm geflitst terwijl het klinkt.
# cue-countdown krijgt $seconds, cue-rep krijgt $rep. cue-form is een kop: de eigen tekst van
# het programma komt eronder.
cue-get-ready = Maak je klaar
cue-go = Start!
cue-countdown = { $seconds }
cue-halfway = Halverwege
cue-switch-sides = Wissel van kant
cue-rest = Rust
cue-rep = Herhaling { $rep }
cue-form = Let op je houding
cue-finished = Klaar!
