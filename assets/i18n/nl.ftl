# Limber — Nederlandse teksten.

app-title = Limber
tab-programs = Programma's
tab-history = Geschiedenis
tab-settings = Instellingen
back = ← Terug
close = Sluiten
dismiss = Sluiten
notice-no-device = Geen geluid: Limber kon geen geluidsapparaat openen. Sluit speakers of een koptelefoon aan en start Limber opnieuw; tot die tijd is elk signaal te zien op het scherm.
notice-details = Details
notice-hide-details = Details verbergen

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
builtin-source = Ingebouwd in Limber, naar het fysiotherapie-artikel ‘Rugpijn en hardlopen’.
written-by = Door { $author }
safety-title = Stop en neem contact op met je fysiotherapeut als je dit merkt:
safety-accept = Ik heb deze regels gelezen en stop als er één van toepassing is.
safety-needed = Lees en accepteer eerst de veiligheidsregels hierboven om te starten.
pain-before-question = Hoeveel pijn voel je nu? (0 = geen, 10 = ergst denkbaar; optioneel)
start-session = Sessie starten
scale-skip = Geen antwoord
scale-low = geen
effort-low = heel licht
effort-high = maximaal
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
caught-up = Terug na een onderbreking: de sessie is doorgegaan naar waar hij nu hoort te zijn.
press-d = druk op d als je klaar bent
session-finished = Klaar

## Summary
summary-completed = Goed gedaan! Sessie voltooid.
summary-partial = Sessie gestopt. Alles wat je gedaan hebt is bewaard.
summary-skipped = Sessie klaar, met een paar overgeslagen stappen. Alles is bewaard.
summary-figures = { $time } actief · { $done } van { $total } oefeningen gedaan
summary-steps = Wat je gedaan hebt
step-done = gedaan · { $time }
step-skipped = overgeslagen
pain-after-question = Hoeveel pijn voel je nu? (optioneel)
effort-question = Hoe zwaar was het? (0 = heel licht, 10 = maximaal; optioneel)
note-label = Een notitie voor jezelf of je fysiotherapeut (optioneel)
note-placeholder = bijv. linkerheup voelde stijf bij het bruggetje
summary-save = Opslaan

## History
history-title = Geschiedenis
history-unavailable = De geschiedenis kan nu niet gelezen worden; je sessies zijn niet verloren. Zie de melding hierboven.
export-csv = CSV exporteren…
export-dialog-title = Je geschiedenis als CSV exporteren
export-done = Je geschiedenis is opgeslagen in { $file }.
streak-longest = langste { $count }
sessions-label = sessies
sessions-detail = { $completed } voltooid · { $minutes } minuten
calendar-title = Kalender
calendar-month = { $month } { $year }
calendar-done = voltooid
calendar-tried = begonnen, niet afgemaakt
calendar-paused = gepauzeerd
chart-title = Pijn en inspanning
chart-empty = Beantwoord de vragen over pijn en inspanning rond een sessie om te zien hoe ze veranderen.
chart-pain-before = pijn vooraf
chart-pain-after = pijn achteraf
chart-effort = inspanning
sessions-title = Sessies
sessions-empty = Nog geen sessies. Je eerste sessie verschijnt hier.
sessions-more = Oudere sessies tonen (nog { $count })
session-detail = { $done } van { $total } oefeningen gedaan · gepland { $planned } · programmaversie { $version }
status-completed = voltooid
status-partial = gedeeltelijk
status-abandoned = gestopt voor het oefenen
pain-change = pijn { $before } → { $after }
effort-value = inspanning { $effort }
pauses-title = Pauzes
pauses-explain = Ziek, geblesseerd of op vakantie? Pauzeer je reeksen: gepauzeerde dagen breken ze niet en tellen niet mee.
pause-period = { $from } t/m { $to }
pause-ongoing = sinds { $from }, loopt nog
pause-end = Vandaag beëindigen
pause-remove = Verwijderen
pause-from = van
pause-to = tot en met
pause-to-open = open einde
date-placeholder = JJJJ-MM-DD
pause-add = Pauze toevoegen
pause-bad-date = “{ $input }” is geen datum; schrijf hem als JJJJ-MM-DD, bijv. 2026-03-14.
pause-to-before-from = Het einde van een pauze kan niet voor het begin liggen.
reason-ill = Ziek
reason-injured = Geblesseerd
reason-holiday = Vakantie
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = ma
weekday-2 = di
weekday-3 = wo
weekday-4 = do
weekday-5 = vr
weekday-6 = za
weekday-7 = zo

