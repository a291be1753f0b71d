<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>PdfAppendix</name>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Fürsprecher</translation>
        </message>
        <message>
            <source>IT owner</source>
            <translation>IT-Verantw.</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>Nicht eingeplant</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Capex</translation>
        </message>
        <message>
            <source>Opex</source>
            <translation>Opex</translation>
        </message>
        <message>
            <source>Annual value</source>
            <translation>Nutzen/Jahr</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>Teams (FTE)</source>
            <translation>Teams (FTE)</translation>
        </message>
        <message>
            <source>Depends on:</source>
            <translation>Hängt ab von:</translation>
        </message>
        <message>
            <source>Serves:</source>
            <translation>Dient:</translation>
        </message>
        <message>
            <source>no objective (orphan)</source>
            <translation>keinem Ziel (verwaist)</translation>
        </message>
        <message>
            <source>KPIs:</source>
            <translation>KPIs:</translation>
        </message>
        <message>
            <source>Milestones:</source>
            <translation>Meilensteine:</translation>
        </message>
        <message>
            <source>Business case:</source>
            <translation>Business Case:</translation>
        </message>
        <message>
            <source>Value:</source>
            <translation>Nutzen:</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Was:</translation>
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
            <source>; and {count} more</source>
            <translation>; und {count} weitere</translation>
        </message>
        <message>
            <source>One card per item ({count}), in plan order: who answers for it, what it costs, the value it brings, what it depends on and the objectives it serves.</source>
            <translation>Eine Karte je Vorhaben ({count}), in der Reihenfolge des Plans: wer dafür einsteht, was es kostet, welchen Nutzen es bringt, wovon es abhängt und welchen Zielen es dient.</translation>
        </message>
    </context>
    <context>
        <name>PdfCapacity</name>
        <message numerus="yes">
            <source>Placed by rank into the teams' capacity, {ready} of %n item(s) can start as planned</source>
            <translation>
                <numerusform>Nach Rang in die Kapazität der Teams eingeplant, kann {ready} von %n Vorhaben wie geplant beginnen</numerusform>
                <numerusform>Nach Rang in die Kapazität der Teams eingeplant, können {ready} von %n Vorhaben wie geplant beginnen</numerusform>
            </translation>
        </message>
        <message>
            <source>; {count} must wait</source>
            <translation>; {count} müssen warten</translation>
        </message>
        <message>
            <source> and {count} can't be placed at all</source>
            <translation> und {count} lassen sich gar nicht einplanen</translation>
        </message>
        <message>
            <source>. The reasons, in rank order:</source>
            <translation>. Die Gründe, nach Rang:</translation>
        </message>
        <message>
            <source>not placed</source>
            <translation>nicht eingeplant</translation>
        </message>
        <message>
            <source>Won't start until… and why</source>
            <translation>Beginnt erst … und warum</translation>
        </message>
        <message>
            <source>+{delay} q</source>
            <translation>+{delay} Q</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Sequenced</source>
            <translation>Eingeplant</translation>
        </message>
        <message>
            <source>Delay</source>
            <translation>Verzug</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>No team is asked for more people than it has in any quarter.</source>
            <translation>Kein Team wird in irgendeinem Quartal um mehr Leute gebeten, als es hat.</translation>
        </message>
        <message>
            <source>{demand} in {quarter}</source>
            <translation>{demand} in {quarter}</translation>
        </message>
        <message>
            <source>Overbooked teams</source>
            <translation>Überbuchte Teams</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Capacity (FTE)</source>
            <translation>Kapazität (FTE)</translation>
        </message>
        <message>
            <source>Peak demand</source>
            <translation>Spitzenbedarf</translation>
        </message>
        <message>
            <source>Overbooked quarters</source>
            <translation>Überbuchte Quartale</translation>
        </message>
        <message>
            <source>Capacity outlook: demand against capacity by team</source>
            <translation>Kapazitätsausblick: Bedarf gegen Kapazität je Team</translation>
        </message>
    </context>
    <context>
        <name>PdfChanges</name>
        <message>
            <source>unscheduled</source>
            <translation>nicht eingeplant</translation>
        </message>
        <message>
            <source>starts {shift} q</source>
            <translation>Start {shift} Q</translation>
        </message>
        <message>
            <source>ends {shift} q</source>
            <translation>Ende {shift} Q</translation>
        </message>
        <message>
            <source>did not exist</source>
            <translation>gab es nicht</translation>
        </message>
        <message>
            <source>{support} (unsupported)</source>
            <translation>{support} (ohne Unterstützung)</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <comment>a baseline's date: 07 March 2027</comment>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <source>Compared with the baseline &lt;b&gt;“{name}”&lt;/b&gt; taken {date}.</source>
            <translation>Verglichen mit dem Basisplan &lt;b&gt;„{name}“&lt;/b&gt; vom {date}.</translation>
        </message>
        <message>
            <source>Compared with the baseline &lt;b&gt;“{name}”&lt;/b&gt;.</source>
            <translation>Verglichen mit dem Basisplan &lt;b&gt;„{name}“&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Items {items_then} → {items_now}; investment {cost_then} → &lt;b&gt;{cost_now}&lt;/b&gt;; value a year {value_then} → &lt;b&gt;{value_now}&lt;/b&gt;.</source>
            <translation>Vorhaben {items_then} → {items_now}; Investitionen {cost_then} → &lt;b&gt;{cost_now}&lt;/b&gt;; Nutzen pro Jahr {value_then} → &lt;b&gt;{value_now}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Nothing has changed in the items or the objectives' support since then.</source>
            <translation>Seitdem hat sich weder an den Vorhaben noch an der Unterstützung der Ziele etwas geändert.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Gestrichen</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Verschoben</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Verschiebung</translation>
        </message>
        <message>
            <source>Re-costed</source>
            <translation>Neu kalkuliert</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Re-ranked</source>
            <translation>Neu priorisiert</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status geändert</translation>
        </message>
        <message>
            <source>Objectives whose support changed</source>
            <translation>Ziele mit geänderter Unterstützung</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Support then</source>
            <translation>Unterstützung vorher</translation>
        </message>
        <message>
            <source>Support now</source>
            <translation>Unterstützung jetzt</translation>
        </message>
    </context>
    <context>
        <name>PdfCharts</name>
        <message>
            <source>The {chart} chart could not be drawn for this plan ({error}).</source>
            <translation>Das Diagramm {chart} konnte für diesen Plan nicht gezeichnet werden ({error}).</translation>
        </message>
    </context>
    <context>
        <name>PdfCover</name>
        <message>
            <source>Untitled plan</source>
            <translation>Unbenannter Plan</translation>
        </message>
        <message>
            <source>IT strategy and roadmap  ·  {pack}</source>
            <translation>IT-Strategie und Roadmap  ·  {pack}</translation>
        </message>
        <message numerus="yes">
            <source>Roadmap {start} to {end}  ·  %n quarter(s)</source>
            <translation>
                <numerusform>Roadmap {start} bis {end}  ·  %n Quartal</numerusform>
                <numerusform>Roadmap {start} bis {end}  ·  %n Quartale</numerusform>
            </translation>
        </message>
        <message>
            <source>Scope: {filters}</source>
            <translation>Umfang: {filters}</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Erstellt für</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Einstufung</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Decisions asked of the board</source>
            <translation>Entscheidungen des Vorstands</translation>
        </message>
        <message>
            <source>investment (capex + opex)</source>
            <translation>Investitionen (Capex + Opex)</translation>
        </message>
        <message>
            <source>value a year once delivered</source>
            <translation>Nutzen pro Jahr nach der Umsetzung</translation>
        </message>
        <message>
            <source>roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message numerus="yes">
            <source>objectives under %n theme(s)</source>
            <translation>
                <numerusform>Ziele in %n Thema</numerusform>
                <numerusform>Ziele in %n Themen</numerusform>
            </translation>
        </message>
        <message>
            <source>objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>The plan's title continues on the next page.</source>
            <translation>Der Titel des Plans geht auf der nächsten Seite weiter.</translation>
        </message>
        <message>
            <source>The plan's title, continued from the cover:</source>
            <translation>Der Titel des Plans, fortgesetzt vom Deckblatt:</translation>
        </message>
    </context>
    <context>
        <name>PdfErrors</name>
        <message>
            <source>{path} is a folder; give a file name for the PDF.</source>
            <translation>{path} ist ein Ordner; geben Sie einen Dateinamen für das PDF an.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it first or choose another folder.</source>
            <translation>Der Ordner {folder} existiert nicht; legen Sie ihn zuerst an oder wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>StratPlanner can't write in the folder {folder} (permission denied); choose another folder.</source>
            <translation>StratPlanner kann nicht in den Ordner {folder} schreiben (keine Berechtigung); wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{name} is read-only; choose another file name or make it writable.</source>
            <translation>{name} ist schreibgeschützt; wählen Sie einen anderen Dateinamen oder heben Sie den Schreibschutz auf.</translation>
        </message>
        <message>
            <source>{name} should end in .pdf.</source>
            <translation>{name} sollte auf .pdf enden.</translation>
        </message>
        <message>
            <source>The PDF export was cancelled.</source>
            <translation>Der PDF-Export wurde abgebrochen.</translation>
        </message>
        <message>
            <source>StratPlanner can't write in the folder {folder} ({reason}); choose another folder.</source>
            <translation>StratPlanner kann nicht in den Ordner {folder} schreiben ({reason}); wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>The PDF could not be written to {path} ({reason}); nothing was changed there.</source>
            <translation>Das PDF konnte nicht nach {path} geschrieben werden ({reason}); dort wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The logo {name} is not an image StratPlanner can read.</source>
            <translation>Das Logo {name} ist kein Bild, das StratPlanner lesen kann.</translation>
        </message>
        <message>
            <source>The logo {name} is not an SVG image StratPlanner can read.</source>
            <translation>Das Logo {name} ist kein SVG-Bild, das StratPlanner lesen kann.</translation>
        </message>
        <message>
            <source>The logo {name} can't be read ({reason}).</source>
            <translation>Das Logo {name} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>The logo {name} is empty.</source>
            <translation>Das Logo {name} ist leer.</translation>
        </message>
        <message>
            <source>The saved PDF options are not valid JSON ({reason}).</source>
            <translation>Die gespeicherten PDF-Optionen sind kein gültiges JSON ({reason}).</translation>
        </message>
        <message>
            <source>The saved PDF options are not a JSON object.</source>
            <translation>Die gespeicherten PDF-Optionen sind kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>Sections must be a list of codes.</source>
            <translation>Die Abschnitte müssen eine Liste von Codes sein.</translation>
        </message>
        <message>
            <source>Business units must be a list of codes.</source>
            <translation>Die Geschäftsbereiche müssen eine Liste von Codes sein.</translation>
        </message>
        <message>
            <source>Objectives must be a list of codes.</source>
            <translation>Die Ziele müssen eine Liste von Codes sein.</translation>
        </message>
        <message>
            <source>There is no preset {preset}; choose {presets}.</source>
            <translation>Es gibt keine Vorlage {preset}; wählen Sie {presets}.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>There is no section {section}; the sections are {sections}.</source>
            <translation>Es gibt keinen Abschnitt {section}; die Abschnitte sind {sections}.</translation>
        </message>
        <message>
            <source>The paper size must be A4 or Letter, not {paper}.</source>
            <translation>Das Papierformat muss A4 oder Letter sein, nicht {paper}.</translation>
        </message>
        <message>
            <source>{value} is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1.</source>
            <translation>{value} ist kein Quartal; schreiben Sie es als JJJJ-Qn, z. B. 2027-Q1.</translation>
        </message>
        <message>
            <source>The quarter range ends ({last}) before it starts ({first}).</source>
            <translation>Der Quartalsbereich endet ({last}), bevor er beginnt ({first}).</translation>
        </message>
        <message>
            <source>The accent colour must be written as #RRGGBB, e.g. {example}, not {accent}.</source>
            <translation>Die Akzentfarbe muss als #RRGGBB geschrieben werden, z. B. {example}, nicht {accent}.</translation>
        </message>
        <message>
            <source>Say which workshop the outcome pack is about (--workshop NAME).</source>
            <translation>Geben Sie an, um welchen Workshop es in der Ergebnisunterlage geht (--workshop NAME).</translation>
        </message>
        <message>
            <source>The logo file {path} does not exist; choose another image or leave the logo out.</source>
            <translation>Die Logodatei {path} existiert nicht; wählen Sie ein anderes Bild oder lassen Sie das Logo weg.</translation>
        </message>
        <message>
            <source>The logo {name} must be a PNG, JPEG or SVG image.</source>
            <translation>Das Logo {name} muss ein PNG-, JPEG- oder SVG-Bild sein.</translation>
        </message>
    </context>
    <context>
        <name>PdfFilters</name>
        <message>
            <source>Business unit {names}</source>
            <translation>Geschäftsbereich {names}</translation>
        </message>
        <message>
            <source>Business units {names}</source>
            <translation>Geschäftsbereiche {names}</translation>
        </message>
        <message>
            <source>Objective {codes}</source>
            <translation>Ziel {codes}</translation>
        </message>
        <message>
            <source>Objectives {codes}</source>
            <translation>Ziele {codes}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>The plan has no business unit {code} (it has: {known}).</source>
            <translation>Der Plan hat keinen Geschäftsbereich {code} (vorhanden: {known}).</translation>
        </message>
        <message>
            <source>The plan has no objective {code} (it has: {known}).</source>
            <translation>Der Plan hat kein Ziel {code} (vorhanden: {known}).</translation>
        </message>
    </context>
    <context>
        <name>PdfHeatmap</name>
        <message>
            <source>Alignment heatmap: business objectives against IT items</source>
            <translation>Ausrichtungs-Heatmap: Geschäftsziele gegen IT-Vorhaben</translation>
        </message>
    </context>
    <context>
        <name>PdfInvestment</name>
        <message>
            <source>All others</source>
            <translation>Alle übrigen</translation>
        </message>
        <message>
            <source>Of the {total} the plan invests, {run} keeps the business running (run), {grow} grows it (grow) and {transform} transforms it (transform).</source>
            <translation>Von den {total}, die der Plan investiert, halten {run} das Geschäft am Laufen (Betrieb), {grow} lassen es wachsen (Wachstum) und {transform} verändern es (Transformation).</translation>
        </message>
        <message>
            <source>Spend peaks in {quarter} at {money}.</source>
            <translation>Die Ausgaben erreichen ihre Spitze in {quarter} mit {money}.</translation>
        </message>
        <message>
            <source>{money} belongs to items not yet scheduled.</source>
            <translation>{money} entfallen auf noch nicht eingeplante Vorhaben.</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>Group-wide (no unit)</source>
            <translation>Konzernweit (kein Bereich)</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Serves no objective</source>
            <translation>Dient keinem Ziel</translation>
        </message>
        <message>
            <source>Where the money goes</source>
            <translation>Wohin das Geld fließt</translation>
        </message>
        <message>
            <source>What the money buys</source>
            <translation>Was das Geld bewirkt</translation>
        </message>
        <message>
            <source>Each item's annual value against its cost; bubble size shows how strongly it serves the business objectives. Top left are quick wins, top right strategic bets.</source>
            <translation>Der jährliche Nutzen jedes Vorhabens gegen seine Kosten; die Blasengröße zeigt, wie stark es den Geschäftszielen dient. Oben links liegen schnelle Erfolge, oben rechts strategische Wetten.</translation>
        </message>
    </context>
    <context>
        <name>PdfObjectives</name>
        <message>
            <source>Owner &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Verantwortlich: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>weight {weight}</source>
            <translation>Gewicht {weight}</translation>
        </message>
        <message>
            <source>target {target}</source>
            <translation>Zielwert {target}</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
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
            <source>not scheduled</source>
            <translation>nicht eingeplant</translation>
        </message>
        <message>
            <source>Item serving it</source>
            <translation>Vorhaben, das ihm dient</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more item(s) serve this objective ({mix} links, {money}); each has its card in the appendix.</source>
            <translation>
                <numerusform>… und %n weiteres Vorhaben dient diesem Ziel ({mix} Verknüpfungen, {money}); jedes hat seine Karte im Anhang.</numerusform>
                <numerusform>… und %n weitere Vorhaben dienen diesem Ziel ({mix} Verknüpfungen, {money}); jedes hat seine Karte im Anhang.</numerusform>
            </translation>
        </message>
        <message>
            <source>No IT item serves this objective yet.</source>
            <translation>Noch dient kein IT-Vorhaben diesem Ziel.</translation>
        </message>
        <message>
            <source>Only weak links: no item gives this objective real support yet.</source>
            <translation>Nur schwache Verknüpfungen: Noch gibt kein Vorhaben diesem Ziel echte Unterstützung.</translation>
        </message>
        <message>
            <source>{objectives}. For each: the items that serve it, strongest link first, and the KPIs that show progress.</source>
            <translation>{objectives}. Zu jedem: die Vorhaben, die ihm dienen, die stärkste Verknüpfung zuerst, und die KPIs, die den Fortschritt zeigen.</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <source>(the whole title is on the cover)</source>
            <translation>(der vollständige Titel steht auf dem Deckblatt)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>PdfPartnership</name>
        <message numerus="yes">
            <source>%n business unit(s) have assessed how IT and the business work together</source>
            <translation>
                <numerusform>%n Geschäftsbereich hat bewertet, wie IT und Geschäft zusammenarbeiten</numerusform>
                <numerusform>%n Geschäftsbereiche haben bewertet, wie IT und Geschäft zusammenarbeiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n dimension(s) are below the target they set</source>
            <translation>
                <numerusform>; %n Dimension liegt unter dem gesetzten Ziel</numerusform>
                <numerusform>; %n Dimensionen liegen unter dem gesetzten Ziel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) need a new sponsor, champion or owner</source>
            <translation>
                <numerusform>%n Eintrag braucht einen neuen Sponsor, Fürsprecher oder Verantwortlichen</numerusform>
                <numerusform>%n Einträge brauchen einen neuen Sponsor, Fürsprecher oder Verantwortlichen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) are justified only in technical terms or not at all</source>
            <translation>
                <numerusform>%n Vorhaben ist nur technisch oder gar nicht begründet</numerusform>
                <numerusform>%n Vorhaben sind nur technisch oder gar nicht begründet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n delivered item(s) fall short on adoption</source>
            <translation>
                <numerusform>%n umgesetztes Vorhaben bleibt bei der Nutzung zurück</numerusform>
                <numerusform>%n umgesetzte Vorhaben bleiben bei der Nutzung zurück</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business process(es) have no supporting technology</source>
            <translation>
                <numerusform>%n Geschäftsprozess hat keine unterstützende Technologie</numerusform>
                <numerusform>%n Geschäftsprozesse haben keine unterstützende Technologie</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan's partnership data raises nothing that needs the board's attention.</source>
            <translation>Die Partnerschaftsdaten des Plans zeigen nichts, was die Aufmerksamkeit des Vorstands erfordert.</translation>
        </message>
        <message>
            <source>Maturity per business unit</source>
            <translation>Reife je Geschäftsbereich</translation>
        </message>
        <message>
            <source>Partnership maturity per business unit</source>
            <translation>Partnerschaftsreife je Geschäftsbereich</translation>
        </message>
        <message>
            <source> (planned: {code})</source>
            <translation> (geplant: {code})</translation>
        </message>
        <message>
            <source>Gaps to target and the practices that close them</source>
            <translation>Lücken zum Ziel und die Praktiken, die sie schließen</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Level → target</source>
            <translation>Stufe → Ziel</translation>
        </message>
        <message>
            <source>Suggested practices</source>
            <translation>Empfohlene Praktiken</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more gap(s).</source>
            <translation>
                <numerusform>… und %n weitere Lücke.</numerusform>
                <numerusform>… und %n weitere Lücken.</numerusform>
            </translation>
        </message>
        <message>
            <source>{process}: a business process with no application or planned item supporting it</source>
            <translation>{process}: ein Geschäftsprozess, den keine Anwendung und kein geplantes Vorhaben unterstützt</translation>
        </message>
        <message>
            <source>{application}: an application that supports no recorded business process</source>
            <translation>{application}: eine Anwendung, die keinen erfassten Geschäftsprozess unterstützt</translation>
        </message>
        <message>
            <source>The process lens</source>
            <translation>Die Prozesssicht</translation>
        </message>
        <message>
            <source>Technology should serve a business process; these don't line up:</source>
            <translation>Technologie sollte einem Geschäftsprozess dienen; diese passen nicht zusammen:</translation>
        </message>
        <message>
            <source>Investment by business process</source>
            <translation>Investitionen nach Geschäftsprozess</translation>
        </message>
        <message>
            <source>Relationship mgmt</source>
            <comment>stands for the longest short dimension name</comment>
            <translation>Gemeinsame Priorisierung</translation>
        </message>
        <message>
            <source>Needs a sponsor</source>
            <translation>Braucht einen Sponsor</translation>
        </message>
        <message>
            <source>Work whose business sponsor, champion or owner has left or was never named:</source>
            <translation>Arbeit, deren Sponsor, Fürsprecher oder Verantwortlicher aus dem Geschäft ausgeschieden ist oder nie benannt wurde:</translation>
        </message>
        <message>
            <source>{item}: justified only in technical terms</source>
            <translation>{item}: nur technisch begründet</translation>
        </message>
        <message>
            <source>{item}: no business case stated</source>
            <translation>{item}: kein Business Case angegeben</translation>
        </message>
        <message>
            <source>Items without a business case</source>
            <translation>Vorhaben ohne Business Case</translation>
        </message>
        <message>
            <source>Each of these should state its case as revenue, cost, risk, customer experience or compliance before the board funds it:</source>
            <translation>Jedes davon sollte seinen Nutzen als Umsatz, Kosten, Risiko, Kundenerlebnis oder Compliance darlegen, bevor der Vorstand es finanziert:</translation>
        </message>
        <message>
            <source>Delivered is not the same as successful</source>
            <translation>Umgesetzt heißt nicht erfolgreich</translation>
        </message>
        <message>
            <source>Delivered items whose adoption KPIs are below target:</source>
            <translation>Umgesetzte Vorhaben, deren Nutzungs-KPIs unter dem Ziel liegen:</translation>
        </message>
    </context>
    <context>
        <name>PdfPortfolio</name>
        <message>
            <source>not scheduled</source>
            <translation>nicht eingeplant</translation>
        </message>
        <message numerus="yes">
            <source>%n live item(s) ranked by {method}.</source>
            <translation>
                <numerusform>%n laufendes Vorhaben, priorisiert nach {method}.</numerusform>
                <numerusform>%n laufende Vorhaben, priorisiert nach {method}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Weights: {weights}. A score is out of 100; each criterion column shows the points it adds.</source>
            <translation>Gewichte: {weights}. Eine Bewertung hat höchstens 100 Punkte; jede Kriterienspalte zeigt die Punkte, die sie beiträgt.</translation>
        </message>
        <message numerus="yes">
            <source>%n rank(s) were set by the business (†).</source>
            <translation>
                <numerusform>%n Rang wurde vom Geschäft festgelegt (†).</numerusform>
                <numerusform>%n Ränge wurden vom Geschäft festgelegt (†).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{robust} of {count} ranks hold&lt;/b&gt; if any single weight moves by ±20%; the range column shows how far the others could move.</source>
            <translation>&lt;b&gt;{robust} von {count} Rängen halten&lt;/b&gt;, wenn sich ein einzelnes Gewicht um ±20 % ändert; die Spalte „Spanne“ zeigt, wie weit sich die übrigen bewegen könnten.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Value a year</source>
            <translation>Nutzen pro Jahr</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Übrige</translation>
        </message>
        <message>
            <source>Points by criterion</source>
            <translation>Punkte je Kriterium</translation>
        </message>
        <message>
            <source>Cost of delay</source>
            <translation>Verzögerungskosten</translation>
        </message>
        <message>
            <source>Job size</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>Range ±20%</source>
            <translation>Spanne ±20 %</translation>
        </message>
        <message>
            <source>Group-wide</source>
            <translation>Konzernweit</translation>
        </message>
        <message>
            <source>holds</source>
            <translation>hält</translation>
        </message>
        <message>
            <source>Ranks set by the business</source>
            <translation>Vom Geschäft festgelegte Ränge</translation>
        </message>
        <message>
            <source>† &lt;b&gt;{code}&lt;/b&gt; at rank {rank}: {reason}</source>
            <translation>† &lt;b&gt;{code}&lt;/b&gt; auf Rang {rank}: {reason}</translation>
        </message>
        <message>
            <source>no reason recorded</source>
            <translation>kein Grund angegeben</translation>
        </message>
    </context>
    <context>
        <name>PdfRanking</name>
        <message>
            <source>WSJF (cost of delay ÷ job size)</source>
            <translation>WSJF (Verzögerungskosten ÷ Aufwand)</translation>
        </message>
        <message>
            <source>the weighted scoring criteria the group agreed</source>
            <translation>den gewichteten Bewertungskriterien, auf die sich die Gruppe geeinigt hat</translation>
        </message>
        <message>
            <source>There is no baseline "{name}": this plan has none yet.</source>
            <translation>Es gibt keinen Basisplan „{name}“: Dieser Plan hat noch keinen.</translation>
        </message>
        <message>
            <source>There is no baseline "{name}" (baselines: {known}).</source>
            <translation>Es gibt keinen Basisplan „{name}“ (Basispläne: {known}).</translation>
        </message>
    </context>
    <context>
        <name>PdfRisks</name>
        <message>
            <source>Capacity cannot place it in the horizon</source>
            <translation>Kapazität reicht im Planungshorizont nicht</translation>
        </message>
        <message>
            <source>Capacity sequencing delays it</source>
            <translation>Durch Kapazitätsplanung verzögert</translation>
        </message>
        <message>
            <source>Planned before its predecessor ends</source>
            <translation>Geplant vor dem Ende des Vorgängers</translation>
        </message>
        <message>
            <source>Team overbooked</source>
            <translation>Team überbucht</translation>
        </message>
        <message>
            <source>No active sponsor or champion</source>
            <translation>Kein aktiver Sponsor oder Fürsprecher</translation>
        </message>
        <message>
            <source>Objective with no IT work</source>
            <translation>Ziel ohne IT-Arbeit</translation>
        </message>
        <message>
            <source>No business case</source>
            <translation>Kein Business Case</translation>
        </message>
        <message>
            <source>sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>sponsor (left)</source>
            <translation>Sponsor (ausgeschieden)</translation>
        </message>
        <message>
            <source>champion (left)</source>
            <translation>Fürsprecher (ausgeschieden)</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>Fürsprecher</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} oder {second}</translation>
        </message>
        <message>
            <source>{cost} planned from {start}; its {value} a year is not delivered in the horizon ({end}). {reason}</source>
            <translation>{cost} geplant ab {start}; sein Nutzen von {value} pro Jahr wird im Planungshorizont (bis {end}) nicht erreicht. {reason}</translation>
        </message>
        <message>
            <source>Fund more capacity in the teams it needs, bring its predecessor forward, or move it out of this plan.</source>
            <translation>Mehr Kapazität in den benötigten Teams finanzieren, den Vorgänger vorziehen oder das Vorhaben aus diesem Plan nehmen.</translation>
        </message>
        <message>
            <source>the capacity sequence cannot place it</source>
            <translation>die Kapazitätsplanung kann es nicht einplanen</translation>
        </message>
        <message numerus="yes">
            <source>+%n quarter(s): starts {start} instead of {planned}, deferring about {money} of value. {reason}</source>
            <translation>
                <numerusform>+%n Quartal: beginnt {start} statt {planned}, rund {money} Nutzen verschieben sich. {reason}</numerusform>
                <numerusform>+%n Quartale: beginnt {start} statt {planned}, rund {money} Nutzen verschieben sich. {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Accept the later date, or add capacity in the quarters named.</source>
            <translation>Den späteren Termin akzeptieren oder in den genannten Quartalen Kapazität ergänzen.</translation>
        </message>
        <message numerus="yes">
            <source>delayed +%n quarter(s) by capacity</source>
            <translation>
                <numerusform>durch Kapazität um +%n Quartal verzögert</numerusform>
                <numerusform>durch Kapazität um +%n Quartale verzögert</numerusform>
            </translation>
        </message>
        <message>
            <source>Planned to start {start}, before {before} ends {end}; {money} of work can't begin as planned.</source>
            <translation>Start geplant in {start}, bevor {before} in {end} endet; Arbeit im Umfang von {money} kann nicht wie geplant beginnen.</translation>
        </message>
        <message>
            <source>Planned to start {start}, before its predecessor ends; {money} of work can't begin as planned.</source>
            <translation>Start geplant in {start}, bevor sein Vorgänger endet; Arbeit im Umfang von {money} kann nicht wie geplant beginnen.</translation>
        </message>
        <message>
            <source>Move it after its predecessor, or fund the predecessor to finish sooner.</source>
            <translation>Hinter den Vorgänger verschieben oder den Vorgänger so finanzieren, dass er früher fertig wird.</translation>
        </message>
        <message>
            <source>planned before its predecessor ends</source>
            <translation>geplant vor dem Ende seines Vorgängers</translation>
        </message>
        <message numerus="yes">
            <source>Over capacity in {quarters}; peak {demand} FTE against {capacity}; %n item(s) it works on may slip.</source>
            <translation>
                <numerusform>Über der Kapazität in {quarters}; Spitze {demand} FTE bei {capacity}; %n Vorhaben, an dem es arbeitet, kann sich verzögern.</numerusform>
                <numerusform>Über der Kapazität in {quarters}; Spitze {demand} FTE bei {capacity}; %n Vorhaben, an denen es arbeitet, können sich verzögern.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarter(s) ({list})</source>
            <translation>
                <numerusform>%n Quartal ({list})</numerusform>
                <numerusform>%n Quartalen ({list})</numerusform>
            </translation>
        </message>
        <message>
            <source>Add people to the team, or accept later starts for the lower-ranked work.</source>
            <translation>Das Team verstärken oder spätere Starts für die niedriger priorisierte Arbeit akzeptieren.</translation>
        </message>
        <message>
            <source>No IT work serves it with a moderate or strong link; its target ({target}) has no delivery plan.</source>
            <translation>Keine IT-Arbeit dient ihm mit mittlerer oder starker Verknüpfung; für seinen Zielwert ({target}) gibt es keinen Umsetzungsplan.</translation>
        </message>
        <message>
            <source>No IT work serves it with a moderate or strong link.</source>
            <translation>Keine IT-Arbeit dient ihm mit mittlerer oder starker Verknüpfung.</translation>
        </message>
        <message>
            <source>Fund work for it, or agree with its owner that IT has no part in it.</source>
            <translation>Arbeit dafür finanzieren oder mit dem Verantwortlichen vereinbaren, dass die IT keinen Anteil daran hat.</translation>
        </message>
        <message>
            <source>No active {roles}: nobody on the business side answers for {value} a year of value.</source>
            <translation>Kein aktiver {roles}: Niemand auf der Geschäftsseite steht für {value} Nutzen pro Jahr ein.</translation>
        </message>
        <message>
            <source>Name a successor before the next stage gate.</source>
            <translation>Vor dem nächsten Stage-Gate einen Nachfolger benennen.</translation>
        </message>
        <message>
            <source>no active {roles}</source>
            <translation>kein aktiver {roles}</translation>
        </message>
        <message>
            <source>{cost} with no stated business gain.</source>
            <translation>{cost} ohne angegebenen geschäftlichen Nutzen.</translation>
        </message>
        <message>
            <source>Ask its sponsor for the case, or stop it.</source>
            <translation>Den Sponsor um den Business Case bitten oder das Vorhaben stoppen.</translation>
        </message>
        <message>
            <source>no business case</source>
            <translation>kein Business Case</translation>
        </message>
        <message numerus="yes">
            <source>What could stop the plan delivering what the board is asked to fund, grouped by kind (%n risk(s) in all). Items marked {mark} carry one of these risks wherever they appear in this pack.</source>
            <translation>
                <numerusform>Was verhindern könnte, dass der Plan liefert, was der Vorstand finanzieren soll, nach Art gruppiert (insgesamt %n Risiko). Mit {mark} markierte Vorhaben tragen eines dieser Risiken, wo immer sie in dieser Unterlage erscheinen.</numerusform>
                <numerusform>Was verhindern könnte, dass der Plan liefert, was der Vorstand finanzieren soll, nach Art gruppiert (insgesamt %n Risiken). Mit {mark} markierte Vorhaben tragen eines dieser Risiken, wo immer sie in dieser Unterlage erscheinen.</numerusform>
            </translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>{money} at stake in all. Each is listed in the working team pack.</source>
            <translation>Insgesamt stehen {money} auf dem Spiel. Jedes ist in der Unterlage für das Arbeitsteam aufgeführt.</translation>
        </message>
        <message>
            <source>Each is listed in the working team pack.</source>
            <translation>Jedes ist in der Unterlage für das Arbeitsteam aufgeführt.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Folge</translation>
        </message>
        <message>
            <source>What the board can do</source>
            <translation>Was der Vorstand tun kann</translation>
        </message>
    </context>
    <context>
        <name>PdfSections</name>
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
            <source>Strategy on a page</source>
            <translation>Strategie auf einer Seite</translation>
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
            <source>Workshop outcome</source>
            <translation>Workshop-Ergebnis</translation>
        </message>
        <message>
            <source>Appendix: item cards</source>
            <translation>Anhang: Vorhabenskarten</translation>
        </message>
        <message>
            <source>The case in business terms and the decisions asked of the board</source>
            <translation>Der Nutzen in geschäftlichen Begriffen und die Entscheidungen, um die der Vorstand gebeten wird</translation>
        </message>
        <message>
            <source>What could stop the plan delivering, its consequence, and what the board can do</source>
            <translation>Was die Umsetzung des Plans gefährden kann, die Folgen und was der Vorstand tun kann</translation>
        </message>
        <message>
            <source>Themes, objectives, the programs serving them and the KPIs that prove it</source>
            <translation>Themen, Ziele, die Programme, die ihnen dienen, und die KPIs, die es belegen</translation>
        </message>
        <message>
            <source>Each business objective, the IT work that serves it and the KPIs that track it</source>
            <translation>Jedes Geschäftsziel, die IT-Arbeit, die ihm dient, und die KPIs, die es verfolgen</translation>
        </message>
        <message>
            <source>Every scheduled item by theme, quarter by quarter, with milestones and dependencies</source>
            <translation>Jedes eingeplante Vorhaben nach Thema, Quartal für Quartal, mit Meilensteinen und Abhängigkeiten</translation>
        </message>
        <message>
            <source>Which items serve which objectives, and where the gaps are</source>
            <translation>Welche Vorhaben welchen Zielen dienen und wo die Lücken sind</translation>
        </message>
        <message>
            <source>Where the money goes, by category, quarter, business unit and theme, and what it buys</source>
            <translation>Wohin das Geld fließt, nach Kategorie, Quartal, Geschäftsbereich und Thema, und was es bewirkt</translation>
        </message>
        <message>
            <source>The agreed ranking, each score broken down by criterion, and how robust it is</source>
            <translation>Die vereinbarte Rangfolge, jede Bewertung nach Kriterien aufgeschlüsselt, und wie robust sie ist</translation>
        </message>
        <message>
            <source>Team demand against capacity, and which items must wait, with the reason</source>
            <translation>Bedarf der Teams gegen ihre Kapazität und welche Vorhaben warten müssen, mit Begründung</translation>
        </message>
        <message>
            <source>How IT and the business work together: maturity, sponsors, cases, adoption</source>
            <translation>Wie IT und Geschäft zusammenarbeiten: Reife, Sponsoren, Business Cases, Nutzung</translation>
        </message>
        <message>
            <source>What moved, was added, dropped, re-costed or re-ranked since the baseline</source>
            <translation>Was seit dem Basisplan verschoben, hinzugefügt, gestrichen, neu kalkuliert oder neu priorisiert wurde</translation>
        </message>
        <message>
            <source>What the workshop decided, each round's result, where business and IT differ, the actions and what changed in the plan</source>
            <translation>Was der Workshop entschieden hat, das Ergebnis jeder Runde, wo Geschäft und IT verschiedener Meinung sind, die Maßnahmen und was sich im Plan geändert hat</translation>
        </message>
        <message>
            <source>One card per item: owners, money, value, dependencies and KPIs</source>
            <translation>Eine Karte je Vorhaben: Verantwortliche, Geld, Nutzen, Abhängigkeiten und KPIs</translation>
        </message>
        <message>
            <source>Board pack</source>
            <translation>Vorstandsunterlage</translation>
        </message>
        <message>
            <source>The Board</source>
            <translation>Der Vorstand</translation>
        </message>
        <message>
            <source>Working team pack</source>
            <translation>Unterlage für das Arbeitsteam</translation>
        </message>
        <message>
            <source>The planning team</source>
            <translation>Das Planungsteam</translation>
        </message>
        <message>
            <source>The workshop's participants</source>
            <translation>Die Teilnehmer des Workshops</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Vertraulich</translation>
        </message>
        <message>
            <source>{preset} pack</source>
            <translation>Unterlage {preset}</translation>
        </message>
    </context>
    <context>
        <name>PdfStory</name>
        <message>
            <source>In this pack</source>
            <translation>In dieser Unterlage</translation>
        </message>
        <message>
            <source>Prepared from the plan {title}</source>
            <translation>Erstellt aus dem Plan {title}</translation>
        </message>
        <message>
            <source>Prepared from the plan whose title is on the cover</source>
            <translation>Erstellt aus dem Plan, dessen Titel auf dem Deckblatt steht,</translation>
        </message>
        <message>
            <source>{prepared} of {organisation}</source>
            <translation>{prepared} von {organisation}</translation>
        </message>
        <message>
            <source>only {filters}</source>
            <translation>nur {filters}</translation>
        </message>
        <message>
            <source>the whole plan</source>
            <translation>den ganzen Plan</translation>
        </message>
        <message>
            <source>&lt;b&gt;About this pack.&lt;/b&gt; {prepared} on {date}; it covers {scope}: {objectives}, {items} and {teams}. Money is in {currency}. Investment is {investment}: opex is the {opex}. Value is the {value}. Cancelled items count nowhere.</source>
            <translation>&lt;b&gt;Zu dieser Unterlage.&lt;/b&gt; {prepared} am {date}; sie umfasst {scope}: {objectives}, {items} und {teams}. Beträge in {currency}. Investitionen: {investment}; Opex: {opex}. Nutzen: {value}. Abgebrochene Vorhaben zählen nirgends mit.</translation>
        </message>
        <message numerus="yes">
            <source>%n roadmap item(s)</source>
            <translation>
                <numerusform>%n Roadmap-Vorhaben</numerusform>
                <numerusform>%n Roadmap-Vorhaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n delivery team(s)</source>
            <translation>
                <numerusform>%n Umsetzungsteam</numerusform>
                <numerusform>%n Umsetzungsteams</numerusform>
            </translation>
        </message>
        <message>
            <source>This plan is empty: it has no objectives and no roadmap items yet. Add objectives and the work that serves them, then export again.</source>
            <translation>Dieser Plan ist leer: Er hat noch keine Ziele und keine Roadmap-Vorhaben. Fügen Sie Ziele und die Arbeit hinzu, die ihnen dient, und exportieren Sie dann erneut.</translation>
        </message>
        <message>
            <source>Nothing in this plan matches the chosen filters ({filters}). Widen the filters and export again.</source>
            <translation>Nichts in diesem Plan passt zu den gewählten Filtern ({filters}). Erweitern Sie die Filter und exportieren Sie erneut.</translation>
        </message>
        <message>
            <source>The chosen sections have nothing to show for this plan. Choose more sections and export again.</source>
            <translation>Die gewählten Abschnitte haben für diesen Plan nichts zu zeigen. Wählen Sie weitere Abschnitte und exportieren Sie erneut.</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>Nichts zu zeigen</translation>
        </message>
        <message>
            <source>{pack}: IT strategy roadmap {start}–{end}</source>
            <translation>{pack}: Roadmap der IT-Strategie {start}–{end}</translation>
        </message>
        <message>
            <source>IT strategy</source>
            <translation>IT-Strategie</translation>
        </message>
        <message>
            <source>roadmap</source>
            <translation>Roadmap</translation>
        </message>
    </context>
    <context>
        <name>PdfStrategy</name>
        <message>
            <source>supported</source>
            <translation>unterstützt</translation>
        </message>
        <message>
            <source>no IT work serves it</source>
            <translation>keine IT-Arbeit dient ihm</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>Kein Thema</translation>
        </message>
        <message>
            <source>target {target}</source>
            <translation>Zielwert {target}</translation>
        </message>
        <message>
            <source>owner {name}</source>
            <translation>verantwortlich: {name}</translation>
        </message>
        <message>
            <source>… and {count} more, {money}</source>
            <translation>… und {count} weitere, {money}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{money}&lt;/b&gt; attributed; %n program(s), {funded} funded: {programs}</source>
            <translation>
                <numerusform>&lt;b&gt;{money}&lt;/b&gt; zugeordnet; %n Programm, {funded} finanziert: {programs}</numerusform>
                <numerusform>&lt;b&gt;{money}&lt;/b&gt; zugeordnet; %n Programme, {funded} finanziert: {programs}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{money}&lt;/b&gt; attributed through weak links only; no program serves it moderately or strongly.</source>
            <translation>&lt;b&gt;{money}&lt;/b&gt; nur über schwache Verknüpfungen zugeordnet; kein Programm dient ihm mittel oder stark.</translation>
        </message>
        <message>
            <source>No program serves it yet.</source>
            <translation>Noch dient ihm kein Programm.</translation>
        </message>
        <message>
            <source>: target {value}</source>
            <translation>: Zielwert {value}</translation>
        </message>
        <message>
            <source>, now {value}</source>
            <translation>, aktuell {value}</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>No KPI yet.</source>
            <translation>Noch kein KPI.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more objective(s)</source>
            <translation>
                <numerusform>… und %n weiteres Ziel</numerusform>
                <numerusform>… und %n weitere Ziele</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{money}&lt;/b&gt; attributed; each is in the working team pack.</source>
            <translation>&lt;b&gt;{money}&lt;/b&gt; zugeordnet; jedes steht in der Unterlage für das Arbeitsteam.</translation>
        </message>
        <message numerus="yes">
            <source>The plan's %n business objective(s), {supported} with IT work behind them; {aligned} of {total} serves them. Each row: the objective, the programs serving it (largest first, moderate or strong links) with their money and status, and the KPIs that prove it.</source>
            <translation>
                <numerusform>Das %n Geschäftsziel des Plans, {supported} davon mit IT-Arbeit dahinter; {aligned} von {total} dienen ihm. Jede Zeile: das Ziel, die Programme, die ihm dienen (die größten zuerst, mittlere oder starke Verknüpfungen), mit Geld und Status, und die KPIs, die es belegen.</numerusform>
                <numerusform>Die %n Geschäftsziele des Plans, {supported} davon mit IT-Arbeit dahinter; {aligned} von {total} dienen ihnen. Jede Zeile: das Ziel, die Programme, die ihm dienen (die größten zuerst, mittlere oder starke Verknüpfungen), mit Geld und Status, und die KPIs, die es belegen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Investment and the programs serving it</source>
            <translation>Investitionen und die Programme, die ihm dienen</translation>
        </message>
        <message>
            <source>KPIs that prove it</source>
            <translation>KPIs, die es belegen</translation>
        </message>
    </context>
    <context>
        <name>PdfSummary</name>
        <message>
            <source>not scheduled</source>
            <translation>nicht eingeplant</translation>
        </message>
        <message>
            <source>investment ({meaning})</source>
            <translation>Investitionen ({meaning})</translation>
        </message>
        <message>
            <source>of spend serves a business objective</source>
            <translation>der Ausgaben dienen einem Geschäftsziel</translation>
        </message>
        <message>
            <source>items: {mix}</source>
            <translation>Vorhaben: {mix}</translation>
        </message>
        <message numerus="yes">
            <source>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n item(s) of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered (the investment pays back in about {years} years of full benefits).</source>
            <translation>
                <numerusform>Von &lt;b&gt;{start} bis {end}&lt;/b&gt; investiert der Plan &lt;b&gt;{cost}&lt;/b&gt; in %n IT-gestütztes Veränderungsvorhaben, das nach der Umsetzung &lt;b&gt;{value} pro Jahr&lt;/b&gt; einbringen soll (die Investition amortisiert sich in etwa {years} Jahren vollen Nutzens).</numerusform>
                <numerusform>Von &lt;b&gt;{start} bis {end}&lt;/b&gt; investiert der Plan &lt;b&gt;{cost}&lt;/b&gt; in %n IT-gestützte Veränderungsvorhaben, die nach der Umsetzung &lt;b&gt;{value} pro Jahr&lt;/b&gt; einbringen sollen (die Investition amortisiert sich in etwa {years} Jahren vollen Nutzens).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n item(s) of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered.</source>
            <translation>
                <numerusform>Von &lt;b&gt;{start} bis {end}&lt;/b&gt; investiert der Plan &lt;b&gt;{cost}&lt;/b&gt; in %n IT-gestütztes Veränderungsvorhaben, das nach der Umsetzung &lt;b&gt;{value} pro Jahr&lt;/b&gt; einbringen soll.</numerusform>
                <numerusform>Von &lt;b&gt;{start} bis {end}&lt;/b&gt; investiert der Plan &lt;b&gt;{cost}&lt;/b&gt; in %n IT-gestützte Veränderungsvorhaben, die nach der Umsetzung &lt;b&gt;{value} pro Jahr&lt;/b&gt; einbringen sollen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business objective(s)</source>
            <translation>
                <numerusform>%n Geschäftsziel</numerusform>
                <numerusform>%n Geschäftszielen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{share} of the spend serves the {objectives} the leadership agreed; %n of them have no IT work behind them yet.</source>
            <translation>
                <numerusform>{share} der Ausgaben dienen den {objectives}, auf die sich die Führung geeinigt hat; hinter %n davon steht noch keine IT-Arbeit.</numerusform>
                <numerusform>{share} der Ausgaben dienen den {objectives}, auf die sich die Führung geeinigt hat; hinter %n davon steht noch keine IT-Arbeit.</numerusform>
            </translation>
        </message>
        <message>
            <source>{share} of the spend serves the {objectives} the leadership agreed; every objective has IT work behind it.</source>
            <translation>{share} der Ausgaben dienen den {objectives}, auf die sich die Führung geeinigt hat; hinter jedem Ziel steht IT-Arbeit.</translation>
        </message>
        <message>
            <source>This pack covers {filters} only.</source>
            <translation>Diese Unterlage umfasst nur {filters}.</translation>
        </message>
        <message>
            <source>Top-ranked items</source>
            <translation>Die am höchsten priorisierten Vorhaben</translation>
        </message>
        <message>
            <source>Ranked by {method}; the full ranking is in the ranked portfolio section.</source>
            <translation>Priorisiert nach {method}; die vollständige Rangfolge steht im Abschnitt „Priorisiertes Portfolio“.</translation>
        </message>
        <message>
            <source>Ranked by {method}; the full ranking is in the working team pack.</source>
            <translation>Priorisiert nach {method}; die vollständige Rangfolge steht in der Unterlage für das Arbeitsteam.</translation>
        </message>
        <message>
            <source>Largest items by annual value</source>
            <translation>Die größten Vorhaben nach jährlichem Nutzen</translation>
        </message>
        <message>
            <source>No ranking has been agreed yet; items are listed by the value they are expected to bring.</source>
            <translation>Es wurde noch keine Rangfolge vereinbart; die Vorhaben sind nach dem erwarteten Nutzen aufgeführt.</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Alle Bereiche</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>Business unit</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Value a year</source>
            <translation>Nutzen pro Jahr</translation>
        </message>
        <message>
            <source>{mark} marks an item at risk; the next page says why and what the board can do.</source>
            <translation>{mark} kennzeichnet ein gefährdetes Vorhaben; die nächste Seite sagt, warum, und was der Vorstand tun kann.</translation>
        </message>
        <message>
            <source> — owner {name}</source>
            <translation> — verantwortlich: {name}</translation>
        </message>
        <message>
            <source>, target {target}</source>
            <translation>, Zielwert {target}</translation>
        </message>
        <message>
            <source>Objectives with no IT work behind them</source>
            <translation>Ziele, hinter denen keine IT-Arbeit steht</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… und {count} weitere.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Approve %n proposed item(s)&lt;/b&gt; costing {cost} and worth {value} a year — or say which to drop. The largest: {names}.</source>
            <translation>
                <numerusform>&lt;b&gt;%n vorgeschlagenes Vorhaben genehmigen&lt;/b&gt;, Kosten {cost}, Nutzen {value} pro Jahr — oder sagen, welches entfallen soll. Das größte: {names}.</numerusform>
                <numerusform>&lt;b&gt;%n vorgeschlagene Vorhaben genehmigen&lt;/b&gt;, Kosten {cost}, Nutzen {value} pro Jahr — oder sagen, welche entfallen sollen. Die größten: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Fund or rule out IT work for %n unsupported objective(s)&lt;/b&gt;: {names} and {more} more.</source>
            <translation>
                <numerusform>&lt;b&gt;IT-Arbeit für %n Ziel ohne Unterstützung finanzieren oder ausschließen&lt;/b&gt;: {names} und {more} weitere.</numerusform>
                <numerusform>&lt;b&gt;IT-Arbeit für %n Ziele ohne Unterstützung finanzieren oder ausschließen&lt;/b&gt;: {names} und {more} weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Fund or rule out IT work for %n unsupported objective(s)&lt;/b&gt;: {names}.</source>
            <translation>
                <numerusform>&lt;b&gt;IT-Arbeit für %n Ziel ohne Unterstützung finanzieren oder ausschließen&lt;/b&gt;: {names}.</numerusform>
                <numerusform>&lt;b&gt;IT-Arbeit für %n Ziele ohne Unterstützung finanzieren oder ausschließen&lt;/b&gt;: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{team} is overbooked in %n quarter(s) (peak {demand} FTE against {capacity} in {quarter})</source>
            <translation>
                <numerusform>{team} ist in %n Quartal überbucht (Spitze {demand} FTE bei {capacity} in {quarter})</numerusform>
                <numerusform>{team} ist in %n Quartalen überbucht (Spitze {demand} FTE bei {capacity} in {quarter})</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Add capacity or accept later starts&lt;/b&gt;: {teams}.</source>
            <translation>&lt;b&gt;Kapazität ergänzen oder spätere Starts akzeptieren&lt;/b&gt;: {teams}.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Question {money} of spend&lt;/b&gt; on %n item(s) linked to no business objective.</source>
            <translation>
                <numerusform>&lt;b&gt;Ausgaben von {money} hinterfragen&lt;/b&gt; für %n Vorhaben, das mit keinem Geschäftsziel verknüpft ist.</numerusform>
                <numerusform>&lt;b&gt;Ausgaben von {money} hinterfragen&lt;/b&gt; für %n Vorhaben, die mit keinem Geschäftsziel verknüpft sind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Name a business sponsor&lt;/b&gt; for %n item(s) that have none (or whose sponsor has left).</source>
            <translation>
                <numerusform>&lt;b&gt;Einen Sponsor aus dem Geschäft benennen&lt;/b&gt; für %n Vorhaben, das keinen hat (oder dessen Sponsor ausgeschieden ist).</numerusform>
                <numerusform>&lt;b&gt;Einen Sponsor aus dem Geschäft benennen&lt;/b&gt; für %n Vorhaben, die keinen haben (oder deren Sponsor ausgeschieden ist).</numerusform>
            </translation>
        </message>
        <message>
            <source>Decisions asked of the board</source>
            <translation>Entscheidungen des Vorstands</translation>
        </message>
    </context>
    <context>
        <name>PdfText</name>
        <message>
            <source>capex + opex, both totals for the item</source>
            <translation>Capex + Opex, beide als Summe je Vorhaben</translation>
        </message>
        <message>
            <source>running cost over the item's life in the plan, a total for the item (not a year)</source>
            <translation>laufende Kosten über die Lebensdauer des Vorhabens im Plan, als Summe je Vorhaben (nicht pro Jahr)</translation>
        </message>
        <message>
            <source>expected benefit a year once delivered</source>
            <translation>erwarteter jährlicher Nutzen nach der Umsetzung</translation>
        </message>
    </context>
    <context>
        <name>PdfTimeline</name>
        <message>
            <source>{title}, {first} to {last}</source>
            <translation>{title}, {first} bis {last}</translation>
        </message>
        <message>
            <source>Serves no objective</source>
            <translation>Dient keinem Ziel</translation>
        </message>
        <message>
            <source>; and {count} more</source>
            <translation>; und {count} weitere</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Anz.</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Laufzeit</translation>
        </message>
        <message>
            <source>Top-ranked items, named</source>
            <translation>Die am höchsten priorisierten Vorhaben</translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled item(s) are too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name ({mark} at risk); the working team pack draws every item.</source>
            <translation>
                <numerusform>%n eingeplantes Vorhaben sind zu viele, um jedes einzeln zu zeichnen, daher ist die Roadmap nach Thema zusammengefasst: wie viele Vorhaben in jedem Jahr laufen, was sie kosten, wann die Arbeit des Themas läuft, und seine am höchsten priorisierten Vorhaben mit Namen ({mark} gefährdet); die Unterlage für das Arbeitsteam zeichnet jedes Vorhaben.</numerusform>
                <numerusform>%n eingeplante Vorhaben sind zu viele, um jedes einzeln zu zeichnen, daher ist die Roadmap nach Thema zusammengefasst: wie viele Vorhaben in jedem Jahr laufen, was sie kosten, wann die Arbeit des Themas läuft, und seine am höchsten priorisierten Vorhaben mit Namen ({mark} gefährdet); die Unterlage für das Arbeitsteam zeichnet jedes Vorhaben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled item(s) are too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name; the working team pack draws every item.</source>
            <translation>
                <numerusform>%n eingeplantes Vorhaben sind zu viele, um jedes einzeln zu zeichnen, daher ist die Roadmap nach Thema zusammengefasst: wie viele Vorhaben in jedem Jahr laufen, was sie kosten, wann die Arbeit des Themas läuft, und seine am höchsten priorisierten Vorhaben mit Namen; die Unterlage für das Arbeitsteam zeichnet jedes Vorhaben.</numerusform>
                <numerusform>%n eingeplante Vorhaben sind zu viele, um jedes einzeln zu zeichnen, daher ist die Roadmap nach Thema zusammengefasst: wie viele Vorhaben in jedem Jahr laufen, was sie kosten, wann die Arbeit des Themas läuft, und seine am höchsten priorisierten Vorhaben mit Namen; die Unterlage für das Arbeitsteam zeichnet jedes Vorhaben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Roadmap timeline: the work by theme</source>
            <translation>Roadmap-Zeitleiste: die Arbeit nach Thema</translation>
        </message>
    </context>
    <context>
        <name>PdfWorkshop</name>
        <message>
            <source>How the room voted</source>
            <translation>Wie der Raum abgestimmt hat</translation>
        </message>
        <message numerus="yes">
            <source>{ballots} of %n participant(s)</source>
            <translation>
                <numerusform>{ballots} von %n Teilnehmer</numerusform>
                <numerusform>{ballots} von %n Teilnehmern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n Stimmzettel</numerusform>
                <numerusform>%n Stimmzettel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n abstention(s)</source>
            <translation>
                <numerusform>%n Enthaltung</numerusform>
                <numerusform>%n Enthaltungen</numerusform>
            </translation>
        </message>
        <message>
            <source>round {state}</source>
            <translation>Runde {state}</translation>
        </message>
        <message>
            <source>Round {code}: {question}</source>
            <translation>Runde {code}: {question}</translation>
        </message>
        <message>
            <source>Round {code}</source>
            <translation>Runde {code}</translation>
        </message>
        <message>
            <source>Not counted: {problem}</source>
            <translation>Nicht gezählt: {problem}</translation>
        </message>
        <message>
            <source>No votes were cast in this round.</source>
            <translation>In dieser Runde wurden keine Stimmen abgegeben.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wertung</translation>
        </message>
        <message>
            <source>How it got there</source>
            <translation>Wie es dazu kam</translation>
        </message>
        <message>
            <source>Business and IT are not shown apart: in an anonymous round a side needs at least three voters, or their votes could be told apart.</source>
            <translation>Geschäft und IT werden nicht getrennt gezeigt: In einer anonymen Runde braucht eine Seite mindestens drei Abstimmende, sonst ließen sich ihre Stimmen zuordnen.</translation>
        </message>
        <message>
            <source>Where business and IT differ: {option} — business {business}, IT {it} of each side's votes.</source>
            <translation>Wo Geschäft und IT verschiedener Meinung sind: {option} — Geschäft {business}, IT {it} der Stimmen der jeweiligen Seite.</translation>
        </message>
        <message>
            <source>Adopted in the plan as {how}.</source>
            <translation>Im Plan übernommen als {how}.</translation>
        </message>
        <message>
            <source>Voter</source>
            <translation>Abstimmende Person</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Stimmzettel</translation>
        </message>
        <message>
            <source>No decisions were recorded.</source>
            <translation>Es wurden keine Entscheidungen festgehalten.</translation>
        </message>
        <message>
            <source>&lt;i&gt;Rejected:&lt;/i&gt; {options}</source>
            <translation>&lt;i&gt;Verworfen:&lt;/i&gt; {options}</translation>
        </message>
        <message>
            <source>&lt;i&gt;About:&lt;/i&gt; {records}</source>
            <translation>&lt;i&gt;Betrifft:&lt;/i&gt; {records}</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
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
            <source>Evidence</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <source>No actions were recorded.</source>
            <translation>Es wurden keine Maßnahmen festgehalten.</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>noch niemand</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
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
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>The plan has no workshop {code} (workshops: {known}); check the name with 'stratplanner workshop list'.</source>
            <translation>Der Plan hat keinen Workshop {code} (Workshops: {known}); prüfen Sie den Namen mit 'stratplanner workshop list'.</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n Runde</numerusform>
                <numerusform>%n Runden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) ({business} from the business, {it} from IT) met on {date} and voted in {rounds}.</source>
            <translation>
                <numerusform>%n Teilnehmer ({business} aus dem Geschäft, {it} aus der IT) traf sich am {date} und stimmte in {rounds} ab.</numerusform>
                <numerusform>%n Teilnehmer ({business} aus dem Geschäft, {it} aus der IT) trafen sich am {date} und stimmten in {rounds} ab.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) ({business} from the business, {it} from IT) met and voted in {rounds}.</source>
            <translation>
                <numerusform>%n Teilnehmer ({business} aus dem Geschäft, {it} aus der IT) traf sich und stimmte in {rounds} ab.</numerusform>
                <numerusform>%n Teilnehmer ({business} aus dem Geschäft, {it} aus der IT) trafen sich und stimmten in {rounds} ab.</numerusform>
            </translation>
        </message>
        <message>
            <source>Workshop outcome: {title}</source>
            <translation>Workshop-Ergebnis: {title}</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <source>What changed in the plan</source>
            <translation>Was sich im Plan geändert hat</translation>
        </message>
        <message>
            <source>Round {code} adopted as {how}.</source>
            <translation>Runde {code} übernommen als {how}.</translation>
        </message>
        <message>
            <source>The rounds</source>
            <translation>Die Runden</translation>
        </message>
        <message>
            <source>The workshop has no voting rounds.</source>
            <translation>Der Workshop hat keine Abstimmungsrunden.</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
    </context>
</TS>
