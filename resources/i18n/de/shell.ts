<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New Plan…</source>
            <translation>&amp;Neuer Plan…</translation>
        </message>
        <message>
            <source>Create an empty plan file</source>
            <translation>Eine leere Plandatei anlegen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a plan file</source>
            <translation>Eine Plandatei öffnen</translation>
        </message>
        <message>
            <source>Open the &amp;Sample Plan</source>
            <translation>&amp;Beispielplan öffnen</translation>
        </message>
        <message>
            <source>Open the sample plan of a retail group (a copy in your app data folder)</source>
            <translation>Den Beispielplan eines Handelskonzerns öffnen (eine Kopie im Datenordner der App)</translation>
        </message>
        <message>
            <source>Open &amp;Team Plan…</source>
            <translation>&amp;Teamplan öffnen…</translation>
        </message>
        <message>
            <source>Open a plan shared on a PostgreSQL server by its address</source>
            <translation>Einen auf einem PostgreSQL-Server geteilten Plan über seine Adresse öffnen</translation>
        </message>
        <message>
            <source>Save a &amp;Copy…</source>
            <translation>&amp;Kopie speichern…</translation>
        </message>
        <message>
            <source>Write a copy of this plan and keep working on this one</source>
            <translation>Eine Kopie dieses Plans schreiben und an diesem weiterarbeiten</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Write a copy of this plan and continue working on the copy</source>
            <translation>Eine Kopie dieses Plans schreiben und an der Kopie weiterarbeiten</translation>
        </message>
        <message>
            <source>Close this plan (it is already saved)</source>
            <translation>Diesen Plan schließen (er ist bereits gespeichert)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>B&amp;eenden</translation>
        </message>
        <message>
            <source>Close every window and quit</source>
            <translation>Alle Fenster schließen und beenden</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Nothing to do: every change is written to the plan file as you make it</source>
            <translation>Nichts zu tun: Jede Änderung wird sofort in die Plandatei geschrieben</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Die letzte Änderung rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Redo the change just undone</source>
            <translation>Die eben rückgängig gemachte Änderung wiederherstellen</translation>
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Show every change made since the plan was opened</source>
            <translation>Jede Änderung seit dem Öffnen des Plans zeigen</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add a record to the current list</source>
            <translation>Der aktuellen Liste einen Datensatz hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate the selected records</source>
            <translation>Die ausgewählten Datensätze duplizieren</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Delete the selected records (asks first)</source>
            <translation>Die ausgewählten Datensätze löschen (mit Rückfrage)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Jump to any record by code or title</source>
            <translation>Zu einem Datensatz nach Code oder Titel springen</translation>
        </message>
        <message>
            <source>&amp;Link…</source>
            <translation>&amp;Verknüpfen…</translation>
        </message>
        <message>
            <source>Link roadmap items to the objectives they serve, in the alignment matrix (at the selected item or objective)</source>
            <translation>Roadmap-Vorhaben in der Ausrichtungsmatrix mit den Zielen verknüpfen, denen sie dienen (beim ausgewählten Vorhaben oder Ziel)</translation>
        </message>
        <message>
            <source>Plan &amp;Settings</source>
            <translation>Plan&amp;einstellungen</translation>
        </message>
        <message>
            <source>Title, organisation, currency and horizon of the plan</source>
            <translation>Titel, Organisation, Währung und Horizont des Plans</translation>
        </message>
        <message>
            <source>C&amp;lose Plan</source>
            <translation>Plan s&amp;chließen</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>Prefere&amp;nces…</source>
            <translation>Einstellun&amp;gen…</translation>
        </message>
        <message>
            <source>The app's own choices, such as its language</source>
            <translation>Die Einstellungen der App selbst, etwa ihre Sprache</translation>
        </message>
        <message>
            <source>&amp;Details Panel</source>
            <translation>&amp;Detailbereich</translation>
        </message>
        <message>
            <source>Show or hide the details of the selected record</source>
            <translation>Die Details des ausgewählten Datensatzes zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>P&amp;resent</source>
            <translation>&amp;Präsentieren</translation>
        </message>
        <message>
            <source>Show the current view full screen for a meeting: menus, navigation and details put away (Esc returns)</source>
            <translation>Die aktuelle Ansicht für eine Besprechung im Vollbild zeigen: Menüs, Navigation und Details ausgeblendet (Esc kehrt zurück)</translation>
        </message>
        <message>
            <source>Leave Presentation</source>
            <translation>Präsentation beenden</translation>
        </message>
        <message>
            <source>Back to the window with its menus and panels</source>
            <translation>Zurück zum Fenster mit seinen Menüs und Bereichen</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>Nächster &amp;Bereich</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the next pane</source>
            <translation>Den Tastaturfokus in den nächsten Bereich setzen</translation>
        </message>
        <message>
            <source>Previous Pa&amp;ne</source>
            <translation>Vorheriger Berei&amp;ch</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the previous pane</source>
            <translation>Den Tastaturfokus in den vorherigen Bereich setzen</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exportieren…</translation>
        </message>
        <message>
            <source>A board pack or the working team's full document, as a PDF</source>
            <translation>Eine Vorstandsvorlage oder das vollständige Dokument des Arbeitsteams, als PDF</translation>
        </message>
        <message>
            <source>&amp;Excel Workbook…</source>
            <translation>&amp;Excel-Arbeitsmappe…</translation>
        </message>
        <message>
            <source>Every table of the plan, one sheet each, with the analysis columns</source>
            <translation>Jede Tabelle des Plans, je ein Blatt, mit den Analysespalten</translation>
        </message>
        <message>
            <source>Roadmap Items as &amp;CSV…</source>
            <translation>Roadmap-Vorhaben als &amp;CSV…</translation>
        </message>
        <message>
            <source>The roadmap items with the analysis columns, as CSV</source>
            <translation>Die Roadmap-Vorhaben mit den Analysespalten, als CSV</translation>
        </message>
        <message>
            <source>&amp;MS Project XML…</source>
            <translation>&amp;MS Project XML…</translation>
        </message>
        <message>
            <source>The roadmap as a schedule for MS Project, ProjectLibre or GanttProject</source>
            <translation>Die Roadmap als Terminplan für MS Project, ProjectLibre oder GanttProject</translation>
        </message>
        <message>
            <source>&amp;ArchiMate Exchange File…</source>
            <translation>&amp;ArchiMate-Austauschdatei…</translation>
        </message>
        <message>
            <source>Objectives as goals and items as work packages (ArchiMate 3.1)</source>
            <translation>Ziele als Goals und Vorhaben als Work Packages (ArchiMate 3.1)</translation>
        </message>
        <message>
            <source>Plan &amp;JSON…</source>
            <translation>Plan als &amp;JSON…</translation>
        </message>
        <message>
            <source>The whole plan in the documented JSON format</source>
            <translation>Den ganzen Plan im dokumentierten JSON-Format</translation>
        </message>
        <message>
            <source>&amp;Spreadsheet (CSV or Excel)…</source>
            <translation>&amp;Tabelle (CSV oder Excel)…</translation>
        </message>
        <message>
            <source>Add records from a spreadsheet: match its columns, preview, then import in one step</source>
            <translation>Datensätze aus einer Tabelle hinzufügen: Spalten zuordnen, Vorschau prüfen, dann in einem Schritt importieren</translation>
        </message>
        <message>
            <source>Bring tasks of a schedule into this plan as roadmap items (you review them first)</source>
            <translation>Vorgänge eines Terminplans als Roadmap-Vorhaben in diesen Plan übernehmen (Sie prüfen sie zuerst)</translation>
        </message>
        <message>
            <source>Bring goals and work packages of an ArchiMate model into this plan (reviewed first)</source>
            <translation>Goals und Work Packages eines ArchiMate-Modells in diesen Plan übernehmen (zuerst geprüft)</translation>
        </message>
        <message>
            <source>&amp;Merge Another Plan…</source>
            <translation>Anderen Plan zusa&amp;mmenführen…</translation>
        </message>
        <message>
            <source>Bring in the records of another copy of the plan, choosing per record</source>
            <translation>Die Datensätze einer anderen Kopie des Plans übernehmen, je Datensatz entschieden</translation>
        </message>
        <message>
            <source>StratPlanner &amp;User Guide</source>
            <translation>StratPlanner-&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <source>How to plan with StratPlanner, view by view (works offline)</source>
            <translation>Wie man mit StratPlanner plant, Ansicht für Ansicht (auch offline)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Every keyboard shortcut of this window</source>
            <translation>Alle Tastenkürzel dieses Fensters</translation>
        </message>
        <message>
            <source>&amp;About StratPlanner</source>
            <translation>&amp;Über StratPlanner</translation>
        </message>
        <message>
            <source>Version and licence</source>
            <translation>Version und Lizenz</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>The Qt version this app uses</source>
            <translation>Die Qt-Version, die diese App verwendet</translation>
        </message>
        <message>
            <source>&amp;Projector</source>
            <translation>Pro&amp;jektor</translation>
        </message>
        <message>
            <source>Show the question, the QR code and the results in a window for the room's projector</source>
            <translation>Frage, QR-Code und Ergebnisse in einem Fenster für den Projektor im Raum zeigen</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>Show the projector window full screen, or as a window again</source>
            <translation>Das Projektorfenster im Vollbild zeigen oder wieder als Fenster</translation>
        </message>
        <message>
            <source>Leave Full Screen</source>
            <translation>Vollbild beenden</translation>
        </message>
        <message>
            <source>Show the projector window as a window again</source>
            <translation>Das Projektorfenster wieder als Fenster zeigen</translation>
        </message>
    </context>
    <context>
        <name>AlignmentModel</name>
        <message numerus="yes">
            <source>Unlink %n cell(s)</source>
            <translation>
                <numerusform>Verknüpfung von %n Zelle aufheben</numerusform>
                <numerusform>Verknüpfungen von %n Zellen aufheben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n link(s) to {strength}</source>
            <translation>
                <numerusform>%n Verknüpfung auf {strength} setzen</numerusform>
                <numerusform>%n Verknüpfungen auf {strength} setzen</numerusform>
            </translation>
        </message>
        <message>
            <source>Type 1-3 to link, 0 to unlink.</source>
            <translation>1–3 eingeben zum Verknüpfen, 0 zum Aufheben der Verknüpfung.</translation>
        </message>
        <message>
            <source>Link strength must be 0 (none) to 3 (strong), not {value}.</source>
            <translation>Die Verknüpfungsstärke muss zwischen 0 (keine) und 3 (stark) liegen, nicht {value}.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>{app} hit an unexpected problem ({error}); your plan is safe. Details are in the terminal log; please report it.</source>
            <translation>{app} ist auf ein unerwartetes Problem gestoßen ({error}); Ihr Plan ist sicher. Details stehen im Terminal-Protokoll; bitte melden Sie es.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>The work</source>
            <translation>Die Arbeit</translation>
        </message>
        <message>
            <source>{what} failed unexpectedly: {error}.</source>
            <translation>{what} ist unerwartet fehlgeschlagen: {error}.</translation>
        </message>
    </context>
    <context>
        <name>BusinessCase</name>
        <message>
            <source>Justified only in technical terms. Say what it is worth to the business: add a value driver (revenue, cost, risk, customer experience or compliance), or name a business outcome or an amount of money in the value statement.</source>
            <translation>Nur technisch begründet. Sagen Sie, was es dem Geschäft wert ist: Fügen Sie einen Werttreiber hinzu (Umsatz, Kosten, Risiko, Kundenerlebnis oder Compliance) oder nennen Sie in der Nutzenaussage ein Geschäftsergebnis oder einen Geldbetrag.</translation>
        </message>
        <message>
            <source>No business case yet. Add a value driver, or write a value statement that names the business outcome (revenue, cost, risk, customers or compliance).</source>
            <translation>Noch kein Business Case. Fügen Sie einen Werttreiber hinzu oder schreiben Sie eine Nutzenaussage, die das Geschäftsergebnis nennt (Umsatz, Kosten, Risiko, Kunden oder Compliance).</translation>
        </message>
        <message>
            <source>State what the item is worth to the business: revenue, cost, risk, customer experience, compliance</source>
            <translation>Angeben, was das Vorhaben dem Geschäft wert ist: Umsatz, Kosten, Risiko, Kundenerlebnis, Compliance</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Customer experience</source>
            <translation>Kundenerlebnis</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>type a yearly amount such as 400000, 400k or 0.4m in {currency}</source>
            <translation>geben Sie einen Jahresbetrag in {currency} ein, etwa 400000, 400k oder 0,4m</translation>
        </message>
        <message>
            <source>{label}: {text} is not an amount; {example}, or leave it empty.</source>
            <translation>{label}: {text} ist kein Betrag; {example}, oder lassen Sie es leer.</translation>
        </message>
        <message>
            <source>{label}: amounts are in the plan's currency, {currency}, not {mark}; {example}.</source>
            <translation>{label}: Beträge sind in der Währung des Plans, {currency}, nicht in {mark}; {example}.</translation>
        </message>
        <message>
            <source>{label}: the amount can't be negative ({text}); give what the driver is worth a year, or leave it empty when it is not quantified.</source>
            <translation>{label}: Der Betrag kann nicht negativ sein ({text}); geben Sie an, was der Werttreiber im Jahr wert ist, oder lassen Sie ihn leer, wenn er nicht beziffert ist.</translation>
        </message>
        <message>
            <source>{label}: {text} is more than {currency} 1,000 bn a year; check the amount.</source>
            <translation>{label}: {text} ist mehr als 1.000 Mrd. {currency} im Jahr; prüfen Sie den Betrag.</translation>
        </message>
        <message>
            <source>put the detail in the item's description</source>
            <translation>schreiben Sie die Einzelheiten in die Beschreibung des Vorhabens</translation>
        </message>
        <message>
            <source>{label}: the text is {length} characters long; keep it to one line of at most {limit} and {detail}.</source>
            <translation>{label}: Der Text ist {length} Zeichen lang; fassen Sie ihn in eine Zeile von höchstens {limit} Zeichen und {detail}.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
    </context>
    <context>
        <name>BusinessCaseCard</name>
        <message>
            <source>BUSINESS CASE</source>
            <translation>BUSINESS CASE</translation>
        </message>
        <message>
            <source>Edit value drivers</source>
            <translation>Werttreiber bearbeiten</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>{driver}: in one line, for the sponsor</source>
            <translation>{driver}: in einer Zeile, für den Sponsor</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Save the value drivers as one step (Edit ▸ Undo undoes it)</source>
            <translation>Die Werttreiber in einem Schritt speichern (Bearbeiten ▸ Rückgängig nimmt ihn zurück)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Forget these edits and show the drivers as saved</source>
            <translation>Diese Änderungen verwerfen und die Werttreiber wie gespeichert zeigen</translation>
        </message>
        <message>
            <source>Not applied yet: Apply saves these drivers, Cancel forgets them.</source>
            <translation>Noch nicht übernommen: „Übernehmen“ speichert diese Werttreiber, „Abbrechen“ verwirft sie.</translation>
        </message>
        <message>
            <source>This plan is read-only</source>
            <translation>Dieser Plan ist schreibgeschützt</translation>
        </message>
        <message>
            <source>No value statement or value driver yet.</source>
            <translation>Noch keine Nutzenaussage und kein Werttreiber.</translation>
        </message>
        <message>
            <source>{money} a year</source>
            <translation>{money} pro Jahr</translation>
        </message>
        <message>
            <source>not quantified</source>
            <translation>nicht beziffert</translation>
        </message>
        <message>
            <source>Together {money} a year</source>
            <translation>Zusammen {money} pro Jahr</translation>
        </message>
        <message>
            <source>Technical terms only</source>
            <translation>Nur technisch begründet</translation>
        </message>
        <message>
            <source>No business case</source>
            <translation>Kein Business Case</translation>
        </message>
        <message>
            <source>Add value drivers</source>
            <translation>Werttreiber hinzufügen</translation>
        </message>
        <message>
            <source>Yearly amounts in {currency} (400000, 400k or 0.4m); leave an amount empty when it is not quantified. Clear a row to remove that driver.</source>
            <translation>Jahresbeträge in {currency} (400000, 400k oder 0,4m); lassen Sie einen Betrag leer, wenn er nicht beziffert ist. Leeren Sie eine Zeile, um diesen Werttreiber zu entfernen.</translation>
        </message>
        <message>
            <source>This item was deleted; its drivers can't be saved.</source>
            <translation>Dieses Vorhaben wurde gelöscht; seine Werttreiber können nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>{driver} statement</source>
            <translation>Aussage zu {driver}</translation>
        </message>
        <message>
            <source>Not applied: {problems} Nothing was changed.</source>
            <translation>Nicht übernommen: {problems} Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Not applied: {problem}</source>
            <translation>Nicht übernommen: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>{label}: there is no {text}; pick one from the list.</source>
            <translation>{label}: {text} gibt es nicht; wählen Sie einen Eintrag aus der Liste.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceFilterButton</name>
        <message>
            <source>Any {what}</source>
            <translation>{what}: alle</translation>
        </message>
        <message>
            <source>Show only items with these {what} values</source>
            <translation>Nur Vorhaben mit diesen Werten für {what} zeigen</translation>
        </message>
        <message>
            <source>{title}: any</source>
            <translation>{title}: alle</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>&lt;b&gt;Connection lost:&lt;/b&gt; the plan server can't be reached, so changes can't be saved right now. StratPlanner keeps trying and carries on by itself when it is back; what you see is the plan as it was.</source>
            <translation>&lt;b&gt;Verbindung unterbrochen:&lt;/b&gt; Der Planserver ist nicht erreichbar, daher können Änderungen gerade nicht gespeichert werden. StratPlanner versucht es weiter und macht von selbst weiter, sobald er wieder da ist; Sie sehen den Plan im letzten bekannten Stand.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Hide the details panel (View ▸ Details Panel shows it again)</source>
            <translation>Den Detailbereich ausblenden (Ansicht ▸ Detailbereich zeigt ihn wieder)</translation>
        </message>
        <message>
            <source>Hide the details panel</source>
            <translation>Den Detailbereich ausblenden</translation>
        </message>
        <message>
            <source>Select a record in a view to see and edit all of its fields here.</source>
            <translation>Wählen Sie in einer Ansicht einen Datensatz, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>Grund der Änderung</translation>
        </message>
        <message>
            <source>Needs a sponsor</source>
            <translation>Braucht einen Sponsor</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>This record was deleted</source>
            <translation>Dieser Datensatz wurde gelöscht</translation>
        </message>
        <message>
            <source>Choose a strength to link the item first</source>
            <translation>Wählen Sie zuerst eine Stärke, um das Vorhaben zu verknüpfen</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Unterstützt</translation>
        </message>
        <message>
            <source>Sponsor history</source>
            <translation>Sponsorverlauf</translation>
        </message>
        <message>
            <source>Team demands</source>
            <translation>Teambedarfe</translation>
        </message>
        <message>
            <source>{fte} FTE</source>
            <translation>{fte} FTE</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Hängt ab von</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Benötigt von</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <source>Cost {cost} (capex + opex), value {value} a year</source>
            <translation>Kosten {cost} (Capex + Opex), Nutzen {value} pro Jahr</translation>
        </message>
        <message>
            <source>Sub-objectives</source>
            <translation>Unterziele</translation>
        </message>
        <message>
            <source>Supported by</source>
            <translation>Unterstützt durch</translation>
        </message>
        <message>
            <source>Roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>Owns objectives</source>
            <translation>Verantwortet Ziele</translation>
        </message>
        <message>
            <source>Demands ({fte} FTE in total)</source>
            <translation>Bedarfe ({fte} FTE insgesamt)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Roadmap item</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Misst</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizont</translation>
        </message>
        <message numerus="yes">
            <source>{start} to {end} (%n quarter(s))</source>
            <translation>
                <numerusform>{start} bis {end} (%n Quartal)</numerusform>
                <numerusform>{start} bis {end} (%n Quartale)</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>… und %n weiterer</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Proposed</source>
            <translation>Vorgeschlagen</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Betrieb</translation>
        </message>
        <message>
            <source>Grow</source>
            <translation>Wachstum</translation>
        </message>
        <message>
            <source>Transform</source>
            <translation>Transformation</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Fachbereich</translation>
        </message>
        <message>
            <source>IT</source>
            <translation>IT</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Nicht verknüpft</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <source>weak</source>
            <comment>link strength in a sentence</comment>
            <translation>schwach</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>link strength in a sentence</comment>
            <translation>mittel</translation>
        </message>
        <message>
            <source>strong</source>
            <comment>link strength in a sentence</comment>
            <translation>stark</translation>
        </message>
        <message>
            <source>not linked</source>
            <comment>link strength in a sentence</comment>
            <translation>nicht verknüpft</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name} (ausgeschieden)</translation>
        </message>
        <message>
            <source>Objective {label}</source>
            <translation>Ziel {label}</translation>
        </message>
        <message>
            <source>Item {label}</source>
            <translation>Vorhaben {label}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>{label}: a quarter is required, such as 2027-Q1.</source>
            <translation>{label}: Ein Quartal ist erforderlich, etwa 2027-Q1.</translation>
        </message>
        <message>
            <source>{label}: {problem}.</source>
            <translation>{label}: {problem}.</translation>
        </message>
        <message>
            <source>{label}: a number is required.</source>
            <translation>{label}: Eine Zahl ist erforderlich.</translation>
        </message>
        <message>
            <source>{label}: {text} is not a number.</source>
            <translation>{label}: {text} ist keine Zahl.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>The item's short unique code, used in files and reports</source>
            <translation>Der kurze, eindeutige Code des Vorhabens, verwendet in Dateien und Berichten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>What the item delivers, in a few words</source>
            <translation>Was das Vorhaben liefert, in wenigen Worten</translation>
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
            <source>Run keeps the lights on, Grow extends the business, Transform changes it</source>
            <translation>Betrieb hält den Laden am Laufen, Wachstum erweitert das Geschäft, Transformation verändert es</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>First quarter of work</source>
            <translation>Erstes Quartal der Arbeit</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Last quarter of work</source>
            <translation>Letztes Quartal der Arbeit</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Capex</translation>
        </message>
        <message>
            <source>One-off investment, a total for the item</source>
            <translation>Einmalige Investition, eine Summe für das Vorhaben</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>Opex</translation>
        </message>
        <message>
            <source>Running cost over the item's life in the plan, a total for the item (not a year)</source>
            <translation>Laufende Kosten über die Laufzeit des Vorhabens im Plan, eine Summe für das Vorhaben (nicht pro Jahr)</translation>
        </message>
        <message>
            <source>Annual value</source>
            <translation>Jährlicher Nutzen</translation>
        </message>
        <message>
            <source>Expected benefit a year once delivered</source>
            <translation>Erwarteter Nutzen pro Jahr nach Abschluss</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Business sponsor who owns the benefit</source>
            <translation>Sponsor aus dem Fachbereich, der für den Nutzen einsteht</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Fürsprecher</translation>
        </message>
        <message>
            <source>Business champion</source>
            <translation>Fürsprecher im Fachbereich</translation>
        </message>
        <message>
            <source>IT owner</source>
            <translation>IT-Verantwortlicher</translation>
        </message>
        <message>
            <source>IT lead accountable for delivery</source>
            <translation>IT-Leitung, die für die Lieferung verantwortlich ist</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Delivery risk</source>
            <translation>Lieferrisiko</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Pflicht</translation>
        </message>
        <message>
            <source>Must be done (regulation, end of support) whatever its score</source>
            <translation>Muss umgesetzt werden (Regulierung, Supportende), unabhängig von der Bewertung</translation>
        </message>
        <message>
            <source>Cost of delay</source>
            <translation>Verzögerungskosten</translation>
        </message>
        <message>
            <source>WSJF: value lost per quarter of waiting (relative points)</source>
            <translation>WSJF: verlorener Wert je Quartal Wartezeit (relative Punkte)</translation>
        </message>
        <message>
            <source>Job size</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>WSJF: relative size of the work</source>
            <translation>WSJF: relative Größe der Arbeit</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Number of objectives this item supports (edit in Alignment)</source>
            <translation>Anzahl der Ziele, die dieses Vorhaben unterstützt (in Ausrichtung bearbeiten)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Value statement</source>
            <translation>Nutzenaussage</translation>
        </message>
        <message>
            <source>The benefit, as the sponsor would say it</source>
            <translation>Der Nutzen, wie der Sponsor ihn sagen würde</translation>
        </message>
        <message>
            <source>The objective's short unique code</source>
            <translation>Der kurze, eindeutige Code des Ziels</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>The theme this objective belongs to</source>
            <translation>Das Thema, zu dem dieses Ziel gehört</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Business owner</source>
            <translation>Verantwortlich im Fachbereich</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewichtung</translation>
        </message>
        <message>
            <source>Importance from 1 (low) to 5 (high)</source>
            <translation>Bedeutung von 1 (gering) bis 5 (hoch)</translation>
        </message>
        <message>
            <source>A short unique code, e.g. initials</source>
            <translation>Ein kurzer, eindeutiger Code, z. B. Initialen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Business or IT side</source>
            <translation>Fachbereich oder IT</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Unticked when the person has left the organisation</source>
            <translation>Nicht angehakt, wenn die Person die Organisation verlassen hat</translation>
        </message>
        <message>
            <source>A short unique code</source>
            <translation>Ein kurzer, eindeutiger Code</translation>
        </message>
        <message>
            <source>Capacity (FTE)</source>
            <translation>Kapazität (FTE)</translation>
        </message>
        <message>
            <source>People available per quarter</source>
            <translation>Verfügbare Personen je Quartal</translation>
        </message>
        <message>
            <source>Roadmap item</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>FTE</translation>
        </message>
        <message>
            <source>People of the team the item needs in each quarter it runs</source>
            <translation>Personen des Teams, die das Vorhaben in jedem Quartal seiner Laufzeit braucht</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Misst</translation>
        </message>
        <message>
            <source>The objective or item this KPI measures</source>
            <translation>Das Ziel oder Vorhaben, das dieser KPI misst</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Istwert</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Höher ist besser</translation>
        </message>
        <message>
            <source>Ticked when a higher value is better</source>
            <translation>Angehakt, wenn ein höherer Wert besser ist</translation>
        </message>
        <message>
            <source>Progress %</source>
            <translation>Fortschritt %</translation>
        </message>
        <message>
            <source>Share of the way from baseline to target</source>
            <translation>Zurückgelegter Anteil des Wegs vom Ausgangs- zum Zielwert</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>How strongly the item serves the objective</source>
            <translation>Wie stark das Vorhaben dem Ziel dient</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Why the item serves the objective</source>
            <translation>Warum das Vorhaben dem Ziel dient</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>Plantitel</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Currency code for all amounts, e.g. USD or EUR</source>
            <translation>Währungscode für alle Beträge, z. B. EUR oder USD</translation>
        </message>
        <message>
            <source>First quarter</source>
            <translation>Erstes Quartal</translation>
        </message>
        <message>
            <source>Start of the planning horizon</source>
            <translation>Beginn des Planungshorizonts</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>Quartale</translation>
        </message>
        <message>
            <source>Length of the horizon in quarters</source>
            <translation>Länge des Horizonts in Quartalen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Team demand</source>
            <translation>Teambedarf</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Alignment link</source>
            <translation>Ausrichtungsverknüpfung</translation>
        </message>
        <message>
            <source>Business process</source>
            <translation>Geschäftsprozess</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Plan settings</source>
            <translation>Planeinstellungen</translation>
        </message>
        <message>
            <source>{item} needs {team}</source>
            <translation>{item} braucht {team}</translation>
        </message>
        <message>
            <source>{count} {strength}</source>
            <translation>{count} {strength}</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>Roadmap items supporting it (for a theme, with its objectives)</source>
            <translation>Roadmap-Vorhaben, die es unterstützen (bei einem Thema mit seinen Zielen)</translation>
        </message>
        <message>
            <source>How strongly those items support it</source>
            <translation>Wie stark diese Vorhaben es unterstützen</translation>
        </message>
        <message>
            <source>Code and title; edit to change the title</source>
            <translation>Code und Titel; bearbeiten, um den Titel zu ändern</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Set the objectives</source>
            <translation>Ziele festlegen</translation>
        </message>
        <message>
            <source>What the business wants to achieve: a few themes, the objectives under them.</source>
            <translation>Was das Geschäft erreichen will: einige Themen und die Ziele darunter.</translation>
        </message>
        <message>
            <source>Add an Objective</source>
            <translation>Ziel hinzufügen</translation>
        </message>
        <message>
            <source>List the roadmap items</source>
            <translation>Roadmap-Vorhaben erfassen</translation>
        </message>
        <message>
            <source>The projects and changes IT will deliver, with their cost and quarters.</source>
            <translation>Die Projekte und Veränderungen, die die IT liefert, mit Kosten und Quartalen.</translation>
        </message>
        <message>
            <source>Add a Roadmap Item</source>
            <translation>Roadmap-Vorhaben hinzufügen</translation>
        </message>
        <message>
            <source>Link items to objectives</source>
            <translation>Vorhaben mit Zielen verknüpfen</translation>
        </message>
        <message>
            <source>Say which objectives each item serves; the matrix shows what nothing supports.</source>
            <translation>Angeben, welchen Zielen jedes Vorhaben dient; die Matrix zeigt, was nichts unterstützt.</translation>
        </message>
        <message>
            <source>Open the Alignment Matrix</source>
            <translation>Ausrichtungsmatrix öffnen</translation>
        </message>
        <message>
            <source>Export the first board pack</source>
            <translation>Die erste Vorstandsvorlage exportieren</translation>
        </message>
        <message>
            <source>A PDF of the plan for the board: roadmap, alignment, capacity and money.</source>
            <translation>Ein PDF des Plans für den Vorstand: Roadmap, Ausrichtung, Kapazität und Geld.</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
    </context>
    <context>
        <name>FirstStepsCard</name>
        <message>
            <source>Start your plan in four steps</source>
            <translation>Ihr Plan in vier Schritten</translation>
        </message>
        <message>
            <source>{done} of {count} done</source>
            <translation>{done} von {count} erledigt</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>Schritt {number}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — done</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — erledigt</translation>
        </message>
        <message>
            <source>Add an objective and a roadmap item first</source>
            <translation>Fügen Sie zuerst ein Ziel und ein Roadmap-Vorhaben hinzu</translation>
        </message>
    </context>
    <context>
        <name>LivePlan</name>
        <message>
            <source>The change could not be saved: {error}. The plan is unchanged.</source>
            <translation>Die Änderung konnte nicht gespeichert werden: {error}. Der Plan ist unverändert.</translation>
        </message>
        <message>
            <source>The change was refused.</source>
            <translation>Die Änderung wurde abgelehnt.</translation>
        </message>
        <message>
            <source>{change} could not be undone or redone: {problem} The undo history was cleared; the plan is as you see it.</source>
            <translation>„{change}“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: {problem} Der Verlauf wurde geleert; der Plan ist so, wie Sie ihn sehen.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Objective</source>
            <translation>&amp;Ziel</translation>
        </message>
        <message>
            <source>&amp;Roadmap Item</source>
            <translation>&amp;Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>&amp;KPI</source>
            <translation>&amp;KPI</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>&amp;Business Unit</source>
            <translation>&amp;Geschäftsbereich</translation>
        </message>
        <message>
            <source>&amp;Add Roadmap item</source>
            <translation>Roadmap-Vorhaben &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Objective</source>
            <translation>Ziel &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Person</source>
            <translation>Person &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Business unit</source>
            <translation>Geschäftsbereich &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Team</source>
            <translation>Team &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Team demand</source>
            <translation>Teambedarf &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add KPI</source>
            <translation>KPI &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Milestone</source>
            <translation>Meilenstein &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add KPI actual</source>
            <translation>KPI-Istwert &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Business process</source>
            <translation>Geschäftsprozess &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add Application</source>
            <translation>Anwendung &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Every change is written to the plan file as you make it</source>
            <translation>Jede Änderung wird sofort in die Plandatei geschrieben</translation>
        </message>
        <message>
            <source>Opened the plan</source>
            <translation>Plan geöffnet</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Hauptsymbolleiste</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>Add a record of any kind ({keys})</source>
            <translation>Einen Datensatz beliebiger Art hinzufügen ({keys})</translation>
        </message>
        <message>
            <source>&amp;Add {record}</source>
            <translation>{record} &amp;hinzufügen</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Choose how strongly each item supports each objective: select a cell and type 1–3 (0 removes the link).</source>
            <translation>Legen Sie fest, wie stark jedes Vorhaben jedes Ziel unterstützt: Zelle auswählen und 1–3 eingeben (0 hebt die Verknüpfung auf).</translation>
        </message>
        <message>
            <source>{file} could not be read: {error}.</source>
            <translation>{file} konnte nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>Upgraded {file} from plan format {version}; the original is kept as {backup}.</source>
            <translation>{file} wurde von Planformat {version} aktualisiert; das Original bleibt als {backup} erhalten.</translation>
        </message>
        <message>
            <source>Opening {file} — {app}</source>
            <translation>{file} wird geöffnet — {app}</translation>
        </message>
        <message>
            <source>Can't Open the Plan</source>
            <translation>Plan kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Changed by Someone Else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>{title} — {file} [read-only] — {app}</source>
            <translation>{title} — {file} [schreibgeschützt] — {app}</translation>
        </message>
        <message>
            <source>{title} — {file} — {app}</source>
            <translation>{title} — {file} — {app}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Schreibgeschützt</translation>
        </message>
        <message>
            <source>Not connected: changes can't be saved</source>
            <translation>Nicht verbunden: Änderungen können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <source>{undo} {change}</source>
            <translation>{undo}: {change}</translation>
        </message>
        <message>
            <source>{redo} {change}</source>
            <translation>{redo}: {change}</translation>
        </message>
        <message>
            <source>All changes saved: {app} writes every change to the plan file as you make it.</source>
            <translation>Alle Änderungen gespeichert: {app} schreibt jede Änderung sofort in die Plandatei.</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Neuer Plan</translation>
        </message>
        <message>
            <source>New Plan</source>
            <translation>Neuer Plan</translation>
        </message>
        <message>
            <source>Can't Create the Plan</source>
            <translation>Plan kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>{file} is open; choose another name.</source>
            <translation>{file} ist geöffnet; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Can't Create the Sample Plan</source>
            <translation>Beispielplan kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Open Team Plan</source>
            <translation>Teamplan öffnen</translation>
        </message>
        <message>
            <source>Address of the plan, e.g. postgresql+psycopg://you@db-host/strategy?plan=fy27</source>
            <translation>Adresse des Plans, z. B. postgresql+psycopg://sie@db-host/strategy?plan=fy27</translation>
        </message>
        <message>
            <source>Can't Open the Team Plan</source>
            <translation>Teamplan kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>{problem}

