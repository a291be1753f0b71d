<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>ActivityView</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was geändert wurde</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>The activity can't be read right now (the plan server can't be reached); it shows again when the connection is back.</source>
            <translation>Die Aktivität kann gerade nicht gelesen werden (der Planserver ist nicht erreichbar); sie erscheint wieder, sobald die Verbindung steht.</translation>
        </message>
        <message numerus="yes">
            <source>The latest %n change(s) to this plan, newest first.</source>
            <translation>
                <numerusform>Die letzte Änderung an diesem Plan.</numerusform>
                <numerusform>Die letzten %n Änderungen an diesem Plan, neueste zuerst.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes have been recorded in this plan yet.</source>
            <translation>In diesem Plan wurden noch keine Änderungen aufgezeichnet.</translation>
        </message>
        <message>
            <source>{user} (you)</source>
            <translation>{user} (Sie)</translation>
        </message>
    </context>
    <context>
        <name>AdoptionView</name>
        <message>
            <source>All KPIs</source>
            <translation>Alle KPIs</translation>
        </message>
        <message>
            <source>Business outcomes</source>
            <translation>Geschäftsergebnisse</translation>
        </message>
        <message>
            <source>IT service metrics</source>
            <translation>IT-Servicekennzahlen</translation>
        </message>
        <message>
            <source>Adoption KPIs</source>
            <translation>Nutzungs-KPIs</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Misst</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Item {code} – {title}</source>
            <translation>Vorhaben {code} – {title}</translation>
        </message>
        <message>
            <source>Objective {code} – {title}</source>
            <translation>Ziel {code} – {title}</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>kein Zielwert</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>im Ziel</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>unter Zielwert</translation>
        </message>
        <message>
            <source>Which KPIs to list</source>
            <translation>Welche KPIs aufgelistet werden</translation>
        </message>
        <message>
            <source>Delivered, not yet successful</source>
            <translation>Geliefert, noch nicht erfolgreich</translation>
        </message>
        <message>
            <source>Items marked done whose adoption is below target or not measured. Click one to see it; double-click (or Enter) to open it on the roadmap.</source>
            <translation>Als abgeschlossen markierte Vorhaben, deren Nutzung unter dem Zielwert liegt oder nicht gemessen ist. Klicken Sie auf eines, um es zu sehen; Doppelklick (oder Eingabe) öffnet es in der Roadmap.</translation>
        </message>
        <message>
            <source>KPI series chart</source>
            <translation>KPI-Verlaufsdiagramm</translation>
        </message>
        <message>
            <source>Double-click (or F2) a date, value or note to change it</source>
            <translation>Doppelklicken Sie (oder F2) auf ein Datum, einen Wert oder eine Notiz, um es zu ändern</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>When it was measured</source>
            <translation>Wann gemessen wurde</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>value in {unit}</source>
            <translation>Wert in {unit}</translation>
        </message>
        <message>
            <source>note (optional)</source>
            <translation>Notiz (optional)</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Add actual</source>
            <translation>Istwert hinzufügen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected actuals (Undo brings them back)</source>
            <translation>Die ausgewählten Istwerte löschen (Rückgängig holt sie zurück)</translation>
        </message>
        <message>
            <source>Several…</source>
            <translation>Mehrere …</translation>
        </message>
        <message>
            <source>Type or paste several actuals at once, one a line</source>
            <translation>Mehrere Istwerte auf einmal eingeben oder einfügen, einen pro Zeile</translation>
        </message>
        <message>
            <source>One actual a line, oldest first: date and value, optionally a note
2027-09-30	34
2027-12-31	36	after the loyalty relaunch</source>
            <translation>Ein Istwert pro Zeile, älteste zuerst: Datum und Wert, optional eine Notiz
