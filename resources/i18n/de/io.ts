<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>CellValues</name>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>{value} is not an amount</source>
            <translation>{value} ist kein Betrag</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{value} is a percentage, not a number</source>
            <translation>{value} ist ein Prozentwert, keine Zahl</translation>
        </message>
        <message>
            <source>{value} is a percentage, not an amount</source>
            <translation>{value} ist ein Prozentwert, kein Betrag</translation>
        </message>
        <message>
            <source>{value} is a percentage, not a whole number</source>
            <translation>{value} ist ein Prozentwert, keine ganze Zahl</translation>
        </message>
        <message>
            <source>{value} is not a whole number from {low} to {high}</source>
            <translation>{value} ist keine ganze Zahl von {low} bis {high}</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} ist weder ja noch nein</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} ist keiner der Werte {choices}</translation>
        </message>
        <message>
            <source>{value} is not a strength (1 weak, 2 moderate, 3 strong)</source>
            <translation>{value} ist keine Stärke (1 schwach, 2 mittel, 3 stark)</translation>
        </message>
        <message>
            <source>{value} is not a real date</source>
            <translation>{value} ist kein gültiges Datum</translation>
        </message>
        <message>
            <source>{value} is not a date or quarter</source>
            <translation>{value} ist weder ein Datum noch ein Quartal</translation>
        </message>
        <message>
            <source>{value} looks like a financial year; give a date or a quarter</source>
            <translation>{value} sieht nach einem Geschäftsjahr aus; geben Sie ein Datum oder ein Quartal an</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} ist kein Datum</translation>
        </message>
    </context>
    <context>
        <name>ImportCheck</name>
        <message numerus="yes">
            <source>%n {records} are called {name}; write the code instead</source>
            <translation>
                <numerusform>%n {records} heißt {name}; geben Sie stattdessen den Code an</numerusform>
                <numerusform>%n {records} heißen {name}; geben Sie stattdessen den Code an</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no {kind} {name}</source>
            <translation>{kind} {name} gibt es nicht</translation>
        </message>
        <message>
            <source>{kind} {name} was rejected (row {row})</source>
            <translation>{kind} {name} wurde abgelehnt (Zeile {row})</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>vorgeschlagen</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <source>done</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>zurückgestellt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between currency codes</comment>
            <translation> und </translation>
        </message>
        <message>
            <source>The amounts in {source} are in {several}, but a plan keeps its amounts in one currency, so nothing was imported: convert them to the plan's currency, {target}, with a rate for {currencies} ({give}).</source>
            <translation>Die Beträge in {source} sind in {several}, ein Plan führt seine Beträge aber in einer einzigen Währung, daher wurde nichts importiert: Rechnen Sie sie mit einem Kurs für {currencies} in die Währung des Plans, {target}, um ({give}).</translation>
        </message>
        <message>
            <source>The amounts in {source} are in {currencies} but the plan keeps its amounts in {target}, so nothing was imported: {give}, or import into a plan that holds no amounts yet.</source>
            <translation>Die Beträge in {source} sind in {currencies}, der Plan führt seine Beträge aber in {target}, daher wurde nichts importiert: {give}, oder importieren Sie in einen Plan, der noch keine Beträge enthält.</translation>
        </message>
        <message>
            <source>The mapping reads {header}, but {file} (sheet {sheet}) has no such column; its columns are: {columns}.</source>
            <translation>Die Zuordnung liest {header}, aber {file} (Blatt {sheet}) hat keine solche Spalte; seine Spalten sind: {columns}.</translation>
        </message>
        <message>
            <source>The mapping reads {header}, but {file} has no such column; its columns are: {columns}.</source>
            <translation>Die Zuordnung liest {header}, aber {file} hat keine solche Spalte; die Spalten der Datei sind: {columns}.</translation>
        </message>
        <message>
            <source>Amounts in {column} without their own k/m/bn were multiplied by {factor} (the header says so).</source>
            <translation>Beträge in {column} ohne eigenes k/m/bn (Tsd./Mio./Mrd.) wurden mit {factor} multipliziert (so steht es in der Überschrift).</translation>
        </message>
        <message>
            <source>{column} holds whole-life amounts, but annual value is yearly: each amount was taken as one year's value, so annual value is overstated (divide it by the years of benefit, or leave the column out).</source>
            <translation>{column} enthält Beträge über die gesamte Laufzeit, der jährliche Nutzen ist aber ein Jahreswert: Jeder Betrag wurde als Wert eines Jahres übernommen, der jährliche Nutzen ist daher zu hoch (teilen Sie ihn durch die Jahre mit Nutzen, oder lassen Sie die Spalte weg).</translation>
        </message>
        <message>
            <source>{field} holds the item's total cost: {column} (whole-life) was taken as it.</source>
            <translation>{field} enthält die Gesamtkosten des Vorhabens: {column} (gesamte Laufzeit) wurde dafür übernommen.</translation>
        </message>
        <message>
            <source>{column} is one year's amount, but {field} is the item's total: it was imported as it stands.</source>
            <translation>{column} ist der Betrag eines Jahres, {field} aber die Summe für das Vorhaben: Der Wert wurde unverändert importiert.</translation>
        </message>
        <message>
            <source>{column} holds whole-life benefits; the plan has only a yearly annual value, so it was not imported (map it to annual_value to take each amount as one year's value).</source>
            <translation>{column} enthält den Nutzen über die gesamte Laufzeit; der Plan kennt nur einen jährlichen Nutzen, daher wurde die Spalte nicht importiert (ordnen Sie sie „jährlicher Nutzen“ zu, um jeden Betrag als Wert eines Jahres zu übernehmen).</translation>
        </message>
        <message>
            <source>The plan holds no amounts yet, so it takes the file's currency: {currency} (it was {old}).</source>
            <translation>Der Plan enthält noch keine Beträge und übernimmt daher die Währung der Datei: {currency} (bisher {old}).</translation>
        </message>
        <message>
            <source>Amounts written with a bare "$" were taken as {dollar}; {hint}.</source>
            <translation>Beträge, die nur mit „$“ geschrieben sind, wurden als {dollar} gelesen; {hint}.</translation>
        </message>
        <message>
            <source>Amounts in {code} were converted to {target} at {rate} {target} per {code}.</source>
            <translation>Beträge in {code} wurden zu {rate} {target} je {code} in {target} umgerechnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) have values to the right of the last header; those cells were ignored.</source>
            <translation>
                <numerusform>%n Zeile hat Werte rechts der letzten Überschrift; diese Zellen wurden ignoriert.</numerusform>
                <numerusform>%n Zeilen haben Werte rechts der letzten Überschrift; diese Zellen wurden ignoriert.</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem}; a {kind} needs its {field}</source>
            <translation>{problem}; {field} ist eine Pflichtangabe ({kind})</translation>
        </message>
        <message>
            <source>no code; given {code}</source>
            <translation>kein Code; vergeben: {code}</translation>
        </message>
        <message>
            <source>duplicate code {code} (already on row {row})</source>
            <translation>doppelter Code {code} (schon in Zeile {row})</translation>
        </message>
        <message numerus="yes">
            <source>%n date(s) in column {column} such as 03/04/2027 could be day/month or month/day; they were read as day/month. Set the date order in the mapping if that is wrong.</source>
            <translation>
                <numerusform>%n Datum in Spalte {column} wie 03/04/2027 kann Tag/Monat oder Monat/Tag sein; es wurde als Tag/Monat gelesen. Stellen Sie die Datumsreihenfolge in der Zuordnung ein, falls das falsch ist.</numerusform>
                <numerusform>%n Datumsangaben in Spalte {column} wie 03/04/2027 können Tag/Monat oder Monat/Tag sein; sie wurden als Tag/Monat gelesen. Stellen Sie die Datumsreihenfolge in der Zuordnung ein, falls das falsch ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>{field}: {problem} ({hint})</source>
            <translation>{field}: {problem} ({hint})</translation>
        </message>
        <message>
            <source>a KPI measures exactly one objective or one item; give one of them</source>
            <translation>ein KPI misst genau ein Ziel oder ein Vorhaben; geben Sie eines davon an</translation>
        </message>
        <message>
            <source>The mapping matches {name} to {code}, but {problem}.</source>
            <translation>Die Zuordnung ordnet {name} {code} zu, aber: {problem}.</translation>
        </message>
        <message>
            <source>{name} → {code} ({record}) by {how}</source>
            <translation>{name} → {code} ({record}) {how}</translation>
        </message>
        <message>
            <source>{name} → {code} by {how}</source>
            <translation>{name} → {code} {how}</translation>
        </message>
        <message>
            <source>{value}: {problem}; {field} left empty</source>
            <translation>{value}: {problem}; {field} bleibt leer</translation>
        </message>
        <message>
            <source>has an end ({quarter}) but no start; left unscheduled</source>
            <translation>hat ein Ende ({quarter}), aber keinen Beginn; bleibt ungeplant</translation>
        </message>
        <message>
            <source>has a start ({quarter}) but no end; left unscheduled</source>
            <translation>hat einen Beginn ({quarter}), aber kein Ende; bleibt ungeplant</translation>
        </message>
        <message>
            <source>end {end} is before start {start}; left unscheduled</source>
            <translation>Ende {end} liegt vor Beginn {start}; bleibt ungeplant</translation>
        </message>
        <message>
            <source>duplicate {kind} (already on row {row})</source>
            <translation>doppelt: {kind} (schon in Zeile {row})</translation>
        </message>
        <message>
            <source>an item can't depend on itself</source>
            <translation>ein Vorhaben kann nicht von sich selbst abhängen</translation>
        </message>
        <message>
            <source>the plan already has the code {code} with a different {fields} (merge the plans to update existing records)</source>
            <translation>der Plan hat den Code {code} schon, mit anderem Wert bei {fields} (führen Sie die Pläne zusammen, um vorhandene Datensätze zu aktualisieren)</translation>
        </message>
        <message>
            <source>the plan already has this {kind} with a different {fields} (merge the plans to update existing records)</source>
            <translation>der Plan hat diesen Datensatz ({kind}) schon, mit anderem Wert bei {fields} (führen Sie die Pläne zusammen, um vorhandene Datensätze zu aktualisieren)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeat {records} the plan already has, with the same values; they were skipped.</source>
            <translation>
                <numerusform>%n Zeile wiederholt {records}, die der Plan mit denselben Werten schon hat; sie wurde übersprungen.</numerusform>
                <numerusform>%n Zeilen wiederholen {records}, die der Plan mit denselben Werten schon hat; sie wurden übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>dependency {before} → {after} would make a cycle</source>
            <translation>Abhängigkeit {before} → {after} würde einen Zyklus bilden</translation>
        </message>
        <message>
            <source>its parent objectives form a cycle</source>
            <translation>seine übergeordneten Ziele bilden einen Zyklus</translation>
        </message>
        <message>
            <source>its {field} {reference} was rejected (row {row})</source>
            <translation>{field} {reference} wurde abgelehnt (Zeile {row})</translation>
        </message>
        <message>
            <source>Matched {records} named differently in the file to the plan's: {matches}.</source>
            <translation>In der Datei anders benannte {records} wurden denen im Plan zugeordnet: {matches}.</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} und %n weiterer</numerusform>
                <numerusform>{names} und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n {records} named in the file matched none in the plan and will be created: {names} ({hint}).</source>
            <translation>
                <numerusform>%n {records} aus der Datei passt zu keinem im Plan und wird angelegt: {names} ({hint}).</numerusform>
                <numerusform>%n {records} aus der Datei passen zu keinem im Plan und werden angelegt: {names} ({hint}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n {records} named in the file matched none in the plan; those fields were left empty: {names} ({hint}).</source>
            <translation>
                <numerusform>%n {records} aus der Datei passt zu keinem im Plan; diese Felder bleiben leer: {names} ({hint}).</numerusform>
                <numerusform>%n {records} aus der Datei passen zu keinem im Plan; diese Felder bleiben leer: {names} ({hint}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{word} → {status} (%n row(s); the word is kept in the description)</source>
            <translation>
                <numerusform>{word} → {status} (%n Zeile; das Wort bleibt in der Beschreibung erhalten)</numerusform>
                <numerusform>{word} → {status} (%n Zeilen; das Wort bleibt in der Beschreibung erhalten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{word} → {status} (%n row(s))</source>
            <translation>
                <numerusform>{word} → {status} (%n Zeile)</numerusform>
                <numerusform>{word} → {status} (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Status words read: {words}.</source>
            <translation>Gelesene Statusangaben: {words}.</translation>
        </message>
        <message>
            <source>{file} has more than {limit} rows; split it into smaller files.</source>
            <translation>{file} hat mehr als {limit} Zeilen; teilen Sie die Datei in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>{problem}; {field} left empty</source>
            <translation>{problem}; {field} bleibt leer</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>no {field}: a {kind} needs one</source>
            <translation>{field} fehlt: eine Pflichtangabe ({kind})</translation>
        </message>
        <message>
            <source>Columns not imported: {columns}.</source>
            <translation>Nicht importierte Spalten: {columns}.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n {records} from {file}</source>
            <translation>
                <numerusform>%n {records} aus {file} importieren</numerusform>
                <numerusform>%n {records} aus {file} importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>The mapping is for {mapped}, but you asked to import {asked}.</source>
            <translation>Die Zuordnung gilt für {mapped}, importiert werden sollen aber {asked}.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (it holds plain text); import it as csv.</source>
            <translation>{file} ist keine Excel-Arbeitsmappe (die Datei enthält reinen Text); importieren Sie sie als CSV.</translation>
        </message>
        <message>
            <source>No sheet of {file} is named after a kind of record (items, objectives, people, …); choose the kind to import with --kind.</source>
            <translation>Kein Blatt von {file} ist nach einer Datensatzart benannt (items, objectives, people, …); wählen Sie die zu importierende Art mit --kind.</translation>
        </message>
        <message>
            <source>Sheets not imported: {sheets}.</source>
            <translation>Nicht importierte Blätter: {sheets}.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n records from {file}</source>
            <translation>
                <numerusform>%n Datensatz aus {file} importieren</numerusform>
                <numerusform>%n Datensätze aus {file} importieren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>Istwert</translation>
        </message>
        <message>
            <source>adoption</source>
            <translation>Akzeptanz-KPI</translation>
        </message>
        <message>
            <source>after</source>
            <translation>Nachfolger</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>annual value</source>
            <translation>jährlicher Nutzen</translation>
        </message>
        <message>
            <source>application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>assessed by</source>
            <translation>bewertet von</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>Reifebewertung</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>before</source>
            <translation>Vorgänger</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>budget basis</source>
            <translation>Budgetbasis</translation>
        </message>
        <message>
            <source>business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>capex</source>
            <translation>Capex</translation>
        </message>
        <message>
            <source>category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>Fürsprecher</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>cost of delay</source>
            <translation>Verzögerungskosten</translation>
        </message>
        <message>
            <source>criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>decided by</source>
            <translation>entschieden von</translation>
        </message>
        <message>
            <source>decided on</source>
            <translation>entschieden am</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>driver</source>
            <translation>Werttreiber</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>from</source>
            <translation>bisher</translation>
        </message>
        <message>
            <source>fte</source>
            <translation>FTE</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>höher ist besser</translation>
        </message>
        <message>
            <source>it owner</source>
            <translation>IT-Verantwortlicher</translation>
        </message>
        <message>
            <source>item</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>job size</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>kpi</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>last engaged on</source>
            <translation>zuletzt eingebunden am</translation>
        </message>
        <message>
            <source>level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>mandatory</source>
            <translation>Pflicht</translation>
        </message>
        <message>
            <source>maximise</source>
            <translation>maximieren</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>Messgröße</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>opex</source>
            <translation>Opex</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Verantwortlicher</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>übergeordnet</translation>
        </message>
        <message>
            <source>process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <source>rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>relationship owner</source>
            <translation>Beziehungsverantwortlicher</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>score</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>target</source>
            <translation>Zielvorgabe</translation>
        </message>
        <message>
            <source>team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>to</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>value statement</source>
            <translation>Nutzenaussage</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewichtung</translation>
        </message>
    </context>
    <context>
        <name>ImportMapping</name>
        <message>
            <source>{count} {records}</source>
            <translation>{count} {records}</translation>
        </message>
        <message>
            <source>There is no kind of record called {name}; choose one of: {choices}.</source>
            <translation>Es gibt keine Datensatzart namens {name}; wählen Sie eine davon: {choices}.</translation>
        </message>
        <message>
            <source>A {kind} has no field {key}; its fields are: {fields}.</source>
            <translation>{kind} hat kein Feld {key}; die Felder sind: {fields}.</translation>
        </message>
        <message>
            <source>date_order must be one of {choices}, not {value}.</source>
            <translation>date_order muss einer der Werte {choices} sein, nicht {value}.</translation>
        </message>
        <message>
            <source>single_date must be 'unscheduled' or 'same_quarter', not {value}.</source>
            <translation>single_date muss 'unscheduled' oder 'same_quarter' sein, nicht {value}.</translation>
        </message>
        <message>
            <source>create_missing can name {choices}, not {value}.</source>
            <translation>create_missing kann {choices} nennen, nicht {value}.</translation>
        </message>
        <message>
            <source>unknown must be one of {choices}, not {value}.</source>
            <translation>unknown muss einer der Werte {choices} sein, nicht {value}.</translation>
        </message>
        <message>
            <source>names can be chosen for {choices}, not {value}.</source>
            <translation>names kann für {choices} gewählt werden, nicht für {value}.</translation>
        </message>
        <message>
            <source>The choice for {name} must be create, empty or match:CODE, not {value}.</source>
            <translation>Die Wahl für {name} muss create, empty oder match:CODE sein, nicht {value}.</translation>
        </message>
        <message>
            <source>currency must be a three-letter code such as GBP, not {value}.</source>
            <translation>currency muss ein Code aus drei Buchstaben wie EUR sein, nicht {value}.</translation>
        </message>
        <message>
            <source>scale for {key} must be a positive number, not {value}.</source>
            <translation>scale für {key} muss eine positive Zahl sein, nicht {value}.</translation>
        </message>
        <message numerus="yes">
            <source>No column is mapped to {fields}; a {kind} needs %n field(s).</source>
            <translation>
                <numerusform>Keine Spalte ist {fields} zugeordnet; das ist eine Pflichtangabe ({kind}).</numerusform>
                <numerusform>Keine Spalte ist {fields} zugeordnet; das sind Pflichtangaben ({kind}).</numerusform>
            </translation>
        </message>
        <message>
            <source>the mapping</source>
            <translation>die Zuordnung</translation>
        </message>
        <message>
            <source>{source} is not a mapping (expected a JSON object).</source>
            <translation>{source} ist keine Zuordnung (erwartet wird ein JSON-Objekt).</translation>
        </message>
        <message>
            <source>{source} is not a StratPlanner mapping (format must be "{format}").</source>
            <translation>{source} ist keine StratPlanner-Zuordnung (format muss „{format}“ sein).</translation>
        </message>
        <message>
            <source>{source} has mapping version {version}; this StratPlanner reads {known}.</source>
            <translation>{source} hat die Zuordnungsversion {version}; dieser StratPlanner liest {known}.</translation>
        </message>
        <message>
            <source>{source} has unknown keys: {keys}.</source>
            <translation>{source} hat unbekannte Schlüssel: {keys}.</translation>
        </message>
        <message>
            <source>{source} must name the kind of record (e.g. "items").</source>
            <translation>{source} muss die Datensatzart nennen (z. B. „items“).</translation>
        </message>
        <message>
            <source>{source}: {key} must be an object.</source>
            <translation>{source}: {key} muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>{source}: create_missing must be a list.</source>
            <translation>{source}: create_missing muss eine Liste sein.</translation>
        </message>
        <message>
            <source>{source}: names must map a kind to an object of name: choice.</source>
            <translation>{source}: names muss einer Art ein Objekt aus Name: Wahl zuordnen.</translation>
        </message>
        <message>
            <source>{source}: header_row must be a row number (1 or more).</source>
            <translation>{source}: header_row muss eine Zeilennummer sein (1 oder mehr).</translation>
        </message>
        <message>
            <source>{source}: delimiter must be one of , ; tab |.</source>
            <translation>{source}: delimiter muss eines von , ; tab | sein.</translation>
        </message>
        <message>
            <source>There is no mapping file at {path}.</source>
            <translation>Unter {path} gibt es keine Zuordnungsdatei.</translation>
        </message>
        <message>
            <source>The mapping {path} can't be read: {error}.</source>
            <translation>Die Zuordnung {path} kann nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>The mapping {path} is not valid JSON (line {line}: {error}).</source>
            <translation>Die Zuordnung {path} ist kein gültiges JSON (Zeile {line}: {error}).</translation>
        </message>
        <message>
            <source>{field} is read from {later}, the later version; {earlier} (the earlier one) was not imported.</source>
            <translation>{field} wird aus {later} gelesen, der neueren Fassung; {earlier} (die ältere) wurde nicht importiert.</translation>
        </message>
        <message>
            <source>{field} is read from {earlier}, though the file also has a later version, {later}, which was not imported.</source>
            <translation>{field} wird aus {earlier} gelesen, obwohl die Datei auch eine neuere Fassung hat, {later}; diese wurde nicht importiert.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n row(s) of {source} can't be imported, so nothing was changed; fix them, or accept importing the other rows.</source>
            <translation>
                <numerusform>%n Zeile von {source} kann nicht importiert werden, daher wurde nichts geändert; korrigieren Sie sie, oder lassen Sie die übrigen Zeilen importieren.</numerusform>
                <numerusform>%n Zeilen von {source} können nicht importiert werden, daher wurde nichts geändert; korrigieren Sie sie, oder lassen Sie die übrigen Zeilen importieren.</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <translation>Blatt {sheet}, Zeile {row}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <translation>Zeile {row}: {message}</translation>
        </message>
        <message>
            <source>{sheet} row {row}, {column}: {message}</source>
            <translation>Blatt {sheet}, Zeile {row}, {column}: {message}</translation>
        </message>
        <message>
            <source>row {row}, {column}: {message}</source>
            <translation>Zeile {row}, {column}: {message}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: %n row(s) read</source>
            <translation>
                <numerusform>{source}: %n Zeile gelesen</numerusform>
                <numerusform>{source}: %n Zeilen gelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} ready to import</source>
            <translation>{records} bereit zum Import</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n Zeile abgelehnt</numerusform>
                <numerusform>%n Zeilen abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) left empty (warnings)</source>
            <translation>
                <numerusform>%n Zelle leer gelassen (Warnungen)</numerusform>
                <numerusform>%n Zellen leer gelassen (Warnungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new {records} to be created</source>
            <translation>
                <numerusform>neu anzulegen: %n {records}</numerusform>
                <numerusform>neu anzulegen: %n {records}</numerusform>
            </translation>
        </message>
        <message>
            <source>{clauses}.</source>
            <translation>{clauses}.</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>Hinweis: {text}</translation>
        </message>
        <message>
            <source>warning: {text}</source>
            <translation>Warnung: {text}</translation>
        </message>
        <message>
            <source>rejected: {text}</source>
            <translation>abgelehnt: {text}</translation>
        </message>
        <message numerus="yes">
            <source>{codes} and %n more</source>
            <translation>
                <numerusform>{codes} und %n weiterer</numerusform>
                <numerusform>{codes} und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>note: will create {records} {codes}.</source>
            <translation>Hinweis: Folgende {records} werden angelegt: {codes}.</translation>
        </message>
        <message numerus="yes">
            <source>rejected: … and %n more rows</source>
            <translation>
                <numerusform>abgelehnt: … und %n weitere Zeile</numerusform>
                <numerusform>abgelehnt: … und %n weitere Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warning: … and %n more cells</source>
            <translation>
                <numerusform>Warnung: … und %n weitere Zelle</numerusform>
                <numerusform>Warnung: … und %n weitere Zellen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KpiActualInput</name>
        <message>
            <source>Give the date of the actual as YYYY-MM-DD, for example 2027-09-30.</source>
            <translation>Geben Sie das Datum des Istwerts als JJJJ-MM-TT an, zum Beispiel 2027-09-30.</translation>
        </message>
        <message>
            <source>"{text}" is not a date; write it as YYYY-MM-DD, for example 2027-09-30.</source>
            <translation>„{text}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2027-09-30.</translation>
        </message>
        <message>
            <source>Give the value of the actual in {unit} as a number, such as 64.5.</source>
            <translation>Geben Sie den Istwert in {unit} als Zahl an, etwa 64,5.</translation>
        </message>
        <message>
            <source>Give the value of the actual as a number, such as 64.5.</source>
            <translation>Geben Sie den Istwert als Zahl an, etwa 64,5.</translation>
        </message>
        <message>
            <source>"{text}" is not a number; write the value in {unit} as a number, such as 64.5.</source>
            <translation>„{text}“ ist keine Zahl; schreiben Sie den Wert in {unit} als Zahl, etwa 64,5.</translation>
        </message>
        <message>
            <source>"{text}" is not a number; write the value as a number, such as 64.5.</source>
            <translation>„{text}“ ist keine Zahl; schreiben Sie den Wert als Zahl, etwa 64,5.</translation>
        </message>
        <message>
            <source>Line {number} ({line}) needs a date and a value.</source>
            <translation>Zeile {number} ({line}) braucht ein Datum und einen Wert.</translation>
        </message>
        <message>
            <source>Line {number}: {problem}</source>
            <translation>Zeile {number}: {problem}</translation>
        </message>
        <message>
            <source>Type or paste one actual a line: its date (YYYY-MM-DD) and its value.</source>
            <translation>Tippen oder fügen Sie einen Istwert je Zeile ein: sein Datum (JJJJ-MM-TT) und seinen Wert.</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message numerus="yes">
            <source>{problems} (and %n more)</source>
            <translation>
                <numerusform>{problems} (und %n weiteres)</numerusform>
                <numerusform>{problems} (und %n weitere)</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind} {code} "{title}"</source>
            <translation>{kind} {code} „{title}“</translation>
        </message>
        <message>
            <source>{kind} {code}</source>
            <translation>{kind} {code}</translation>
        </message>
        <message>
            <source>the other plan</source>
            <translation>anderer Plan</translation>
        </message>
        <message>
            <source>Adding the dependency {before} → {after} would make a cycle with this plan's dependencies; choose not to add it.</source>
            <translation>Die Abhängigkeit {before} → {after} würde mit den Abhängigkeiten dieses Plans einen Zyklus bilden; fügen Sie sie nicht hinzu.</translation>
        </message>
        <message>
            <source>Merge {source}: {added} added, {taken} taken from theirs</source>
            <translation>{source} zusammenführen: {added} hinzugefügt, {taken} von dort übernommen</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <source>round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>ballot</source>
            <translation>Stimmzettel</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Adding {record} needs {what} {code}, which you chose not to add.</source>
            <translation>{record} kann nicht ohne {what} {code} hinzugefügt werden, und diesen Datensatz haben Sie abgewählt.</translation>
        </message>
        <message>
            <source>Taking their {record} needs {what} {code}, which you chose not to add.</source>
            <translation>{record} kann nicht ohne {what} {code} übernommen werden, und diesen Datensatz haben Sie abgewählt.</translation>
        </message>
        <message>
            <source>{record} is no longer in this plan.</source>
            <translation>{record} ist nicht mehr in diesem Plan.</translation>
        </message>
    </context>
    <context>
        <name>ModelImport</name>
        <message>
            <source>Read {counts}.</source>
            <translation>Gelesen: {counts}.</translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n elements of types we don't use ({types}).</source>
            <translation>
                <numerusform>%n Element eines nicht verwendeten Typs übersprungen ({types}).</numerusform>
                <numerusform>%n Elemente nicht verwendeter Typen übersprungen ({types}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n relationships ({types}).</source>
            <translation>
                <numerusform>%n Beziehung übersprungen ({types}).</numerusform>
                <numerusform>%n Beziehungen übersprungen ({types}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n Vorhaben</numerusform>
                <numerusform>%n Vorhaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objectives</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n links</source>
            <translation>
                <numerusform>%n Verknüpfung</numerusform>
                <numerusform>%n Verknüpfungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dependencies</source>
            <translation>
                <numerusform>%n Abhängigkeit</numerusform>
                <numerusform>%n Abhängigkeiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teams</source>
            <translation>
                <numerusform>%n Team</numerusform>
                <numerusform>%n Teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n demands</source>
            <translation>
                <numerusform>%n Teambedarf</numerusform>
                <numerusform>%n Teambedarfe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business units</source>
            <translation>
                <numerusform>%n Geschäftsbereich</numerusform>
                <numerusform>%n Geschäftsbereiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n processes</source>
            <translation>
                <numerusform>%n Prozess</numerusform>
                <numerusform>%n Prozesse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n applications</source>
            <translation>
                <numerusform>%n Anwendung</numerusform>
                <numerusform>%n Anwendungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NameMatching</name>
        <message>
            <source>spelling</source>
            <translation>nach Schreibweise</translation>
        </message>
        <message>
            <source>acronym</source>
            <translation>nach Abkürzung</translation>
        </message>
        <message>
            <source>close spelling</source>
            <translation>nach ähnlicher Schreibweise</translation>
        </message>
    </context>
    <context>
        <name>PlanJson</name>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{path}: expected {expected}, found {found}</source>
            <translation>{path}: erwartet {expected}, gefunden {found}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>{path}: {found} is not a date; write it as YYYY-MM-DD</source>
            <translation>{path}: {found} ist kein Datum; schreiben Sie es als JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>{path}: {value} is not one of {choices}</source>
            <translation>{path}: {value} ist keiner der Werte {choices}</translation>
        </message>
        <message>
            <source>{path}: expected the code of a {kind}, found {found}</source>
            <translation>{path}: erwartet der Code eines Datensatzes ({kind}), gefunden {found}</translation>
        </message>
        <message>
            <source>text {text}</source>
            <translation>Text {text}</translation>
        </message>
        <message>
            <source>the number {number}</source>
            <translation>die Zahl {number}</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a JSON object</source>
            <translation>ein JSON-Objekt</translation>
        </message>
        <message>
            <source>{key}: unknown top-level key (allowed: {keys})</source>
            <translation>{key}: unbekannter Schlüssel auf oberster Ebene (erlaubt: {keys})</translation>
        </message>
        <message>
            <source>version: this document uses format version {version}, newer than the {known} this StratPlanner reads; update StratPlanner</source>
            <translation>version: Dieses Dokument verwendet die Formatversion {version}, neuer als die {known}, die dieser StratPlanner liest; aktualisieren Sie StratPlanner</translation>
        </message>
        <message>
            <source>{path}: unknown field in {record}</source>
            <translation>{path}: unbekanntes Feld in {record}</translation>
        </message>
        <message>
            <source>{path}: required field is missing in {record}</source>
            <translation>{path}: Pflichtfeld fehlt in {record}</translation>
        </message>
        <message>
            <source>unknown field in a baseline</source>
            <translation>unbekanntes Feld in einer Baseline</translation>
        </message>
        <message>
            <source>a baseline needs a name</source>
            <translation>eine Baseline braucht einen Namen</translation>
        </message>
        <message>
            <source>{path}: duplicate baseline name {name} (already used by {other})</source>
            <translation>{path}: doppelter Baseline-Name {name} (schon verwendet von {other})</translation>
        </message>
        <message>
            <source>a plan format version</source>
            <translation>eine Planformatversion</translation>
        </message>
        <message>
            <source>{path}: taken by a newer StratPlanner (plan format {version}); this version reads formats up to {known}</source>
            <translation>{path}: von einem neueren StratPlanner erstellt (Planformat {version}); diese Version liest Formate bis {known}</translation>
        </message>
        <message>
            <source>a plan document</source>
            <translation>ein Plandokument</translation>
        </message>
        <message>
            <source>a baseline can't hold baselines of its own</source>
            <translation>eine Baseline kann keine eigenen Baselines enthalten</translation>
        </message>
        <message>
            <source>{path}: {found} is not a time; write it as 2027-01-15T09:30:00Z</source>
            <translation>{path}: {found} ist kein Zeitpunkt; schreiben Sie ihn als 2027-01-15T09:30:00Z</translation>
        </message>
        <message>
            <source>{kind} {code}</source>
            <translation>{kind} {code}</translation>
        </message>
        <message>
            <source>link {objective} ↔ {item}</source>
            <translation>Verknüpfung {objective} ↔ {item}</translation>
        </message>
        <message>
            <source>demand of {item} on {team}</source>
            <translation>Bedarf von {item} an {team}</translation>
        </message>
        <message>
            <source>dependency {before} → {after}</source>
            <translation>Abhängigkeit {before} → {after}</translation>
        </message>
        <message>
            <source>milestone of {item}</source>
            <translation>Meilenstein von {item}</translation>
        </message>
        <message>
            <source>score of {item} on {criterion}</source>
            <translation>Bewertung von {item} bei {criterion}</translation>
        </message>
        <message>
            <source>rank pin of {item}</source>
            <translation>Rangfestlegung von {item}</translation>
        </message>
        <message>
            <source>an object with title, start and quarters</source>
            <translation>ein Objekt mit title, start und quarters</translation>
        </message>
        <message>
            <source>{path}: unknown field (allowed: {keys})</source>
            <translation>{path}: unbekanntes Feld (erlaubt: {keys})</translation>
        </message>
        <message>
            <source>a plan title is required</source>
            <translation>ein Plantitel ist erforderlich</translation>
        </message>
        <message>
            <source>the first quarter of the horizon is required, e.g. "2027-Q1"</source>
            <translation>das erste Quartal des Horizonts ist erforderlich, z. B. „2027-Q1“</translation>
        </message>
        <message>
            <source>{path}: duplicate code {code} (already used by {other})</source>
            <translation>{path}: doppelter Code {code} (schon verwendet von {other})</translation>
        </message>
        <message>
            <source>{path}: {record} refers to {kind} {code}, which does not exist</source>
            <translation>{path}: {record} verweist auf {kind} {code}, das es nicht gibt</translation>
        </message>
        <message>
            <source>{path}: {problem} in {record}</source>
            <translation>{path}: {problem} in {record}</translation>
        </message>
        <message>
            <source>{path}: duplicate {record} (also {other})</source>
            <translation>{path}: doppelt: {record} (auch {other})</translation>
        </message>
        <message>
            <source>{path}: dependency cycle {chain}</source>
            <translation>{path}: Abhängigkeitszyklus {chain}</translation>
        </message>
        <message>
            <source>{path}: objective hierarchy has a cycle {chain}</source>
            <translation>{path}: die Zielhierarchie hat einen Zyklus {chain}</translation>
        </message>
        <message>
            <source>rating of {dimension} in assessment {assessment}</source>
            <translation>Einstufung von {dimension} in Bewertung {assessment}</translation>
        </message>
        <message>
            <source>{role} change of {item} on {date}</source>
            <translation>Wechsel {role} von {item} am {date}</translation>
        </message>
        <message>
            <source>{driver} driver of {item}</source>
            <translation>Werttreiber {driver} von {item}</translation>
        </message>
        <message>
            <source>actual of {kpi} on {date}</source>
            <translation>Istwert von {kpi} am {date}</translation>
        </message>
        <message>
            <source>enablement of {process} by {application}</source>
            <translation>Unterstützung von {process} durch {application}</translation>
        </message>
        <message>
            <source>change of application {application} by {item}</source>
            <translation>Änderung der Anwendung {application} durch {item}</translation>
        </message>
        <message>
            <source>change of process {process} by {item}</source>
            <translation>Änderung des Prozesses {process} durch {item}</translation>
        </message>
        <message>
            <source>{path}: maturity assessment {code} has no rating for {dimensions}; rate every dimension (ratings with assessment {code})</source>
            <translation>{path}: Reifebewertung {code} hat keine Einstufung für {dimensions}; stufen Sie jede Dimension ein (ratings mit assessment {code})</translation>
        </message>
        <message>
            <source>{path}: business unit {unit} already has an assessment dated {date} ({other}); keep one per unit and date</source>
            <translation>{path}: Geschäftsbereich {unit} hat schon eine Bewertung vom {date} ({other}); behalten Sie eine je Bereich und Datum</translation>
        </message>
        <message>
            <source>{path}: in the series of KPI {kpi}, {problem}</source>
            <translation>{path}: in der Reihe von KPI {kpi}: {problem}</translation>
        </message>
        <message>
            <source>process {code}</source>
            <translation>Prozess {code}</translation>
        </message>
        <message>
            <source>{path}: relationship owners go round in a circle ({chain}); someone in it must own the relationship without being owned</source>
            <translation>{path}: die Beziehungsverantwortlichen bilden einen Kreis ({chain}); jemand darin muss die Beziehung verantworten, ohne selbst betreut zu werden</translation>
        </message>
        <message>
            <source>there is no file at {path}</source>
            <translation>unter {path} gibt es keine Datei</translation>
        </message>
        <message>
            <source>{path} is a folder, not a JSON file</source>
            <translation>{path} ist ein Ordner, keine JSON-Datei</translation>
        </message>
        <message>
            <source>{path} can't be read: {error}</source>
            <translation>{path} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (is it a JSON plan?)</source>
            <translation>die Datei ist kein UTF-8-Text (ist es ein JSON-Plan?)</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object; keep one of them (a plan can't tell which is meant)</source>
            <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor; behalten Sie einen davon (ein Plan kann nicht erkennen, welcher gemeint ist)</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object (the record with code {code}); keep one of them (a plan can't tell which is meant)</source>
            <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor (im Datensatz mit dem Code {code}); behalten Sie einen davon (ein Plan kann nicht erkennen, welcher gemeint ist)</translation>
        </message>
        <message>
            <source>line {line}, column {column}: not valid JSON ({error})</source>
            <translation>Zeile {line}, Spalte {column}: kein gültiges JSON ({error})</translation>
        </message>
        <message numerus="yes">
            <source>the number {number}… (%n digits) is too large for a plan</source>
            <translation>
                <numerusform>die Zahl {number}… (%n Ziffer) ist zu groß für einen Plan</numerusform>
                <numerusform>die Zahl {number}… (%n Ziffern) ist zu groß für einen Plan</numerusform>
            </translation>
        </message>
        <message>
            <source>the JSON is nested too deeply to be a plan</source>
            <translation>das JSON ist zu tief verschachtelt, um ein Plan zu sein</translation>
        </message>
        <message>
            <source>it contains text that is not valid Unicode (a lone surrogate {text})</source>
            <translation>sie enthält Text, der kein gültiges Unicode ist (ein einzelnes Surrogat {text})</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>das Dokument</translation>
        </message>
        <message numerus="yes">
            <source>{problems}; and %n more</source>
            <translation>
                <numerusform>{problems}; und %n weiteres</numerusform>
                <numerusform>{problems}; und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{source} is not a valid plan (%n problem(s)): {problems}</source>
            <translation>
                <numerusform>{source} ist kein gültiger Plan (%n Problem): {problems}</numerusform>
                <numerusform>{source} ist kein gültiger Plan (%n Probleme): {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>workshop {code}</source>
            <translation>Workshop {code}</translation>
        </message>
        <message>
            <source>a workshop</source>
            <translation>einem Workshop</translation>
        </message>
        <message>
            <source>participant {code}</source>
            <translation>Teilnehmer {code}</translation>
        </message>
        <message>
            <source>a participant</source>
            <translation>einem Teilnehmer</translation>
        </message>
        <message>
            <source>round {code}</source>
            <translation>Runde {code}</translation>
        </message>
        <message>
            <source>a round</source>
            <translation>einer Runde</translation>
        </message>
        <message>
            <source>option {code}</source>
            <translation>Option {code}</translation>
        </message>
        <message>
            <source>an option</source>
            <translation>einer Option</translation>
        </message>
        <message>
            <source>ballot {code}</source>
            <translation>Stimmzettel {code}</translation>
        </message>
        <message>
            <source>a ballot</source>
            <translation>einem Stimmzettel</translation>
        </message>
        <message>
            <source>decision {code}</source>
            <translation>Entscheidung {code}</translation>
        </message>
        <message>
            <source>a decision</source>
            <translation>einer Entscheidung</translation>
        </message>
        <message>
            <source>action {code}</source>
            <translation>Maßnahme {code}</translation>
        </message>
        <message>
            <source>an action</source>
            <translation>einer Maßnahme</translation>
        </message>
        <message>
            <source>a list of codes</source>
            <translation>eine Liste von Codes</translation>
        </message>
        <message>
            <source>{path}: there is no {kind} {code} in the plan</source>
            <translation>{path}: {kind} {code} gibt es im Plan nicht</translation>
        </message>
        <message>
            <source>an amount</source>
            <translation>ein Betrag</translation>
        </message>
        <message>
            <source>{path}: an amount must be 0 or more, not {value}</source>
            <translation>{path}: ein Betrag muss 0 oder mehr sein, nicht {value}</translation>
        </message>
        <message numerus="yes">
            <source>{path}: workshop {workshop} has %n participant(s); a workshop holds at most {most}</source>
            <translation>
                <numerusform>{path}: Workshop {workshop} hat %n Teilnehmer; ein Workshop fasst höchstens {most}</numerusform>
                <numerusform>{path}: Workshop {workshop} hat %n Teilnehmer; ein Workshop fasst höchstens {most}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: participant code {code} appears twice in workshop {workshop} (also [{other}])</source>
            <translation>{path}: Teilnehmercode {code} kommt in Workshop {workshop} zweimal vor (auch [{other}])</translation>
        </message>
        <message>
            <source>{path}: person {person} takes part in workshop {workshop} twice (also {other})</source>
            <translation>{path}: Person {person} nimmt zweimal an Workshop {workshop} teil (auch {other})</translation>
        </message>
        <message>
            <source>{path}: round code {code} appears twice in workshop {workshop} (also [{other}])</source>
            <translation>{path}: Rundencode {code} kommt in Workshop {workshop} zweimal vor (auch [{other}])</translation>
        </message>
        <message>
            <source>{path}: decision code {code} appears twice in workshop {workshop} (also [{other}])</source>
            <translation>{path}: Entscheidungscode {code} kommt in Workshop {workshop} zweimal vor (auch [{other}])</translation>
        </message>
        <message>
            <source>{path}: workshop {workshop} has no round {code}</source>
            <translation>{path}: Workshop {workshop} hat keine Runde {code}</translation>
        </message>
        <message>
            <source>{path}: {code} is listed twice; list it once</source>
            <translation>{path}: {code} ist doppelt aufgeführt; führen Sie es nur einmal auf</translation>
        </message>
        <message>
            <source>{path}: action code {code} appears twice in workshop {workshop} (also [{other}])</source>
            <translation>{path}: Maßnahmencode {code} kommt in Workshop {workshop} zweimal vor (auch [{other}])</translation>
        </message>
        <message>
            <source>{path}: workshop {workshop} has no decision {code}</source>
            <translation>{path}: Workshop {workshop} hat keine Entscheidung {code}</translation>
        </message>
        <message numerus="yes">
            <source>{path}: round {round} has %n option(s); a round holds at most {most}</source>
            <translation>
                <numerusform>{path}: Runde {round} hat %n Option; eine Runde fasst höchstens {most}</numerusform>
                <numerusform>{path}: Runde {round} hat %n Optionen; eine Runde fasst höchstens {most}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: option {code} appears twice in round {round} (also [{other}])</source>
            <translation>{path}: Option {code} kommt in Runde {round} zweimal vor (auch [{other}])</translation>
        </message>
        <message>
            <source>{path}: round {round} votes on items, so its options name items, not objectives</source>
            <translation>{path}: Runde {round} stimmt über Vorhaben ab, daher nennen ihre Optionen Vorhaben, keine Ziele</translation>
        </message>
        <message>
            <source>{path}: round {round} votes on objectives, so its options name objectives, not items</source>
            <translation>{path}: Runde {round} stimmt über Ziele ab, daher nennen ihre Optionen Ziele, keine Vorhaben</translation>
        </message>
        <message>
            <source>{path}: the workshop has no participant {code}</source>
            <translation>{path}: der Workshop hat keinen Teilnehmer {code}</translation>
        </message>
        <message>
            <source>{path}: a ballot of {code} appears twice in round {round} (also [{other}])</source>
            <translation>{path}: ein Stimmzettel von {code} kommt in Runde {round} zweimal vor (auch [{other}])</translation>
        </message>
        <message>
            <source>{path}: its ballots can't be checked: {problem}</source>
            <translation>{path}: ihre Stimmzettel lassen sich nicht prüfen: {problem}</translation>
        </message>
        <message>
            <source>{path}: an abstaining ballot has no values</source>
            <translation>{path}: ein Stimmzettel mit Enthaltung hat keine Werte</translation>
        </message>
        <message>
            <source>{path}: the ballot is longer than {most} KiB</source>
            <translation>{path}: der Stimmzettel ist länger als {most} KiB</translation>
        </message>
    </context>
    <context>
        <name>TableFiles</name>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Unter {path} gibt es keine Datei.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a spreadsheet.</source>
            <translation>{path} ist ein Ordner, keine Tabelle.</translation>
        </message>
        <message>
            <source>{file} can't be read: {error}.</source>
            <translation>{file} kann nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that.</source>
            <translation>{file} ist eine alte Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie als .xlsx oder CSV und importieren Sie diese.</translation>
        </message>
        <message>
            <source>{file} is a PDF document, not a spreadsheet.</source>
            <translation>{file} ist ein PDF-Dokument, keine Tabelle.</translation>
        </message>
        <message>
            <source>{file} is an Excel workbook (XLSX), not CSV text; import it as xlsx.</source>
            <translation>{file} ist eine Excel-Arbeitsmappe (XLSX), kein CSV-Text; importieren Sie sie als XLSX.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (it holds plain text); import it as csv.</source>
            <translation>{file} ist keine Excel-Arbeitsmappe (die Datei enthält reinen Text); importieren Sie sie als CSV.</translation>
        </message>
        <message>
            <source>{file} holds binary data, not a text table; export it from its program as CSV or XLSX.</source>
            <translation>{file} enthält Binärdaten, keine Texttabelle; exportieren Sie sie aus ihrem Programm als CSV oder XLSX.</translation>
        </message>
        <message>
            <source>{file} can't be read as {encoding} text ({error}).</source>
            <translation>{file} kann nicht als {encoding}-Text gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>{file} is empty; there is no table to import.</source>
            <translation>{file} ist leer; es gibt keine Tabelle zu importieren.</translation>
        </message>
        <message>
            <source>{file} has no rows with values; there is no table to import.</source>
            <translation>{file} hat keine Zeilen mit Werten; es gibt keine Tabelle zu importieren.</translation>
        </message>
        <message>
            <source>{file} has no row {row} to use as the header.</source>
            <translation>{file} hat keine Zeile {row}, die als Überschrift dienen kann.</translation>
        </message>
        <message>
            <source>Read {file} as {encoding} text with columns separated by {separator}; the header is row {row}.</source>
            <translation>{file} wurde als {encoding}-Text gelesen, Spalten getrennt durch {separator}; die Überschrift ist Zeile {row}.</translation>
        </message>
        <message>
            <source>Read {file} as {encoding} text with columns separated by {separator}.</source>
            <translation>{file} wurde als {encoding}-Text gelesen, Spalten getrennt durch {separator}.</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>Kommas</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>Semikolons</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>Tabulatoren</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>senkrechte Striche</translation>
        </message>
        <message>
            <source>UTF-8 (with BOM)</source>
            <translation>UTF-8 (mit BOM)</translation>
        </message>
        <message>
            <source>UTF-16 (little-endian, no BOM)</source>
            <translation>UTF-16 (Little-Endian, ohne BOM)</translation>
        </message>
        <message>
            <source>UTF-16 (big-endian, no BOM)</source>
            <translation>UTF-16 (Big-Endian, ohne BOM)</translation>
        </message>
        <message>
            <source>Row {row} of {file} has a cell longer than {limit} characters, more than StratPlanner imports; shorten that text (or keep it in a linked document) and import again.</source>
            <translation>Zeile {row} von {file} hat eine Zelle mit mehr als {limit} Zeichen, mehr als StratPlanner importiert; kürzen Sie den Text (oder legen Sie ihn in einem verlinkten Dokument ab) und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>Row {row} of {file} can't be read as CSV ({error}); is it really a table?</source>
            <translation>Zeile {row} von {file} kann nicht als CSV gelesen werden ({error}); ist das wirklich eine Tabelle?</translation>
        </message>
        <message>
            <source>Row {row} of {file} is not valid {encoding} text ({error}).</source>
            <translation>Zeile {row} von {file} ist kein gültiger {encoding}-Text ({error}).</translation>
        </message>
        <message>
            <source>{size} GiB</source>
            <translation>{size} GiB</translation>
        </message>
        <message>
            <source>{size} MiB</source>
            <translation>{size} MiB</translation>
        </message>
        <message>
            <source>Reading {file} took longer than {minutes} minutes, the most an import may take; save the table as CSV (which reads much faster) or split it into smaller files.</source>
            <translation>Das Lesen von {file} dauerte länger als {minutes} Minuten, so lange darf ein Import höchstens dauern; speichern Sie die Tabelle als CSV (das liest sich viel schneller) oder teilen Sie sie in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}, more than the {limit} StratPlanner reads from a workbook; save the table as CSV or split it into smaller files.</source>
            <translation>{file} ist entpackt {size} groß, mehr als die {limit}, die StratPlanner aus einer Arbeitsmappe liest; speichern Sie die Tabelle als CSV oder teilen Sie sie in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>{file} is damaged: its part {part} can't be unpacked ({error}); save it again from its program.</source>
            <translation>{file} ist beschädigt: ihr Teil {part} kann nicht entpackt werden ({error}); speichern Sie sie erneut aus ihrem Programm.</translation>
        </message>
        <message>
            <source>{file} unpacks to more than it declares or than the {limit} StratPlanner reads from a workbook; it may be damaged; save the table as CSV and import that.</source>
            <translation>{file} ist entpackt größer als angegeben oder als die {limit}, die StratPlanner aus einer Arbeitsmappe liest; sie ist womöglich beschädigt; speichern Sie die Tabelle als CSV und importieren Sie diese.</translation>
        </message>
        <message>
            <source>{file} holds a cell or tag longer than {limit} characters, more than StratPlanner imports; shorten that text (or keep it in a linked document) and import again.</source>
            <translation>{file} enthält eine Zelle oder ein Tag mit mehr als {limit} Zeichen, mehr als StratPlanner importiert; kürzen Sie den Text (oder legen Sie ihn in einem verlinkten Dokument ab) und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>{file} holds more than {limit} different texts (shared strings), more than StratPlanner reads from a workbook; save the table as CSV or split it into smaller files.</source>
            <translation>{file} enthält mehr als {limit} verschiedene Texte (Shared Strings), mehr als StratPlanner aus einer Arbeitsmappe liest; speichern Sie die Tabelle als CSV oder teilen Sie sie in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>A sheet of {file} has more than {limit} rows, more than a spreadsheet holds; remove the empty rows below the table (or split it) and import again.</source>
            <translation>Ein Blatt von {file} hat mehr als {limit} Zeilen, mehr als eine Tabelle fasst; entfernen Sie die leeren Zeilen unter der Tabelle (oder teilen Sie sie auf) und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>A sheet of {file} has more than {limit} cells, more than StratPlanner reads from a workbook; delete unused columns or split the table into smaller files.</source>
            <translation>Ein Blatt von {file} hat mehr als {limit} Zellen, mehr als StratPlanner aus einer Arbeitsmappe liest; löschen Sie ungenutzte Spalten oder teilen Sie die Tabelle in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>{file} is not a readable Excel workbook ({error}).</source>
            <translation>{file} ist keine lesbare Excel-Arbeitsmappe ({error}).</translation>
        </message>
        <message>
            <source>{file} has no worksheets.</source>
            <translation>{file} hat keine Arbeitsblätter.</translation>
        </message>
        <message>
            <source>{file} has no sheet called {sheet}; its sheets are: {sheets}.</source>
            <translation>{file} hat kein Blatt namens {sheet}; die Blätter sind: {sheets}.</translation>
        </message>
        <message>
            <source>Sheet {sheet} is hidden in the workbook; it was read because you chose it.</source>
            <translation>Blatt {sheet} ist in der Arbeitsmappe ausgeblendet; es wurde gelesen, weil Sie es gewählt haben.</translation>
        </message>
        <message>
            <source>Every sheet in {file} is hidden; choose one by name (its sheets are: {sheets}).</source>
            <translation>Alle Blätter in {file} sind ausgeblendet; wählen Sie eines nach Namen (die Blätter sind: {sheets}).</translation>
        </message>
        <message>
            <source>Read sheet {sheet}; other sheets ({others}) were not read.</source>
            <translation>Blatt {sheet} wurde gelesen; andere Blätter ({others}) wurden nicht gelesen.</translation>
        </message>
        <message>
            <source>Read sheet {sheet}.</source>
            <translation>Blatt {sheet} wurde gelesen.</translation>
        </message>
        <message>
            <source>Hidden sheet {sheet} was skipped.</source>
            <translation>Das ausgeblendete Blatt {sheet} wurde übersprungen.</translation>
        </message>
        <message>
            <source>Hidden sheets {sheets} were skipped.</source>
            <translation>Die ausgeblendeten Blätter {sheets} wurden übersprungen.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of {file} is empty; there is no table to import.</source>
            <translation>Blatt {sheet} von {file} ist leer; es gibt keine Tabelle zu importieren.</translation>
        </message>
        <message>
            <source>Sheet {sheet} has no row {row} to use as the header.</source>
            <translation>Blatt {sheet} hat keine Zeile {row}, die als Überschrift dienen kann.</translation>
        </message>
        <message>
            <source>The header is row {row} of sheet {sheet}.</source>
            <translation>Die Überschrift ist Zeile {row} von Blatt {sheet}.</translation>
        </message>
        <message numerus="yes">
            <source>%n merged cell range(s) ({ranges}): each cell was read as holding the merged value.</source>
            <translation>
                <numerusform>%n verbundener Zellbereich ({ranges}): Jede Zelle wurde so gelesen, als enthielte sie den verbundenen Wert.</numerusform>
                <numerusform>%n verbundene Zellbereiche ({ranges}): Jede Zelle wurde so gelesen, als enthielte sie den verbundenen Wert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) hold formulas; the results the spreadsheet last saved were read.</source>
            <translation>
                <numerusform>%n Zelle enthält eine Formel; gelesen wurde das zuletzt gespeicherte Ergebnis.</numerusform>
                <numerusform>%n Zellen enthalten Formeln; gelesen wurden die zuletzt gespeicherten Ergebnisse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no saved result and were read as empty; open the file in a spreadsheet program and save it to store their results.</source>
            <translation>
                <numerusform>%n Formelzelle hat kein gespeichertes Ergebnis und wurde als leer gelesen; öffnen Sie die Datei in einem Tabellenprogramm und speichern Sie sie, damit die Ergebnisse gespeichert werden.</numerusform>
                <numerusform>%n Formelzellen haben kein gespeichertes Ergebnis und wurden als leer gelesen; öffnen Sie die Datei in einem Tabellenprogramm und speichern Sie sie, damit die Ergebnisse gespeichert werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cell {cell} of sheet {sheet} in {file} holds {length} characters, more than the {limit} StratPlanner imports; shorten it and import again.</source>
            <translation>Zelle {cell} von Blatt {sheet} in {file} enthält {length} Zeichen, mehr als die {limit}, die StratPlanner importiert; kürzen Sie sie und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>{file} is damaged: {error}.</source>
            <translation>{file} ist beschädigt: {error}.</translation>
        </message>
    </context>
    <context>
        <name>XmlFiles</name>
        <message>
            <source>an ArchiMate exchange file</source>
            <translation>eine ArchiMate-Austauschdatei</translation>
        </message>
        <message>
            <source>an MS Project XML (MSPDI) file</source>
            <translation>eine MS-Project-XML-Datei (MSPDI)</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Unter {path} gibt es keine Datei.</translation>
        </message>
        <message>
            <source>{path} is a folder, not {what}.</source>
            <translation>{path} ist ein Ordner; erwartet wird {what}.</translation>
        </message>
        <message>
            <source>{file} nests elements more than {depth} deep; {what} never does, so it was not read (it may be damaged or built to slow the reader down).</source>
            <translation>{file} verschachtelt Elemente tiefer als {depth} Ebenen; so etwas hat {what} nie, daher wurde die Datei nicht gelesen (sie ist womöglich beschädigt oder darauf angelegt, das Lesen zu verlangsamen).</translation>
        </message>
        <message>
            <source>{file} is not {what} (its top element is &lt;{found}&gt;, not &lt;{root}&gt;).</source>
            <translation>Erwartet wird {what}, aber das oberste Element von {file} ist &lt;{found}&gt;, nicht &lt;{root}&gt;.</translation>
        </message>
        <message>
            <source>{file} declares a DTD; {what} never needs one, so it was not read (a DTD can hide entity-expansion or external-file attacks).</source>
            <translation>{file} deklariert eine DTD; {what} braucht nie eine, daher wurde die Datei nicht gelesen (hinter einer DTD können sich Angriffe über Entity-Expansion oder externe Dateien verbergen).</translation>
        </message>
        <message>
            <source>{file} uses XML entities or external references; it was not read.</source>
            <translation>{file} verwendet XML-Entities oder externe Verweise; die Datei wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>{file} is not well-formed XML (line {line}, column {column}): {error}; it may be damaged or not {what}.</source>
            <translation>{file} ist kein wohlgeformtes XML (Zeile {line}, Spalte {column}): {error}; die Datei ist womöglich beschädigt, oder es handelt sich nicht um {what}.</translation>
        </message>
        <message>
            <source>{file} is not valid text ({error}).</source>
            <translation>{file} ist kein gültiger Text ({error}).</translation>
        </message>
        <message>
            <source>{file} can't be read: {error}.</source>
            <translation>{file} kann nicht gelesen werden: {error}.</translation>
        </message>
    </context>
</TS>
