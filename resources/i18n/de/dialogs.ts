<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>ActionForm</name>
        <message>
            <source>Add action</source>
            <translation>Maßnahme hinzufügen</translation>
        </message>
        <message>
            <source>e.g. Bring a costed CRM option to the next board</source>
            <translation>z. B. Eine bezifferte CRM-Option in die nächste Vorstandssitzung einbringen</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Maßnahme:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>Verant&amp;wortlich:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Fällig am:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Entscheidung:</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>Vor&amp;haben:</translation>
        </message>
        <message>
            <source>O&amp;bjective:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>Write down what has to be done.</source>
            <translation>Halten Sie fest, was zu tun ist.</translation>
        </message>
        <message>
            <source>The due date</source>
            <translation>Das Fälligkeitsdatum</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt the result of round {round}</source>
            <translation>Ergebnis der Runde {round} übernehmen</translation>
        </message>
        <message>
            <source>How the group's result changes the plan</source>
            <translation>Wie das Ergebnis der Gruppe den Plan ändert</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Neuer Status</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <source>not now</source>
            <translation>nicht jetzt</translation>
        </message>
        <message>
            <source>Effect on</source>
            <translation>Auswirkung auf</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>Ü&amp;bernehmen</translation>
        </message>
        <message>
            <source>Adopt &amp;as:</source>
            <translation>Übernehmen a&amp;ls:</translation>
        </message>
        <message>
            <source>What it does to the ranking and the capacity sequence:</source>
            <translation>Was es am Ranking und an der Kapazitätsplanung ändert:</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Kapazitätsplanung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>No change to the ranking or to the capacity sequence.</source>
            <translation>Keine Änderung am Ranking oder an der Kapazitätsplanung.</translation>
        </message>
    </context>
    <context>
        <name>BallotForm</name>
        <message>
            <source>Enter a paper ballot</source>
            <translation>Papierstimmzettel erfassen</translation>
        </message>
        <message>
            <source>Vote on this laptop</source>
            <translation>Auf diesem Laptop abstimmen</translation>
        </message>
        <message>
            <source>  ✓ voted</source>
            <translation>  ✓ abgestimmt</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Wer:</translation>
        </message>
        <message>
            <source>Type the ballot exactly as written on the paper.</source>
            <translation>Übertragen Sie den Stimmzettel genau so, wie er auf dem Papier steht.</translation>
        </message>
        <message>
            <source>Hand the laptop to the participant; they choose their name and vote.</source>
            <translation>Geben Sie den Laptop an die teilnehmende Person; sie wählt ihren Namen und stimmt ab.</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Etwa gleich</translation>
        </message>
        <message>
            <source>{first}  or  {second}</source>
            <translation>{first}  oder  {second}</translation>
        </message>
        <message>
            <source>&amp;Abstain</source>
            <translation>&amp;Enthaltung</translation>
        </message>
        <message>
            <source>{method} ballots can't be typed here; use the phones, or: stratplanner workshop ballot.</source>
            <translation>Stimmzettel für {method} lassen sich hier nicht erfassen; nutzen Sie die Smartphones oder: stratplanner workshop ballot.</translation>
        </message>
        <message>
            <source>Add the participant to the workshop first.</source>
            <translation>Fügen Sie die Person zuerst dem Workshop als Teilnehmer hinzu.</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <source>Filter by code or title</source>
            <translation>Nach Code oder Titel filtern</translation>
        </message>
    </context>
    <context>
        <name>CurrencyPanel</name>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>The currency of amounts written with a bare "$"</source>
            <translation>Die Währung der Beträge, die nur mit „$“ geschrieben sind</translation>
        </message>
        <message>
            <source>Amounts &amp;written with $ are in:</source>
            <translation>Beträge &amp;mit $ sind in:</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between currency codes</comment>
            <translation> und </translation>
        </message>
        <message>
            <source>{currencies} (written with a bare "$", taken as {dollar} as chosen below)</source>
            <translation>{currencies} (nur mit „$“ geschrieben, als {dollar} gelesen, wie unten gewählt)</translation>
        </message>
        <message>
            <source>The amounts in {file} are in {currencies}. This plan holds no amounts yet, but it keeps them in one currency, so the amounts must be converted to {target}. Type the rates below, or press Cancel to leave the plan as it is.</source>
            <translation>Die Beträge in {file} sind in {currencies}. Dieser Plan enthält noch keine Beträge, führt sie aber in einer Währung, daher müssen die Beträge in {target} umgerechnet werden. Geben Sie unten die Kurse ein, oder klicken Sie auf „Abbrechen“, um den Plan unverändert zu lassen.</translation>
        </message>
        <message>
            <source>The amounts in {file} are in {currencies}; this plan keeps its amounts in {target}.</source>
            <translation>Die Beträge in {file} sind in {currencies}; dieser Plan führt seine Beträge in {target}.</translation>
        </message>
        <message numerus="yes">
            <source>The amounts in {file} are in {currencies}, but this plan keeps its amounts in {target} and already has %n item(s), so the amounts must be converted to {target}. Type the rate below, or press Cancel to leave the plan as it is.</source>
            <translation>
                <numerusform>Die Beträge in {file} sind in {currencies}, dieser Plan führt seine Beträge aber in {target} und hat bereits %n Vorhaben, daher müssen die Beträge in {target} umgerechnet werden. Geben Sie unten den Kurs ein, oder klicken Sie auf „Abbrechen“, um den Plan unverändert zu lassen.</numerusform>
                <numerusform>Die Beträge in {file} sind in {currencies}, dieser Plan führt seine Beträge aber in {target} und hat bereits %n Vorhaben, daher müssen die Beträge in {target} umgerechnet werden. Geben Sie unten den Kurs ein, oder klicken Sie auf „Abbrechen“, um den Plan unverändert zu lassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The amounts in {file} are in {currencies}, but this plan keeps its amounts in {target} and already holds amounts, so the amounts must be converted to {target}. Type the rate below, or press Cancel to leave the plan as it is.</source>
            <translation>Die Beträge in {file} sind in {currencies}, dieser Plan führt seine Beträge aber in {target} und enthält bereits Beträge, daher müssen die Beträge in {target} umgerechnet werden. Geben Sie unten den Kurs ein, oder klicken Sie auf „Abbrechen“, um den Plan unverändert zu lassen.</translation>
        </message>
        <message>
            <source>The amounts in {file} are in {currency}; this plan keeps its amounts in {plan_currency}, but it has no items yet, so it can take the file's currency.</source>
            <translation>Die Beträge in {file} sind in {currency}; dieser Plan führt seine Beträge in {plan_currency}, hat aber noch keine Vorhaben und kann daher die Währung der Datei übernehmen.</translation>
        </message>
        <message>
            <source>The amounts in {file} are written with a bare "$", which does not say which dollar; they are taken as {dollar}, the currency of this plan. If they are another dollar, choose it below.</source>
            <translation>Die Beträge in {file} sind nur mit „$“ geschrieben, was keinen bestimmten Dollar angibt; sie werden als {dollar} gelesen, die Währung dieses Plans. Ist ein anderer Dollar gemeint, wählen Sie ihn unten.</translation>
        </message>
        <message>
            <source>Use {currency} for this plan: amounts stay as they are in the file and the plan's currency becomes {currency}</source>
            <translation>{currency} für diesen Plan verwenden: Die Beträge bleiben wie in der Datei, und die Währung des Plans wird {currency}</translation>
        </message>
        <message>
            <source>Keep {currency}: convert the file's amounts at this rate</source>
            <translation>{currency} beibehalten: die Beträge der Datei zu diesem Kurs umrechnen</translation>
        </message>
        <message>
            <source>the plan’s currency</source>
            <translation>die Währung des Plans</translation>
        </message>
        <message>
            <source>e.g. {rate}</source>
            <translation>z. B. {rate}</translation>
        </message>
        <message>
            <source>How many {target} one {code} is worth</source>
            <translation>Wie viel {target} ein {code} wert ist</translation>
        </message>
        <message>
            <source>“{typed}” is not a rate: type how many {target} one {code} is worth, a number above zero such as {rate}.</source>
            <translation>„{typed}“ ist kein Kurs: Geben Sie ein, wie viel {target} ein {code} wert ist, eine Zahl über null wie {rate}.</translation>
        </message>
        <message>
            <source>Import is off until you type how many {target} one {code} is worth (or Cancel to stop).</source>
            <translation>Der Import ist gesperrt, bis Sie eingeben, wie viel {target} ein {code} wert ist (oder „Abbrechen“, um aufzuhören).</translation>
        </message>
        <message>
            <source>The amounts will be converted at {rates}.</source>
            <translation>Die Beträge werden zu {rates} umgerechnet.</translation>
        </message>
        <message>
            <source>The amounts will be imported in {currency}, as the file has them.</source>
            <translation>Die Beträge werden in {currency} importiert, wie sie in der Datei stehen.</translation>
        </message>
    </context>
    <context>
        <name>DecisionForm</name>
        <message>
            <source>Edit decision</source>
            <translation>Entscheidung bearbeiten</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Entscheidung:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Begründung:</translation>
        </message>
        <message>
            <source>Options re&amp;jected:</source>
            <translation>&amp;Verworfene Optionen:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>Verant&amp;wortlich:</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>Über&amp;prüfen am:</translation>
        </message>
        <message>
            <source>&amp;Evidence round:</source>
            <translation>Belegende &amp;Runde:</translation>
        </message>
        <message>
            <source>&amp;Items:</source>
            <translation>Vor&amp;haben:</translation>
        </message>
        <message>
            <source>O&amp;bjectives:</source>
            <translation>&amp;Ziele:</translation>
        </message>
        <message>
            <source>Write down what was decided.</source>
            <translation>Halten Sie fest, was entschieden wurde.</translation>
        </message>
        <message>
            <source>The review date</source>
            <translation>Das Überprüfungsdatum</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>StratPlanner plans (*{suffix});;All files (*)</source>
            <translation>StratPlanner-Pläne (*{suffix});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open Plan</source>
            <translation>Plan öffnen</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <source>Find a Record</source>
            <translation>Datensatz suchen</translation>
        </message>
        <message>
            <source>Code, title or name…</source>
            <translation>Code, Titel oder Name…</translation>
        </message>
        <message>
            <source>Nothing matches; try fewer or shorter words.</source>
            <translation>Keine Treffer; versuchen Sie weniger oder kürzere Wörter.</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es); the first {shown} are shown. Type more to narrow.</source>
            <translation>
                <numerusform>%n Treffer; die ersten {shown} werden angezeigt. Tippen Sie weiter, um einzugrenzen.</numerusform>
                <numerusform>%n Treffer; die ersten {shown} werden angezeigt. Tippen Sie weiter, um einzugrenzen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es). Enter jumps to the selected one.</source>
            <translation>
                <numerusform>%n Treffer. Mit der Eingabetaste springen Sie zum gewählten.</numerusform>
                <numerusform>%n Treffer. Mit der Eingabetaste springen Sie zum gewählten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type to search every objective, item, person, team, KPI and milestone.</source>
            <translation>Tippen Sie, um alle Ziele, Vorhaben, Personen, Teams, KPIs und Meilensteine zu durchsuchen.</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message numerus="yes">
            <source>{name} holds %n responsibilities</source>
            <translation>
                <numerusform>{name} hat %n Zuständigkeit</numerusform>
                <numerusform>{name} hat %n Zuständigkeiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Why (optional; kept in the sponsor history)</source>
            <translation>Warum (optional; wird im Sponsorverlauf festgehalten)</translation>
        </message>
        <message>
            <source>Who takes over</source>
            <translation>Wer übernimmt</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Grund:</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import mappings (*.json);;All files (*)</source>
            <translation>Import-Zuordnungen (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
            <translation>Tabellen (*.csv *.xlsx *.txt *.tsv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Business units</source>
            <translation>Geschäftsbereiche</translation>
        </message>
        <message>
            <source>Alignment links</source>
            <translation>Ausrichtungs-Verknüpfungen</translation>
        </message>
        <message>
            <source>Team demands</source>
            <translation>Teambedarfe</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Abhängigkeiten</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <source>business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— nicht importiert —</translation>
        </message>
        <message>
            <source>Create them if the plan has none of that kind, else leave the field empty</source>
            <translation>Anlegen, wenn der Plan keine dieser Art hat, sonst das Feld leer lassen</translation>
        </message>
        <message>
            <source>Create them</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Leave the field empty</source>
            <translation>Feld leer lassen</translation>
        </message>
        <message>
            <source>Reject the row</source>
            <translation>Zeile ablehnen</translation>
        </message>
        <message>
            <source>Create this {one}</source>
            <translation>{one} anlegen</translation>
        </message>
        <message>
            <source>choose "Create this {one}" or "Leave the field empty" for that name in the list of names below</source>
            <translation>wählen Sie für diesen Namen in der Namensliste unten „{one} anlegen“ oder „Feld leer lassen“</translation>
        </message>
        <message>
            <source>to leave a field empty instead, choose "Leave the field empty" for its name in the list below</source>
            <translation>um das Feld stattdessen leer zu lassen, wählen Sie für den Namen in der Liste unten „Feld leer lassen“</translation>
        </message>
        <message>
            <source>to make one, choose "Create this {one}" for its name in the list below</source>
            <translation>zum Anlegen wählen Sie für den Namen in der Liste unten „{one} anlegen“</translation>
        </message>
        <message>
            <source>if they are another dollar, choose it under Currency, in "Amounts written with $ are in"</source>
            <translation>ist ein anderer Dollar gemeint, wählen Sie ihn unter „Währung“ bei „Beträge mit $ sind in“</translation>
        </message>
        <message>
            <source>type how many {target} one {code} is worth under Currency</source>
            <translation>geben Sie unter „Währung“ ein, wie viel {target} ein {code} wert ist</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n Spalte</numerusform>
                <numerusform>%n Spalten</numerusform>
            </translation>
        </message>
        <message>
            <source>sheet “{sheet}”</source>
            <translation>Blatt „{sheet}“</translation>
        </message>
        <message>
            <source>{facts}. Choose what each column imports into; the preview shows the first rows.</source>
            <translation>{facts}. Wählen Sie, wohin jede Spalte importiert wird; die Vorschau zeigt die ersten Zeilen.</translation>
        </message>
        <message>
            <source>Rows are</source>
            <translation>Zeilen sind</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Erste Werte</translation>
        </message>
        <message>
            <source>Imports into</source>
            <translation>Importiert nach</translation>
        </message>
        <message>
            <source>If some rows are rejected, import the other rows anyway</source>
            <translation>Wenn Zeilen abgelehnt werden, die übrigen Zeilen trotzdem importieren</translation>
        </message>
        <message>
            <source>Named in the file</source>
            <translation>In der Datei genannt</translation>
        </message>
        <message>
            <source>Is a</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was tun</translation>
        </message>
        <message>
            <source>Business units, people and teams named anywhere in the file that the plan has under no such name (a guess is shown when one is close):</source>
            <translation>Geschäftsbereiche, Personen und Teams, die irgendwo in der Datei genannt werden, im Plan aber unter keinem solchen Namen vorkommen (ein Vorschlag erscheint, wenn einer ähnlich ist):</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Save Mapping…</source>
            <translation>Zuordnung speichern…</translation>
        </message>
        <message>
            <source>Keep these column choices to reuse with the next file like this one</source>
            <translation>Diese Spaltenzuordnung für die nächste Datei dieser Art aufbewahren</translation>
        </message>
        <message>
            <source>Use a Saved Mapping…</source>
            <translation>Gespeicherte Zuordnung verwenden…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Other names that match nothing in the plan:</source>
            <translation>Andere Namen ohne Entsprechung im Plan:</translation>
        </message>
        <message>
            <source>Save Mapping</source>
            <translation>Zuordnung speichern</translation>
        </message>
        <message>
            <source>Can't Save the Mapping</source>
            <translation>Zuordnung kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Use a Saved Mapping</source>
            <translation>Gespeicherte Zuordnung verwenden</translation>
        </message>
        <message>
            <source>Can't Use the Mapping</source>
            <translation>Zuordnung kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>Match to {record}</source>
            <translation>Zuordnen zu {record}</translation>
        </message>
        <message>
            <source>Reading the names in every row of the file…</source>
            <translation>Die Namen in allen Zeilen der Datei werden gelesen…</translation>
        </message>
        <message>
            <source>The preview</source>
            <translation>Die Vorschau</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>rejected: {reason}</source>
            <translation>abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>imports</source>
            <translation>wird importiert</translation>
        </message>
        <message>
            <source>{rows}: {rejected}, {emptied}. The whole file is checked when you press Import.</source>
            <translation>{rows}: {rejected}, {emptied}. Die ganze Datei wird geprüft, wenn Sie auf „Importieren“ klicken.</translation>
        </message>
        <message numerus="yes">
            <source>First %n row(s)</source>
            <translation>
                <numerusform>Erste Zeile</numerusform>
                <numerusform>Erste %n Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n abgelehnt</numerusform>
                <numerusform>%n abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) left empty</source>
            <translation>
                <numerusform>%n Zelle leer gelassen</numerusform>
                <numerusform>%n Zellen leer gelassen</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be imported yet: the amounts in {file} are in {currencies} and this plan's are in {target}. Give the rate under Currency, or Cancel.</source>
            <translation>Noch kann nichts importiert werden: Die Beträge in {file} sind in {currencies}, die dieses Plans in {target}. Geben Sie den Kurs unter „Währung“ ein, oder brechen Sie ab.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between currency codes</comment>
            <translation> und </translation>
        </message>
        <message>
            <source>The import</source>
            <translation>Der Import</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>{file} wird geprüft…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Es wurde nichts importiert: {reason}</translation>
        </message>
        <message>
            <source>The import was cancelled; the plan is unchanged.</source>
            <translation>Der Import wurde abgebrochen; der Plan ist unverändert.</translation>
        </message>
        <message>
            <source>Import a Spreadsheet</source>
            <translation>Tabelle importieren</translation>
        </message>
        <message>
            <source>Can't Import the Spreadsheet</source>
            <translation>Tabelle kann nicht importiert werden</translation>
        </message>
        <message>
            <source>{summary} Undo takes the whole import back.</source>
            <translation>{summary} „Rückgängig“ nimmt den ganzen Import zurück.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialogCreate</name>
        <message>
            <source>business unit</source>
            <translation>Diesen Geschäftsbereich</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Diese Person</translation>
        </message>
        <message>
            <source>team</source>
            <translation>Dieses Team</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>{holds}. Choose who takes each over. What you decide later stays with them and is flagged "needs a sponsor" until you choose its successor.</source>
            <translation>{holds}. Wählen Sie, wer was übernimmt. Was Sie später entscheiden, bleibt bei der Person und ist als „Braucht einen Sponsor“ markiert, bis Sie eine Nachfolge wählen.</translation>
        </message>
        <message>
            <source>{name} holds no responsibilities.</source>
            <translation>{name} hat keine Zuständigkeiten.</translation>
        </message>
        <message>
            <source>Mark {name} as left</source>
            <translation>{name} als ausgeschieden markieren</translation>
        </message>
        <message>
            <source>Mark as left</source>
            <translation>Als ausgeschieden markieren</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Take theirs</source>
            <translation>Deren übernehmen</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>This plan</source>
            <translation>Dieser Plan</translation>
        </message>
        <message>
            <source>Other plan</source>
            <translation>Anderer Plan</translation>
        </message>
        <message>
            <source>(not in this plan)</source>
            <translation>(nicht in diesem Plan)</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>neuer Datensatz</translation>
        </message>
        <message>
            <source>Merge {file}</source>
            <translation>{file} zusammenführen</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; record(s) only in {file} (ticked: they are added), </source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Datensatz nur in {file} (angehakt: wird hinzugefügt), </numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; Datensätze nur in {file} (angehakt: werden hinzugefügt), </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; in both with different values (ticked: take theirs), </source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; in beiden mit anderen Werten (angehakt: deren übernehmen), </numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; in beiden mit anderen Werten (angehakt: deren übernehmen), </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n only in this plan (left alone).</source>
            <translation>
                <numerusform>%n nur in diesem Plan (bleibt unberührt).</numerusform>
                <numerusform>%n nur in diesem Plan (bleiben unberührt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Added in the other plan</source>
            <translation>Im anderen Plan hinzugefügt</translation>
        </message>
        <message>
            <source>Changed in both</source>
            <translation>In beiden geändert</translation>
        </message>
        <message>
            <source>Plan settings</source>
            <translation>Planeinstellungen</translation>
        </message>
        <message>
            <source>Title, horizon and other settings</source>
            <translation>Titel, Zeithorizont und weitere Einstellungen</translation>
        </message>
        <message>
            <source>Take All Theirs</source>
            <translation>Alle von dort übernehmen</translation>
        </message>
        <message>
            <source>Keep All Ours</source>
            <translation>Alle eigenen behalten</translation>
        </message>
        <message>
            <source>&amp;Apply Merge</source>
            <translation>Zusammen&amp;führen</translation>
        </message>
        <message>
            <source>The plans hold the same records: there is nothing to merge.</source>
            <translation>Die Pläne enthalten dieselben Datensätze: Es gibt nichts zusammenzuführen.</translation>
        </message>
        <message>
            <source>Not merged: {reason}</source>
            <translation>Nicht zusammengeführt: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>it does not belong to {unit}, so {first} keeps it unless you name a successor.</source>
            <translation>sie gehört nicht zu {unit}, daher behält {first} sie, sofern Sie keine Nachfolge benennen.</translation>
        </message>
        <message>
            <source>none of them belongs to {unit}, so {first} keeps them unless you name a successor.</source>
            <translation>keine davon gehört zu {unit}, daher behält {first} sie, sofern Sie keine Nachfolge benennen.</translation>
        </message>
        <message>
            <source>all {count} belong to {unit}: choose who takes them over there (a colleague in {unit} is proposed where there is one). What {first} keeps moves with them.</source>
            <translation>alle {count} gehören zu {unit}: Wählen Sie, wer sie dort übernimmt (wo es eine Kollegin oder einen Kollegen in {unit} gibt, wird sie oder er vorgeschlagen). Was {first} behält, wechselt mit.</translation>
        </message>
        <message numerus="yes">
            <source>%n belong(s) to {unit}: choose who takes them over there (a colleague in {unit} is proposed where there is one). What {first} keeps moves with them.</source>
            <translation>
                <numerusform>%n gehört zu {unit}: Wählen Sie, wer sie dort übernimmt (wo es eine Kollegin oder einen Kollegen in {unit} gibt, wird sie oder er vorgeschlagen). Was {first} behält, wechselt mit.</numerusform>
                <numerusform>%n gehören zu {unit}: Wählen Sie, wer sie dort übernimmt (wo es eine Kollegin oder einen Kollegen in {unit} gibt, wird sie oder er vorgeschlagen). Was {first} behält, wechselt mit.</numerusform>
            </translation>
        </message>
        <message>
            <source>— no business unit —</source>
            <translation>— kein Geschäftsbereich —</translation>
        </message>
        <message>
            <source>Choose the unit…</source>
            <translation>Bereich wählen…</translation>
        </message>
        <message>
            <source>New role (optional)</source>
            <translation>Neue Rolle (optional)</translation>
        </message>
        <message>
            <source>Business unit:</source>
            <translation>Geschäftsbereich:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <source>{name} holds no responsibilities.</source>
            <translation>{name} hat keine Zuständigkeiten.</translation>
        </message>
        <message>
            <source>{holds}; with no unit to leave behind, {first} keeps it unless you name a successor.</source>
            <translation>{holds}; da kein Bereich zurückbleibt, behält {first} sie, sofern Sie keine Nachfolge benennen.</translation>
        </message>
        <message>
            <source>{holds}; with no unit to leave behind, {first} keeps them unless you name a successor.</source>
            <translation>{holds}; da kein Bereich zurückbleibt, behält {first} sie, sofern Sie keine Nachfolge benennen.</translation>
        </message>
        <message>
            <source>{holds}; {staying}</source>
            <translation>{holds}; {staying}</translation>
        </message>
        <message>
            <source>Move {name} to another unit</source>
            <translation>{name} in einen anderen Bereich versetzen</translation>
        </message>
        <message>
            <source>Move {name} from {unit}. {handover}</source>
            <translation>{name} aus {unit} versetzen. {handover}</translation>
        </message>
        <message>
            <source>Move {name} from no business unit. {handover}</source>
            <translation>{name} versetzen (bisher ohne Geschäftsbereich). {handover}</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Versetzen</translation>
        </message>
        <message>
            <source>— {first} keeps it —</source>
            <translation>— {first} behält sie —</translation>
        </message>
        <message>
            <source>Moves to</source>
            <translation>Wechselt nach</translation>
        </message>
        <message>
            <source>Move {name} to no business unit</source>
            <translation>{name} keinem Geschäftsbereich mehr zuordnen</translation>
        </message>
        <message>
            <source>Move {name} to {unit}</source>
            <translation>{name} nach {unit} versetzen</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Add participant</source>
            <translation>Teilnehmer hinzufügen</translation>
        </message>
        <message>
            <source>From the &amp;people register</source>
            <translation>Aus dem &amp;Personenverzeichnis</translation>
        </message>
        <message>
            <source>A &amp;new name</source>
            <translation>Ein &amp;neuer Name</translation>
        </message>
        <message>
            <source>Pe&amp;rson:</source>
            <translation>Pe&amp;rson:</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>N&amp;ame:</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>&amp;Seite:</translation>
        </message>
        <message>
            <source>&amp;Business unit:</source>
            <translation>&amp;Geschäftsbereich:</translation>
        </message>
        <message>
            <source>Type the participant's name.</source>
            <translation>Geben Sie den Namen des Teilnehmers ein.</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message>
            <source>PDF documents (*.pdf);;All files (*)</source>
            <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Can't Export the PDF</source>
            <translation>PDF kann nicht exportiert werden</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>PDF exportieren</translation>
        </message>
        <message>
            <source>The PDF export</source>
            <translation>Der PDF-Export</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Exported the PDF to {path}.</source>
            <translation>PDF nach {path} exportiert.</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>PDF öffnen</translation>
        </message>
        <message>
            <source>PDF Exported</source>
            <translation>PDF exportiert</translation>
        </message>
        <message>
            <source>The PDF was written to {path}.</source>
            <translation>Das PDF wurde nach {path} geschrieben.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Can't Open the PDF</source>
            <translation>PDF kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>No program to show PDFs was found; the file is at {path}.</source>
            <translation>Es wurde kein Programm zum Anzeigen von PDFs gefunden; die Datei liegt unter {path}.</translation>
        </message>
        <message>
            <source>PDF export cancelled; no file was written.</source>
            <translation>PDF-Export abgebrochen; es wurde keine Datei geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>PdfOptionsDialog</name>
        <message>
            <source>Board pack</source>
            <translation>Vorstandsunterlage</translation>
        </message>
        <message>
            <source>Working team (everything)</source>
            <translation>Arbeitsteam (alles)</translation>
        </message>
        <message>
            <source>Strategy on a page</source>
            <translation>Strategie auf einer Seite</translation>
        </message>
        <message>
            <source>Workshop outcome</source>
            <translation>Workshop-Ergebnis</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Cover page</source>
            <translation>Deckblatt</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Management-Zusammenfassung</translation>
        </message>
        <message>
            <source>What is at risk</source>
            <translation>Was gefährdet ist</translation>
        </message>
        <message>
            <source>Objectives and the work that serves them</source>
            <translation>Ziele und die Arbeit, die ihnen dient</translation>
        </message>
        <message>
            <source>Roadmap timeline</source>
            <translation>Roadmap-Zeitleiste</translation>
        </message>
        <message>
            <source>Alignment heatmap</source>
            <translation>Ausrichtungs-Heatmap</translation>
        </message>
        <message>
            <source>Investment mix</source>
            <translation>Investitionsmix</translation>
        </message>
        <message>
            <source>Ranked portfolio</source>
            <translation>Priorisiertes Portfolio</translation>
        </message>
        <message>
            <source>Capacity outlook</source>
            <translation>Kapazitätsausblick</translation>
        </message>
        <message>
            <source>Business partnership</source>
            <translation>Partnerschaft mit dem Geschäft</translation>
        </message>
        <message>
            <source>Changes since the baseline</source>
            <translation>Änderungen seit dem Basisplan</translation>
        </message>
        <message>
            <source>Appendix: item cards</source>
            <translation>Anhang: Vorhabenskarten</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>PDF exportieren</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>Audience (nothing ticked: the whole plan)</source>
            <translation>Zielgruppe (nichts angehakt: der ganze Plan)</translation>
        </message>
        <message>
            <source>Business units</source>
            <translation>Geschäftsbereiche</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Quarters from</source>
            <translation>Quartale von</translation>
        </message>
        <message>
            <source>to</source>
            <comment>quarters from … to …</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>{baseline} (latest)</source>
            <translation>{baseline} (neuester)</translation>
        </message>
        <message>
            <source>No baselines yet (save one in the Baselines view)</source>
            <translation>Noch keine Basispläne (speichern Sie einen in der Ansicht „Basispläne“)</translation>
        </message>
        <message>
            <source>No workshops yet (prepare one in the Workshop view)</source>
            <translation>Noch keine Workshops (bereiten Sie einen in der Ansicht „Workshop“ vor)</translation>
        </message>
        <message>
            <source>e.g. Confidential — board only</source>
            <translation>z. B. Vertraulich – nur für den Vorstand</translation>
        </message>
        <message>
            <source>&amp;Preset</source>
            <translation>&amp;Vorlage</translation>
        </message>
        <message>
            <source>Compare &amp;with baseline</source>
            <translation>Vergleichen mit &amp;Basisplan</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <source>P&amp;aper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>&amp;Label on every page</source>
            <translation>&amp;Kennzeichnung auf jeder Seite</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>any</source>
            <comment>any quarter</comment>
            <translation>beliebig</translation>
        </message>
    </context>
    <context>
        <name>PlanSettingsDialog</name>
        <message>
            <source>Plan Settings</source>
            <translation>Planeinstellungen</translation>
        </message>
    </context>
    <context>
        <name>PlanTransfer</name>
        <message>
            <source>Excel Workbook</source>
            <translation>Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Roadmap Items as CSV</source>
            <translation>Roadmap-Vorhaben als CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>MS Project XML</source>
            <translation>MS Project XML</translation>
        </message>
        <message>
            <source>MS Project XML (*.xml)</source>
            <translation>MS Project XML (*.xml)</translation>
        </message>
        <message>
            <source>ArchiMate Exchange File</source>
            <translation>ArchiMate-Austauschdatei</translation>
        </message>
        <message>
            <source>ArchiMate exchange files (*.xml)</source>
            <translation>ArchiMate-Austauschdateien (*.xml)</translation>
        </message>
        <message>
            <source>Plan JSON</source>
            <translation>Plan-JSON</translation>
        </message>
        <message>
            <source>Plan JSON (*.json)</source>
            <translation>Plan-JSON (*.json)</translation>
        </message>
        <message>
            <source>Plans (*{suffix} *.json);;All files (*)</source>
            <translation>Pläne (*{suffix} *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation>{format} exportieren</translation>
        </message>
        <message>
            <source>The {format} export</source>
            <translation>Der Export als {format}</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben…</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Nach {path} exportiert.</translation>
        </message>
        <message>
            <source>Can't Export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <source>Merge Another Plan</source>
            <translation>Anderen Plan zusammenführen</translation>
        </message>
        <message>
            <source>Import {format}</source>
            <translation>{format} importieren</translation>
        </message>
        <message>
            <source>{format} (*.xml);;All files (*)</source>
            <translation>{format} (*.xml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Can't Merge</source>
            <translation>Zusammenführen nicht möglich</translation>
        </message>
        <message>
            <source>Merged {file}; Undo takes the whole merge back.</source>
            <translation>{file} zusammengeführt; „Rückgängig“ nimmt die ganze Zusammenführung zurück.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>StratPlanner — Workshop (projector)</source>
            <translation>StratPlanner – Workshop (Projektor)</translation>
        </message>
        <message>
            <source>The workshop starts in a moment.</source>
            <translation>Der Workshop beginnt gleich.</translation>
        </message>
        <message>
            <source>Scan to vote, or go to</source>
            <translation>Zum Abstimmen scannen oder öffnen Sie</translation>
        </message>
        <message>
            <source>and enter the PIN</source>
            <translation>und geben Sie die PIN ein</translation>
        </message>
        <message>
            <source>Voting opens in a moment.</source>
            <translation>Die Abstimmung beginnt gleich.</translation>
        </message>
        <message>
            <source>Voting is open: {voted}.</source>
            <translation>Die Abstimmung läuft: {voted}.</translation>
        </message>
        <message>
            <source>Voting is closed. Results in a moment.</source>
            <translation>Die Abstimmung ist geschlossen. Ergebnisse folgen gleich.</translation>
        </message>
    </context>
    <context>
        <name>RoomPanel</name>
        <message>
            <source>this laptop only</source>
            <translation>nur dieser Laptop</translation>
        </message>
        <message>
            <source>Test from my phone first: scan the code. If the page does not load, the Wi-Fi keeps devices apart (guest networks do): connect the laptop and the phones to one network you control, or use a fallback below.</source>
            <translation>Zuerst mit dem eigenen Smartphone testen: Code scannen. Lädt die Seite nicht, trennt das WLAN die Geräte voneinander (Gastnetze tun das): Verbinden Sie Laptop und Smartphones mit einem Netz, das Sie kontrollieren, oder nutzen Sie eine Ausweichmöglichkeit unten.</translation>
        </message>
        <message>
            <source>The voting page is plain HTTP on the room's network: anyone on this network can see the traffic, so vote on plans, not on secrets.</source>
            <translation>Die Abstimmungsseite läuft über unverschlüsseltes HTTP im Netz des Raums: Jeder in diesem Netz kann den Verkehr mitlesen – stimmen Sie also über Pläne ab, nicht über Geheimnisse.</translation>
        </message>
        <message>
            <source>The room</source>
            <translation>Der Raum</translation>
        </message>
        <message>
            <source>The network the phones are on; 127.0.0.1 is this laptop only</source>
            <translation>Das Netz, in dem die Smartphones sind; 127.0.0.1 ist nur dieser Laptop</translation>
        </message>
        <message>
            <source>&amp;Start serving</source>
            <translation>Seite frei&amp;geben</translation>
        </message>
        <message>
            <source>Serve the voting page to phones on the chosen network</source>
            <translation>Die Abstimmungsseite für Smartphones im gewählten Netz bereitstellen</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>Sto&amp;ppen</translation>
        </message>
        <message>
            <source>Stop serving; phones can no longer reach the vote</source>
            <translation>Bereitstellung beenden; Smartphones erreichen die Abstimmung nicht mehr</translation>
        </message>
        <message>
            <source>Not serving. Open a round, then start serving.</source>
            <translation>Nicht freigegeben. Öffnen Sie eine Runde und geben Sie dann die Seite frei.</translation>
        </message>
        <message>
            <source>&amp;Rotate link</source>
            <translation>Link &amp;erneuern</translation>
        </message>
        <message>
            <source>A new link and PIN (the old ones stop working; phones already in keep working)</source>
            <translation>Neuer Link und neue PIN (die alten gelten nicht mehr; bereits verbundene Smartphones bleiben drin)</translation>
        </message>
        <message>
            <source>Waiting to join</source>
            <translation>Wartet auf Einlass</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>&amp;Admit</source>
            <translation>&amp;Zulassen</translation>
        </message>
        <message>
            <source>Re&amp;fuse</source>
            <translation>Abwe&amp;isen</translation>
        </message>
        <message>
            <source>Admit people on the &amp;list
automatically</source>
            <translation>Personen von der Liste
a&amp;utomatisch zulassen</translation>
        </message>
        <message>
            <source>Someone who picks their own name from the list comes straight in</source>
            <translation>Wer den eigenen Namen aus der Liste wählt, kommt direkt hinein</translation>
        </message>
        <message>
            <source>&amp;Vote on this laptop…</source>
            <translation>&amp;Hier am Laptop abstimmen…</translation>
        </message>
        <message>
            <source>Pass the laptop round: each participant enters their ballot</source>
            <translation>Den Laptop herumgeben: Jeder Teilnehmer gibt seinen Stimmzettel ein</translation>
        </message>
        <message>
            <source>Enter a &amp;paper ballot…</source>
            <translation>&amp;Papierstimmzettel erfassen…</translation>
        </message>
        <message>
            <source>Type a ballot written on paper</source>
            <translation>Einen auf Papier ausgefüllten Stimmzettel erfassen</translation>
        </message>
        <message>
            <source>Open a round first: the voting page serves only an open round.</source>
            <translation>Öffnen Sie zuerst eine Runde: Die Abstimmungsseite zeigt nur eine offene Runde.</translation>
        </message>
        <message>
            <source>The voting page could not be served on {address}: {error}. Choose another address, or use a fallback.</source>
            <translation>Die Abstimmungsseite konnte unter {address} nicht bereitgestellt werden: {error}. Wählen Sie eine andere Adresse oder nutzen Sie eine Ausweichmöglichkeit.</translation>
        </message>
        <message>
            <source>New link and PIN: the old ones no longer work.</source>
            <translation>Neuer Link und neue PIN: Die alten gelten nicht mehr.</translation>
        </message>
        <message numerus="yes">
            <source>✓ %n device(s) have reached this laptop over the room's network: phones can vote here.</source>
            <translation>
                <numerusform>✓ %n Gerät hat diesen Laptop über das Netz des Raums erreicht: Smartphones können hier abstimmen.</numerusform>
                <numerusform>✓ %n Geräte haben diesen Laptop über das Netz des Raums erreicht: Smartphones können hier abstimmen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No phone has opened the page yet.</source>
            <translation>Noch hat kein Smartphone die Seite geöffnet.</translation>
        </message>
        <message>
            <source>{name} is in the vote.</source>
            <translation>{name} nimmt an der Abstimmung teil.</translation>
        </message>
        <message>
            <source>on the list</source>
            <translation>auf der Liste</translation>
        </message>
        <message>
            <source>new name</source>
            <translation>neuer Name</translation>
        </message>
        <message>
            <source>Letting them in</source>
            <translation>Das Zulassen</translation>
        </message>
        <message>
            <source>Refusing them</source>
            <translation>Das Abweisen</translation>
        </message>
        <message>
            <source>Open a round first; the page serves only while a round is open</source>
            <translation>Öffnen Sie zuerst eine Runde; die Seite ist nur bei offener Runde erreichbar</translation>
        </message>
        <message>
            <source>Serving round {round}. Phones join at:</source>
            <translation>Runde {round} ist freigegeben. Smartphones nehmen teil unter:</translation>
        </message>
        <message>
            <source>PIN {pin}</source>
            <translation>PIN {pin}</translation>
        </message>
        <message>
            <source>Not serving. Start serving while a round is open; phones then scan the code.</source>
            <translation>Nicht freigegeben. Geben Sie die Seite frei, solange eine Runde offen ist; die Smartphones scannen dann den Code.</translation>
        </message>
        <message>
            <source>Round open: start serving so phones can vote.</source>
            <translation>Runde offen: Geben Sie die Seite frei, damit Smartphones abstimmen können.</translation>
        </message>
    </context>
    <context>
        <name>RoundForm</name>
        <message>
            <source>Add round</source>
            <translation>Runde hinzufügen</translation>
        </message>
        <message>
            <source>e.g. Which of these should we fund first?</source>
            <translation>z. B. Was davon sollten wir zuerst finanzieren?</translation>
        </message>
        <message>
            <source>Roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>keine Grenze</translation>
        </message>
        <message>
            <source>each participant's budget, e.g. 500000</source>
            <translation>Budget je Teilnehmer, z. B. 500000</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>no timer</source>
            <translation>kein Timer</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Frage:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>&amp;Vote on:</source>
            <translation>Abstimmen ü&amp;ber:</translation>
        </message>
        <message>
            <source>&amp;Options:</source>
            <translation>&amp;Optionen:</translation>
        </message>
        <message>
            <source>&amp;Dots each:</source>
            <translation>&amp;Klebepunkte je Person:</translation>
        </message>
        <message>
            <source>Dots on one &amp;option at most:</source>
            <translation>&amp;Höchstens je Option:</translation>
        </message>
        <message>
            <source>&amp;Points each:</source>
            <translation>&amp;Punkte je Person:</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>B&amp;udget:</translation>
        </message>
        <message>
            <source>Budget &amp;scenario:</source>
            <translation>Budget&amp;szenario:</translation>
        </message>
        <message>
            <source>&amp;Anonymity:</source>
            <translation>&amp;Anonymität:</translation>
        </message>
        <message>
            <source>&amp;Timer:</source>
            <translation>&amp;Timer:</translation>
        </message>
        <message>
            <source>A round needs a code, such as R1.</source>
            <translation>Eine Runde braucht einen Code, etwa R1.</translation>
        </message>
        <message>
            <source>The budget must be a number, such as 500000.</source>
            <translation>Das Budget muss eine Zahl sein, etwa 500000.</translation>
        </message>
    </context>
    <context>
        <name>RoundPanel</name>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Plan score</source>
            <translation>Bewertung</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) each</source>
            <translation>
                <numerusform>%n Klebepunkt je Person</numerusform>
                <numerusform>%n Klebepunkte je Person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dots}, at most %n on one option</source>
            <translation>
                <numerusform>{dots}, höchstens %n je Option</numerusform>
                <numerusform>{dots}, höchstens %n je Option</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) each to share out</source>
            <translation>
                <numerusform>%n Punkt je Person zum Verteilen</numerusform>
                <numerusform>%n Punkte je Person zum Verteilen</numerusform>
            </translation>
        </message>
        <message>
            <source>{money} each to spend</source>
            <translation>{money} je Person zum Ausgeben</translation>
        </message>
        <message>
            <source>the scenario's budget shared out</source>
            <translation>das Budget des Szenarios verteilt</translation>
        </message>
        <message>
            <source>{minutes} min timer</source>
            <translation>Timer {minutes} Min.</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Die Zeit ist um</translation>
        </message>
        <message>
            <source>{clock} left</source>
            <translation>noch {clock}</translation>
        </message>
        <message>
            <source>Round {round}</source>
            <translation>Runde {round}</translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n have voted</source>
            <translation>
                <numerusform>{voted} von %n hat abgestimmt</numerusform>
                <numerusform>{voted} von %n haben abgestimmt</numerusform>
            </translation>
        </message>
        <message>
            <source>How the room voted</source>
            <translation>Wie der Raum abgestimmt hat</translation>
        </message>
        <message>
            <source>&amp;Open voting</source>
            <translation>Abstimmung &amp;öffnen</translation>
        </message>
        <message>
            <source>Let everyone vote on this round (phones, laptop or paper)</source>
            <translation>Alle über diese Runde abstimmen lassen (Smartphone, Laptop oder Papier)</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>Sch&amp;ließen</translation>
        </message>
        <message>
            <source>Stop taking ballots for this round</source>
            <translation>Keine Stimmzettel mehr für diese Runde annehmen</translation>
        </message>
        <message>
            <source>&amp;Reveal results</source>
            <translation>Ergebnisse auf&amp;decken</translation>
        </message>
        <message>
            <source>Show the results here, on the projector and on the phones</source>
            <translation>Die Ergebnisse hier, auf dem Projektor und auf den Smartphones zeigen</translation>
        </message>
        <message>
            <source>Ado&amp;pt…</source>
            <translation>Ü&amp;bernehmen…</translation>
        </message>
        <message>
            <source>Put the result into the plan (one step you can undo)</source>
            <translation>Das Ergebnis in den Plan übernehmen (ein Schritt, den Sie rückgängig machen können)</translation>
        </message>
        <message>
            <source>Add a round to the agenda to start voting.</source>
            <translation>Fügen Sie der Agenda eine Runde hinzu, um mit der Abstimmung zu beginnen.</translation>
        </message>
        <message>
            <source>Re&amp;open voting</source>
            <translation>Abstimmung wieder ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>Adopted as {how}</source>
            <translation>Übernommen als {how}</translation>
        </message>
    </context>
    <context>
        <name>ServerEvents</name>
        <message>
            <source>{what} failed: {error}</source>
            <translation>{what} ist fehlgeschlagen: {error}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Was er bewirkt</translation>
        </message>
        <message>
            <source>In tables: Enter or F2 edits a cell, Esc cancels, Delete removes the selected records (asks first).</source>
            <translation>In Tabellen: Eingabetaste oder F2 bearbeitet eine Zelle, Esc bricht ab, Entf entfernt die ausgewählten Datensätze (mit Rückfrage).</translation>
        </message>
    </context>
    <context>
        <name>SuccessorForm</name>
        <message>
            <source>Sponsor of item {code} "{title}"</source>
            <translation>Sponsor des Vorhabens {code} „{title}“</translation>
        </message>
        <message>
            <source>Champion of item {code} "{title}"</source>
            <translation>Fürsprecher des Vorhabens {code} „{title}“</translation>
        </message>
        <message>
            <source>IT owner of item {code} "{title}"</source>
            <translation>IT-Verantwortlicher des Vorhabens {code} „{title}“</translation>
        </message>
        <message>
            <source>Owner of objective {code} "{title}"</source>
            <translation>Verantwortlicher des Ziels {code} „{title}“</translation>
        </message>
        <message>
            <source>Owner of KPI {code} "{title}"</source>
            <translation>Verantwortlicher des KPI {code} „{title}“</translation>
        </message>
        <message>
            <source>Relationship owner of {title} ({code})</source>
            <translation>Beziehungsverantwortlicher für {title} ({code})</translation>
        </message>
        <message>
            <source>— decide later (stays flagged) —</source>
            <translation>— später entscheiden (bleibt markiert) —</translation>
        </message>
        <message>
            <source>Apply to every row</source>
            <translation>Auf alle Zeilen anwenden</translation>
        </message>
        <message>
            <source>Everything to:</source>
            <translation>Alles an:</translation>
        </message>
        <message>
            <source>— nobody (leave it empty) —</source>
            <translation>— niemand (leer lassen) —</translation>
        </message>
        <message>
            <source>Nobody named yet</source>
            <translation>Noch niemand benannt</translation>
        </message>
        <message>
            <source>Held by someone no longer in the plan</source>
            <translation>Bei jemandem, der nicht mehr im Plan ist</translation>
        </message>
        <message>
            <source>Held by {name}</source>
            <translation>Bei {name}</translation>
        </message>
        <message>
            <source>Held by {name} (left)</source>
            <translation>Bei {name} (ausgeschieden)</translation>
        </message>
    </context>
    <context>
        <name>SuccessorsDialog</name>
        <message>
            <source>{holds}. Choose who takes each over; what you decide later stays with them.</source>
            <translation>{holds}. Wählen Sie, wer was übernimmt; was Sie später entscheiden, bleibt bei der Person.</translation>
        </message>
        <message>
            <source>{holds} though they have left. Choose who takes each over; what you decide later stays with them.</source>
            <translation>{holds}, obwohl die Person ausgeschieden ist. Wählen Sie, wer was übernimmt; was Sie später entscheiden, bleibt bei ihr.</translation>
        </message>
        <message numerus="yes">
            <source>%n role(s) need(s) someone. Choose who takes each over; what you decide later stays flagged.</source>
            <translation>
                <numerusform>%n Rolle braucht jemanden. Wählen Sie, wer was übernimmt; was Sie später entscheiden, bleibt markiert.</numerusform>
                <numerusform>%n Rollen brauchen jemanden. Wählen Sie, wer was übernimmt; was Sie später entscheiden, bleibt markiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose successors</source>
            <translation>Nachfolge wählen</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Übergeben</translation>
        </message>
        <message numerus="yes">
            <source>Choose successors (%n change(s))</source>
            <translation>
                <numerusform>Nachfolge wählen (%n Änderung)</numerusform>
                <numerusform>Nachfolge wählen (%n Änderungen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>StratPlanner User Guide</source>
            <translation>StratPlanner-Benutzerhandbuch</translation>
        </message>
    </context>
    <context>
        <name>WorkshopForm</name>
        <message>
            <source>New workshop</source>
            <translation>Neuer Workshop</translation>
        </message>
        <message>
            <source>e.g. Q1-OFFSITE</source>
            <translation>z. B. Q1-KLAUSUR</translation>
        </message>
        <message>
            <source>e.g. Spring planning offsite</source>
            <translation>z. B. Planungsklausur im Frühjahr</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>A workshop needs a short code, such as Q1-OFFSITE.</source>
            <translation>Ein Workshop braucht einen kurzen Code, etwa Q1-KLAUSUR.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopForms</name>
        <message>
            <source>{what} must be a date like 2027-03-15, or left empty.</source>
            <translation>{what} muss ein Datum wie 2027-03-15 sein oder leer bleiben.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (optional)</source>
            <translation>JJJJ-MM-TT (optional)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(noch niemand)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopLog</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Überprüfung</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>&amp;Add decision…</source>
            <translation>Entscheidung &amp;erfassen…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Add a&amp;ction…</source>
            <translation>&amp;Maßnahme erfassen…</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>E&amp;rledigt</translation>
        </message>
        <message>
            <source>Mark the selected action as done (undoable)</source>
            <translation>Die gewählte Maßnahme als erledigt markieren (rückgängig machbar)</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Decisions ({count})</source>
            <translation>Entscheidungen ({count})</translation>
        </message>
        <message>
            <source>Actions ({count})</source>
            <translation>Maßnahmen ({count})</translation>
        </message>
    </context>
    <context>
        <name>WorkshopView</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Voted</source>
            <translation>Abgestimmt</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>übernommen</translation>
        </message>
        <message>
            <source>revealed</source>
            <translation>aufgedeckt</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>&amp;Projector</source>
            <translation>&amp;Projektor</translation>
        </message>
        <message>
            <source>Show the question, the QR code and the results in a window for the room's projector</source>
            <translation>Die Frage, den QR-Code und die Ergebnisse in einem Fenster für den Projektor im Raum zeigen</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>Show the projector window full screen, or as a window again</source>
            <translation>Das Projektorfenster als Vollbild zeigen oder wieder als Fenster</translation>
        </message>
        <message>
            <source>Leave Full Screen</source>
            <translation>Vollbild beenden</translation>
        </message>
        <message>
            <source>Show the projector window as a window again</source>
            <translation>Das Projektorfenster wieder als Fenster zeigen</translation>
        </message>
        <message>
            <source>The workshop you are running</source>
            <translation>Der Workshop, den Sie leiten</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Neuer Workshop…</translation>
        </message>
        <message>
            <source>Export &amp;ballots…</source>
            <translation>&amp;Stimmzettel exportieren…</translation>
        </message>
        <message>
            <source>Write this workshop's ballots to a spreadsheet (XLSX or CSV); anonymity is kept</source>
            <translation>Die Stimmzettel dieses Workshops in eine Tabelle schreiben (XLSX oder CSV); die Anonymität bleibt gewahrt</translation>
        </message>
        <message>
            <source>Pro&amp;jector</source>
            <translation>Pro&amp;jektor</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Add &amp;round…</source>
            <translation>&amp;Runde hinzufügen…</translation>
        </message>
        <message>
            <source>Add p&amp;articipant…</source>
            <translation>Hin&amp;zufügen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected participant and their ballots</source>
            <translation>Den gewählten Teilnehmer und seine Stimmzettel entfernen</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <source>Run a planning workshop on the real portfolio</source>
            <translation>Einen Planungsworkshop am echten Portfolio durchführen</translation>
        </message>
        <message>
            <source>Start here: create a workshop, add the people in the room and a round of votes on roadmap items. Business and IT vote from their phones; the results land in the plan as one step you can undo.</source>
            <translation>Hier beginnen: Legen Sie einen Workshop an, fügen Sie die Anwesenden und eine Abstimmungsrunde über Roadmap-Vorhaben hinzu. Fachbereiche und IT stimmen per Smartphone ab; die Ergebnisse landen im Plan als ein Schritt, den Sie rückgängig machen können.</translation>
        </message>
        <message>
            <source>&amp;Create a workshop…</source>
            <translation>Workshop &amp;anlegen…</translation>
        </message>
        <message>
            <source>&amp;Workshop:</source>
            <translation>&amp;Workshop:</translation>
        </message>
        <message>
            <source>(no question)</source>
            <translation>(keine Frage)</translation>
        </message>
        <message>
            <source>, due {date}</source>
            <translation>, fällig am {date}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Open actions from earlier workshops — come back to them at this workshop's start ({count}):</source>
            <translation>Offene Maßnahmen aus früheren Workshops – greifen Sie sie zu Beginn dieses Workshops auf ({count}):</translation>
        </message>
        <message numerus="yes">
            <source>%n in the room</source>
            <translation>
                <numerusform>%n im Raum</numerusform>
                <numerusform>%n im Raum</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} (anonymous round: who voted is not shown)</source>
            <translation>{count} (anonyme Runde: Wer abgestimmt hat, wird nicht gezeigt)</translation>
        </message>
        <message>
            <source>Export Ballots</source>
            <translation>Stimmzettel exportieren</translation>
        </message>
        <message>
            <source>The ballots could not be written to {file}: {error}.</source>
            <translation>Die Stimmzettel konnten nicht nach {file} geschrieben werden: {error}.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot(s) to {file}.</source>
            <translation>
                <numerusform>%n Stimmzettel nach {file} geschrieben.</numerusform>
                <numerusform>%n Stimmzettel nach {file} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the participant to remove first.</source>
            <translation>Wählen Sie zuerst den Teilnehmer aus, der entfernt werden soll.</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Teilnehmer entfernen</translation>
        </message>
        <message>
            <source>Remove {name} from this workshop? Their ballots go too (Undo brings them back).</source>
            <translation>{name} aus diesem Workshop entfernen? Die Stimmzettel werden mit entfernt („Rückgängig“ holt sie zurück).</translation>
        </message>
        <message>
            <source>Round {round} is open: start serving so phones can vote.</source>
            <translation>Runde {round} ist offen: Geben Sie die Seite frei, damit Smartphones abstimmen können.</translation>
        </message>
        <message>
            <source>Round {round} is closed.</source>
            <translation>Runde {round} ist geschlossen.</translation>
        </message>
        <message>
            <source>Open the round first; ballots are taken only while it is open.</source>
            <translation>Öffnen Sie zuerst die Runde; Stimmzettel werden nur angenommen, solange sie offen ist.</translation>
        </message>
        <message>
            <source>This round's result can't be adopted in the plan.</source>
            <translation>Das Ergebnis dieser Runde kann nicht in den Plan übernommen werden.</translation>
        </message>
        <message>
            <source>Adopted round {round}: {summary} Undo takes it back in one step.</source>
            <translation>Runde {round} übernommen: {summary} „Rückgängig“ nimmt es in einem Schritt zurück.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopWords</name>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <source>100 points</source>
            <translation>100 Punkte</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Pairwise comparison</source>
            <translation>Paarvergleich</translation>
        </message>
        <message>
            <source>Scoring on the plan's criteria</source>
            <translation>Bewertung nach den Kriterien des Plans</translation>
        </message>
        <message>
            <source>Buy a feature</source>
            <translation>Buy a Feature</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonym</translation>
        </message>
        <message>
            <source>results by side, voters not named</source>
            <translation>Ergebnisse je Seite, ohne Namen</translation>
        </message>
        <message>
            <source>named</source>
            <translation>namentlich</translation>
        </message>
        <message>
            <source>not open yet</source>
            <translation>noch nicht geöffnet</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>must</source>
            <translation>muss</translation>
        </message>
        <message>
            <source>should</source>
            <translation>soll</translation>
        </message>
        <message>
            <source>could</source>
            <translation>kann</translation>
        </message>
        <message>
            <source>won't</source>
            <translation>diesmal nicht</translation>
        </message>
        <message>
            <source>status changes (approved, not now)</source>
            <translation>Statusänderungen (genehmigt, nicht jetzt)</translation>
        </message>
        <message>
            <source>proposed scores on the plan's criteria</source>
            <translation>vorgeschlagene Bewertungen nach den Kriterien des Plans</translation>
        </message>
        <message>
            <source>the ranking (the group's order pinned)</source>
            <translation>das Ranking (die Reihenfolge der Gruppe fixiert)</translation>
        </message>
        <message>
            <source>a budget scenario</source>
            <translation>ein Budgetszenario</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Fachbereich</translation>
        </message>
        <message>
            <source>IT</source>
            <translation>IT</translation>
        </message>
    </context>
</TS>