2027-09-30	34
2027-12-31	36	nach dem Relaunch des Kundenprogramms</translation>
        </message>
        <message>
            <source>Record all</source>
            <translation>Alle erfassen</translation>
        </message>
        <message>
            <source>Double-click a date, value or note to change it.</source>
            <translation>Doppelklicken Sie auf ein Datum, einen Wert oder eine Notiz, um es zu ändern.</translation>
        </message>
        <message>
            <source>Dated actuals</source>
            <translation>Datierte Istwerte</translation>
        </message>
        <message>
            <source>This plan has no KPIs yet. Add KPIs in KPIs &amp; milestones, each measuring an objective or an item (revenue, adoption rate, customer satisfaction, uptime, RTO…); then record their dated actuals here to follow the trend against target.</source>
            <translation>Dieser Plan hat noch keine KPIs. Legen Sie unter KPIs &amp; Meilensteine KPIs an, die jeweils ein Ziel oder ein Vorhaben messen (Umsatz, Nutzungsrate, Kundenzufriedenheit, Verfügbarkeit, RTO …); erfassen Sie dann hier ihre datierten Istwerte, um den Verlauf gegen den Zielwert zu verfolgen.</translation>
        </message>
        <message>
            <source>Go to KPIs &amp;&amp; milestones</source>
            <translation>Zu KPIs &amp;&amp; Meilensteine</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <source>{kpis}: {outcomes}; {on} on target; {measured} with dated actuals. {lagging}</source>
            <translation>{kpis}: {outcomes}; {on} im Ziel; {measured} mit datierten Istwerten. {lagging}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n KPI(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n KPI&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n KPIs&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>{outcomes} business outcomes, {services} IT service metrics</source>
            <translation>{outcomes} Geschäftsergebnisse, {services} IT-Servicekennzahlen</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; done item(s) below their adoption target.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; abgeschlossenes Vorhaben unter seinem Nutzungsziel.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; abgeschlossene Vorhaben unter ihrem Nutzungsziel.</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} (on {date})</source>
            <translation>{status} (am {date})</translation>
        </message>
        <message>
            <source> · adoption KPI</source>
            <translation> · Nutzungs-KPI</translation>
        </message>
        <message>
            <source>Measures: {what}</source>
            <translation>Misst: {what}</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>noch nichts</translation>
        </message>
        <message>
            <source>Now: {status}</source>
            <translation>Jetzt: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n dated actual(s)</source>
            <translation>
                <numerusform>%n datierter Istwert</numerusform>
                <numerusform>%n datierte Istwerte</numerusform>
            </translation>
        </message>
        <message>
            <source>Owner: {name}</source>
            <translation>Verantwortlich: {name}</translation>
        </message>
        <message>
            <source>Its item is done but adoption is below target (see the call-outs).</source>
            <translation>Sein Vorhaben ist abgeschlossen, aber die Nutzung liegt unter dem Zielwert (siehe Hinweise oben).</translation>
        </message>
        <message>
            <source>Dated actuals of {code}</source>
            <translation>Datierte Istwerte von {code}</translation>
        </message>
        <message>
            <source>{value} ({unit})</source>
            <translation>{value} ({unit})</translation>
        </message>
        <message>
            <source>{problem} Nothing was recorded.</source>
            <translation>{problem} Es wurde nichts erfasst.</translation>
        </message>
        <message>
            <source>Recorded {value} for {code} on {date}.</source>
            <translation>{value} für {code} am {date} erfasst.</translation>
        </message>
        <message>
            <source>It is earlier than the latest actual ({date}), so it takes its place in date order; the latest stays as it was.</source>
            <translation>Er liegt vor dem jüngsten Istwert ({date}) und wird daher nach Datum einsortiert; der jüngste bleibt, wie er war.</translation>
        </message>
        <message>
            <source>{problem} Nothing was recorded; fix the lines and record again.</source>
            <translation>{problem} Es wurde nichts erfasst; korrigieren Sie die Zeilen und erfassen Sie erneut.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded %n actual(s) of {code}.</source>
            <translation>
                <numerusform>%n Istwert von {code} erfasst.</numerusform>
                <numerusform>%n Istwerte von {code} erfasst.</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the actual of {code} dated {date}</source>
            <translation>Istwert von {code} vom {date} ändern</translation>
        </message>
        <message>
            <source>{code} already has an actual dated {date} ({value}); change or delete that one first.</source>
            <translation>{code} hat bereits einen Istwert vom {date} ({value}); ändern oder löschen Sie zuerst diesen.</translation>
        </message>
        <message>
            <source>{problem} The actual of {date} is unchanged.</source>
            <translation>{problem} Der Istwert vom {date} ist unverändert.</translation>
        </message>
        <message>
            <source>{problem} The actual is unchanged.</source>
            <translation>{problem} Der Istwert ist unverändert.</translation>
        </message>
        <message>
            <source>Changed the actual of {code} dated {date}.</source>
            <translation>Istwert von {code} vom {date} geändert.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n actual(s) of {code}</source>
            <translation>
                <numerusform>%n Istwert von {code} löschen</numerusform>
                <numerusform>%n Istwerte von {code} löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem} Nothing was deleted.</source>
            <translation>{problem} Es wurde nichts gelöscht.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n actual(s) of {code} dated {dates}; Undo brings them back.</source>
            <translation>
                <numerusform>Istwert von {code} vom {dates} gelöscht; Rückgängig holt ihn zurück.</numerusform>
                <numerusform>Istwerte von {code} vom {dates} gelöscht; Rückgängig holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivered, not yet successful ({count})</source>
            <translation>Geliefert, noch nicht erfolgreich ({count})</translation>
        </message>
        <message>
            <source>No call-outs: every done item with an adoption KPI meets its target.</source>
            <translation>Keine Hinweise: Jedes abgeschlossene Vorhaben mit Nutzungs-KPI erreicht seinen Zielwert.</translation>
        </message>
        <message>
            <source>Click to see the item; double-click to open it on the roadmap</source>
            <translation>Klicken, um das Vorhaben zu sehen; Doppelklick öffnet es in der Roadmap</translation>
        </message>
        <message>
            <source>Choose a KPI on the left to see its actuals over time.</source>
            <translation>Wählen Sie links einen KPI, um seine Istwerte im Zeitverlauf zu sehen.</translation>
        </message>
        <message>
            <source>{kpi} has no dated actuals yet: record the first below (its date and value) to start the series.</source>
            <translation>{kpi} hat noch keine datierten Istwerte: Erfassen Sie unten den ersten (Datum und Wert), um die Reihe zu beginnen.</translation>
        </message>
    </context>
    <context>
        <name>AlignmentView</name>
        <message>
            <source>Filter items by code, title or description</source>
            <translation>Vorhaben nach Code, Titel oder Beschreibung filtern</translation>
        </message>
        <message>
            <source>Only linked items</source>
            <translation>Nur verknüpfte Vorhaben</translation>
        </message>
        <message>
            <source>Hide items that support no objective yet</source>
            <translation>Vorhaben ausblenden, die noch kein Ziel unterstützen</translation>
        </message>
        <message>
            <source>Transpose</source>
            <translation>Transponieren</translation>
        </message>
        <message>
            <source>Swap rows and columns: items as rows, objectives as columns</source>
            <translation>Zeilen und Spalten tauschen: Vorhaben als Zeilen, Ziele als Spalten</translation>
        </message>
        <message>
            <source>Type 1 weak · 2 moderate · 3 strong · 0 or Delete to unlink; double-click to pick</source>
            <translation>1 schwach · 2 mittel · 3 stark · 0 oder Entf hebt die Verknüpfung auf; Doppelklick zum Auswählen</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n item(s)</source>
            <translation>
                <numerusform>{shown} von %n Vorhaben</numerusform>
                <numerusform>{shown} von %n Vorhaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Vorhaben</numerusform>
                <numerusform>%n Vorhaben</numerusform>
            </translation>
        </message>
        <message>
            <source>{objectives} × {items} · {links}</source>
            <translation>{objectives} × {items} · {links}</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n Verknüpfung</numerusform>
                <numerusform>%n Verknüpfungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BaselinesView</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Taken (UTC)</source>
            <translation>Erstellt (UTC)</translation>
        </message>
        <message>
            <source>Plan format</source>
            <translation>Planformat</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Baseline name, e.g. “2027-Q1 review”</source>
            <translation>Name, z. B. „Review 2027-Q1“</translation>
        </message>
        <message>
            <source>A unique name for the plan as it is now</source>
            <translation>Ein eindeutiger Name für den Plan in seinem jetzigen Stand</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notiz (optional)</translation>
        </message>
        <message>
            <source>Why this moment is worth keeping</source>
            <translation>Warum dieser Stand festgehalten werden soll</translation>
        </message>
        <message>
            <source>&amp;Save baseline</source>
            <translation>Basisplan &amp;speichern</translation>
        </message>
        <message>
            <source>Keep the whole plan as it is now (one step you can undo)</source>
            <translation>Den ganzen Plan in seinem jetzigen Stand festhalten (ein Schritt, den Sie rückgängig machen können)</translation>
        </message>
        <message>
            <source>&amp;Remove baseline</source>
            <translation>Basisplan &amp;entfernen</translation>
        </message>
        <message>
            <source>Remove the selected baseline (undoable)</source>
            <translation>Den ausgewählten Basisplan entfernen (rückgängig machbar)</translation>
        </message>
        <message>
            <source>&amp;Compare with the plan now</source>
            <translation>Mit dem aktuellen Plan &amp;vergleichen</translation>
        </message>
        <message>
            <source>What changed since the selected baseline: items added, removed, moved, re-costed, re-ranked, and objectives whose support changed</source>
            <translation>Was sich seit dem ausgewählten Basisplan geändert hat: Vorhaben hinzugefügt, entfernt, verschoben, neu kalkuliert, neu gereiht, und Ziele, deren Unterstützung sich geändert hat</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Item or objective</source>
            <translation>Vorhaben oder Ziel</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Damals</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Select a baseline and press Compare to see what changed since it (the same as: stratplanner diff PLAN --against NAME).</source>
            <translation>Wählen Sie einen Basisplan und klicken Sie auf Vergleichen, um zu sehen, was sich seitdem geändert hat (wie: stratplanner diff PLAN --against NAME).</translation>
        </message>
        <message>
            <source>No baselines yet — name the plan as it is now above and press Save baseline, e.g. before a quarterly review, to compare with it later.</source>
            <translation>Noch keine Basispläne – benennen Sie den Plan in seinem jetzigen Stand oben und klicken Sie auf Basisplan speichern, z. B. vor einem Quartalsreview, um später damit zu vergleichen.</translation>
        </message>
        <message>
            <source>A baseline needs a name, such as "2027-Q1 review".</source>
            <translation>Ein Basisplan braucht einen Namen, etwa „Review 2027-Q1“.</translation>
        </message>
        <message>
            <source>Saved baseline "{name}". Undo removes it again.</source>
            <translation>Basisplan „{name}“ gespeichert. Rückgängig entfernt ihn wieder.</translation>
        </message>
        <message>
            <source>Select the baseline to compare with first.</source>
            <translation>Wählen Sie zuerst den Basisplan aus, mit dem verglichen werden soll.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>was in the plan</source>
            <translation>war im Plan</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Verschoben</translation>
        </message>
        <message>
            <source>Re-costed</source>
            <translation>Neu kalkuliert</translation>
        </message>
        <message>
            <source>Re-ranked</source>
            <translation>Neu gereiht</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status geändert</translation>
        </message>
        <message>
            <source>{support} (unsupported)</source>
            <translation>{support} (ohne Unterstützung)</translation>
        </message>
        <message>
            <source>Objective support</source>
            <translation>Unterstützung der Ziele</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
        <message>
            <source>Nothing changed since "{name}".</source>
            <translation>Seit „{name}“ hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>Changes since the baseline "{name}", compared with the plan now.</source>
            <translation>Änderungen seit dem Basisplan „{name}“, verglichen mit dem aktuellen Plan.</translation>
        </message>
    </context>
    <context>
        <name>ChartExplorerView</name>
        <message>
            <source>&amp;Lanes by:</source>
            <translation>&amp;Bahnen nach:</translation>
        </message>
        <message>
            <source>&amp;Columns by:</source>
            <translation>&amp;Spalten nach:</translation>
        </message>
        <message>
            <source>&amp;Split by:</source>
            <translation>&amp;Aufteilen nach:</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>&amp;Layout:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>E&amp;bene:</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Panels</source>
            <translation>Felder</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Raster</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Which chart to show</source>
            <translation>Welches Diagramm gezeigt wird</translation>
        </message>
        <message>
            <source>Only items of this business unit</source>
            <translation>Nur Vorhaben dieses Geschäftsbereichs</translation>
        </message>
        <message>
            <source>All business units</source>
            <translation>Alle Geschäftsbereiche</translation>
        </message>
        <message>
            <source>Only items of this category</source>
            <translation>Nur Vorhaben dieser Kategorie</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Only items with this status</source>
            <translation>Nur Vorhaben mit diesem Status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Only items running in or after this quarter</source>
            <translation>Nur Vorhaben, die in oder nach diesem Quartal laufen</translation>
        </message>
        <message>
            <source>From any</source>
            <translation>Von beliebig</translation>
        </message>
        <message>
            <source>Only items running in or before this quarter</source>
            <translation>Nur Vorhaben, die in oder vor diesem Quartal laufen</translation>
        </message>
        <message>
            <source>To any</source>
            <translation>Bis beliebig</translation>
        </message>
        <message>
            <source>Clear &amp;filters</source>
            <translation>&amp;Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Show every item again</source>
            <translation>Wieder alle Vorhaben zeigen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image or an SVG drawing</source>
            <translation>Dieses Diagramm als PNG-Bild oder SVG-Zeichnung speichern</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation>&amp;Diagramm:</translation>
        </message>
        <message>
            <source>Point at the chart for details; click selects, double-click opens. Keyboard: focus the chart, then Right/Left step through its records, Enter opens.</source>
            <translation>Zeigen Sie auf das Diagramm für Details; Klick wählt aus, Doppelklick öffnet. Tastatur: Diagramm fokussieren, dann mit Rechts/Links durch die Datensätze gehen, Eingabe öffnet.</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <source>How the chart “{chart}” is arranged</source>
            <translation>Wie das Diagramm „{chart}“ gegliedert ist</translation>
        </message>
        <message>
            <source>No roadmap items yet — add items in Roadmap items (and objectives and teams for the other charts), and they are charted here.</source>
            <translation>Noch keine Roadmap-Vorhaben – legen Sie unter Roadmap-Vorhaben Vorhaben an (und für die anderen Diagramme Ziele und Teams), dann erscheinen sie hier im Diagramm.</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>The chart could not be exported: {error}. Choose another folder.</source>
            <translation>Das Diagramm konnte nicht exportiert werden: {error}. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>Exported {chart} to {path}.</source>
            <translation>{chart} nach {path} exportiert.</translation>
        </message>
    </context>
    <context>
        <name>FigureCard</name>
        <message>
            <source>{caption}: {value} — {detail}. Click to see them.</source>
            <translation>{caption}: {value} — {detail}. Klicken, um sie zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>Objective {code}</source>
            <translation>Ziel {code}</translation>
        </message>
        <message>
            <source>Item {code}</source>
            <translation>Vorhaben {code}</translation>
        </message>
        <message>
            <source>Team {code}</source>
            <translation>Team {code}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
    </context>
    <context>
        <name>FindingsView</name>
        <message>
            <source>Show findings of one kind only</source>
            <translation>Nur Befunde einer Art zeigen</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Select a finding to see its record; double-click or Enter opens it</source>
            <translation>Wählen Sie einen Befund, um seinen Datensatz zu sehen; Doppelklick oder Eingabe öffnet ihn</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n Befund</numerusform>
                <numerusform>%n Befunde</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} von {total}</translation>
        </message>
        <message>
            <source>No findings: every objective is supported, every item serves an objective and has a sponsor, and no team is overbooked.</source>
            <translation>Keine Befunde: Jedes Ziel ist unterstützt, jedes Vorhaben dient einem Ziel und hat einen Sponsor, und kein Team ist überbucht.</translation>
        </message>
        <message>
            <source>No findings of this kind. Choose “All kinds” to see the others.</source>
            <translation>Keine Befunde dieser Art. Wählen Sie „Alle Arten“, um die anderen zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>KpisView</name>
        <message>
            <source>Filter KPIs by code, name or what they measure</source>
            <translation>KPIs nach Code, Name oder Messgröße filtern</translation>
        </message>
        <message>
            <source>Filter milestones by item or title</source>
            <translation>Meilensteine nach Vorhaben oder Titel filtern</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
    </context>
    <context>
        <name>LinkList</name>
        <message>
            <source>Link</source>
            <translation>Verknüpfen</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Lösen</translation>
        </message>
        <message>
            <source>Remove the selected link (you can undo this)</source>
            <translation>Die ausgewählte Verknüpfung entfernen (rückgängig machbar)</translation>
        </message>
    </context>
    <context>
        <name>MaturityView</name>
        <message>
            <source>Average level</source>
            <translation>Durchschnittliche Stufe</translation>
        </message>
        <message>
            <source>Each dimension</source>
            <translation>Je Dimension</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>What shows this level</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>Record assessment…</source>
            <translation>Bewertung erfassen …</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Assessed on:</source>
            <translation>Bewertet am:</translation>
        </message>
        <message>
            <source>Gaps and suggested practices</source>
            <translation>Lücken und empfohlene Praktiken</translation>
        </message>
        <message>
            <source>The unit's average level over the six dimensions, or one small chart per dimension (it scrolls when the window is narrow)</source>
            <translation>Die durchschnittliche Stufe des Bereichs über die sechs Dimensionen oder ein kleines Diagramm je Dimension (bei schmalem Fenster zum Scrollen)</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <source>Radar</source>
            <translation>Radar</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Im Zeitverlauf</translation>
        </message>
        <message>
            <source>Business unit:</source>
            <translation>Geschäftsbereich:</translation>
        </message>
        <message>
            <source>Add a business unit to assess the partnership with it.</source>
            <translation>Legen Sie einen Geschäftsbereich an, um die Partnerschaft mit ihm zu bewerten.</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s); latest on {date}. The grid starts from the latest; record it to add a new assessment.</source>
            <translation>
                <numerusform>%n Bewertung; die jüngste vom {date}. Das Raster beginnt mit der jüngsten; erfassen Sie es, um eine neue Bewertung hinzuzufügen.</numerusform>
                <numerusform>%n Bewertungen; die jüngste vom {date}. Das Raster beginnt mit der jüngsten; erfassen Sie es, um eine neue Bewertung hinzuzufügen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not assessed yet: rate the six dimensions and record.</source>
            <translation>Noch nicht bewertet: Bewerten Sie die sechs Dimensionen und erfassen Sie die Bewertung.</translation>
        </message>
        <message>
            <source>The assessment was not recorded (see the message).</source>
            <translation>Die Bewertung wurde nicht erfasst (siehe Meldung).</translation>
        </message>
        <message>
            <source>Assessment of {date} recorded.</source>
            <translation>Bewertung vom {date} erfasst.</translation>
        </message>
        <message>
            <source>"{practice}" was not added (see the message).</source>
            <translation>„{practice}“ wurde nicht hinzugefügt (siehe Meldung).</translation>
        </message>
        <message>
            <source>"{practice}" added to the roadmap as a proposed item.</source>
            <translation>„{practice}“ als vorgeschlagenes Vorhaben zur Roadmap hinzugefügt.</translation>
        </message>
        <message>
            <source>No gaps: every target set is reached.</source>
            <translation>Keine Lücken: Jede gesetzte Zielstufe ist erreicht.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{dimension}&lt;/b&gt;: level {level} → target {target}</source>
            <translation>&lt;b&gt;{dimension}&lt;/b&gt;: Stufe {level} → Ziel {target}</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>Turn into roadmap item</source>
            <translation>Als Vorhaben anlegen</translation>
        </message>
        <message>
            <source>Maturity radar</source>
            <translation>Reifegrad-Radar</translation>
        </message>
        <message>
            <source>Maturity over time</source>
            <translation>Reifegrad im Zeitverlauf</translation>
        </message>
    </context>
    <context>
        <name>ObjectiveDropPane</name>
        <message>
            <source>Drag roadmap items onto an objective to link them.</source>
            <translation>Ziehen Sie Roadmap-Vorhaben auf ein Ziel, um sie zu verknüpfen.</translation>
        </message>
        <message>
            <source>Link to objectives</source>
            <translation>Mit Zielen verknüpfen</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesView</name>
        <message>
            <source>Filter objectives by code, title or description</source>
            <translation>Nach Code, Titel oder Beschreibung filtern</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add an objective under the selected theme</source>
            <translation>Ein Ziel unter dem ausgewählten Thema hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Duplicate the selected objectives</source>
            <translation>Die ausgewählten Ziele duplizieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected objectives</source>
            <translation>Die ausgewählten Ziele löschen</translation>
        </message>
        <message>
            <source>Drop roadmap items on an objective to link them. Themes are in bold.</source>
            <translation>Ziehen Sie Roadmap-Vorhaben auf ein Ziel, um sie zu verknüpfen. Themen sind fett gedruckt.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} von {total}</translation>
        </message>
        <message>
            <source>{objectives} in {themes}</source>
            <translation>{objectives} in {themes}</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n Thema</numerusform>
                <numerusform>%n Themen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n objective(s)</source>
            <translation>
                <numerusform>%n Ziel duplizieren</numerusform>
                <numerusform>%n Ziele duplizieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n objective(s)</source>
            <translation>
                <numerusform>Ziel löschen</numerusform>
                <numerusform>%n Ziele löschen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Items not cancelled</source>
            <translation>Nicht abgebrochene Vorhaben</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message numerus="yes">
            <source>under %n theme(s)</source>
            <translation>
                <numerusform>unter %n Thema</numerusform>
                <numerusform>unter %n Themen</numerusform>
            </translation>
        </message>
        <message>
            <source>Roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>{count} not cancelled</source>
            <translation>{count} nicht abgebrochen</translation>
        </message>
        <message>
            <source>Total capex</source>
            <translation>Capex gesamt</translation>
        </message>
        <message>
            <source>one-off, not counting cancelled</source>
            <translation>einmalig, ohne abgebrochene</translation>
        </message>
        <message>
            <source>Total opex</source>
            <translation>Opex gesamt</translation>
        </message>
        <message>
            <source>running cost, item totals, not counting cancelled</source>
            <translation>Summe laufender Kosten, ohne abgebrochene</translation>
        </message>
        <message>
            <source>Annual value</source>
            <translation>Jährlicher Nutzen</translation>
        </message>
        <message>
            <source>a year once delivered</source>
            <translation>pro Jahr nach Lieferung</translation>
        </message>
        <message>
            <source>Unsupported objectives</source>
            <translation>Ziele ohne Unterstützung</translation>
        </message>
        <message>
            <source>no item serves them moderately or strongly</source>
            <translation>kein Vorhaben dient ihnen mittel oder stark</translation>
        </message>
        <message>
            <source>Orphan items</source>
            <translation>Verwaiste Vorhaben</translation>
        </message>
        <message>
            <source>serve no objective</source>
            <translation>dienen keinem Ziel</translation>
        </message>
        <message>
            <source>Sponsors who have left</source>
            <translation>Ausgeschiedene Sponsoren</translation>
        </message>
        <message numerus="yes">
            <source>sponsoring %n item(s)</source>
            <translation>
                <numerusform>zuständig für %n Vorhaben</numerusform>
                <numerusform>zuständig für %n Vorhaben</numerusform>
            </translation>
        </message>
        <message>
            <source>Items whose sponsor has left</source>
            <translation>Vorhaben, deren Sponsor ausgeschieden ist</translation>
        </message>
        <message>
            <source>items</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>{amount} cost</source>
            <translation>{amount} Kosten</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>Der Plan</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Items by status</source>
            <translation>Vorhaben nach Status</translation>
        </message>
        <message>
            <source>Items by category (not cancelled)</source>
            <translation>Vorhaben nach Kategorie (ohne abgebrochene)</translation>
        </message>
        <message>
            <source>Plan settings…</source>
            <translation>Planeinstellungen …</translation>
        </message>
        <message>
            <source>Edit the plan's title, organisation, currency and horizon</source>
            <translation>Titel, Organisation, Währung und Horizont des Plans bearbeiten</translation>
        </message>
        <message numerus="yes">
            <source>{start} to {end} (%n quarter(s)) · amounts in {currency}</source>
            <translation>
                <numerusform>{start} bis {end} (%n Quartal) · Beträge in {currency}</numerusform>
                <numerusform>{start} bis {end} (%n Quartale) · Beträge in {currency}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Filter people by name, role, code or business unit</source>
            <translation>Personen nach Name, Rolle, Code oder Geschäftsbereich filtern</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Filter teams by name or code</source>
            <translation>Teams nach Name oder Code filtern</translation>
        </message>
        <message>
            <source>Team demands</source>
            <translation>Teambedarfe</translation>
        </message>
        <message>
            <source>Filter demands by item or team</source>
            <translation>Bedarfe nach Vorhaben oder Team filtern</translation>
        </message>
        <message>
            <source>Business units</source>
            <translation>Geschäftsbereiche</translation>
        </message>
        <message>
            <source>Filter business units</source>
            <translation>Geschäftsbereiche filtern</translation>
        </message>
    </context>
    <context>
        <name>PortfolioView</name>
        <message>
            <source>Weighted score</source>
            <translation>Gewichtete Bewertung</translation>
        </message>
        <message>
            <source>WSJF (cost of delay ÷ job size)</source>
            <translation>WSJF (Verzögerungskosten ÷ Aufwand)</translation>
        </message>
        <message>
            <source>Rank by the weighted criteria, or by weighted shortest job first</source>
            <translation>Nach den gewichteten Kriterien reihen oder nach Weighted Shortest Job First</translation>
        </message>
        <message>
            <source>Weights — try them; nothing is saved until you say so</source>
            <translation>Gewichte – probieren Sie sie aus; gespeichert wird erst, wenn Sie es sagen</translation>
        </message>
        <message>
            <source>&amp;Save weights</source>
            <translation>Gewichte &amp;speichern</translation>
        </message>
        <message>
            <source>Keep these weights in the plan (one step you can undo)</source>
            <translation>Diese Gewichte im Plan festhalten (ein Schritt, den Sie rückgängig machen können)</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>Back to the weights saved in the plan</source>
            <translation>Zurück zu den im Plan gespeicherten Gewichten</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>The top N you will decide on; an item a ±20% weight change moves into or out of it is flagged (0: no such line)</source>
            <translation>Die Top N, über die Sie entscheiden; ein Vorhaben, das eine Gewichtsänderung um ±20 % hinein- oder herausbringt, wird markiert (0: keine solche Linie)</translation>
        </message>
        <message>
            <source>A budget scenario that maximises score: an item a ±20% weight change moves into or out of its funded set is flagged</source>
            <translation>Ein Budgetszenario, das die Bewertung maximiert: Ein Vorhaben, das eine Gewichtsänderung um ±20 % in seine finanzierte Menge hinein- oder herausbringt, wird markiert</translation>
        </message>
        <message>
            <source>Select an item to see it in details; Enter or double-click opens it in the roadmap</source>
            <translation>Wählen Sie ein Vorhaben, um es in den Details zu sehen; Eingabe oder Doppelklick öffnet es in der Roadmap</translation>
        </message>
        <message>
            <source>The rank the selected item should keep, whatever its score</source>
            <translation>Der Rang, den das ausgewählte Vorhaben unabhängig von seiner Bewertung behalten soll</translation>
        </message>
        <message>
            <source>Why (required), e.g. “Regulatory deadline”</source>
            <translation>Grund (Pflicht), z. B. „Auflage“</translation>
        </message>
        <message>
            <source>Recorded with the pin, for whoever asks later</source>
            <translation>Wird mit der Fixierung festgehalten, für alle, die später fragen</translation>
        </message>
        <message>
            <source>&amp;Pin rank</source>
            <translation>Rang &amp;fixieren</translation>
        </message>
        <message>
            <source>Fix the selected item at this rank (one step you can undo)</source>
            <translation>Das ausgewählte Vorhaben auf diesem Rang fixieren (ein Schritt, den Sie rückgängig machen können)</translation>
        </message>
        <message>
            <source>U&amp;npin</source>
            <translation>Fixierung &amp;lösen</translation>
        </message>
        <message>
            <source>Let the selected item's score decide its rank again</source>
            <translation>Wieder die Bewertung des ausgewählten Vorhabens über seinen Rang entscheiden lassen</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>At risk if ±20% on one weight moves an item across: the &amp;top</source>
            <translation>Gefährdet, wenn ±20 % auf ein Gewicht ein Vorhaben über diese Linie bewegt: die &amp;Top</translation>
        </message>
        <message>
            <source>or funded set of</source>
            <translation>oder die finanzierte Menge von</translation>
        </message>
        <message>
            <source>Pin selected item at ran&amp;k:</source>
            <translation>Ausgewähltes Vorhaben auf &amp;Rang fixieren:</translation>
        </message>
        <message>
            <source>no budget scenario</source>
            <translation>kein Budgetszenario</translation>
        </message>
        <message>
            <source>no scenario with a cap</source>
            <translation>kein Szenario mit Obergrenze</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>niedriger ist besser</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>höher ist besser</translation>
        </message>
        <message>
            <source>Weight of {name} ({measure}, {direction})</source>
            <translation>Gewicht von {name} ({measure}, {direction})</translation>
        </message>
        <message>
            <source>No items to rank yet — add proposed, approved or in-progress items in Roadmap items, and they are ranked here.</source>
            <translation>Noch keine Vorhaben zu reihen – legen Sie unter Roadmap-Vorhaben vorgeschlagene, genehmigte oder laufende Vorhaben an, dann werden sie hier gereiht.</translation>
        </message>
        <message>
            <source>No criteria to score by — the plan has none; WSJF can still rank.</source>
            <translation>Keine Kriterien zur Bewertung – der Plan hat keine; WSJF kann trotzdem reihen.</translation>
        </message>
        <message>
            <source>Working out the sensitivity</source>
            <translation>Die Berechnung der Sensitivität</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ranked</source>
            <translation>
                <numerusform>%n Vorhaben gereiht</numerusform>
                <numerusform>%n Vorhaben gereiht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) at risk: ±20% on one weight moves it/them into or out of {lines}</source>
            <translation>
                <numerusform>%n Vorhaben gefährdet: ±20 % auf ein Gewicht bringt es in {lines} hinein oder daraus heraus</numerusform>
                <numerusform>%n Vorhaben gefährdet: ±20 % auf ein Gewicht bringt sie in {lines} hinein oder daraus heraus</numerusform>
            </translation>
        </message>
        <message>
            <source>choose a top N or a budget scenario to see what ±20% on a weight changes</source>
            <translation>wählen Sie Top N oder ein Budgetszenario, um zu sehen, was ±20 % auf ein Gewicht ändern</translation>
        </message>
        <message>
            <source>weights not saved: {weights}</source>
            <translation>Gewichte nicht gespeichert: {weights}</translation>
        </message>
        <message>
            <source>Set weights {weights}</source>
            <translation>Gewichte setzen: {weights}</translation>
        </message>
        <message>
            <source>Select the item to pin first.</source>
            <translation>Wählen Sie zuerst das Vorhaben aus, das fixiert werden soll.</translation>
        </message>
        <message>
            <source>Say why the rank is pinned: type a reason, then Pin rank.</source>
            <translation>Sagen Sie, warum der Rang fixiert wird: Geben Sie einen Grund ein, dann Rang fixieren.</translation>
        </message>
    </context>
    <context>
        <name>ProcessesView</name>
        <message>
            <source>Process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Investition</translation>
        </message>
        <message>
            <source>Enabled by</source>
            <translation>Unterstützt durch</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Verändert durch</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Enables</source>
            <translation>Unterstützt</translation>
        </message>
        <message>
            <source>— top level (a capability) —</source>
            <translation>— oberste Ebene (eine Fähigkeit) —</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No business processes yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;Add capability&lt;/b&gt; for each top-level capability of the business (Sell, Source, Serve…) and &lt;b&gt;Add process&lt;/b&gt; for the processes under it. Add the applications that run them, then link each process to the applications that enable it and to the roadmap items that change it.&lt;/p&gt;&lt;p&gt;The investment by process appears here, and the lists beside it name the processes no application enables and the applications that support no process.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Noch keine Geschäftsprozesse.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Beginnen Sie mit &lt;b&gt;Fähigkeit hinzufügen&lt;/b&gt; für jede oberste Fähigkeit des Geschäfts (Verkaufen, Beschaffen, Betreuen …) und &lt;b&gt;Prozess hinzufügen&lt;/b&gt; für die Prozesse darunter. Legen Sie die Anwendungen an, die sie tragen, und verknüpfen Sie dann jeden Prozess mit den Anwendungen, die ihn unterstützen, und mit den Roadmap-Vorhaben, die ihn verändern.&lt;/p&gt;&lt;p&gt;Hier erscheinen dann die Investitionen je Prozess, und die Listen daneben nennen die Prozesse, die keine Anwendung unterstützt, und die Anwendungen, die keinen Prozess unterstützen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Add capability</source>
            <translation>Fähigkeit hinzufügen</translation>
        </message>
        <message>
            <source>Add a top-level process (a capability of the business)</source>
            <translation>Einen Prozess auf oberster Ebene hinzufügen (eine Fähigkeit des Geschäfts)</translation>
        </message>
        <message>
            <source>Add process</source>
            <translation>Prozess hinzufügen</translation>
        </message>
        <message>
            <source>Add application</source>
            <translation>Anwendung hinzufügen</translation>
        </message>
        <message>
            <source>Add an application of the estate</source>
            <translation>Eine Anwendung der Anwendungslandschaft hinzufügen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen …</translation>
        </message>
        <message>
            <source>Delete the selected process or application (you can undo this)</source>
            <translation>Den ausgewählten Prozess oder die ausgewählte Anwendung löschen (rückgängig machbar)</translation>
        </message>
        <message>
            <source>Drag a process onto a capability to move it there</source>
            <translation>Ziehen Sie einen Prozess auf eine Fähigkeit, um ihn dorthin zu verschieben</translation>
        </message>
        <message>
            <source>Process map</source>
            <translation>Prozesslandkarte</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Anwendungen</translation>
        </message>
        <message>
            <source>By capability</source>
            <translation>Je Fähigkeit</translation>
        </message>
        <message>
            <source>By process</source>
            <translation>Je Prozess</translation>
        </message>
        <message>
            <source>One bar per capability, or one per process</source>
            <translation>Ein Balken je Fähigkeit oder einer je Prozess</translation>
        </message>
        <message>
            <source>Investment by business process</source>
            <translation>Investitionen je Geschäftsprozess</translation>
        </message>
        <message>
            <source>Investment:</source>
            <translation>Investitionen:</translation>
        </message>
        <message>
            <source>Click to select it in the map</source>
            <translation>Klicken, um es in der Landkarte auszuwählen</translation>
        </message>
        <message>
            <source>What the business does here (optional)</source>
            <translation>Was das Geschäft hier tut (optional)</translation>
        </message>
        <message>
            <source>The capability this process belongs to</source>
            <translation>Die Fähigkeit, zu der dieser Prozess gehört</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <source>Under:</source>
            <translation>Unter:</translation>
        </message>
        <message>
            <source>Enabled by applications</source>
            <translation>Unterstützt durch Anwendungen</translation>
        </message>
        <message>
            <source>Record that this application enables the process</source>
            <translation>Festhalten, dass diese Anwendung den Prozess unterstützt</translation>
        </message>
        <message>
            <source>Enables processes</source>
            <translation>Unterstützt Prozesse</translation>
        </message>
        <message>
            <source>Record that the application enables this process</source>
            <translation>Festhalten, dass die Anwendung diesen Prozess unterstützt</translation>
        </message>
        <message>
            <source>Changed by roadmap items</source>
            <translation>Verändert durch Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>Record that this roadmap item changes it</source>
            <translation>Festhalten, dass dieses Roadmap-Vorhaben es verändert</translation>
        </message>
        <message>
            <source>Click to see the item in the details; double-click to open it</source>
            <translation>Klicken, um das Vorhaben in den Details zu sehen; Doppelklick öffnet es</translation>
        </message>
        <message>
            <source>Select a process or an application to edit it.</source>
            <translation>Wählen Sie einen Prozess oder eine Anwendung, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>Add a capability or an application to start the map.</source>
            <translation>Legen Sie eine Fähigkeit oder eine Anwendung an, um die Landkarte zu beginnen.</translation>
        </message>
        <message>
            <source>Processes with no technology enablement ({count})</source>
            <translation>Prozesse ohne technische Unterstützung ({count})</translation>
        </message>
        <message>
            <source>Applications supporting no process ({count})</source>
            <translation>Anwendungen ohne unterstützten Prozess ({count})</translation>
        </message>
        <message>
            <source>None: an application enables every process.</source>
            <translation>Keine: Jeden Prozess unterstützt eine Anwendung.</translation>
        </message>
        <message>
            <source>No processes yet.</source>
            <translation>Noch keine Prozesse.</translation>
        </message>
        <message>
            <source>None: each supports a process.</source>
            <translation>Keine: Jede unterstützt einen Prozess.</translation>
        </message>
        <message>
            <source>No applications yet.</source>
            <translation>Noch keine Anwendungen.</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Ausgewählt</translation>
        </message>
        <message>
            <source>Capability {code}</source>
            <translation>Fähigkeit {code}</translation>
        </message>
        <message>
            <source>Process {code}</source>
            <translation>Prozess {code}</translation>
        </message>
        <message>
            <source>No application enables {name} directly yet.</source>
            <translation>Noch keine Anwendung unterstützt {name} direkt.</translation>
        </message>
        <message>
            <source>Application {code}</source>
            <translation>Anwendung {code}</translation>
        </message>
        <message>
            <source>{name} enables no process yet.</source>
            <translation>{name} unterstützt noch keinen Prozess.</translation>
        </message>
        <message>
            <source>No roadmap item changes it directly.</source>
            <translation>Kein Roadmap-Vorhaben verändert es direkt.</translation>
        </message>
        <message>
            <source>Also changed through its applications: {items}</source>
            <translation>Auch über seine Anwendungen verändert: {items}</translation>
        </message>
        <message>
            <source>Add a process under {name}</source>
            <translation>Einen Prozess unter {name} hinzufügen</translation>
        </message>
        <message>
            <source>Select a capability first (or add one)</source>
            <translation>Wählen Sie zuerst eine Fähigkeit (oder legen Sie eine an)</translation>
        </message>
        <message>
            <source>New capability</source>
            <translation>Neue Fähigkeit</translation>
        </message>
        <message>
            <source>The capability was not added.</source>
            <translation>Die Fähigkeit wurde nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>New process</source>
            <translation>Neuer Prozess</translation>
        </message>
        <message>
            <source>The process was not added.</source>
            <translation>Der Prozess wurde nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Neue Anwendung</translation>
        </message>
        <message>
            <source>The application was not added.</source>
            <translation>Die Anwendung wurde nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>Duplicate {name}</source>
            <translation>{name} duplizieren</translation>
        </message>
        <message>
            <source>{name} was not duplicated.</source>
            <translation>{name} wurde nicht dupliziert.</translation>
        </message>
        <message>
            <source>Delete process</source>
            <translation>Prozess löschen</translation>
        </message>
        <message>
            <source>Delete application</source>
            <translation>Anwendung löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>The process was not deleted.</source>
            <translation>Der Prozess wurde nicht gelöscht.</translation>
        </message>
        <message>
            <source>The application was not deleted.</source>
            <translation>Die Anwendung wurde nicht gelöscht.</translation>
        </message>
        <message>
            <source>The {field} of {name} was not changed.</source>
            <translation>{field} von {name} wurde nicht geändert.</translation>
        </message>
        <message>
            <source>Move {name} under {parent}</source>
            <translation>{name} unter {parent} verschieben</translation>
        </message>
        <message>
            <source>Move {name} to the top level</source>
            <translation>{name} auf die oberste Ebene verschieben</translation>
        </message>
        <message>
            <source>{why}. {name} stays where it was; nothing was changed.</source>
            <translation>{why}. {name} bleibt, wo es war; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{name} stays where it was.</source>
            <translation>{name} bleibt, wo es war.</translation>
        </message>
        <message>
            <source>{application} enables {process}</source>
            <translation>{application} unterstützt {process}</translation>
        </message>
        <message>
            <source>{item} changes {name}</source>
            <translation>{item} verändert {name}</translation>
        </message>
        <message>
            <source>The link was not made.</source>
            <translation>Die Verknüpfung wurde nicht angelegt.</translation>
        </message>
        <message>
            <source>Unlink from {name}</source>
            <translation>Verknüpfung mit {name} lösen</translation>
        </message>
        <message>
            <source>The link was not removed.</source>
            <translation>Die Verknüpfung wurde nicht entfernt.</translation>
        </message>
    </context>
    <context>
        <name>RankingModel</name>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>±20% on one weight</source>
            <translation>±20 % auf ein Gewicht</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Stabil</translation>
        </message>
        <message>
            <source>{where} if {weights}</source>
            <translation>{where} bei {weights}</translation>
        </message>
        <message>
            <source>At risk: {reasons}</source>
            <translation>Risiko: {reasons}</translation>
        </message>
        <message>
            <source>No single ±20% weight change moves it across a line</source>
            <translation>Keine einzelne Gewichtsänderung um ±20 % bewegt es über eine Linie</translation>
        </message>
        <message>
            <source>Its rank moves within {low}–{high}:</source>
            <translation>Sein Rang bewegt sich zwischen {low} und {high}:</translation>
        </message>
        <message>
            <source>{change}: rank {rank}</source>
            <translation>{change}: Rang {rank}</translation>
        </message>
        <message>
            <source>Its rank holds under every single ±20% weight change.</source>
            <translation>Sein Rang hält bei jeder einzelnen Gewichtsänderung um ±20 %.</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fixiert</translation>
        </message>
        <message>
            <source>{code}: {points} points; read {raw} (not scored: counts as 0)</source>
            <translation>{code}: {points} Punkte; gelesen {raw} (nicht bewertet: zählt als 0)</translation>
        </message>
        <message>
            <source>{code}: {points} points; read {raw}</source>
            <translation>{code}: {points} Punkte; gelesen {raw}</translation>
        </message>
        <message>
            <source>Pinned at rank {rank} by {who} on {date}: {reason}</source>
            <translation>Auf Rang {rank} fixiert von {who} am {date}: {reason}</translation>
        </message>
        <message>
            <source>Pinned at rank {rank} on {date}: {reason}</source>
            <translation>Auf Rang {rank} fixiert am {date}: {reason}</translation>
        </message>
        <message>
            <source>Cost of delay {cost} ÷ job size {size}</source>
            <translation>Verzögerungskosten {cost} ÷ Aufwand {size}</translation>
        </message>
        <message>
            <source>At risk: a ±20% change of the named weight moves the item across the decision line drawn above (into or out of the top N or the scenario's funded set)</source>
            <translation>Gefährdet: Eine Änderung des genannten Gewichts um ±20 % bewegt das Vorhaben über die oben gezogene Entscheidungslinie (in die Top N oder die finanzierte Menge des Szenarios hinein oder heraus)</translation>
        </message>
        <message>
            <source>{name}: points this criterion gives ({share} of the weight)</source>
            <translation>{name}: Punkte aus diesem Kriterium ({share} des Gewichts)</translation>
        </message>
    </context>
    <context>
        <name>RoadmapView</name>
        <message>
            <source>Filter by code, title or description</source>
            <translation>Nach Code, Titel oder Beschreibung filtern</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>Show only items with this sponsor</source>
            <translation>Nur Vorhaben mit diesem Sponsor zeigen</translation>
        </message>
        <message>
            <source>From: any quarter</source>
            <translation>Von: beliebiges Quartal</translation>
        </message>
        <message>
            <source>Show only items running in or after this quarter</source>
            <translation>Nur Vorhaben zeigen, die in oder nach diesem Quartal laufen</translation>
        </message>
        <message>
            <source>To: any quarter</source>
            <translation>Bis: beliebiges Quartal</translation>
        </message>
        <message>
            <source>Show only items running in or before this quarter</source>
            <translation>Nur Vorhaben zeigen, die in oder vor diesem Quartal laufen</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Show every roadmap item again</source>
            <translation>Wieder alle Roadmap-Vorhaben zeigen</translation>
        </message>
        <message>
            <source>Show the objectives beside the table to link items by dragging</source>
            <translation>Die Ziele neben der Tabelle zeigen, um Vorhaben per Ziehen zu verknüpfen</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>No business unit</source>
            <translation>Kein Geschäftsbereich</translation>
        </message>
        <message>
            <source>Any sponsor</source>
            <translation>Alle Sponsoren</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name} (ausgeschieden)</translation>
        </message>
    </context>
    <context>
        <name>ScenariosView</name>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <source>Items funded</source>
            <translation>Finanzierte Vorhaben</translation>
        </message>
        <message>
            <source>Proposed items chosen</source>
            <translation>Gewählte vorgeschlagene Vorhaben</translation>
        </message>
        <message>
            <source>Proposed items left out</source>
            <translation>Nicht gewählte vorgeschlagene Vorhaben</translation>
        </message>
        <message>
            <source>Annual value</source>
            <translation>Jährlicher Nutzen</translation>
        </message>
        <message>
            <source>Dropped (vs first)</source>
            <translation>Gestrichen (ggü. erstem)</translation>
        </message>
        <message>
            <source>Added (vs first)</source>
            <translation>Hinzugekommen (ggü. erstem)</translation>
        </message>
        <message>
            <source>Annual value lost</source>
            <translation>Verlorener jährlicher Nutzen</translation>
        </message>
        <message>
            <source>Objectives it stops supporting</source>
            <translation>Ziele, die es nicht mehr unterstützt</translation>
        </message>
        <message>
            <source>Unsupported objectives</source>
            <translation>Ziele ohne Unterstützung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>"{text}" is not an amount; write e.g. 4500000, 4.5m or 800k.</source>
            <translation>„{text}“ ist kein Betrag; schreiben Sie z. B. 4500000, 4,5 Mio. oder 800k.</translation>
        </message>
        <message>
            <source>Scenario name, e.g. “Budget −20%”</source>
            <translation>Name des Szenarios, z. B. „Budget −20 %“</translation>
        </message>
        <message>
            <source>A name for the scenario, unique in the plan</source>
            <translation>Ein im Plan eindeutiger Name für das Szenario</translation>
        </message>
        <message>
            <source>Budget, e.g. 4.5m (empty: no cap)</source>
            <translation>Budget, z. B. 4,5 Mio.</translation>
        </message>
        <message>
            <source>The cap on committed plus chosen work; empty means no cap</source>
            <translation>Die Obergrenze für zugesagte plus gewählte Arbeit; leer heißt keine Obergrenze</translation>
        </message>
        <message>
            <source>Per &amp;year</source>
            <translation>Pro &amp;Jahr</translation>
        </message>
        <message>
            <source>The cap applies to every calendar year, not to the total</source>
            <translation>Die Obergrenze gilt für jedes Kalenderjahr, nicht für die Summe</translation>
        </message>
        <message>
            <source>Maximise total score</source>
            <translation>Gesamtbewertung maximieren</translation>
        </message>
        <message>
            <source>Maximise annual value</source>
            <translation>Jährlichen Nutzen maximieren</translation>
        </message>
        <message>
            <source>What the best portfolio under the cap maximises</source>
            <translation>Was das beste Portfolio unter der Obergrenze maximiert</translation>
        </message>
        <message>
            <source>&amp;Add scenario</source>
            <translation>Szenario &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Save this scenario in the plan (one step you can undo)</source>
            <translation>Dieses Szenario im Plan speichern (ein Schritt, den Sie rückgängig machen können)</translation>
        </message>
        <message>
            <source>&amp;Remove scenario</source>
            <translation>Szenario &amp;entfernen</translation>
        </message>
        <message>
            <source>Remove the scenario whose column is selected (undoable)</source>
            <translation>Das Szenario der ausgewählten Spalte entfernen (rückgängig machbar)</translation>
        </message>
        <message>
            <source>Each column is one scenario's best portfolio, compared with the first</source>
            <translation>Jede Spalte ist das beste Portfolio eines Szenarios, verglichen mit dem ersten</translation>
        </message>
        <message>
            <source>No budget scenarios yet — name one above with a budget (e.g. 4.5m) and press Add scenario; add a second to compare the portfolios side by side.</source>
            <translation>Noch keine Budgetszenarien – benennen Sie oben eines mit einem Budget (z. B. 4,5 Mio.) und klicken Sie auf Szenario hinzufügen; fügen Sie ein zweites hinzu, um die Portfolios nebeneinander zu vergleichen.</translation>
        </message>
        <message numerus="yes">
            <source>Working out the best portfolio for %n scenario(s)…</source>
            <translation>
                <numerusform>Das beste Portfolio für %n Szenario wird ermittelt …</numerusform>
                <numerusform>Das beste Portfolio für %n Szenarien wird ermittelt …</numerusform>
            </translation>
        </message>
        <message>
            <source>Comparing the scenarios</source>
            <translation>Der Vergleich der Szenarien</translation>
        </message>
        <message>
            <source>{codes} and {more} more</source>
            <translation>{codes} und {more} weitere</translation>
        </message>
        <message>
            <source>{spend} (over the cap)</source>
            <translation>{spend} (über der Obergrenze)</translation>
        </message>
        <message>
            <source>— (the reference)</source>
            <translation>— (die Referenz)</translation>
        </message>
        <message>
            <source>May not be the best.</source>
            <translation>Möglicherweise nicht das beste.</translation>
        </message>
        <message numerus="yes">
            <source>%n scenario(s), each compared with “{reference}”.</source>
            <translation>
                <numerusform>%n Szenario, verglichen mit „{reference}“.</numerusform>
                <numerusform>%n Szenarien, jeweils verglichen mit „{reference}“.</numerusform>
            </translation>
        </message>
        <message>
            <source>A scenario needs a name, such as "Budget −20%".</source>
            <translation>Ein Szenario braucht einen Namen, etwa „Budget −20 %“.</translation>
        </message>
        <message>
            <source>There is already a scenario named "{name}"; choose another name.</source>
            <translation>Es gibt bereits ein Szenario namens „{name}“; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>A per-year cap needs a budget; type one, or untick Per year.</source>
            <translation>Eine Obergrenze pro Jahr braucht ein Budget; geben Sie eines ein oder entfernen Sie das Häkchen bei Pro Jahr.</translation>
        </message>
        <message>
            <source>Add scenario "{name}"</source>
            <translation>Szenario „{name}“ hinzufügen</translation>
        </message>
        <message>
            <source>Remove scenario "{name}"</source>
            <translation>Szenario „{name}“ entfernen</translation>
        </message>
    </context>
    <context>
        <name>SequenceModel</name>
        <message>
            <source>Placed</source>
            <translation>Eingeplant</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fest</translation>
        </message>
        <message>
            <source>Not placed</source>
            <translation>Nicht eingeplant</translation>
        </message>
        <message>
            <source>Placed by priority where its teams have room</source>
            <translation>Nach Priorität dort eingeplant, wo seine Teams Kapazität haben</translation>
        </message>
        <message>
            <source>Under way or done: keeps its dates and books its teams first</source>
            <translation>Läuft bereits oder ist abgeschlossen: behält seine Termine und belegt seine Teams zuerst</translation>
        </message>
        <message>
            <source>Could not be placed; the last column says why</source>
            <translation>Konnte nicht eingeplant werden; die letzte Spalte sagt, warum</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Sequenced</source>
            <translation>Nach Kapazität</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Starts as planned</source>
            <translation>Beginnt wie geplant</translation>
        </message>
        <message>
            <source>Keeps its dates</source>
            <translation>Behält seine Termine</translation>
        </message>
        <message>
            <source>unscheduled</source>
            <translation>ohne Termin</translation>
        </message>
    </context>
    <context>
        <name>SequenceView</name>
        <message>
            <source>Weighted score</source>
            <translation>Gewichtete Bewertung</translation>
        </message>
        <message>
            <source>WSJF</source>
            <translation>WSJF</translation>
        </message>
        <message>
            <source>The order items claim team capacity in: the portfolio ranking (with its pins) or WSJF</source>
            <translation>Die Reihenfolge, in der Vorhaben Teamkapazität belegen: das Portfolio-Ranking (mit seinen fixierten Rängen) oder WSJF</translation>
        </message>
        <message>
            <source>&amp;Only items that move</source>
            <translation>&amp;Nur Vorhaben, die sich verschieben</translation>
        </message>
        <message>
            <source>Hide items that keep their planned quarters</source>
            <translation>Vorhaben ausblenden, die ihre geplanten Quartale behalten</translation>
        </message>
        <message>
            <source>&amp;Accept sequence</source>
            <translation>Planung &amp;übernehmen</translation>
        </message>
        <message>
            <source>Move every placed item to its sequenced quarters — one step you can undo</source>
            <translation>Jedes eingeplante Vorhaben in seine neuen Quartale verschieben – ein Schritt, den Sie rückgängig machen können</translation>
        </message>
        <message>
            <source>Select an item to see it in details; Enter or double-click opens it in the roadmap</source>
            <translation>Wählen Sie ein Vorhaben, um es in den Details zu sehen; Eingabe oder Doppelklick öffnet es in der Roadmap</translation>
        </message>
        <message>
            <source>Why the selected item goes where the sequence puts it</source>
            <translation>Warum das ausgewählte Vorhaben dort landet, wo die Planung es einordnet</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorität:</translation>
        </message>
        <message>
            <source>No teams yet — add teams and demands in People &amp; teams to sequence by capacity.</source>
            <translation>Noch keine Teams – legen Sie unter Personen &amp; Teams Teams und Bedarfe an, um nach Kapazität zu planen.</translation>
        </message>
        <message>
            <source>No team demands yet — say in People &amp; teams how many FTE of which team each item needs, and the items are sequenced by capacity.</source>
            <translation>Noch keine Teambedarfe – geben Sie unter Personen &amp; Teams an, wie viele FTE welches Teams jedes Vorhaben braucht, dann werden die Vorhaben nach Kapazität eingeplant.</translation>
        </message>
        <message numerus="yes">
            <source>Sequencing %n item(s) by team capacity…</source>
            <translation>
                <numerusform>%n Vorhaben wird nach Teamkapazität eingeplant …</numerusform>
                <numerusform>%n Vorhaben werden nach Teamkapazität eingeplant …</numerusform>
            </translation>
        </message>
        <message>
            <source>Sequencing</source>
            <translation>Die Planung nach Kapazität</translation>
        </message>
        <message numerus="yes">
            <source>Sequenced {start}–{end}: %n item(s) would move, {not_placed} can't be placed. Accepting moves the quarters shown in bold.</source>
            <translation>
                <numerusform>Eingeplant {start}–{end}: %n Vorhaben würde sich verschieben, nicht einplanbar: {not_placed}. Übernehmen verschiebt die fett gezeigten Quartale.</numerusform>
                <numerusform>Eingeplant {start}–{end}: %n Vorhaben würden sich verschieben, nicht einplanbar: {not_placed}. Übernehmen verschiebt die fett gezeigten Quartale.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every item keeps its planned quarters: nothing to accept.</source>
            <translation>Jedes Vorhaben behält seine geplanten Quartale: nichts zu übernehmen.</translation>
        </message>
        <message>
            <source>Nothing to accept: every item already has its sequenced quarters.</source>
            <translation>Nichts zu übernehmen: Jedes Vorhaben hat bereits seine eingeplanten Quartale.</translation>
        </message>
        <message>
            <source>{done}. Undo puts them back.</source>
            <translation>{done}. Rückgängig stellt den vorherigen Stand wieder her.</translation>
        </message>
        <message>
            <source>Select an item to read why it goes where it does.</source>
            <translation>Wählen Sie ein Vorhaben, um zu lesen, warum es dort landet.</translation>
        </message>
        <message>
            <source>Starts as planned.</source>
            <translation>Beginnt wie geplant.</translation>
        </message>
        <message>
            <source>Under way or done: keeps its dates and books its teams first.</source>
            <translation>Läuft bereits oder ist abgeschlossen: behält seine Termine und belegt seine Teams zuerst.</translation>
        </message>
    </context>
    <context>
        <name>StakeholdersView</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>Relationship owner</source>
            <translation>Beziehung gepflegt von</translation>
        </message>
        <message>
            <source>Last engaged</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Verantwortet</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Needs a sponsor because</source>
            <translation>Braucht einen Sponsor, weil</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Von → an</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Mark as left…</source>
            <translation>Austritt erfassen …</translation>
        </message>
        <message>
            <source>The selected person has left: hand what they hold to successors (one undoable step)</source>
            <translation>Die ausgewählte Person ist ausgeschieden: Übergeben Sie, was sie verantwortet, an Nachfolger (ein Schritt, rückgängig machbar)</translation>
        </message>
        <message>
            <source>Move to another unit…</source>
            <translation>Versetzung erfassen …</translation>
        </message>
        <message>
            <source>The selected person moves to another business unit: choose who takes over what stays behind (one undoable step)</source>
            <translation>Die ausgewählte Person wechselt in einen anderen Geschäftsbereich: Wählen Sie, wer übernimmt, was zurückbleibt (ein Schritt, rückgängig machbar)</translation>
        </message>
        <message>
            <source>Choose successors…</source>
            <translation>Nachfolger wählen …</translation>
        </message>
        <message>
            <source>Hand what the selected person still holds to successors (one undoable step)</source>
            <translation>Übergeben Sie, was die ausgewählte Person noch verantwortet, an Nachfolger (ein Schritt, rückgängig machbar)</translation>
        </message>
        <message>
            <source>Name successors for the selected rows (all rows when none is selected)</source>
            <translation>Nachfolger für die ausgewählten Zeilen benennen (alle Zeilen, wenn keine ausgewählt ist)</translation>
        </message>
        <message>
            <source>Double-click a row to open the record.</source>
            <translation>Doppelklicken Sie auf eine Zeile, um den Datensatz zu öffnen.</translation>
        </message>
        <message>
            <source>Only changes to or from the selected person</source>
            <translation>Nur Wechsel zur oder von der ausgewählten Person</translation>
        </message>
        <message>
            <source>Needs a sponsor ({count})</source>
            <translation>Braucht einen Sponsor ({count})</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n Tag)</numerusform>
                <numerusform>(%n Tage)</numerusform>
            </translation>
        </message>
        <message>
            <source>stale</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>{people}; {stale}; {flags}</source>
            <translation>{people}; {stale}; {flags}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) ({left} left)</source>
            <translation>
                <numerusform>%n Person ({left} ausgeschieden)</numerusform>
                <numerusform>%n Personen ({left} ausgeschieden)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relationship(s) stale (not engaged for over 90 days)</source>
            <translation>
                <numerusform>%n Beziehung überfällig (seit über 90 Tagen kein Kontakt)</numerusform>
                <numerusform>%n Beziehungen überfällig (seit über 90 Tagen kein Kontakt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) need(s) a sponsor.</source>
            <translation>
                <numerusform>%n Datensatz braucht einen Sponsor.</numerusform>
                <numerusform>%n Datensätze brauchen einen Sponsor.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} has left</source>
            <translation>{name} ist ausgeschieden</translation>
        </message>
        <message>
            <source>no {role} named</source>
            <translation>{role}: niemand benannt</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>noch niemand</translation>
        </message>
        <message>
            <source>(deleted item)</source>
            <translation>(gelöschtes Vorhaben)</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} von {total}</translation>
        </message>
        <message>
            <source>Sponsor changes ({count})</source>
            <translation>Sponsorwechsel ({count})</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name} (ausgeschieden)</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Fachbereich</translation>
        </message>
        <message>
            <source>{name} marked as left.</source>
            <translation>{name} als ausgeschieden markiert.</translation>
        </message>
        <message>
            <source>{name} was not marked as left; nothing was changed.</source>
            <translation>{name} wurde nicht als ausgeschieden markiert; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>There is no other business unit to move {name} to; add one first.</source>
            <translation>Es gibt keinen anderen Geschäftsbereich, in den {name} wechseln könnte; legen Sie zuerst einen an.</translation>
        </message>
        <message>
            <source>{name} moved.</source>
            <translation>{name} versetzt.</translation>
        </message>
        <message>
            <source>{name} was not moved; nothing was changed.</source>
            <translation>{name} wurde nicht versetzt; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{name} holds nothing to hand over.</source>
            <translation>{name} verantwortet nichts, was zu übergeben wäre.</translation>
        </message>
        <message>
            <source>Choose successors of {name}</source>
            <translation>Nachfolger von {name} wählen</translation>
        </message>
        <message>
            <source>Successors of {name} chosen.</source>
            <translation>Nachfolger von {name} gewählt.</translation>
        </message>
        <message>
            <source>No successors were chosen; nothing was changed.</source>
            <translation>Es wurden keine Nachfolger gewählt; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Successors chosen.</source>
            <translation>Nachfolger gewählt.</translation>
        </message>
        <message>
            <source>Nothing was chosen, so nothing changed.</source>
            <translation>Nichts wurde gewählt, also hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>{done} Edit ▸ Undo takes it back.</source>
            <translation>{done} Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>The plan's key figures; click one to see the records behind it</source>
            <translation>Die Kennzahlen des Plans; klicken Sie auf eine, um die Datensätze dahinter zu sehen</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Themes and objectives with owners, targets and the items that support them</source>
            <translation>Themen und Ziele mit Verantwortlichen, Zielwerten und den Vorhaben, die sie unterstützen</translation>
        </message>
        <message>
            <source>Roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>Every roadmap item with all its fields: sort, filter, edit</source>
            <translation>Alle Roadmap-Vorhaben mit allen Feldern: sortieren, filtern, bearbeiten</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>Which roadmap items serve which objectives, and how strongly</source>
            <translation>Welche Roadmap-Vorhaben welchen Zielen dienen, und wie stark</translation>
        </message>
        <message>
            <source>People &amp; teams</source>
            <translation>Personen &amp; Teams</translation>
        </message>
        <message>
            <source>Stakeholders, delivery teams with their capacity, and what each item asks of them</source>
            <translation>Stakeholder, Umsetzungsteams mit ihrer Kapazität und was jedes Vorhaben von ihnen braucht</translation>
        </message>
        <message>
            <source>KPIs &amp; milestones</source>
            <translation>KPIs &amp; Meilensteine</translation>
        </message>
        <message>
            <source>How objectives and items are measured, and their milestones</source>
            <translation>Wie Ziele und Vorhaben gemessen werden, und ihre Meilensteine</translation>
        </message>
        <message>
            <source>Adoption &amp; outcomes</source>
            <translation>Nutzung &amp; Ergebnisse</translation>
        </message>
        <message>
            <source>KPIs over time against their targets; done items whose adoption lags</source>
            <translation>KPIs im Zeitverlauf gegen ihre Zielwerte; abgeschlossene Vorhaben, deren Nutzung hinterherhinkt</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>What the analysis says to fix: unsupported objectives, orphan items, missing sponsors, overbooked teams</source>
            <translation>Was die Analyse zu beheben empfiehlt: Ziele ohne Unterstützung, verwaiste Vorhaben, fehlende Sponsoren, überbuchte Teams</translation>
        </message>
        <message>
            <source>Partnership maturity</source>
            <translation>Partnerschaftsreife</translation>
        </message>
        <message>
            <source>How IT and each business unit work together, and what would lift it</source>
            <translation>Wie die IT und jeder Geschäftsbereich zusammenarbeiten, und was die Zusammenarbeit stärken würde</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Stakeholder</translation>
        </message>
        <message>
            <source>Relationships with the business, hand-overs when people leave or move, sponsor gaps and the history of sponsor changes</source>
            <translation>Beziehungen zu den Fachbereichen, Übergaben, wenn Personen ausscheiden oder wechseln, fehlende Sponsoren und der Verlauf der Sponsorwechsel</translation>
        </message>
        <message>
            <source>Business processes</source>
            <translation>Geschäftsprozesse</translation>
        </message>
        <message>
            <source>The process map, the applications that enable it, gaps and investment by process</source>
            <translation>Die Prozesslandkarte, die Anwendungen, die sie tragen, Lücken und Investitionen je Prozess</translation>
        </message>
        <message>
            <source>Portfolio ranking</source>
            <translation>Portfolio-Ranking</translation>
        </message>
        <message>
            <source>The ranked portfolio: scores by criterion, weights to try, sensitivity and pins</source>
            <translation>Das priorisierte Portfolio: Bewertungen je Kriterium, Gewichte zum Ausprobieren, Sensitivität und fixierte Ränge</translation>
        </message>
        <message>
            <source>Capacity sequence</source>
            <translation>Kapazitätsplanung</translation>
        </message>
        <message>
            <source>The roadmap sequenced by team capacity beside the plan, with why items move</source>
            <translation>Die Roadmap nach Teamkapazität eingeplant, neben dem Plan, mit den Gründen, warum sich Vorhaben verschieben</translation>
        </message>
        <message>
            <source>Budget scenarios</source>
            <translation>Budgetszenarien</translation>
        </message>
        <message>
            <source>Budget scenarios side by side: what each cap funds, drops and leaves unsupported</source>
            <translation>Budgetszenarien nebeneinander: was jede Obergrenze finanziert, streicht und ohne Unterstützung lässt</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Run a workshop: business and IT vote on the portfolio from their phones</source>
            <translation>Einen Workshop durchführen: Fachbereiche und IT stimmen per Smartphone über das Portfolio ab</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>Basispläne</translation>
        </message>
        <message>
            <source>The plan saved under a name to compare with later</source>
            <translation>Der Plan, unter einem Namen gespeichert, um später damit zu vergleichen</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Every chart with filters by business unit, category, status and quarters; point for details, click to select, export as PNG or SVG</source>
            <translation>Alle Diagramme mit Filtern nach Geschäftsbereich, Kategorie, Status und Quartalen; zeigen für Details, klicken zum Auswählen, Export als PNG oder SVG</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Who changed what in this plan, and when</source>
            <translation>Wer was in diesem Plan wann geändert hat</translation>
        </message>
    </context>
</TS>