## Settings
settings-title = Instellingen
setting-language = Taal
language-system = Zoals het systeem
# Taalnamen staan in hun eigen taal, zodat iedereen de zijne vindt.
language-en = English
language-nl = Nederlands
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

## Editor
# De programma-editor. editor-summary krijgt $time (m:ss), $steps en $exercises; de labels
# zijn kort omdat elk invoerveld ook zijn taal noemt (“Titel · English”).
editor-new-program = Nieuw programma
editor-edit = Bewerken
editor-edit-copy = Kopie bewerken
editor-heading-new = Nieuw programma
editor-heading-edit = “{ $title }” bewerken
editor-heading-copy = Jouw kopie van “{ $title }”
editor-copy-note = Dit is een kopie van een ingebouwd programma. Na opslaan is het van jou: het vervangt het ingebouwde programma in je bibliotheek, met hetzelfde id en versie { $version }, zodat je geschiedenis doorloopt.
editor-summary = { $time } in totaal · { $steps ->
    [one] { $steps } stap
   *[other] { $steps } stappen
} · { $exercises ->
    [one] { $exercises } oefening
   *[other] { $exercises } oefeningen
}
editor-ready = Klaar om op te slaan
editor-problem-count = { $count ->
    [one] 1 ding om te verbeteren
   *[other] { $count } dingen om te verbeteren
}
editor-save = Opslaan
editor-cancel = Annuleren
editor-discard-question = Je wijzigingen weggooien?
editor-discard = Weggooien
editor-keep-editing = Verder bewerken
editor-save-failed = Niet opgeslagen: { $reason }
editor-general-problems = Eerst verbeteren:
editor-about = Over dit programma
editor-id = Id (a-z, 0-9 en -; je geschiedenis wordt eronder bewaard)
editor-version = Versie
editor-per-week = Keer per week
editor-optional = optioneel
editor-title = Titel
editor-description = Beschrijving
editor-author-name = Geschreven door
editor-author-role = Functie
editor-author-contact = Contact
editor-lang-en = English
editor-lang-nl = Nederlands
editor-other-languages = Ook bewaard, in andere talen: { $languages }
editor-rules = Veiligheidsregels
editor-rules-help = Getoond voor de eerste sessie: stop en neem contact op met de fysiotherapeut als er één geldt. De gebruiker accepteert ze eenmaal per versie.
editor-rule = Stop bij
editor-add-rule = Regel toevoegen
editor-remove = Verwijderen
editor-timing = Tijden, in seconden
editor-get-ready = Klaarmaken
editor-countdown = Aftelpiepjes
editor-rest = Rust na elke oefening
editor-set-rest = Rust tussen sets
editor-switch-sides = Van kant wisselen
editor-halfway = Signaal halverwege bij houdingen van 20 seconden of langer
editor-block = Blok { $number }
editor-kind = Soort
editor-block-title = Titel van het blok (leeg: de naam van de soort)
editor-add-block = Blok toevoegen
editor-remove-block = Blok verwijderen
editor-add-exercise = Oefening toevoegen
editor-unnamed = Nieuwe oefening
editor-open = Bewerken
editor-fold = Inklappen
editor-name = Naam
editor-exercise-id = Id (a-z, 0-9 en -; uniek in dit programma)
editor-instructions = Uitleg
editor-dosage = Dosering
editor-dosage-timed = Op tijd
editor-dosage-reps = Herhalingen (de gebruiker drukt op Klaar)
editor-dosage-paced = Herhalingen op tempo
editor-seconds = Seconden
editor-reps = Herhalingen
editor-pace = Seconden per herhaling
editor-sets = Sets
editor-exercise-rest = Rust erna
editor-exercise-set-rest = Rust tussen sets
editor-default-placeholder = { $seconds } (standaard)
editor-sides = Kanten
editor-sides-none = Geen kanten
editor-sides-both = Links, dan rechts
editor-sides-left = Alleen links
editor-sides-right = Alleen rechts
editor-cues = Houdingsaanwijzingen
editor-cue-at = Op seconde
editor-cue-text = Aanwijzing
editor-add-cue = Aanwijzing toevoegen
editor-image-kept = Afbeelding: { $file } (blijft zoals hij is)
editor-remove-image = Afbeelding verwijderen
editor-need-number = Schrijf een heel getal van { $low } tot { $high }.
editor-need-version = Schrijf een heel getal vanaf 1.
editor-need-text = Schrijf dit in minstens één taal.
history-writes-failed = { $count ->
    [one] één wijziging kon niet in de geschiedenis worden geschreven: wat wel geschreven is, blijft bewaard
   *[other] { $count } wijzigingen konden niet in de geschiedenis worden geschreven: wat wel geschreven is, blijft bewaard
}
session-not-saved = Deze sessie kan niet in de geschiedenis bewaard worden (zie de melding erna); de stappen lopen gewoon door.
session-not-all-saved = Niet alles van deze sessie kon bewaard worden: { $detail }

