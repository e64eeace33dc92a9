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

## Papier voor de fysio: de oefenkaart en het voortgangsverslag (PDF)
paper-print-handout = Oefenkaart afdrukken…
paper-handout-dialog = Bewaar de oefenkaart als pdf
paper-report-button = Verslag voor mijn fysio…
paper-report-dialog = Bewaar het verslag voor je fysiotherapeut als pdf
paper-saved = { $file } bewaard.
paper-not-saved = Kon { $path } niet bewaren: { $detail }
paper-written-not-opened = { $file } bewaard. Openen lukte hier niet ({ $detail }); open het bestand zelf.
paper-handout-kind = Oefenprogramma
paper-sessions-per-week = Keer per week
paper-planned-time = Duur
paper-planned-minutes = ongeveer { $minutes } min
paper-exercises = Oefeningen
paper-level = Niveau
paper-level-of = { $level } van { $levels }
paper-levels-dose = Dosering
paper-stop-if = Stop en neem contact op met je fysiotherapeut als je merkt:
paper-at-a-glance = Het programma in één oogopslag
paper-cues = Let op
paper-equipment = Nodig
paper-rest-between-sets = { $time } rust tussen de series
paper-footer-program = { $title } · { $id }, versie { $version }
paper-page = Pagina { $page } van { $pages }
paper-of = { $count } van { $total }
paper-months = jan feb mrt apr mei jun jul aug sep okt nov dec
paper-report-kind = Voortgangsverslag
paper-report-all-programs = Alle programma's
paper-report-period = { $from } – { $to } · gemaakt op { $made }
paper-report-footer = Limber-voortgangsverslag · { $from } – { $to }
paper-report-sessions = Sessies
paper-report-completed = Afgemaakt
paper-report-minutes = Minuten
paper-report-weeks-met = Weken met { $target }+
paper-report-pain = Pijn voor → na
paper-report-effort = Inspanning
paper-report-weeks = Sessies per week
paper-report-week = Week
paper-report-against-target = Afgemaakt tegenover doel
paper-report-started = Begonnen
paper-report-chart = Pijn en inspanning per sessie
paper-report-exercises = Wat je deed en wat je oversloeg
paper-report-exercise = Oefening
paper-report-in-sessions = Sessies
paper-report-sets-done = Series gedaan
paper-report-sets-skipped = Overgeslagen
paper-report-all-done = Alle series gedaan in { $count ->
    [one] de enige sessie
   *[other] alle { $count } sessies
}: { $names }
paper-report-all-done-some = Alle series gedaan in de { $count ->
    [one] enige sessie
   *[other] { $count } sessies
} waarin ze voorkwamen (van de { $total }): { $names }
paper-report-pauses = Pauzes
paper-report-no-pauses = Geen pauzes in deze periode.
paper-report-versions = Gebruikte programmaversies
paper-report-version-line = { $title }, versie { $version }: { $count ->
    [one] één sessie
   *[other] { $count } sessies
} ({ $days })
paper-report-levels = Verloop van het niveau
paper-report-level-line = Niveau { $level } van { $levels }: { $count ->
    [one] één sessie
   *[other] { $count } sessies
} ({ $days })
paper-report-notes = Notities na sessies
paper-pause-since = sinds { $from }
paper-paused-ill = pauze: ziek
paper-paused-injured = pauze: blessure
paper-paused-holiday = pauze: vakantie
paper-chart-scale = 0 = geen, 10 = ergst of zwaarst
paper-chart-pain-before = Pijn voor
paper-chart-pain-after = Pijn na
paper-chart-effort = Inspanning
# Hardening (issue 14): pictures that cannot be shown, no display.
picture-unavailable = Deze afbeelding kan niet getoond worden
picture-not-shown = Een afbeelding van dit programma kan niet getoond worden: { $detail }
no-window = Limber kan zijn venster niet openen: { $reason }.
no-window-no-display = er is geen beeldscherm om het op te openen (DISPLAY en WAYLAND_DISPLAY zijn allebei niet ingesteld)
no-window-hint = Alles werkt ook vanuit de terminal: limber programs, limber run PROGRAMMA, limber history, limber stats (zie limber --help).
no-window-unreachable = het beeldscherm { $display } is niet bereikbaar
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
## Programmabestanden: wat de controle fout vindt, en wat je in plaats daarvan schrijft.
## Sleutels, waarden en voorbeelden tussen `backticks` zijn TOML en blijven zoals ze zijn.
check-type-text = een tekst
check-type-integer = een heel getal
check-type-float = een getal met decimalen
check-type-boolean = true/false
check-type-date = een datum
check-type-list = een lijst
check-type-table = een tabel
check-label-key = `{ $key }`
check-label-language-of = `{ $code }` in { $what }
check-label-stop-rule = regel { $number } van `stop_if`
check-label-equipment-item = onderdeel { $number } van `equipment`
check-label-each-block = elk [[block]]
check-label-block-title = de `title` van het blok
check-label-each-exercise = elke [[block.exercise]]
check-label-each-level = elk [[block.exercise.level]]
check-label-level-name = de `name` van het niveau
check-label-each-cue = elke aanwijzing
check-label-cue-text = de `text` van de aanwijzing
check-did-you-mean = { $problem }; bedoel je `{ $near }`?
check-did-you-mean-text = { $problem }; bedoel je "{ $near }"?
check-range = `{ $key }` = { $found } is een bereik; schrijf één getal; bouw op met niveaus ([[block.exercise.level]], format 2)
check-advice-write = schrijf { $value }
check-advice-write-either = schrijf { $down } of { $up }
check-advice-or-minutes = { $seconds }, of "{ $minutes }m{ $rest }s" als je minuten bedoelt
check-advice-seconds-or-clock = schrijf { $seconds } of "{ $minutes }m{ $rest }s"
check-whole-seconds = `{ $key }` moet uit hele seconden bestaan, gevonden: { $found }; { $advice }
check-not-table = { $what } moet een tabel zijn, gevonden: { $found }
check-not-string = `{ $key }` moet een tekst tussen aanhalingstekens zijn, gevonden: { $found }
check-bad-language = { $what } moet een taalcode zijn zoals `en`, `nl` of `pt-BR`, gevonden: { $found }
check-text-empty = { $what } is leeg; schrijf de tekst tussen de aanhalingstekens
check-text-no-languages = { $what } heeft geen talen; schrijf bijvoorbeeld { $example }
check-translation-empty = de `{ $code }`-tekst van { $what } is leeg
check-translation-not-string = de `{ $code }`-tekst van { $what } moet een tekst tussen aanhalingstekens zijn, gevonden: { $found }
check-not-text = { $what } moet een tekst tussen aanhalingstekens zijn of een tabel met talen zoals { $example }, gevonden: { $found }
check-id-empty = `{ $key }` is leeg; schrijf bijvoorbeeld { $key } = "plank"
check-id-characters = `{ $key }` mag alleen a-z, 0-9 en - bevatten, gevonden: { $found }
check-id-characters-fix = `{ $key }` mag alleen a-z, 0-9 en - bevatten, gevonden: { $found }; schrijf "{ $fix }"
check-id-length = `{ $key }` moet 1 tot { $max } tekens lang zijn, gevonden: { $length }
check-version-too-large = `version` is te groot (hoogstens { $max }), gevonden: { $found }
check-version = `version` moet een heel getal vanaf 1 zijn (verhoog het bij elke nieuwe uitgave), gevonden: { $found }
check-out-of-range = `{ $key }` moet { $low } tot en met { $high } zijn, gevonden: { $found }
check-number-in-quotes = `{ $key }` moet een getal zonder aanhalingstekens zijn: { $key } = { $number }
check-not-whole = `{ $key }` moet een heel getal zijn ({ $low } tot en met { $high }), gevonden: { $found }
check-list-needs-format-2 = een lijst bij `{ $key }`, één waarde per set, vraagt `format = 2`; dit bestand zegt `format = { $format }`
check-list-length = `{ $key }` moet 1 tot { $max } waarden noemen, één per set, gevonden: { $count }
check-seconds-range = `{ $key }` moet { $low } tot en met { $high } seconden zijn, gevonden: { $found }
check-seconds-range-text = `{ $key }` moet { $low } tot en met { $high } seconden zijn, gevonden: { $found } ({ $seconds } s)
check-no-unit = `{ $key }` = { $found } heeft geen eenheid; schrijf { $key } = { $number } (seconden) of "{ $number }s"
check-not-duration = `{ $key }` = { $found } is geen tijdsduur; schrijf seconden ({ $key } = 30) of een tekst zoals "90s", "1m30s" of "2m"
check-not-seconds = `{ $key }` moet een aantal seconden zijn of een tekst zoals "1m30s", gevonden: { $found }
check-not-boolean = `{ $key }` moet true of false zijn, gevonden: { $found }
check-boolean-in-quotes = `{ $key }` moet true of false zijn, gevonden: { $found }; schrijf { $key } = { $value } zonder aanhalingstekens
check-not-choice = `{ $key }` moet een van deze zijn: { $options }; gevonden: { $found }
check-in-top = bovenaan het bestand
check-in-defaults = in [defaults]
check-in-author = in `author`
check-in-progression = in `progression`
check-in-block = in [[block]]
check-in-block-defaults = in [block.defaults]
check-in-exercise = in [[block.exercise]]
check-in-level = in [[block.exercise.level]]
check-in-cue = in een aanwijzing
check-home-top = bovenaan het bestand (vóór de eerste [tabel])
check-home-level = in een [[block.exercise.level]]
check-home-cue = in een aanwijzing, { $example }
check-or = { $first } of { $second }
check-needs-format-2 = `{ $key }` vraagt `format = 2`; dit bestand zegt `format = { $format }`
check-unknown-key-near = onbekende sleutel `{ $key }` { $place }; bedoel je `{ $near }`?
check-unknown-key-belongs = onbekende sleutel `{ $key }` { $place }; `{ $key }` hoort { $homes }
check-unknown-key-keys = onbekende sleutel `{ $key }` { $place }; de sleutels daar zijn { $keys }
check-format-newer = `format = { $format }` vraagt een nieuwere Limber (deze leest format 1 en 2)
check-format = `format` moet 1 of 2 zijn, gevonden: { $found }
check-missing-format = `format = 1` ontbreekt: schrijf het op de eerste regel
check-missing-id = `id` ontbreekt: schrijf bijvoorbeeld id = "rugzorg" (a-z, 0-9 en -)
check-missing-title = `title` ontbreekt: schrijf bijvoorbeeld title = {"{"} nl = "Rug en hardlopen", en = "Back and running" {"}"}
check-invalid = ongeldig programma
check-too-long = { $level ->
        [1] de geplande sessie duurt { $total }, langer dan de 4 uur die een programma mag duren (bij deze oefening gaat ze over de 4 uur); gebruik minder oefeningen of sets, of kortere tijden
       *[other] de geplande sessie op niveau { $level } duurt { $total }, langer dan de 4 uur die een programma mag duren (bij deze oefening gaat ze over de 4 uur); gebruik minder oefeningen of sets, of kortere tijden
    }
