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
