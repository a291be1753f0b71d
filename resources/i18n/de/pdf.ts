<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
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
            <translation>&lt;b&gt;Zu dieser Unterlage.&lt;/b&gt; {prepared} am {date}; sie umfasst {scope}: {objectives}, {items} und {teams}. Beträge in {currency}. Investitionen sind {investment}; Opex sind die {opex}. Nutzen ist der {value}. Abgebrochene Vorhaben zählen nirgends mit.</translation>
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
        <name>PdfText</name>
        <message>
            <source>done</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>vorgeschlagen</translation>
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
            <source>{count} {status}</source>
            <translation>{count} {status}</translation>
        </message>
        <message>
            <source>capex + opex, both totals for the item</source>
            <translation>Capex + Opex, beide als Summe je Vorhaben</translation>
        </message>
        <message>
            <source>running cost over the item's life in the plan, a total for the item (not a year)</source>
            <translation>laufenden Kosten über die Lebensdauer des Vorhabens im Plan, als Summe je Vorhaben (nicht pro Jahr)</translation>
        </message>
        <message>
            <source>expected benefit a year once delivered</source>
            <translation>erwartete jährliche Nutzen nach der Umsetzung</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{objectives} under %n theme(s)</source>
            <translation>
                <numerusform>{objectives} in %n Thema</numerusform>
                <numerusform>{objectives} in %n Themen</numerusform>
            </translation>
        </message>
    </context>
</TS>