check-too-many-steps = { $level ->
        [1] de geplande sessie heeft { $steps } stappen, meer dan de { $max } die een programma mag hebben (bij deze oefening gaat ze erover); gebruik minder herhalingen, sets of rondes
       *[other] de geplande sessie op niveau { $level } heeft { $steps } stappen, meer dan de { $max } die een programma mag hebben (bij deze oefening gaat ze erover); gebruik minder herhalingen, sets of rondes
    }
check-author-empty = `author` is leeg; schrijf bijvoorbeeld { $example } of laat het weg
check-author-field-empty = `author.{ $key }` is leeg
check-stop-if-not-list = `stop_if` moet een lijst met teksten zijn, gevonden: { $found }
check-stop-if-brackets = `stop_if` moet een lijst met teksten zijn, gevonden: { $found }; zet de regels tussen blokhaken: stop_if = ["Pijn die uitstraalt naar het been"]
check-no-blocks = een programma heeft minstens één [[block]] nodig met minstens één [[block.exercise]]
check-block-not-list = `block` moet een lijst met blokken zijn, gevonden: { $found }: begin elk blok met [[block]] (twee blokhaken), vóór de regels [[block.exercise]]
check-block-no-exercises = dit blok heeft geen oefeningen; zet er minstens één [[block.exercise]] onder
check-too-many-exercises = een programma mag hoogstens { $max } oefeningen hebben; dit is nummer { $number }: splits het programma in tweeën
check-exercise-not-list = `exercise` moet een lijst met oefeningen zijn, gevonden: { $found }: begin elke oefening met [[block.exercise]] (twee blokhaken)
check-duplicate-id = oefening-id `{ $id }` komt twee keer voor (voor het eerst op regel { $line })
check-exercise-no-id = deze oefening heeft geen `id`; voeg bijvoorbeeld id = "plank" toe (a-z, 0-9 en -)
check-exercise-no-name = deze oefening heeft geen `name`; voeg bijvoorbeeld { $example } toe
check-alternate-needs-format-2 = `sides = "alternate"` vraagt `format = 2`; dit bestand zegt `format = { $format }`
check-at-level = {" "}(op niveau { $level })
check-at-no-level = {""}
check-sets-disagree = `sets = { $sets }` maar de lijst geeft { $count } waarden, één per set{ $at }; laat `sets` weg of laat ze overeenkomen
check-alternate-needs-reps = `sides = "alternate"` vraagt herhalingen: schrijf `reps` (per kant) in plaats van `duration`{ $at }
check-relax-needs-hold = `relax` is de pauze tussen twee keer vasthouden en hoort alleen bij `hold`{ $at }; schrijf bijvoorbeeld reps = 6, hold = 10, relax = 3
check-equipment-not-list = `equipment` moet een lijst met teksten zijn zoals equipment = ["Mat"], gevonden: { $found }
check-equipment-too-many = `equipment` mag hoogstens { $max } dingen noemen, gevonden: { $count }
check-video-https = `video` moet een adres zijn dat met https:// begint, gevonden: { $found }
check-video-too-long = `video` mag hoogstens { $max } tekens lang zijn
check-video-spaces = `video` mag geen spaties bevatten; kopieer het adres uit de adresbalk van je browser
check-level-not-list = `level` moet een lijst met niveaus zijn, gevonden: { $found }: begin elk niveau met [[block.exercise.level]] (twee blokhaken)
check-too-many-levels = een oefening mag hoogstens { $max } tabellen [[block.exercise.level]] hebben (niveau 2 tot en met { $top }); dit is nummer { $number }
check-cue-at-level = { $problem } (op niveau { $level })
check-level-duration-and-reps = een niveau heeft hoogstens één van `duration` en `reps`, gevonden: allebei; houd er één
check-level-hold-and-pace = `hold` en `seconds_per_rep` gaan niet samen: een herhaling is óf vasthouden óf een beweging in een vast tempo
check-level-pace-timed = `seconds_per_rep` hoort alleen bij `reps`, en op niveau { $level } is deze oefening op tijd (`duration`); schrijf ook `reps` in dit niveau
check-level-hold-timed = `hold` hoort alleen bij `reps`, en op niveau { $level } is deze oefening op tijd (`duration`); schrijf bijvoorbeeld reps = 6 en hold = 10 voor zes keer 10 s vasthouden
check-duration-and-reps = een oefening heeft precies één van `duration` en `reps` nodig, gevonden: allebei; houd er één
check-hold-needs-reps = `hold` vraagt `reps`: schrijf `reps = 6` en `hold = 10` voor zes keer 10 s vasthouden
check-no-dose = een oefening heeft precies één van `duration` en `reps` nodig, gevonden: geen van beide; voeg bijvoorbeeld duration = 30 (seconden) of reps = 10 toe
check-pace-needs-reps = `seconds_per_rep` hoort alleen bij `reps`; haal het weg, of schrijf reps in plaats van duration
check-hold-not-duration = `hold` hoort bij `reps`, niet bij `duration`: schrijf `reps = 6` en `hold = 10` voor zes keer 10 s vasthouden
check-hold-and-pace = `hold` en `seconds_per_rep` gaan niet samen: een herhaling is óf vasthouden (`hold`) óf een beweging in een vast tempo (`seconds_per_rep`)
check-cues-not-list = `cues` moet een lijst zijn zoals cues = [{"{"} at = 10, text = "Adem uit" {"}"}], gevonden: { $found }
check-cue-no-at = deze aanwijzing heeft geen `at`; schrijf bijvoorbeeld {"{"} at = 10, text = "Adem uit" {"}"}
check-cue-no-text = deze aanwijzing heeft geen `text`; schrijf bijvoorbeeld {"{"} at = 10, text = "Adem uit" {"}"}
check-image-empty = `image` is leeg; schrijf een pad zoals "images/plank.svg" of laat het weg
check-image-absolute = `image` moet een pad zijn vanaf het programmabestand, gevonden: een absoluut pad
check-image-backslash = `image` moet / tussen mappen gebruiken, gevonden: { $found }
check-image-parent = `image` mag niet buiten de map van het programma komen (geen `..`): zet de afbeelding in de map van het programma of in een map daarbinnen
check-image-type = `image` moet een .svg-, .png- of .jpg-bestand zijn, gevonden: { $found }
check-cue-outside-step = deze aanwijzing op { $at } s valt buiten de oefenstap: `at` moet 1 tot en met { $max } zijn bij een oefening van { $seconds } s
check-cue-outside-short-step = deze aanwijzing valt buiten de oefenstap, die maar 1 s duurt
check-cue-outside-hold = deze aanwijzing op { $at } s valt buiten het vasthouden: `at` telt vanaf het begin van elke keer vasthouden en moet 1 tot en met { $max } zijn bij { $hold } s vasthouden
check-cue-outside-short-hold = deze aanwijzing valt buiten het vasthouden, dat maar 1 s duurt
check-image-missing = afbeelding `{ $path }` staat niet naast het programmabestand
check-image-not-file = afbeelding `{ $path }` is geen bestand
check-image-outside = afbeelding `{ $path }` is een link naar buiten de map van het programma; kopieer de afbeelding zelf naast het programmabestand
check-not-utf8 = het bestand is geen UTF-8-tekst (byte { $byte } hier); sla het in je editor op als UTF-8
check-file-too-big = het bestand is { $size } bytes; een programmabestand mag hoogstens { $limit } bytes (1 MiB) zijn: splits het in kleinere programma's
check-more-not-shown = { $count ->
        [one] nog 1 probleem niet getoond; los deze eerst op
       *[other] nog { $count } problemen niet getoond; los deze eerst op
    }