## Format 2: holds, alternating sides, rounds, levels
cue-relax = Ontspan
cue-round = Ronde { $round } van { $rounds }
step-relax = ONTSPANNEN
step-relax-headline = Even loslaten
side-alternate = afwisselend links en rechts
dose-holds = { $count ->
    [one] 1 × { $seconds } s vasthouden
   *[other] { $count } × { $seconds } s vasthouden
}
dose-alternating = afwisselend links en rechts
dose-seconds-list = { $list } s
hold-of = Keer { $rep } van { $reps }
round-of = Ronde { $round } van { $rounds }
level-of = Niveau { $level } van { $levels }
level-pick = Niveau
level-n = Niveau { $level }
level-suggest-up = Je laatste sessies op dit niveau gingen goed: je bent klaar voor niveau { $level }. Limber verandert niets vanzelf.
level-suggest-down = Je laatste sessie deed meer pijn dan zou moeten: niveau { $level } past nu misschien beter. Limber verandert niets vanzelf.
level-accept = Naar niveau { $level }
level-decline = Nu niet
equipment-list = Je hebt nodig: { $things }

## Voice (spoken cues)
# Wordt uitgesproken, niet getoond. Getallen komen als woorden ($words); $n is het getal zelf
# en kiest alleen het meervoud. Een zin die te lang is voor zijn moment wordt de -short-vorm.
notice-no-voice = Geen stem: gesproken aanwijzingen hebben eSpeak NG nodig. Installeer het (op Debian of Ubuntu: sudo apt install espeak-ng) en start Limber opnieuw; de piepjes gaan intussen gewoon door.
sound-stopped = Het geluid is weggevallen ({ $reason }). Limber probeert het terug te krijgen; elke aanwijzing blijft op het scherm staan.
sound-back = Het geluid is terug.
setting-voice = Gesproken aanwijzingen
voice-on = Spreek de aanwijzingen uit: namen van oefeningen, sets, rustpauzes en wat er komt
voice-rate = { $rate } woorden per minuut
test-voice = Stem testen
voice-form-cues = Spreek ook de houdingsaanwijzingen van je fysiotherapeut uit
voice-help = De stem is eSpeak NG, op deze computer; de piepjes klinken hoe dan ook.
say-get-ready = Maak je klaar. Eerst: { $exercise }.
say-get-ready-short = Maak je klaar. Eerst: { $name }.
say-exercise = { $name }. { $dose }.
say-exercise-short = { $name }.
say-set = Set { $set } van { $sets }.
say-last-set = Laatste set.
say-halfway = Halverwege.
say-switch-sides = Wissel van kant.
say-rest = Rust.
say-rest-next = Rust. Hierna: { $exercise }.
say-rest-next-short = Rust. Hierna: { $name }.
say-finished = Goed gedaan!
say-seconds = { $n ->
    [one] één seconde
   *[other] { $words } seconden
}
say-minutes = { $n ->
    [one] één minuut
   *[other] { $words } minuten
}
say-minutes-seconds = { $minutes } en { $seconds }
say-reps = { $words } keer
say-counts = { $n ->
    [one] één tel
   *[other] { $words } tellen
}
say-paced-reps = { $reps }, { $pace } per keer
say-each-side = { $dose } per kant
say-get-ready-level = Maak je klaar. Niveau { $level } van { $levels }. Eerst: { $exercise }.
say-round = Ronde { $round } van { $rounds }.
say-round-exercise = { $round } { $name }. { $dose }.
say-left = Links.
say-right = Rechts.
say-holds = { $n ->
    [one] één keer { $hold } vasthouden
   *[other] { $words } keer { $hold } vasthouden
}
say-alternating = { $dose } per kant, afwisselend links en rechts