You can work on a local copy (one taken with “stratplanner checkout”) and merge it back later.</source>
            <translation>{problem}

Sie können an einer lokalen Kopie arbeiten (erstellt mit „stratplanner checkout“) und sie später wieder zusammenführen.</translation>
        </message>
        <message>
            <source>Open a Local Copy…</source>
            <translation>Lokale Kopie öffnen…</translation>
        </message>
        <message>
            <source>{name} copy</source>
            <translation>{name} Kopie</translation>
        </message>
        <message>
            <source>Can't Save the Copy</source>
            <translation>Kopie kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Save a Copy</source>
            <translation>Kopie speichern</translation>
        </message>
        <message>
            <source>Saved a copy as {file}.</source>
            <translation>Kopie gespeichert als {file}.</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <source>Now working on {file}.</source>
            <translation>Sie arbeiten jetzt an {file}.</translation>
        </message>
        <message>
            <source>That record is hidden in its view; clear the filters.</source>
            <translation>Dieser Datensatz ist in seiner Ansicht ausgeblendet; setzen Sie die Filter zurück.</translation>
        </message>
        <message>
            <source>Joint IT–business strategy planning: objectives, roadmap, alignment, capacity and board-ready roadmaps.</source>
            <translation>Gemeinsame Strategieplanung von IT und Fachbereich: Ziele, Roadmap, Ausrichtung, Kapazität und vorstandsreife Roadmaps.</translation>
        </message>
        <message>
            <source>Licence: {licence} (GNU General Public License, version 3 or later). This program comes with ABSOLUTELY NO WARRANTY; you may redistribute it under the terms of that licence.</source>
            <translation>Lizenz: {licence} (GNU General Public License, Version 3 oder neuer). Dieses Programm kommt OHNE JEGLICHE GEWÄHRLEISTUNG; Sie dürfen es unter den Bedingungen dieser Lizenz weitergeben.</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Dismiss this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>NumberEditor</name>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
    </context>
    <context>
        <name>ObjectiveFields</name>
        <message>
            <source>Target</source>
            <translation>Zieltermin</translation>
        </message>
        <message>
            <source>Quarter by which it should be met</source>
            <translation>Quartal, bis zu dem es erreicht sein soll</translation>
        </message>
    </context>
    <context>
        <name>ObjectiveTreeModel</name>
        <message numerus="yes">
            <source>%n item(s) already linked to {objective}; change the strength in the Alignment view.</source>
            <translation>
                <numerusform>Das Vorhaben ist bereits mit {objective} verknüpft; ändern Sie die Stärke in der Ansicht Ausrichtung.</numerusform>
                <numerusform>Diese %n Vorhaben sind bereits mit {objective} verknüpft; ändern Sie die Stärke in der Ansicht Ausrichtung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Link %n item(s) to {objective}</source>
            <translation>
                <numerusform>%n Vorhaben mit {objective} verknüpfen</numerusform>
                <numerusform>%n Vorhaben mit {objective} verknüpfen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Reading every objective and item once; editing then stays instant.</source>
            <translation>Jedes Ziel und Vorhaben wird einmal gelesen; danach geht das Bearbeiten sofort.</translation>
        </message>
        <message>
            <source>Opening {plan}…</source>
            <translation>{plan} wird geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>StratPlanner is shown in this language now.</source>
            <translation>StratPlanner wird jetzt in dieser Sprache angezeigt.</translation>
        </message>
        <message>
            <source>The new language takes effect the next time you start StratPlanner; close it and open it again to see it.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von StratPlanner; schließen Sie das Programm und öffnen Sie es erneut, um sie zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>ProcessMap</name>
        <message>
            <source>The process map is empty: add a capability to start it.</source>
            <translation>Die Prozesslandkarte ist leer: Fügen Sie eine Fähigkeit hinzu, um sie zu beginnen.</translation>
        </message>
        <message>
            <source>{capabilities} {with_processes}, {applications}. {gaps} without an application, {unused} no process. {mapped} of the roadmap changes processes; {unmapped} touches none.</source>
            <translation>{capabilities} {with_processes}, {applications}. {gaps} ohne Anwendung, {unused} keinen Prozess. {mapped} der Roadmap verändern Prozesse; {unmapped} berühren keinen.</translation>
        </message>
        <message numerus="yes">
            <source>%n capability(ies)</source>
            <translation>
                <numerusform>%n Fähigkeit</numerusform>
                <numerusform>%n Fähigkeiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>with %n process(es)</source>
            <translation>
                <numerusform>mit %n Prozess</numerusform>
                <numerusform>mit %n Prozessen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n Anwendung</numerusform>
                <numerusform>%n Anwendungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) run(s)</source>
            <translation>
                <numerusform>%n Prozess läuft</numerusform>
                <numerusform>%n Prozesse laufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) support(s)</source>
            <translation>
                <numerusform>%n Anwendung unterstützt</numerusform>
                <numerusform>%n Anwendungen unterstützen</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (Kopie)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Vorhaben</numerusform>
                <numerusform>%n Vorhaben</numerusform>
            </translation>
        </message>
        <message>
            <source>no application</source>
            <translation>keine Anwendung</translation>
        </message>
        <message>
            <source>Its share of the cost of the items that change it</source>
            <translation>Sein Anteil an den Kosten der Vorhaben, die ihn verändern</translation>
        </message>
        <message>
            <source>No application enables this process</source>
            <translation>Keine Anwendung ermöglicht diesen Prozess</translation>
        </message>
        <message>
            <source>No roadmap item changes this process</source>
            <translation>Kein Roadmap-Vorhaben verändert diesen Prozess</translation>
        </message>
        <message>
            <source>no process</source>
            <translation>kein Prozess</translation>
        </message>
        <message>
            <source>This application supports no process</source>
            <translation>Diese Anwendung unterstützt keinen Prozess</translation>
        </message>
    </context>
    <context>
        <name>QuarterEditor</name>
        <message>
            <source>YYYY-Qn</source>
            <translation>JJJJ-Qn</translation>
        </message>
        <message>
            <source>Pick a quarter or type one, e.g. 2027-Q3; leave empty for none.</source>
            <translation>Ein Quartal wählen oder eingeben, z. B. 2027-Q3; leer lassen für keines.</translation>
        </message>
        <message>
            <source>Pick a quarter or type one, e.g. 2027-Q3.</source>
            <translation>Ein Quartal wählen oder eingeben, z. B. 2027-Q3.</translation>
        </message>
        <message>
            <source>{meaning}. {how}</source>
            <translation>{meaning}. {how}</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; this plan can't be changed here because {reason}. Save a copy to work on your own version.</source>
            <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; Dieser Plan kann hier nicht geändert werden, weil {reason}. Speichern Sie eine Kopie, um an Ihrer eigenen Fassung zu arbeiten.</translation>
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation>Kopie speichern…</translation>
        </message>
        <message>
            <source>Write a copy of this plan that you can edit</source>
            <translation>Eine Kopie dieses Plans schreiben, die Sie bearbeiten können</translation>
        </message>
    </context>
    <context>
        <name>RecentList</name>
        <message>
            <source>Recent plans</source>
            <translation>Zuletzt geöffnete Pläne</translation>
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message>
            <source>New roadmap item</source>
            <translation>Neues Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>New business unit</source>
            <translation>Neuer Geschäftsbereich</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>Neues Team</translation>
        </message>
        <message>
            <source>New KPI</source>
            <translation>Neuer KPI</translation>
        </message>
        <message>
            <source>New milestone</source>
            <translation>Neuer Meilenstein</translation>
        </message>
        <message>
            <source>roadmap item</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>team demand</source>
            <translation>Teambedarf</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>KPI actual</source>
            <translation>KPI-Istwert</translation>
        </message>
        <message>
            <source>business process</source>
            <translation>Geschäftsprozess</translation>
        </message>
        <message>
            <source>application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>people</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>business units</source>
            <translation>Geschäftsbereiche</translation>
        </message>
        <message>
            <source>teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>team demands</source>
            <translation>Teambedarfe</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <source>KPI actuals</source>
            <translation>KPI-Istwerte</translation>
        </message>
        <message>
            <source>business processes</source>
            <translation>Geschäftsprozesse</translation>
        </message>
        <message>
            <source>applications</source>
            <translation>Anwendungen</translation>
        </message>
        <message>
            <source>Add a roadmap item</source>
            <translation>Ein Roadmap-Vorhaben hinzufügen</translation>
        </message>
        <message>
            <source>Add an objective</source>
            <translation>Ein Ziel hinzufügen</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Eine Person hinzufügen</translation>
        </message>
        <message>
            <source>Add a business unit</source>
            <translation>Einen Geschäftsbereich hinzufügen</translation>
        </message>
        <message>
            <source>Add a team</source>
            <translation>Ein Team hinzufügen</translation>
        </message>
        <message>
            <source>Add a team demand</source>
            <translation>Einen Teambedarf hinzufügen</translation>
        </message>
        <message>
            <source>Add a KPI</source>
            <translation>Einen KPI hinzufügen</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Einen Meilenstein hinzufügen</translation>
        </message>
        <message>
            <source>Add a KPI actual</source>
            <translation>Einen KPI-Istwert hinzufügen</translation>
        </message>
        <message>
            <source>Add a business process</source>
            <translation>Einen Geschäftsprozess hinzufügen</translation>
        </message>
        <message>
            <source>Add an application</source>
            <translation>Eine Anwendung hinzufügen</translation>
        </message>
        <message>
            <source>Add: {kind}</source>
            <translation>Hinzufügen: {kind}</translation>
        </message>
        <message numerus="yes">
            <source>%n roadmap item(s)</source>
            <translation>
                <numerusform>%n Roadmap-Vorhaben</numerusform>
                <numerusform>%n Roadmap-Vorhaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business unit(s)</source>
            <translation>
                <numerusform>%n Geschäftsbereich</numerusform>
                <numerusform>%n Geschäftsbereiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n Team</numerusform>
                <numerusform>%n Teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team demand(s)</source>
            <translation>
                <numerusform>%n Teambedarf</numerusform>
                <numerusform>%n Teambedarfe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n KPI(s)</source>
            <translation>
                <numerusform>%n KPI</numerusform>
                <numerusform>%n KPIs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n Meilenstein</numerusform>
                <numerusform>%n Meilensteine</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} {records}</source>
            <translation>{count} {records}</translation>
        </message>
    </context>
    <context>
        <name>RecordOps</name>
        <message>
            <source>Add an objective or a roadmap item first: a KPI measures one of them.</source>
            <translation>Fügen Sie zuerst ein Ziel oder ein Roadmap-Vorhaben hinzu: Ein KPI misst eines davon.</translation>
        </message>
        <message>
            <source>Add a roadmap item first: a milestone belongs to an item.</source>
            <translation>Fügen Sie zuerst ein Roadmap-Vorhaben hinzu: Ein Meilenstein gehört zu einem Vorhaben.</translation>
        </message>
        <message>
            <source>Add a team first: a demand asks a team for people.</source>
            <translation>Fügen Sie zuerst ein Team hinzu: Ein Bedarf fordert Personen eines Teams an.</translation>
        </message>
        <message>
            <source>Add a roadmap item first: a demand belongs to an item.</source>
            <translation>Fügen Sie zuerst ein Roadmap-Vorhaben hinzu: Ein Bedarf gehört zu einem Vorhaben.</translation>
        </message>
        <message>
            <source>{item} already has a demand on every team; change the FTE of one instead.</source>
            <translation>{item} hat schon einen Bedarf bei jedem Team; ändern Sie stattdessen die FTE eines davon.</translation>
        </message>
        <message>
            <source>Every item already has a demand on every team; change the FTE of one instead.</source>
            <translation>Jedes Vorhaben hat schon einen Bedarf bei jedem Team; ändern Sie stattdessen die FTE eines davon.</translation>
        </message>
        <message>
            <source>Records of kind {kind} are not added this way.</source>
            <translation>Datensätze der Art {kind} werden nicht auf diese Weise hinzugefügt.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (Kopie)</translation>
        </message>
        <message>
            <source>This item already has a demand on every team; there is nothing to duplicate to.</source>
            <translation>Dieses Vorhaben hat schon einen Bedarf bei jedem Team; es gibt kein Team, für das dupliziert werden kann.</translation>
        </message>
        <message>
            <source>Delete {records}</source>
            <translation>{records} löschen</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Filter {records}</source>
            <translation>{records} filtern</translation>
        </message>
        <message>
            <source>Show only records containing these words</source>
            <translation>Nur Datensätze mit diesen Wörtern zeigen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Duplicate the selected {records}</source>
            <translation>Die ausgewählten {records} duplizieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected {records}</source>
            <translation>Die ausgewählten {records} löschen</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} von {total}</translation>
        </message>
        <message>
            <source>No {records} yet.</source>
            <translation>Noch keine {records}.</translation>
        </message>
        <message>
            <source>No {records} yet. Click Add to create one.</source>
            <translation>Noch keine {records}. Klicken Sie auf Hinzufügen, um etwas anzulegen.</translation>
        </message>
        <message>
            <source>No {records} match the filter.</source>
            <translation>Keine {records} passen zum Filter.</translation>
        </message>
        <message>
            <source>Duplicate {records}</source>
            <translation>{records} duplizieren</translation>
        </message>
        <message>
            <source>Delete {record}</source>
            <translation>{record} löschen</translation>
        </message>
        <message>
            <source>Delete {records}</source>
            <translation>{records} löschen</translation>
        </message>
    </context>
    <context>
        <name>RoleChangeReason</name>
        <message>
            <source>Optional, type it first</source>
            <translation>Optional, vorab</translation>
        </message>
        <message>
            <source>Type why before you change the sponsor, champion or IT owner (a reorganisation, someone left…); the change and this reason go to the sponsor history.</source>
            <translation>Geben Sie den Grund ein, bevor Sie Sponsor, Fürsprecher oder IT-Verantwortlichen ändern (eine Umorganisation, jemand ist ausgeschieden …); die Änderung und dieser Grund kommen in den Sponsorverlauf.</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Grund der Änderung</translation>
        </message>
        <message>
            <source>say the rest in the item's description or the minutes</source>
            <translation>schreiben Sie den Rest in die Beschreibung des Vorhabens oder ins Protokoll</translation>
        </message>
    </context>
    <context>
        <name>SharedLivePlan</name>
        <message>
            <source>The change could not be saved: {error}. The plan is unchanged.</source>
            <translation>Die Änderung konnte nicht gespeichert werden: {error}. Der Plan ist unverändert.</translation>
        </message>
    </context>
    <context>
        <name>SnapshotLoader</name>
        <message>
            <source>{file} could not be read: {error}.</source>
            <translation>{file} konnte nicht gelesen werden: {error}.</translation>
        </message>
    </context>
    <context>
        <name>SubsetBar</name>
        <message>
            <source>Show all</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <source>Leave this selection and show every record again</source>
            <translation>Diese Auswahl verlassen und wieder alle Datensätze zeigen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Showing:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Gezeigt:&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>The connection to the plan server was lost, so this change was not saved; StratPlanner reconnects by itself — try again in a moment.</source>
            <translation>Die Verbindung zum Planserver ist unterbrochen, daher wurde diese Änderung nicht gespeichert; StratPlanner verbindet sich von selbst neu – versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Überschreiben</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Plan IT strategy together: objectives, roadmap, alignment and capacity.</source>
            <translation>IT-Strategie gemeinsam planen: Ziele, Roadmap, Ausrichtung und Kapazität.</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Neuer Plan…</translation>
        </message>
        <message>
            <source>Create an empty plan file</source>
            <translation>Eine leere Plandatei anlegen</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Open a plan file</source>
            <translation>Eine Plandatei öffnen</translation>
        </message>
        <message>
            <source>Open the sample plan</source>
            <translation>Beispielplan öffnen</translation>
        </message>
        <message>
            <source>A three-year roadmap of a retail group, to explore</source>
            <translation>Eine Dreijahres-Roadmap eines Handelskonzerns, zum Erkunden</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
            <translation>&lt;b&gt;Zuletzt geöffnete Pläne&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Plans you open appear here.</source>
            <translation>Pläne, die Sie öffnen, erscheinen hier.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Start&lt;/b&gt;</source>
            <translation>&lt;b&gt;Start&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{name}  (missing)</source>
            <translation>{name}  (fehlt)</translation>
        </message>
        <message>
            <source>{name} in {folder}</source>
            <translation>{name} in {folder}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Select a roadmap item in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} ein Roadmap-Vorhaben, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select an objective in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} ein Ziel, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select a person in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} eine Person, um hier alle ihre Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select a business unit in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} einen Geschäftsbereich, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select a team in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} ein Team, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select a team demand in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} einen Teambedarf, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select a KPI in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} einen KPI, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select a milestone in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} einen Meilenstein, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select an alignment link in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} eine Verknüpfung, um hier alle ihre Felder zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Select a record in {view} to see and edit all of its fields here.</source>
            <translation>Wählen Sie in {view} einen Datensatz, um hier alle seine Felder zu sehen und zu bearbeiten.</translation>
        </message>
    </context>
</TS>