check-duplicate-key = `{ $key }` staat twee keer in dezelfde tabel; houd er één (een nieuwe oefening begint met een eigen regel [[block.exercise]])
check-text-needs-quotes = tekst moet tussen aanhalingstekens: schrijf "{ $text }"
check-no-closing-quote = deze tekst heeft geen sluitend aanhalingsteken: sluit hem op dezelfde regel af (gebruik """ rond tekst over meerdere regels)
check-not-toml-line = dit is geen geldige TOML: { $detail }; schrijf één `sleutel = waarde` per regel
check-not-toml = dit is geen geldige TOML: { $detail }
load-cannot-read = kan { $path } niet lezen: { $reason }
library-id-taken = programma-id `{ $id }` (versie { $version }) wordt ook gebruikt door { $winner } (versie { $winner-version }), en dat programma wordt gebruikt; verwijder of hernoem een van de twee bestanden
library-id-built-in = programma-id `{ $id }` wordt al gebruikt door { $kept }
validate-ok = { $file }: ok ({ $id } v{ $version }, { $exercises ->
        [one] 1 oefening
       *[other] { $exercises } oefeningen
    }, { $total })
library-cannot-copy = kan het programma niet naar { $folder } kopiëren: { $reason }
## Program editor, format 2: holds, per-set doses, alternating sides, equipment, video,
## rounds, block timing and levels. editor-level-preview takes $level, $dose (as the program
## page says it) and $time (m:ss, one time through the exercise).
editor-need-amount = Schrijf een heel getal van { $low } tot { $high }, of één per set, zoals 6, 4, 2 (hoogstens 50).
editor-need-one-number = Schrijf één getal, of één per set met komma's: 8, 10. Wil je over de weken opbouwen, voeg dan een niveau toe.
editor-summary-levels = niveau { $levels }: { $time }
editor-on = Aan
editor-off = Uit
editor-halfway-signal = Signaal halverwege
editor-halfway-inherit-on = Zoals het programma zegt (aan)
editor-halfway-inherit-off = Zoals het programma zegt (uit)
editor-relax = Ontspannen tussen houdingen
editor-round-rest = Rust tussen rondes
editor-default-value = { $value } (standaard)
editor-progression = Opbouwen
editor-progression-help = Limber stelt het volgende niveau voor na zoveel goede sessies op rij op een niveau: pijn achteraf en inspanning niet hoger dan dit (0 tot 10). Na een sessie die pijn deed stelt het een niveau lager voor. De patiënt beslist; Limber verandert niets vanzelf.
editor-progression-sessions = Goede sessies op rij
editor-progression-pain = Hoogstens pijn achteraf
editor-progression-effort = Hoogstens inspanning
editor-rounds = Rondes
editor-block-timing = Tijden voor dit blok (leeg: zoals het programma zegt)
editor-exercise-switch-sides = Van kant wisselen
editor-exercise-countdown = Aftelpiepjes
editor-exercise-relax = Ontspannen tussen houdingen
editor-level-count = { $levels ->
    [one] 1 niveau
   *[other] { $levels } niveaus
}
editor-dosage-holds = Vasthouden (houden, ontspannen, herhalen)
editor-hold = Seconden per keer vasthouden
editor-sets-listed = { $count ->
    [one] 1 (één waarde)
   *[other] { $count } (één per waarde)
}
editor-per-set-hint = Per set een andere dosering: schrijf één waarde per set, zoals 6, 4, 2 of 6-4-2.
editor-sides-alternate = Afwisselend
editor-alternate-hint = Afwisselend links en rechts: de herhalingen tellen per kant, dus 6 is 6 links en 6 rechts.
editor-equipment = Benodigdheden
editor-thing = Wat
editor-add-equipment = Benodigdheid toevoegen
editor-video = Video (een https://-adres dat de patiënt kan openen)
editor-levels = Niveaus
editor-levels-help = Niveau 1 is de oefening zoals hierboven beschreven. Voeg voor elke stap omhoog een niveau toe: het verandert alleen wat je opgeeft en houdt de rest van het niveau ervoor.
editor-add-level = Niveau toevoegen
editor-remove-level = Niveau verwijderen
editor-level-n = Niveau { $level }
editor-level-preview = Niveau { $level } · { $dose } · { $time }
editor-level-preview-untimed = Niveau { $level } · { $dose }
editor-level-same = Er verandert nog niets: dit niveau is hetzelfde als niveau { $level }.
editor-level-add = Op dit niveau veranderen:
editor-level-as-before = × zoals ervoor
editor-level-no-cues = Geen houdingsaanwijzingen op dit niveau.
editor-level-no-equipment = Geen benodigdheden op dit niveau.
editor-change-name = + Naam
editor-change-instructions = + Uitleg
editor-change-duration = + Seconden
editor-change-reps = + Herhalingen
editor-change-pace = + Seconden per herhaling
editor-change-hold = + Vasthouden
editor-change-relax = + Ontspannen
editor-change-sets = + Sets
editor-change-sides = + Kanten
editor-change-rest = + Rust erna
editor-change-set-rest = + Rust tussen sets
editor-change-switch-sides = + Van kant wisselen
editor-change-countdown = + Aftellen
editor-change-halfway = + Signaal halverwege
editor-change-cues = + Houdingsaanwijzingen
editor-change-equipment = + Benodigdheden
editor-change-video = + Video
## Desktop: herinneringen en een programma delen als één bestand (issue 13)
setting-reminders = Herinneringen
reminders-off = Uit
reminders-days = Op trainingsdagen
reminders-behind = Als deze week achterloopt
reminders-time = Om
reminders-help = Een melding zegt wat er op het programma staat, en de knop Starten opent Limber op dat programma. Gepauzeerde dagen en dagen waarop je al getraind hebt blijven stil. Er blijft niets draaien: een systemd-timer wekt Limber op dit tijdstip.
reminders-behind-help = Elke avond op dit tijdstip, alleen als je deze week minder sessies hebt gedaan dan je doel tot dan vraagt (bij 3 per week: 1 op woensdag, 2 op vrijdag). Gepauzeerde weken blijven stil.
reminders-next = Volgende herinnering: { $weekday } { $day } { $month } om { $time }
reminders-next-behind = Volgende controle: { $weekday } { $day } { $month } om { $time }
reminders-working = Herinneringen instellen…
reminders-stale = De herinneringstimer op deze computer klopt niet met deze instellingen (Limber is verplaatst, of de timer is verwijderd).
reminders-set-up-again = Opnieuw instellen
reminders-failed = De herinneringen konden niet worden ingesteld: { $error }
reminders-pick-a-day = Kies minstens één trainingsdag.
reminder-day-1 = ma
reminder-day-2 = di
reminder-day-3 = wo
reminder-day-4 = do
reminder-day-5 = vr
reminder-day-6 = za
reminder-day-7 = zo
day-name-1 = maandag
day-name-2 = dinsdag
day-name-3 = woensdag
day-name-4 = donderdag
day-name-5 = vrijdag
day-name-6 = zaterdag
day-name-7 = zondag
# De melding. $program is de titel van het programma, $minutes de duur, $done en $target de
# voltooide sessies van deze week en het weekdoel.
reminder-title-day = Vandaag: { $program }
reminder-body-day = { $minutes ->
    [one] 1 minuut
   *[other] { $minutes } minuten
}. Deze week heb je er { $done } van de { $target } gedaan.
reminder-title-behind = Deze week loop je achter: { $done } van de { $target }
reminder-body-behind = { $program } duurt { $minutes ->
    [one] 1 minuut
   *[other] { $minutes } minuten
}; vandaag kan het nog.
program-not-found = Er is geen programma “{ $id }” bij je programma's.
reminder-start = Starten
share-button = Delen als bestand…
share-dialog-title = Het programma delen als één bestand
share-filter = Limber-programma met zijn afbeeldingen
share-done = Bewaard als { $file }: het programma { $pictures ->
    [0] (het heeft geen eigen afbeeldingen)
    [one] met zijn afbeelding
   *[other] met zijn { $pictures } afbeeldingen
}, één bestand om te versturen.

# Hardening (issue 14): limits on texts, in the validator's words.
check-text-control = { $what } bevat een stuurteken ({ $code }) dat het scherm in de war brengt; haal het weg
check-text-too-long = { $what } is { $length } tekens lang; hooguit { $max }: maak het korter
check-too-many-rules = `stop_if` heeft { $count } regels; hooguit { $max }: houd de belangrijkste
check-too-many-cues = `cues` heeft { $count } aanwijzingen; een oefening mag er hooguit { $max } hebben
check-image-cannot-show = afbeelding `{ $path }` kan niet getoond worden: { $problem }

## Instellingen: wat er mis was in settings.toml en wat Limber ermee deed.
settings-problem = { $file }: `{ $key }` { $problem }
settings-not-language = moet en of nl zijn, gevonden: { $found }; Limber volgt het systeem
settings-not-theme = moet system, light of dark zijn, gevonden: { $found }
settings-clamped = moet { $low } tot en met { $high } zijn, gevonden: { $found }; Limber gebruikt { $used }
settings-clamped-seconds = moet { $low } tot en met { $high } seconden zijn, gevonden: { $found }; Limber gebruikt { $used }
settings-clamped-rate = moet { $low } tot en met { $high } woorden per minuut zijn, gevonden: { $found }; Limber gebruikt { $used }
settings-not-number = moet een getal van { $low } tot en met { $high } zijn, gevonden: { $found }
settings-not-seconds = moet een aantal seconden zijn, gevonden: { $found }
settings-not-boolean = moet true of false zijn, gevonden: { $found }
settings-entry-not-number = `{ $id }` moet een heel getal zijn
settings-not-id-table = moet een tabel zijn van programma-id = getal
settings-not-reminders-table = moet een tabel zijn: when, days en time
settings-not-when = moet off, days of behind zijn, gevonden: { $found }
settings-not-days = moet een lijst zijn met mon, tue, wed, thu, fri, sat, sun, gevonden: { $found }
settings-not-time = moet een tijd zijn zoals "18:30", gevonden: { $found }
settings-broken = { $file } is geen instellingenbestand: { $why }; Limber gebruikt de standaardinstellingen, je bestand is { $kept }
settings-kept-as = bewaard als { $path }
settings-left-in-place = blijven staan ({ $error })
settings-unreadable = het kan niet gelezen worden ({ $detail })
settings-not-utf8 = het is geen UTF-8-tekst (byte { $byte } niet)
settings-not-toml = het is geen geldige TOML ({ $detail })

## The history store: what went wrong reading or writing it (history::Error, the import
## file's fields, rows left out, a database set aside). $path and $detail are shown as they are.

history-database = geschiedenis { $path }: { $problem }
history-db-disk-full = de schijf is vol; maak wat ruimte vrij en probeer het opnieuw
history-db-read-only = kan het bestand niet openen om te schrijven ({ $detail }); kijk of de map bestaat en of je erin mag schrijven
history-db-damaged = het bestand is beschadigd ({ $detail }); sluit Limber en open het opnieuw: het beschadigde bestand wordt apart bewaard en een nieuwe geschiedenis begint
history-db-other = { $detail }
history-busy = geschiedenis { $path }: een andere Limber hield de geschiedenis langer dan { $seconds } seconden bezet; probeer het opnieuw
history-io = kan { $path } niet gebruiken: { $detail }
history-no-such-session = sessie { $id } staat niet in de geschiedenis (misschien is ze verwijderd)
history-no-such-pause = pauze { $id } staat niet in de geschiedenis (misschien is ze verwijderd)
history-import-stopped = { $error }; het importeren stopte na { $sessions ->
        [one] 1 sessie
       *[other] { $sessions } sessies
    } en { $pauses ->
        [one] 1 pauze
       *[other] { $pauses } pauzes
    }, die bewaard zijn: importeer het bestand nog eens om de rest toe te voegen (wat er al is, komt er niet dubbel in)
history-score-pain-before = pijn vooraf
history-score-pain-after = pijn achteraf
history-score-effort = inspanning
history-invalid-score = { $what } moet 0..10 zijn, niet { $found }
history-invalid-no-program = een sessie heeft een programma-id nodig
history-invalid-level = een niveau moet 1..{ $max } zijn, niet { $found }
history-invalid-target = sessies per week moet { $low }..{ $high } zijn, niet { $found }
history-invalid-pause-start = een pauze moet beginnen op of vóór haar laatste dag ({ $from } is na { $to })
history-invalid-pause-end = een pauze moet eindigen op of na haar eerste dag ({ $to } is vóór { $from })
history-writer-not-started = kan niet beginnen met het schrijven van de geschiedenis: { $detail }
history-writer-stopped = het schrijven van de geschiedenis is gestopt
history-detail = { $detail }
history-not-sqlite = het is geen SQLite-database
history-integrity = de controle vond: { $found }
history-foreign-version = het versienummer is { $version }
history-foreign-tables = er staan tabellen van een ander programma in en geen versienummer van Limber
history-foreign-table = er staat een tabel `{ $table }` in maar geen versienummer van Limber
history-newer-version = databaseversie { $version }; deze Limber leest tot en met versie { $readable }
history-cannot-start-new = er kan geen nieuwe, lege geschiedenis beginnen: { $why }
history-cannot-make-empty = er kan geen lege geschiedenis in het geheugen gemaakt worden
history-set-aside-unreadable = Je geschiedenis kon niet gelezen worden ({ $why }). Ze is ongewijzigd bewaard als { $aside } en er is een nieuwe, lege geschiedenis begonnen in { $path }. Bewaar het oude bestand: misschien zijn er sessies uit te redden.
history-set-aside-foreign = Het geschiedenisbestand is geen geschiedenis van Limber ({ $why }). Het is ongewijzigd bewaard als { $aside } en er is een nieuwe, lege geschiedenis begonnen in { $path }.
history-set-aside-newer = Je geschiedenis is geschreven door een nieuwere Limber ({ $why }). Ze is ongewijzigd bewaard als { $aside } en er is een nieuwe, lege geschiedenis begonnen in { $path }. Gebruik de nieuwere Limber om je geschiedenis te zien.
history-read-as-saved = De geschiedenis in { $path } kon alleen gelezen worden zoals ze het laatst volledig bewaard is ({ $detail }); de laatste wijzigingen zijn weer te zien zodra Limber in die map mag schrijven.
history-value-unreadable = `{ $field }` kan niet gelezen worden ({ $detail })
history-value-unreadable-row = een waarde kan niet gelezen worden
history-value-nothing = niets
history-value-binary = { $bytes } bytes binaire gegevens
history-value-not-utf8 = `{ $field }` is geen geldige UTF-8-tekst
history-value-not-text = `{ $field }` hoort tekst te zijn, gevonden: { $found }
history-value-missing = `{ $field }` ontbreekt
history-value-out-of-range = `{ $field }` moet { $min }..{ $max } zijn, gevonden: { $found }
history-value-not-number = `{ $field }` hoort een geheel getal te zijn, gevonden: { $found }
history-value-not-date-time = `{ $field }` is { $found }, geen datum en tijd zoals 2026-11-25T10:15:00+01:00
history-value-not-date = `{ $field }` is { $found }, geen datum zoals 2026-11-25
history-value-not-status = `{ $field }` is { $found }, niet completed, partial of abandoned
history-value-not-reason = `{ $field }` is { $found }, niet ill, injured of holiday
history-skipped-row = { $table } rij { $row }: { $problem }
history-pause-backwards = de pauze eindigt voordat ze begint
history-skipped-summary = { $count ->
        [one] 1 onleesbare rij
       *[other] { $count } onleesbare rijen
    } van de geschiedenis weggelaten: { $first }{ $more ->
        [0] {""}
       *[other] {" "}(en nog { $more })
    }
history-import-not-utf8 = het bestand is geen UTF-8-tekst (byte { $byte } niet); bewaar het als UTF-8
history-import-not-json = het bestand is geen geldige JSON: { $detail }
history-import-not-export = verwacht werd een export ({"{"}"format": 1, "sessions": [...]{"}"}), een lijst sessies of één sessie, gevonden: { $found }
history-import-newer-format = het bestand heeft exportformaat { $format }, van een nieuwere Limber (deze leest formaat { $readable }); werk Limber bij om het te importeren
history-import-not-object = { $at }: moet een object zijn, gevonden: { $found }
history-import-field = { $at }, veld "{ $field }": { $problem }
history-at-the-file = het bestand
history-at-the-session = de sessie
history-at-record = record { $number } ({ $place })
history-at-index = index { $index }
history-at-pause = pauze { $number } ({ $place })
history-at-step = { $at }, { $place }
history-field-missing = ontbreekt
history-field-empty = mag niet leeg zijn
history-field-unknown = is geen bekend veld
history-field-unknown-near = is geen bekend veld; bedoel je "{ $nearest }"?
history-field-too-long = is langer dan { $max } tekens
history-field-not-a = moet { $what ->
        [list] een lijst
        [object] een object
        [boolean] true of false
       *[text] tekst
    } zijn, gevonden: { $found }
history-field-not-in-range = moet een geheel getal { $min }..{ $max } zijn, gevonden: { $found }
history-field-not-date-time = { $found } is geen datum en tijd met UTC-verschil, zoals 2026-11-25T10:15:00+01:00
history-field-not-date = { $found } is geen datum zoals 2026-11-25
history-field-not-program-id = { $found } is geen programma-id (a-z, 0-9 en -, 1 tot 64 tekens)
history-field-not-status = { $found } is niet completed, partial of abandoned
history-field-not-reason = { $found } is niet ill, injured of holiday
history-field-end-before-start = ligt vóór started_at
history-field-end-missing = ontbreekt; een sessie met status { $status } heeft een einde
history-field-too-many-steps = heeft meer dan { $max } stappen
history-field-to-before-from = ligt vóór from

## The terminal's words around the history's messages.

cli-warning = waarschuwing: { $warning }
import-too-big = het bestand is groter dan { $mib } MiB; is het wel een export van Limber?
import-unreadable = kan het niet lezen: { $detail }
import-nothing-imported = { $why } (er is niets geïmporteerd)
run-not-kept = { $why }; deze sessie wordt niet in de geschiedenis bewaard

## Why a picture or a drawing cannot be shown (picture::Problem).

picture-file-problem = { $file }: { $problem }
picture-reader-not-started = kan de afbeeldingen van het programma niet lezen: { $detail }
picture-detail = { $detail }
picture-unreadable = ze kan niet gelezen worden ({ $detail })
picture-not-a-file = het is geen bestand (maar een map, een apparaat of een pijp)
picture-too-big = ze is { $bytes } bytes; een afbeelding mag hoogstens { $max } bytes zijn (4 MiB)
picture-empty = het bestand is leeg
picture-unknown-format = het is geen PNG-, JPEG-, GIF- of WebP-afbeelding
picture-too-large = ze is { $width } × { $height } pixels; een afbeelding mag hoogstens { $max } × { $max } zijn: maak haar kleiner
picture-damaged = ze is beschadigd of onvolledig ({ $why })
picture-no-pixels = ze heeft geen pixels
picture-not-supported = niet ondersteund: { $detail }
picture-too-much-memory = het decoderen zou te veel geheugen kosten
picture-svg-no-size = de tekening heeft geen maat die getekend kan worden
picture-svg-compressed = het is een gecomprimeerde SVG-tekening (.svgz); bewaar haar als gewone SVG-tekening
picture-svg-not-utf8 = het is geen SVG-tekening (het bestand is geen UTF-8-tekst)
picture-svg-entities = de tekening declareert XML-entiteiten (<!ENTITY>), die Limber niet leest; bewaar de tekening opnieuw als gewone SVG
picture-svg-invalid = het is geen geldige SVG-tekening ({ $detail })
picture-svg-unshowable = het is geen SVG-tekening die getoond kan worden ({ $detail })
picture-svg-too-many-parts = de tekening heeft te veel onderdelen (meer dan { $max }, elke kopie via een verwijzing meegeteld); vereenvoudig de tekening
picture-svg-too-deep = de onderdelen zijn meer dan { $max } diep genest (verwijzingen meegeteld); vereenvoudig de tekening
picture-svg-inside = een afbeelding in de tekening: { $problem }
picture-svg-inside-unknown = er zit een afbeelding in die geen PNG-, JPEG-, GIF- of WebP-afbeelding is (bijvoorbeeld een andere tekening); Limber tekent alleen die
picture-svg-outside = de tekening verwijst naar `{ $href }` buiten de tekening; Limber leest nooit andere bestanden voor een afbeelding: neem de afbeelding op in de tekening of laat haar weg
picture-svg-too-much-text = de tekening bevat { $chars } tekens tekst; een tekening mag hoogstens { $max } tekens bevatten
picture-svg-loop = de tekening verwijst in een kringetje naar zichzelf (een onderdeel dat een onderdeel gebruikt dat het eerste gebruikt); haal de kring weg
picture-svg-too-much-work = de tekening kost te veel werk om te tekenen (ze schildert meer dan { $max } keer haar eigen oppervlak); vereenvoudig de tekening of bewaar haar als PNG-afbeelding
picture-svg-too-many-layers = de tekening heeft meer dan { $max } onderdelen met een eigen doorzichtigheid, uitknippad, masker of filter; vereenvoudig de tekening
picture-svg-too-many-filters = de tekening gebruikt meer dan { $max } filterstappen (vervaging, schaduw en dergelijke); gebruik minder filters
picture-svg-kernel = het convolutiefilter heeft { $cells } cellen; hoogstens { $max } (9 × 9)
picture-svg-radius = het erode- of dilate-filter heeft een te grote straal om te tekenen; gebruik een kleinere straal
picture-svg-octaves = het ruisfilter heeft { $octaves } octaven; hoogstens { $max }
picture-svg-dashes = de tekening heeft een stippellijn van meer dan { $max } streepjes; gebruik langere streepjes
picture-svg-nested-pattern = de tekening heeft een patroon in een patroon; gebruik één patroon
picture-svg-pattern-tile = de tekening heeft een patroon met een tegel groter dan de afbeelding; gebruik een kleinere tegel
picture-svg-too-far = de tekening heeft een onderdeel met een eigen doorzichtigheid, uitknippad, masker of filter dat ver buiten de afbeelding reikt; maak dat onderdeel niet groter dan de afbeelding
picture-svg-undrawable = de tekening kon niet getekend worden; vereenvoudig haar of sla haar opnieuw op vanuit je tekenprogramma

## Why a bundle (.limber) could not be written or imported (desktop::bundle::Error).

bundle-read = kan { $path } niet lezen: { $detail }
bundle-not-zip = { $path } is geen bundel van Limber (het is geen zipbestand: { $detail })
bundle-too-many-entries = de bundel bevat { $count } bestanden en mappen; een bundel mag er hoogstens { $max } bevatten
bundle-too-large = de bundel wordt uitgepakt meer dan { $mb } MB; een programma met zijn afbeeldingen is veel kleiner
bundle-unsafe-path = de bundel bevat `{ $name }`, een pad buiten de map van het programma
bundle-link = de bundel bevat `{ $name }`, een koppeling; een bundel mag alleen bestanden bevatten
bundle-special = de bundel bevat `{ $name }`, dat geen gewoon bestand is
bundle-not-allowed = de bundel bevat `{ $name }`, dat geen programma (.toml) en geen afbeelding (.svg, .png, .jpg, .gif, .webp) is
bundle-nested-program = de bundel bevat het programmabestand `{ $name }` in een map; het hoort bovenaan
bundle-not-an-image = `{ $name }` in de bundel is geen { $expected }-afbeelding
bundle-duplicate = de bundel bevat `{ $name }` twee keer
bundle-encrypted = `{ $name }` in de bundel is versleuteld; stuur de bundel zonder wachtwoord
bundle-damaged = `{ $name }` in de bundel kan niet uitgepakt worden ({ $detail }); het bestand is misschien beschadigd
bundle-no-program = de bundel bevat geen programmabestand (.toml)
bundle-several-programs = de bundel bevat meerdere programmabestanden ({ $names }); een bundel bevat één programma
bundle-staging = kan de bundel niet uitpakken in een tijdelijke map: { $detail }
bundle-program = { $detail }
bundle-image = kan de afbeelding { $path } niet lezen: { $detail }
bundle-too-many-images = dit programma gebruikt { $count } afbeeldingen; een bundel bevat er hoogstens { $max }
bundle-write = kan { $path } niet schrijven: { $detail }
bundle-exists = { $path } bestaat al; kies een andere naam of verwijder het eerst

## The terminal's history, stats, import, export and pause (src/cli/records.rs). The labels
## of `limber stats` are lined up by the code.

cli-no-sessions = Nog geen sessies.
cli-history-date = Datum
cli-history-time = Tijd
cli-history-program = Programma
cli-history-status = Status
cli-history-minutes = Min
cli-history-pain = Pijn
cli-history-effort = Inspanning
cli-stats-as-of = Stand op { $today } ({ $week })
cli-stats-sessions = Sessies:
cli-stats-sessions-line = { $sessions }, { $completed } voltooid ({ $percent }%), { $minutes } minuten
cli-stats-day-streak = Dagen op rij:
cli-stats-day-streak-line = { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    } (langste { $longest })
cli-stats-week-streak = Weken op rij:
cli-stats-week-streak-line = { $weeks ->
        [one] 1 week
       *[other] { $weeks } weken
    } met { $target }+ sessies (langste { $longest })
cli-stats-this-week = Deze week:
cli-stats-this-week-line = { $done } van { $target } voltooid
cli-stats-paused = Gepauzeerd:
cli-stats-paused-line = vandaag valt in een pauze; je reeksen staan stil
cli-stats-pain = Pijn:
cli-stats-pain-line = { $before } vooraf -> { $after } achteraf (gemiddelde van de laatste { $count } met een score)
cli-stats-last-done = Laatst gedaan:
cli-stats-blank = {""}
cli-stats-last-done-line = { $program } { $date }
cli-exported = { $sessions ->
        [one] 1 sessie
       *[other] { $sessions } sessies
    } en { $pauses ->
        [one] 1 pauze
       *[other] { $pauses } pauzes
    } geëxporteerd naar { $file }.
cli-imported = { $sessions ->
        [one] 1 sessie
       *[other] { $sessions } sessies
    } geïmporteerd uit { $file }{ $present ->
        [0] {""}
       *[other] {" "}({ $present } waren er al)
    }{ $pauses }.
cli-imported-no-pauses = {""}
cli-imported-pauses = {" "}en { $pauses ->
        [one] 1 pauze
       *[other] { $pauses } pauzes
    }{ $present ->
        [0] {""}
       *[other] {" "}({ $present } waren er al)
    }
cli-paused = Reeksen gepauzeerd van { $from } tot en met { $to } ({ $reason }): deze dagen breken ze niet en verlengen ze niet.
cli-cannot-write = kan { $path } niet schrijven: { $detail }
cli-about-program = { $program }: { $problem }
cli-handout-written = De oefenkaart van { $program } ({ $pages ->
        [one] 1 pagina
       *[other] { $pages } pagina's
    }) staat in { $path }.
cli-report-written = Het verslag van { $sessions ->
        [one] 1 sessie
       *[other] { $sessions } sessies
    } van { $from } tot en met { $to } ({ $pages ->
        [one] 1 pagina
       *[other] { $pages } pagina's
    }) staat in { $path }.
cli-report-unknown-program = geen programma `{ $program }` in je programma's of je geschiedenis; `limber programs` noemt ze
paper-error-no-such-level = dit programma heeft { $levels ->
        [one] 1 niveau
       *[other] { $levels } niveaus
    }; niveau { $asked } hoort daar niet bij
paper-error-backwards-span = het verslag moet beginnen op of voor de laatste dag, maar { $from } ligt na { $to }
paper-error-pdf = kan de pdf niet maken: { $detail }
## `limber plan`'s table: the heads of its columns, the kinds of step and the sides.
cli-plan-level = niveau { $level } van { $levels }
cli-plan-at = om
cli-plan-step = stap
cli-plan-exercise = oefening
cli-plan-set = set
cli-plan-side = kant
cli-plan-time = tijd
cli-plan-prepare = klaarmaken
cli-plan-work = oefenen
cli-plan-relax = ontspannen
cli-plan-switch = wisselen
cli-plan-set-rest = setrust
cli-plan-rest = rust
cli-plan-round-rest = rondrust
cli-plan-left = links
cli-plan-right = rechts
cli-plan-alternate = afwisselend
cli-plan-reps = { $reps } herh.
cli-plan-total = totaal { $time }{ $untimed ->
        [0] {""}
        [one] {" "}(+ 1 stap in je eigen tempo)
       *[other] {" "}(+ { $untimed } stappen in je eigen tempo)
    }
cli-no-such-level = `{ $program }` heeft { $levels ->
        [one] 1 niveau
       *[other] { $levels } niveaus
    }; er is geen niveau { $level }
