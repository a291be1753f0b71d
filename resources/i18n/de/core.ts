<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>BusinessTerms</name>
        <message>
            <source>{driver} ({money} a year)</source>
            <translation>{driver} ({money} pro Jahr)</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Quick wins</source>
            <translation>Schnelle Erfolge</translation>
        </message>
        <message>
            <source>Strategic bets</source>
            <translation>Strategische Wetten</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation>Lückenfüller</translation>
        </message>
        <message>
            <source>Question marks</source>
            <translation>Fragezeichen</translation>
        </message>
        <message>
            <source>Value against cost</source>
            <translation>Nutzen gegen Kosten</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Vorhaben</numerusform>
                <numerusform>%n Vorhaben</numerusform>
            </translation>
        </message>
        <message>
            <source>bubble size = alignment</source>
            <translation>Blasengröße = Ausrichtung</translation>
        </message>
        <message>
            <source>No items match this view.</source>
            <translation>Keine Vorhaben passen zu dieser Ansicht.</translation>
        </message>
        <message>
            <source>Items with no cost or no value sit on the axis edge.</source>
            <translation>Vorhaben ohne Kosten oder ohne Nutzen liegen am Achsenrand.</translation>
        </message>
        <message numerus="yes">
            <source>Shading counts all %n item(s); bubbles show the costliest, the most valuable and the best value for money.</source>
            <translation>
                <numerusform>Die Schattierung zählt %n Vorhaben; die Blasen zeigen die teuersten, die wertvollsten und die mit dem besten Preis-Leistungs-Verhältnis.</numerusform>
                <numerusform>Die Schattierung zählt alle %n Vorhaben; die Blasen zeigen die teuersten, die wertvollsten und die mit dem besten Preis-Leistungs-Verhältnis.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cost (capex + opex), {unit}</source>
            <translation>Kosten (Capex + Opex), {unit}</translation>
        </message>
        <message>
            <source>Annual value, {unit} a year</source>
            <translation>Jährlicher Nutzen, {unit} pro Jahr</translation>
        </message>
        <message numerus="yes">
            <source>Numbered: the {numbered} largest items (cost + value); the other %n are counted in the quadrant captions.</source>
            <translation>
                <numerusform>Nummeriert: die {numbered} größten Vorhaben (Kosten + Nutzen); das übrige %n ist in den Quadrantenbeschriftungen mitgezählt.</numerusform>
                <numerusform>Nummeriert: die {numbered} größten Vorhaben (Kosten + Nutzen); die übrigen %n sind in den Quadrantenbeschriftungen mitgezählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The dashed lines are the thresholds set for this view: cost {cost} (vertical) and annual value {value} a year (horizontal).</source>
            <translation>Die gestrichelten Linien sind die für diese Ansicht gesetzten Schwellen: Kosten {cost} (senkrecht) und jährlicher Nutzen {value} pro Jahr (waagerecht).</translation>
        </message>
        <message>
            <source>The dashed lines are the median item's cost ({cost}, vertical) and annual value ({value} a year, horizontal).</source>
            <translation>Die gestrichelten Linien sind Kosten ({cost}, senkrecht) und jährlicher Nutzen ({value} pro Jahr, waagerecht) des mittleren Vorhabens (Median).</translation>
        </message>
        <message>
            <source>Above the horizontal line an item returns more value than the median, right of the vertical one it costs more. Quick wins: valuable and cheap; strategic bets: valuable and costly; fill-ins: cheap, little value; question marks: costly, little value.</source>
            <translation>Oberhalb der waagerechten Linie bringt ein Vorhaben mehr Nutzen als der Median, rechts der senkrechten kostet es mehr. Schnelle Erfolge: wertvoll und günstig; strategische Wetten: wertvoll und teuer; Lückenfüller: günstig, wenig Nutzen; Fragezeichen: teuer, wenig Nutzen.</translation>
        </message>
        <message>
            <source>No annual value stated</source>
            <translation>Kein jährlicher Nutzen angegeben</translation>
        </message>
        <message>
            <source>Low alignment</source>
            <translation>Geringe Ausrichtung</translation>
        </message>
        <message>
            <source>High alignment</source>
            <translation>Hohe Ausrichtung</translation>
        </message>
        <message>
            <source>Many items (darker = more)</source>
            <translation>Viele Vorhaben (dunkler = mehr)</translation>
        </message>
        <message>
            <source>Linked to no objective</source>
            <translation>Mit keinem Ziel verknüpft</translation>
        </message>
        <message>
            <source>under 50%</source>
            <translation>unter 50 %</translation>
        </message>
        <message>
            <source>over 150%</source>
            <translation>über 150 %</translation>
        </message>
        <message>
            <source>Team capacity: demand against capacity</source>
            <translation>Teamkapazität: Bedarf gegen Kapazität</translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n Team</numerusform>
                <numerusform>%n Teams</numerusform>
            </translation>
        </message>
        <message>
            <source>teams {first}–{last} of {count}</source>
            <translation>Teams {first}–{last} von {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n overbooked team-quarter(s)</source>
            <translation>
                <numerusform>%n überbuchtes Team-Quartal</numerusform>
                <numerusform>%n überbuchte Team-Quartale</numerusform>
            </translation>
        </message>
        <message>
            <source>This plan has no teams yet.</source>
            <translation>Dieser Plan hat noch keine Teams.</translation>
        </message>
        <message>
            <source>Showing teams {first}–{last} of {count}; set team_offset for the others.</source>
            <translation>Gezeigt werden die Teams {first}–{last} von {count}; die übrigen über team_offset.</translation>
        </message>
        <message>
            <source>{team}, {quarter}: no demand</source>
            <translation>{team}, {quarter}: kein Bedarf</translation>
        </message>
        <message>
            <source>{team}, {quarter}: {demand} asked of {capacity}</source>
            <translation>{team}, {quarter}: {demand} angefragt bei {capacity}</translation>
        </message>
        <message>
            <source>Overbooked by {excess}</source>
            <translation>Um {excess} überbucht</translation>
        </message>
        <message numerus="yes">
            <source>over in %n quarter(s)</source>
            <translation>
                <numerusform>in %n Quartal überbucht</numerusform>
                <numerusform>in %n Quartalen überbucht</numerusform>
            </translation>
        </message>
        <message>
            <source>, peak {share}</source>
            <translation>, Spitze {share}</translation>
        </message>
        <message>
            <source>Demand within capacity</source>
            <translation>Bedarf innerhalb der Kapazität</translation>
        </message>
        <message>
            <source>Demand above capacity</source>
            <translation>Bedarf über der Kapazität</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>Demand as a share of capacity</source>
            <translation>Bedarf als Anteil der Kapazität</translation>
        </message>
        <message>
            <source>Filtered: {filters}</source>
            <translation>Gefiltert: {filters}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>Nicht eingeplant</translation>
        </message>
        <message>
            <source>Cost {cost} · value {value} a year</source>
            <translation>Kosten {cost} · Nutzen {value} pro Jahr</translation>
        </message>
        <message>
            <source>alignment {share}</source>
            <translation>Ausrichtung {share}</translation>
        </message>
        <message>
            <source>linked to no objective</source>
            <translation>mit keinem Ziel verknüpft</translation>
        </message>
        <message>
            <source>sponsor {name}</source>
            <translation>Sponsor {name}</translation>
        </message>
        <message>
            <source>Coverage: themes ranked by IT support</source>
            <translation>Abdeckung: Themen nach IT-Unterstützung geordnet</translation>
        </message>
        <message>
            <source>{count} of {total} themes unsupported</source>
            <translation>{count} von {total} Themen ohne Unterstützung</translation>
        </message>
        <message>
            <source>Coverage: objectives ranked by IT support</source>
            <translation>Abdeckung: Ziele nach IT-Unterstützung geordnet</translation>
        </message>
        <message>
            <source>{count} of {total} objectives unsupported</source>
            <translation>{count} von {total} Zielen ohne Unterstützung</translation>
        </message>
        <message>
            <source>the top {top} and bottom {bottom} drawn</source>
            <translation>die obersten {top} und untersten {bottom} gezeichnet</translation>
        </message>
        <message>
            <source>This plan has no objectives yet.</source>
            <translation>Dieser Plan hat noch keine Ziele.</translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s) in the middle of the ranking left out.</source>
            <translation>
                <numerusform>%n Thema aus der Mitte der Rangfolge ausgelassen.</numerusform>
                <numerusform>%n Themen aus der Mitte der Rangfolge ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s) in the middle of the ranking left out.</source>
            <translation>
                <numerusform>%n Ziel aus der Mitte der Rangfolge ausgelassen.</numerusform>
                <numerusform>%n Ziele aus der Mitte der Rangfolge ausgelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>… {count} more …</source>
            <translation>… {count} weitere …</translation>
        </message>
        <message>
            <source>{support} · only weak links</source>
            <translation>{support} · nur schwache Verknüpfungen</translation>
        </message>
        <message>
            <source>no IT support</source>
            <translation>keine IT-Unterstützung</translation>
        </message>
        <message>
            <source>Support: sum of link strengths (strong 3, moderate 2, weak 1)</source>
            <translation>Unterstützung: Summe der Verknüpfungsstärken (stark 3, mittel 2, schwach 1)</translation>
        </message>
        <message>
            <source>Strong links</source>
            <translation>Starke Verknüpfungen</translation>
        </message>
        <message>
            <source>Moderate links</source>
            <translation>Mittlere Verknüpfungen</translation>
        </message>
        <message>
            <source>Weak links</source>
            <translation>Schwache Verknüpfungen</translation>
        </message>
        <message>
            <source>Unsupported: no link of strength 2 or more</source>
            <translation>Ohne Unterstützung: keine Verknüpfung mit Stärke 2 oder mehr</translation>
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
            <source>Weight {weight} · support {support}: {strong} strong, {moderate} moderate, {weak} weak links</source>
            <translation>Gewicht {weight} · Unterstützung {support}: {strong} starke, {moderate} mittlere, {weak} schwache Verknüpfungen</translation>
        </message>
        <message>
            <source>Owner {name}</source>
            <translation>Verantwortlich: {name}</translation>
        </message>
        <message>
            <source>Unsupported: no item links to it with strength 2 or more</source>
            <translation>Ohne Unterstützung: kein Vorhaben ist mit Stärke 2 oder mehr damit verknüpft</translation>
        </message>
        <message>
            <source>{items} grouped by business unit</source>
            <translation>{items}, nach Geschäftsbereich gruppiert</translation>
        </message>
        <message>
            <source>{items} grouped by category</source>
            <translation>{items}, nach Kategorie gruppiert</translation>
        </message>
        <message>
            <source>{items} grouped by team</source>
            <translation>{items}, nach Team gruppiert</translation>
        </message>
        <message>
            <source>{items} grouped by quarter</source>
            <translation>{items}, nach Quartal gruppiert</translation>
        </message>
        <message>
            <source>weak link ({strength})</source>
            <translation>schwache Verknüpfung ({strength})</translation>
        </message>
        <message>
            <source>moderate link ({strength})</source>
            <translation>mittlere Verknüpfung ({strength})</translation>
        </message>
        <message>
            <source>strong link ({strength})</source>
            <translation>starke Verknüpfung ({strength})</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s) unsupported</source>
            <translation>
                <numerusform>%n Ziel ohne Unterstützung</numerusform>
                <numerusform>%n Ziele ohne Unterstützung</numerusform>
            </translation>
        </message>
        <message>
            <source>every objective supported</source>
            <translation>jedes Ziel unterstützt</translation>
        </message>
        <message>
            <source>Theme {code} — {title}</source>
            <translation>Thema {code} — {title}</translation>
        </message>
        <message>
            <source>UNSUPPORTED: no link of strength 2 or more</source>
            <translation>OHNE UNTERSTÜTZUNG: keine Verknüpfung mit Stärke 2 oder mehr</translation>
        </message>
        <message>
            <source>supported</source>
            <translation>unterstützt</translation>
        </message>
        <message>
            <source>Objective {code} — {title}</source>
            <translation>Ziel {code} — {title}</translation>
        </message>
        <message>
            <source>Support {support} ({strong} strong, {moderate} moderate, {weak} weak links); {state}</source>
            <translation>Unterstützung {support} ({strong} starke, {moderate} mittlere, {weak} schwache Verknüpfungen); {state}</translation>
        </message>
        <message>
            <source>Unscheduled</source>
            <translation>Nicht eingeplant</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>Kein Team</translation>
        </message>
        <message>
            <source>No business unit</source>
            <translation>Kein Geschäftsbereich</translation>
        </message>
        <message>
            <source>Alignment: objectives against IT items</source>
            <translation>Ausrichtung: Ziele gegen IT-Vorhaben</translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n Thema</numerusform>
                <numerusform>%n Themen</numerusform>
            </translation>
        </message>
        <message>
            <source>themes {first}–{last} of {count}</source>
            <translation>Themen {first}–{last} von {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message>
            <source>objectives {first}–{last} of {count}</source>
            <translation>Ziele {first}–{last} von {count}</translation>
        </message>
        <message>
            <source>items {first}–{last} of {count}</source>
            <translation>Vorhaben {first}–{last} von {count}</translation>
        </message>
        <message>
            <source>Showing {rows}; set row_offset for the others.</source>
            <translation>Gezeigt: {rows}; die übrigen über row_offset.</translation>
        </message>
        <message>
            <source>Showing items {first}–{last} of {count}; set column_offset for the others, or group the columns.</source>
            <translation>Gezeigt werden die Vorhaben {first}–{last} von {count}; die übrigen über column_offset, oder gruppieren Sie die Spalten.</translation>
        </message>
        <message>
            <source>No objective</source>
            <translation>Kein Ziel</translation>
        </message>
        <message numerus="yes">
            <source>{linked} of %n item(s) linked ({share}): {strong} strong, {moderate} moderate, {weak} weak</source>
            <translation>
                <numerusform>{linked} von %n Vorhaben verknüpft ({share}): {strong} stark, {moderate} mittel, {weak} schwach</numerusform>
                <numerusform>{linked} von %n Vorhaben verknüpft ({share}): {strong} stark, {moderate} mittel, {weak} schwach</numerusform>
            </translation>
        </message>
        <message>
            <source>no link</source>
            <translation>keine Verknüpfung</translation>
        </message>
        <message numerus="yes">
            <source>{group}: %n item(s), {orphans} linked to no objective</source>
            <translation>
                <numerusform>{group}: %n Vorhaben, {orphans} mit keinem Ziel verknüpft</numerusform>
                <numerusform>{group}: %n Vorhaben, {orphans} mit keinem Ziel verknüpft</numerusform>
            </translation>
        </message>
        <message>
            <source>No link</source>
            <translation>Keine Verknüpfung</translation>
        </message>
        <message>
            <source>Share of the column's items linked to the row</source>
            <translation>Anteil der Vorhaben der Spalte, die mit der Zeile verknüpft sind</translation>
        </message>
        <message>
            <source>Unsupported theme (no link of strength {n}+)</source>
            <translation>Thema ohne Unterstützung (keine Verknüpfung mit Stärke {n}+)</translation>
        </message>
        <message>
            <source>Support: the sum of the strengths of the links to the theme</source>
            <translation>Unterstützung: die Summe der Stärken der Verknüpfungen mit dem Thema</translation>
        </message>
        <message>
            <source>Unsupported objective (no link of strength {n}+)</source>
            <translation>Ziel ohne Unterstützung (keine Verknüpfung mit Stärke {n}+)</translation>
        </message>
        <message>
            <source>Support: the sum of the strengths of the links to the objective</source>
            <translation>Unterstützung: die Summe der Stärken der Verknüpfungen mit dem Ziel</translation>
        </message>
        <message>
            <source>Items linked to no objective</source>
            <translation>Vorhaben ohne Verknüpfung mit einem Ziel</translation>
        </message>
        <message>
            <source>Investment by quarter, by category</source>
            <translation>Investitionen je Quartal, nach Kategorie</translation>
        </message>
        <message>
            <source>Investment by quarter, by theme</source>
            <translation>Investitionen je Quartal, nach Thema</translation>
        </message>
        <message>
            <source>Investment by quarter, by objective</source>
            <translation>Investitionen je Quartal, nach Ziel</translation>
        </message>
        <message>
            <source>Investment by quarter, by business unit</source>
            <translation>Investitionen je Quartal, nach Geschäftsbereich</translation>
        </message>
        <message>
            <source>{money} from {first} to {last}</source>
            <translation>{money} von {first} bis {last}</translation>
        </message>
        <message>
            <source>{money} of unscheduled items is in no quarter.</source>
            <translation>{money} nicht eingeplanter Vorhaben liegen in keinem Quartal.</translation>
        </message>
        <message>
            <source>{money} falls in quarters outside the ones shown.</source>
            <translation>{money} fallen in Quartale außerhalb der gezeigten.</translation>
        </message>
        <message>
            <source>No spend in these quarters for the items in this view.</source>
            <translation>Keine Ausgaben in diesen Quartalen für die Vorhaben dieser Ansicht.</translation>
        </message>
        <message>
            <source>{quarter} · {series}: {money} ({share} of the quarter)</source>
            <translation>{quarter} · {series}: {money} ({share} des Quartals)</translation>
        </message>
        <message>
            <source>{unit} per quarter</source>
            <translation>{unit} je Quartal</translation>
        </message>
        <message>
            <source>Not linked to an objective</source>
            <translation>Mit keinem Ziel verknüpft</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s)</source>
            <translation>
                <numerusform>%n weiteres</numerusform>
                <numerusform>%n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>{category}: {money}, {share} of the whole investment</source>
            <translation>{category}: {money}, {share} der gesamten Investitionen</translation>
        </message>
        <message>
            <source>Share of all
investment</source>
            <translation>Anteil an allen
Investitionen</translation>
        </message>
        <message>
            <source>KPIs over time against their targets</source>
            <translation>KPIs im Zeitverlauf gegen ihre Zielwerte</translation>
        </message>
        <message>
            <source>Business outcomes over time</source>
            <translation>Geschäftsergebnisse im Zeitverlauf</translation>
        </message>
        <message>
            <source>IT service metrics over time</source>
            <translation>IT-Service-Kennzahlen im Zeitverlauf</translation>
        </message>
        <message>
            <source>Adoption over time</source>
            <translation>Nutzung im Zeitverlauf</translation>
        </message>
        <message>
            <source>{on} of {count} on target</source>
            <translation>{on} von {count} im Ziel</translation>
        </message>
        <message>
            <source>KPIs {first}–{last} drawn</source>
            <translation>KPIs {first}–{last} gezeichnet</translation>
        </message>
        <message>
            <source>No KPI has dated actuals yet.
Record actuals to see the trend against target.</source>
            <translation>Noch kein KPI hat datierte Istwerte.
Erfassen Sie Istwerte, um den Verlauf gegen den Zielwert zu sehen.</translation>
        </message>
        <message>
            <source>Showing KPIs {first}–{last} of {count} (the next ones on the next page).</source>
            <translation>Gezeigt werden die KPIs {first}–{last} von {count} (die nächsten auf der nächsten Seite).</translation>
        </message>
        <message>
            <source>item done, adoption below target: {status}</source>
            <translation>Vorhaben abgeschlossen, Nutzung unter Ziel: {status}</translation>
        </message>
        <message>
            <source> (target {target})</source>
            <translation> (Ziel {target})</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Istwert</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>Done, adoption below target</source>
            <translation>Abgeschlossen, Nutzung unter Ziel</translation>
        </message>
        <message>
            <source>Level {level} ({name}) on {date}</source>
            <translation>Stufe {level} ({name}) am {date}</translation>
        </message>
        <message>
            <source>Target {level} ({name})</source>
            <translation>Ziel {level} ({name})</translation>
        </message>
        <message numerus="yes">
            <source>, %n level(s) to go</source>
            <translation>
                <numerusform>, noch %n Stufe</numerusform>
                <numerusform>, noch %n Stufen</numerusform>
            </translation>
        </message>
        <message>
            <source>, reached</source>
            <translation>, erreicht</translation>
        </message>
        <message>
            <source>Up {levels} since {date}</source>
            <translation>Seit {date} um {levels} gestiegen</translation>
        </message>
        <message>
            <source>Down {levels} since {date}</source>
            <translation>Seit {date} um {levels} gesunken</translation>
        </message>
        <message>
            <source>Evidence: {text}</source>
            <translation>Belege: {text}</translation>
        </message>
        <message>
            <source>Partnership maturity by business unit</source>
            <translation>Partnerschaftsreife nach Geschäftsbereich</translation>
        </message>
        <message>
            <source>latest assessments up to {date}</source>
            <translation>letzte Bewertungen bis {date}</translation>
        </message>
        <message>
            <source>No partnership maturity assessments yet.
Assess a business unit on the six dimensions to see its radar.</source>
            <translation>Noch keine Bewertungen der Partnerschaftsreife.
Bewerten Sie einen Geschäftsbereich in den sechs Dimensionen, um sein Netzdiagramm zu sehen.</translation>
        </message>
        <message>
            <source>Latest assessment</source>
            <translation>Letzte Bewertung</translation>
        </message>
        <message>
            <source>First assessment</source>
            <translation>Erste Bewertung</translation>
        </message>
        <message>
            <source>Titles: average level (change since the first assessment) · levels: {levels}</source>
            <translation>Titel: durchschnittliche Stufe (Veränderung seit der ersten Bewertung) · Stufen: {levels}</translation>
        </message>
        <message>
            <source>Partnership maturity of {unit} by dimension</source>
            <translation>Partnerschaftsreife von {unit} nach Dimension</translation>
        </message>
        <message>
            <source>Partnership maturity by dimension</source>
            <translation>Partnerschaftsreife nach Dimension</translation>
        </message>
        <message>
            <source>Partnership maturity over time</source>
            <translation>Partnerschaftsreife im Zeitverlauf</translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) per unit</source>
            <translation>
                <numerusform>%n Bewertung je Bereich</numerusform>
                <numerusform>%n Bewertungen je Bereich</numerusform>
            </translation>
        </message>
        <message>
            <source>No partnership maturity assessments yet.
The trend starts with the first.</source>
            <translation>Noch keine Bewertungen der Partnerschaftsreife.
Der Verlauf beginnt mit der ersten.</translation>
        </message>
        <message>
            <source>{unit}, {date}: average {average} ({stage})</source>
            <translation>{unit}, {date}: Durchschnitt {average} ({stage})</translation>
        </message>
        <message>
            <source>, target {target}</source>
            <translation>, Ziel {target}</translation>
        </message>
        <message>
            <source>Average level over six dimensions</source>
            <translation>Durchschnittliche Stufe über sechs Dimensionen</translation>
        </message>
        <message numerus="yes">
            <source>%n level(s) to target</source>
            <translation>
                <numerusform>noch %n Stufe bis zum Ziel</numerusform>
                <numerusform>noch %n Stufen bis zum Ziel</numerusform>
            </translation>
        </message>
        <message>
            <source>Level at each assessment</source>
            <translation>Stufe bei jeder Bewertung</translation>
        </message>
        <message>
            <source>Gaps to target maturity, with practices that close them</source>
            <translation>Lücken zur Zielreife, mit den Praktiken, die sie schließen</translation>
        </message>
        <message numerus="yes">
            <source>%n dimension(s) below target</source>
            <translation>
                <numerusform>%n Dimension unter Ziel</numerusform>
                <numerusform>%n Dimensionen unter Ziel</numerusform>
            </translation>
        </message>
        <message>
            <source>the {shown} largest of {count} gaps below target</source>
            <translation>die {shown} größten von {count} Lücken unter Ziel</translation>
        </message>
        <message>
            <source>Every assessed dimension is at its target.</source>
            <translation>Jede bewertete Dimension hat ihr Ziel erreicht.</translation>
        </message>
        <message>
            <source>No partnership maturity assessments yet.
Gaps appear once targets are set.</source>
            <translation>Noch keine Bewertungen der Partnerschaftsreife.
Lücken erscheinen, sobald Ziele gesetzt sind.</translation>
        </message>
        <message>
            <source>Showing the {shown} largest of {count} gaps.</source>
            <translation>Gezeigt werden die {shown} größten von {count} Lücken.</translation>
        </message>
        <message>
            <source>{practice} (planned)</source>
            <translation>{practice} (geplant)</translation>
        </message>
        <message>
            <source>Level {level} ({name}) → target {target} ({target_name}), assessed {date}</source>
            <translation>Stufe {level} ({name}) → Ziel {target} ({target_name}), bewertet am {date}</translation>
        </message>
        <message>
            <source>Practices: {list}</source>
            <translation>Praktiken: {list}</translation>
        </message>
        <message>
            <source>Suggested practices</source>
            <translation>Empfohlene Praktiken</translation>
        </message>
        <message>
            <source>Level today</source>
            <translation>Heutige Stufe</translation>
        </message>
        <message>
            <source>Gap of one level</source>
            <translation>Lücke von einer Stufe</translation>
        </message>
        <message>
            <source>Gap of two or more</source>
            <translation>Lücke von zwei oder mehr Stufen</translation>
        </message>
        <message>
            <source>; +{count} more</source>
            <translation>; +{count} weitere</translation>
        </message>
        <message>
            <source>Investment by business process</source>
            <translation>Investitionen nach Geschäftsprozess</translation>
        </message>
        <message>
            <source>{money} mapped to processes</source>
            <translation>{money} Prozessen zugeordnet</translation>
        </message>
        <message>
            <source>{money} not mapped</source>
            <translation>{money} nicht zugeordnet</translation>
        </message>
        <message>
            <source>No business processes yet.
Map the processes, the applications that enable them and the items
that change them to see where the money goes.</source>
            <translation>Noch keine Geschäftsprozesse.
Erfassen Sie die Prozesse, die Anwendungen, die sie ermöglichen, und die Vorhaben,
die sie verändern, um zu sehen, wohin das Geld fließt.</translation>
        </message>
        <message>
            <source>No spend on the items in this view.</source>
            <translation>Keine Ausgaben für die Vorhaben dieser Ansicht.</translation>
        </message>
        <message>
            <source>Items: {codes}</source>
            <translation>Vorhaben: {codes}</translation>
        </message>
        <message>
            <source>No application enables this process.</source>
            <translation>Keine Anwendung ermöglicht diesen Prozess.</translation>
        </message>
        <message>
            <source>(no application: {names})</source>
            <translation>(keine Anwendung: {names})</translation>
        </message>
        <message>
            <source>(no application)</source>
            <translation>(keine Anwendung)</translation>
        </message>
        <message>
            <source>Not mapped to a process: {money}</source>
            <translation>Keinem Prozess zugeordnet: {money}</translation>
        </message>
        <message>
            <source>Not mapped to a process</source>
            <translation>Keinem Prozess zugeordnet</translation>
        </message>
        <message>
            <source>Spend on a process (shades: its sub-processes)</source>
            <translation>Ausgaben für einen Prozess (Schattierungen: seine Teilprozesse)</translation>
        </message>
        <message>
            <source>Spend on a process (level-1 totals in bold)</source>
            <translation>Ausgaben für einen Prozess (Summen der Ebene 1 fett)</translation>
        </message>
        <message>
            <source>Items touching no process</source>
            <translation>Vorhaben, die keinen Prozess berühren</translation>
        </message>
        <message>
            <source>Process no application enables (label in this colour)</source>
            <translation>Prozess, den keine Anwendung ermöglicht (Beschriftung in dieser Farbe)</translation>
        </message>
        <message>
            <source>Sub-processes: {list}</source>
            <translation>Teilprozesse: {list}</translation>
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
            <source>Team capacity</source>
            <translation>Teamkapazität</translation>
        </message>
        <message>
            <source>Objective coverage</source>
            <translation>Zielabdeckung</translation>
        </message>
        <message>
            <source>Partnership maturity</source>
            <translation>Partnerschaftsreife</translation>
        </message>
        <message>
            <source>Maturity over time</source>
            <translation>Reife im Zeitverlauf</translation>
        </message>
        <message>
            <source>Gaps to target maturity</source>
            <translation>Lücken zur Zielreife</translation>
        </message>
        <message>
            <source>KPI series</source>
            <translation>KPI-Verläufe</translation>
        </message>
        <message>
            <source>Roadmap by theme</source>
            <translation>Roadmap nach Thema</translation>
        </message>
        <message>
            <source>Roadmap by objective</source>
            <translation>Roadmap nach Ziel</translation>
        </message>
        <message>
            <source>Roadmap by business unit</source>
            <translation>Roadmap nach Geschäftsbereich</translation>
        </message>
        <message>
            <source>Roadmap by team</source>
            <translation>Roadmap nach Team</translation>
        </message>
        <message>
            <source>Roadmap by category</source>
            <translation>Roadmap nach Kategorie</translation>
        </message>
        <message>
            <source>No team demand</source>
            <translation>Kein Teambedarf</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message numerus="yes">
            <source>{items} in %n lane(s)</source>
            <translation>
                <numerusform>{items} in %n Bahn</numerusform>
                <numerusform>{items} in %n Bahnen</numerusform>
            </translation>
        </message>
        <message>
            <source>collapsed lanes show items running per quarter</source>
            <translation>zusammengeklappte Bahnen zeigen die laufenden Vorhaben je Quartal</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}; set options.page to see the others.</source>
            <translation>Seite {page} von {pages}; die übrigen über options.page.</translation>
        </message>
        <message>
            <source>No scheduled items match this view.</source>
            <translation>Keine eingeplanten Vorhaben passen zu dieser Ansicht.</translation>
        </message>
        <message>
            <source>Today, {date}: before the plan starts</source>
            <translation>Heute, {date}: vor Beginn des Plans</translation>
        </message>
        <message>
            <source>Today, {date}: after it ends</source>
            <translation>Heute, {date}: nach dem Ende des Plans</translation>
        </message>
        <message>
            <source>{lane}, {quarter}: no items running</source>
            <translation>{lane}, {quarter}: keine laufenden Vorhaben</translation>
        </message>
        <message numerus="yes">
            <source>{lane}, {quarter}: %n item(s) running</source>
            <translation>
                <numerusform>{lane}, {quarter}: %n Vorhaben läuft</numerusform>
                <numerusform>{lane}, {quarter}: %n Vorhaben laufen</numerusform>
            </translation>
        </message>
        <message>
            <source>{money} this quarter · click to open the lane</source>
            <translation>{money} in diesem Quartal · klicken, um die Bahn aufzuklappen</translation>
        </message>
        <message>
            <source>Milestone: {title} ({quarter})</source>
            <translation>Meilenstein: {title} ({quarter})</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Hängt ab von</translation>
        </message>
        <message>
            <source>Starts before its predecessor ends</source>
            <translation>Beginnt vor dem Ende seines Vorgängers</translation>
        </message>
        <message numerus="yes">
            <source>%n unscheduled item(s) is/are not on the timeline.</source>
            <translation>
                <numerusform>%n nicht eingeplantes Vorhaben steht nicht auf der Zeitleiste.</numerusform>
                <numerusform>%n nicht eingeplante Vorhaben stehen nicht auf der Zeitleiste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) run(s) outside the quarters shown.</source>
            <translation>
                <numerusform>%n Vorhaben läuft außerhalb der gezeigten Quartale.</numerusform>
                <numerusform>%n Vorhaben laufen außerhalb der gezeigten Quartale.</numerusform>
            </translation>
        </message>
        <message>
            <source>Funded: in progress or approved</source>
            <translation>Finanziert: in Arbeit oder genehmigt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Asked of the board: proposed or on hold</source>
            <translation>Dem Vorstand vorgelegt: vorgeschlagen oder zurückgestellt</translation>
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
            <source>On hold</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
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
            <source>dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>average (must = 3, should = 2, could = 1, won't = 0)</source>
            <translation>Durchschnitt (muss = 3, sollte = 2, könnte = 1, nicht = 0)</translation>
        </message>
        <message>
            <source>pairs won</source>
            <translation>gewonnene Paarvergleiche</translation>
        </message>
        <message>
            <source>weighted score of the group's medians</source>
            <translation>gewichtete Bewertung der Gruppenmediane</translation>
        </message>
        <message>
            <source>amount pledged</source>
            <translation>zugesagter Betrag</translation>
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
            <source>score: {what}</source>
            <translation>Wertung: {what}</translation>
        </message>
        <message>
            <source>score</source>
            <translation>Wertung</translation>
        </message>
        <message>
            <source>Round results</source>
            <translation>Ergebnisse der Runde</translation>
        </message>
        <message>
            <source>No ballots yet.</source>
            <translation>Noch keine Stimmzettel.</translation>
        </message>
        <message>
            <source>Everyone abstained.</source>
            <translation>Alle haben sich enthalten.</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>share of each side's votes (%)</source>
            <translation>Anteil an den Stimmen jeder Seite (%)</translation>
        </message>
        <message>
            <source>Business and IT</source>
            <translation>Fachbereich und IT</translation>
        </message>
        <message>
            <source>{side} ({count} voting)</source>
            <translation>{side} ({count} stimmen ab)</translation>
        </message>
        <message>
            <source>Where we disagree most: {option} — business {business}, IT {it} of each side's votes (in bold).</source>
            <translation>Wo wir am weitesten auseinanderliegen: {option} — Fachbereich {business}, IT {it} der Stimmen jeder Seite (fett).</translation>
        </message>
        <message>
            <source>Business and IT give each option about the same share.</source>
            <translation>Fachbereich und IT geben jeder Option etwa den gleichen Anteil.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>someone else</source>
            <translation>jemand anderem</translation>
        </message>
        <message>
            <source>{record} was changed by {who} — reload to see that change, or overwrite it.</source>
            <translation>{record} wurde von {who} geändert — laden Sie neu, um die Änderung zu sehen, oder überschreiben Sie sie.</translation>
        </message>
        <message>
            <source>{record} was changed by {who} at {when} — reload to see that change, or overwrite it.</source>
            <translation>{record} wurde um {when} von {who} geändert — laden Sie neu, um die Änderung zu sehen, oder überschreiben Sie sie.</translation>
        </message>
        <message>
            <source>{record} was changed by {who} on {when} — reload to see that change, or overwrite it.</source>
            <translation>{record} wurde am {when} von {who} geändert — laden Sie neu, um die Änderung zu sehen, oder überschreiben Sie sie.</translation>
        </message>
        <message>
            <source>{record} was removed by someone else — reload to see it.</source>
            <translation>{record} wurde von jemand anderem entfernt — laden Sie neu, um es zu sehen.</translation>
        </message>
        <message>
            <source>There is no kind of record called {kind}.</source>
            <translation>Es gibt keine Datensatzart namens {kind}.</translation>
        </message>
        <message>
            <source>Import records</source>
            <translation>Datensätze importieren</translation>
        </message>
        <message>
            <source>A {kind} refers to a new {target} that is not part of this step.</source>
            <translation>Ein Eintrag ({kind}) verweist auf einen neuen Eintrag ({target}), der nicht zu diesem Schritt gehört.</translation>
        </message>
        <message>
            <source>The records no longer fit the plan (it changed since they were checked: {problem}); check them again.</source>
            <translation>Die Datensätze passen nicht mehr zum Plan (er hat sich seit der Prüfung geändert: {problem}); prüfen Sie sie erneut.</translation>
        </message>
        <message>
            <source>{count} {records}(s) added later refer to these records; undo those changes first.</source>
            <translation>{count} später hinzugefügte Einträge ({records}) verweisen auf diese Datensätze; machen Sie diese Änderungen zuerst rückgängig.</translation>
        </message>
        <message>
            <source>Some of the {records} to remove were already deleted; the plan changed since, so this step can't be undone.</source>
            <translation>Einige der zu entfernenden {records} wurden bereits gelöscht; der Plan hat sich seitdem geändert, daher lässt sich dieser Schritt nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Change alignment link</source>
            <translation>Ausrichtungsverknüpfung ändern</translation>
        </message>
        <message>
            <source>Link strength must be 0 (none), 1, 2 or 3, not {value}.</source>
            <translation>Die Verknüpfungsstärke muss 0 (keine), 1, 2 oder 3 sein, nicht {value}.</translation>
        </message>
        <message>
            <source>Unlink {item} from {objective}</source>
            <translation>Verknüpfung von {item} mit {objective} lösen</translation>
        </message>
        <message>
            <source>Link {item} to {objective} ({strength})</source>
            <translation>{item} mit {objective} verknüpfen ({strength})</translation>
        </message>
        <message>
            <source>Change rationale of {item} → {objective}</source>
            <translation>Begründung von {item} → {objective} ändern</translation>
        </message>
        <message>
            <source>Change link {item} → {objective} to {strength}</source>
            <translation>Verknüpfung {item} → {objective} auf {strength} ändern</translation>
        </message>
        <message>
            <source>the link {item} → {objective}</source>
            <translation>die Verknüpfung {item} → {objective}</translation>
        </message>
        <message>
            <source>Merge another plan</source>
            <translation>Anderen Plan zusammenführen</translation>
        </message>
        <message>
            <source>A {kind} refers to a new record that is not part of this merge.</source>
            <translation>Ein Eintrag ({kind}) verweist auf einen neuen Datensatz, der nicht zu dieser Zusammenführung gehört.</translation>
        </message>
        <message>
            <source>(no code)</source>
            <translation>(kein Code)</translation>
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
            <source>{kind} #{id} (deleted)</source>
            <translation>{kind} #{id} (gelöscht)</translation>
        </message>
        <message>
            <source>The code {code} is already used by another {kind} in this {scope}; choose a unique code.</source>
            <translation>Der Code {code} wird bereits von einem anderen Eintrag ({kind}) in diesem Bereich ({scope}) verwendet; wählen Sie einen eindeutigen Code.</translation>
        </message>
        <message>
            <source>The code {code} is already used by another {kind}; choose a unique code.</source>
            <translation>Der Code {code} wird bereits von einem anderen Eintrag ({kind}) verwendet; wählen Sie einen eindeutigen Code.</translation>
        </message>
        <message>
            <source>{record}: a {field} is required.</source>
            <translation>{record}: Angabe „{field}“ ist erforderlich.</translation>
        </message>
        <message>
            <source>{record}: its {field} does not exist (it may have been deleted).</source>
            <translation>{record}: Angabe „{field}“ verweist auf nichts mehr (es wurde womöglich gelöscht).</translation>
        </message>
        <message>
            <source>There is already a {kind} for {what}.</source>
            <translation>Es gibt bereits einen Eintrag ({kind}) für {what}.</translation>
        </message>
        <message>
            <source>This dependency would make a cycle: {cycle}; remove one of those links first.</source>
            <translation>Diese Abhängigkeit würde einen Zyklus bilden: {cycle}; entfernen Sie zuerst eine dieser Verbindungen.</translation>
        </message>
        <message>
            <source>Objective {objective} can't sit under {parent}: that objective is already one of its own sub-objectives.</source>
            <translation>Das Ziel {objective} kann nicht unter {parent} stehen: Dieses Ziel ist bereits eines seiner eigenen Unterziele.</translation>
        </message>
        <message>
            <source>That {kind} no longer exists; it may have been deleted.</source>
            <translation>Dieser Eintrag ({kind}) existiert nicht mehr; er wurde womöglich gelöscht.</translation>
        </message>
        <message>
            <source>Add {kind} {name}</source>
            <translation>{kind} {name} hinzufügen</translation>
        </message>
        <message>
            <source>Change {fields} of {kind}</source>
            <translation>{fields} ändern ({kind})</translation>
        </message>
        <message>
            <source>A {kind} has no field {fields}.</source>
            <translation>Ein Eintrag ({kind}) hat kein Feld {fields}.</translation>
        </message>
        <message>
            <source>item</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>That person no longer exists; they may have been deleted.</source>
            <translation>Diese Person existiert nicht mehr; sie wurde womöglich gelöscht.</translation>
        </message>
        <message>
            <source>Record maturity assessment</source>
            <translation>Reifebewertung erfassen</translation>
        </message>
        <message>
            <source>The assessment of {unit} on {date}</source>
            <translation>Die Bewertung von {unit} am {date}</translation>
        </message>
        <message>
            <source>{what} rates {unknown}, which is not a dimension; the dimensions are {known}.</source>
            <translation>{what} bewertet {unknown}, das keine Dimension ist; die Dimensionen sind {known}.</translation>
        </message>
        <message>
            <source>{what} rates {unknown}, which are not dimensions; the dimensions are {known}.</source>
            <translation>{what} bewertet {unknown}, die keine Dimensionen sind; die Dimensionen sind {known}.</translation>
        </message>
        <message>
            <source>{what} has no rating for {missing}; rate every dimension so the assessments of all units compare.</source>
            <translation>{what} hat keine Einstufung für {missing}; bewerten Sie jede Dimension, damit sich die Bewertungen aller Bereiche vergleichen lassen.</translation>
        </message>
        <message>
            <source>{what}: {dimension}: {problem}.</source>
            <translation>{what}: {dimension}: {problem}.</translation>
        </message>
        <message>
            <source>{value} is not a date; write it as YYYY-MM-DD.</source>
            <translation>{value} ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>Assess {unit} on {date}</source>
            <translation>{unit} am {date} bewerten</translation>
        </message>
        <message>
            <source>the assessment of {unit} on {date}</source>
            <translation>die Bewertung von {unit} am {date}</translation>
        </message>
        <message>
            <source>Hand over from {person}</source>
            <translation>Übergabe von {person}</translation>
        </message>
        <message>
            <source>Hand over responsibilities</source>
            <translation>Verantwortlichkeiten übergeben</translation>
        </message>
        <message numerus="yes">
            <source>(%n successor(s))</source>
            <translation>
                <numerusform>(%n Nachfolger)</numerusform>
                <numerusform>(%n Nachfolger)</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to change: name a successor for something {person} holds.</source>
            <translation>Nichts zu ändern: Benennen Sie einen Nachfolger für etwas, das {person} verantwortet.</translation>
        </message>
        <message>
            <source>{kind} {role} is not something a person holds.</source>
            <translation>{kind} {role} ist nichts, was eine Person verantworten kann.</translation>
        </message>
        <message>
            <source>That {kind} #{id} no longer exists; it may have been deleted.</source>
            <translation>Dieser Eintrag ({kind} #{id}) existiert nicht mehr; er wurde womöglich gelöscht.</translation>
        </message>
        <message>
            <source>{role} of {kind} {code} "{title}"</source>
            <translation>{role} von {kind} {code} „{title}“</translation>
        </message>
        <message>
            <source>{person} is no longer the {role}; reload and choose again.</source>
            <translation>{person} ist nicht mehr {role}; laden Sie neu und wählen Sie erneut.</translation>
        </message>
        <message>
            <source>{person} can't be their own successor as {role}.</source>
            <translation>{person} kann nicht eigener Nachfolger sein als {role}.</translation>
        </message>
        <message>
            <source>The successor chosen as {role} no longer exists.</source>
            <translation>Der als {role} gewählte Nachfolger existiert nicht mehr.</translation>
        </message>
        <message>
            <source>{person} has left too, so can't become the {role}; choose someone active.</source>
            <translation>{person} ist ebenfalls ausgeschieden und kann daher nicht {role} werden; wählen Sie eine aktive Person.</translation>
        </message>
        <message>
            <source>{person} can't own the relationship with themselves; choose someone else.</source>
            <translation>{person} kann nicht die Beziehung zu sich selbst verantworten; wählen Sie eine andere Person.</translation>
        </message>
        <message>
            <source>Mark as left and hand over: {person}</source>
            <translation>Als ausgeschieden markieren und übergeben: {person}</translation>
        </message>
        <message>
            <source>{person} is already marked as left; name successors for what they still hold.</source>
            <translation>{person} ist bereits als ausgeschieden markiert; benennen Sie Nachfolger für das, was diese Person noch verantwortet.</translation>
        </message>
        <message>
            <source>Move {person}</source>
            <translation>{person} versetzen</translation>
        </message>
        <message>
            <source>{person} has left; they can't move to another unit.</source>
            <translation>{person} ist ausgeschieden und kann nicht in einen anderen Bereich wechseln.</translation>
        </message>
        <message>
            <source>{person} is already in that business unit.</source>
            <translation>{person} ist bereits in diesem Geschäftsbereich.</translation>
        </message>
        <message>
            <source>Choose successors of {person}</source>
            <translation>Nachfolger für {person} wählen</translation>
        </message>
        <message>
            <source>Change item role</source>
            <translation>Rolle am Vorhaben ändern</translation>
        </message>
        <message>
            <source>{role} is not an item role; use sponsor, champion or it_owner.</source>
            <translation>{role} ist keine Rolle an einem Vorhaben; verwenden Sie sponsor, champion oder it_owner.</translation>
        </message>
        <message>
            <source>That person is already the {role} of {item}.</source>
            <translation>Diese Person ist bereits {role} von {item}.</translation>
        </message>
        <message>
            <source>Change {role} of {item}</source>
            <translation>{role} von {item} ändern</translation>
        </message>
        <message>
            <source>Change roadmap item</source>
            <translation>Roadmap-Vorhaben ändern</translation>
        </message>
        <message>
            <source>Change {fields} of {title}</source>
            <translation>{fields} von {title} ändern</translation>
        </message>
        <message>
            <source>Add practice "{practice}" to the roadmap</source>
            <translation>Praktik „{practice}“ in die Roadmap aufnehmen</translation>
        </message>
        <message>
            <source>Give both a start and an end quarter, or neither (unscheduled).</source>
            <translation>Geben Sie sowohl ein Start- als auch ein Endquartal an oder keines von beiden (nicht eingeplant).</translation>
        </message>
        <message>
            <source>Lifts the partnership's {dimension} with {unit}.</source>
            <translation>Stärkt die Partnerschaft mit {unit} in der Dimension „{dimension}“.</translation>
        </message>
        <message>
            <source>Lifts the partnership's {dimension}.</source>
            <translation>Stärkt die Partnerschaft in der Dimension „{dimension}“.</translation>
        </message>
        <message>
            <source>(Partnership practice {code}.)</source>
            <translation>(Partnerschaftspraktik {code}.)</translation>
        </message>
        <message>
            <source>Record KPI actuals</source>
            <translation>KPI-Istwerte erfassen</translation>
        </message>
        <message numerus="yes">
            <source>Record %n actual(s) of {kpi}</source>
            <translation>
                <numerusform>%n Istwert von {kpi} erfassen</numerusform>
                <numerusform>%n Istwerte von {kpi} erfassen</numerusform>
            </translation>
        </message>
        <message>
            <source>Give at least one dated actual for KPI {kpi}.</source>
            <translation>Geben Sie mindestens einen datierten Istwert für den KPI {kpi} an.</translation>
        </message>
        <message>
            <source>KPI {kpi}: {value} is not a date; write it as YYYY-MM-DD.</source>
            <translation>KPI {kpi}: {value} ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>KPI {kpi}: {value} is not a number.</source>
            <translation>KPI {kpi}: {value} ist keine Zahl.</translation>
        </message>
        <message>
            <source>KPI {kpi}: {problem}.</source>
            <translation>KPI {kpi}: {problem}.</translation>
        </message>
        <message>
            <source>KPI {kpi} already has an actual dated {date} ({value}); change that one instead.</source>
            <translation>Der KPI {kpi} hat bereits einen Istwert zum {date} ({value}); ändern Sie stattdessen diesen.</translation>
        </message>
        <message>
            <source>Change value drivers</source>
            <translation>Werttreiber ändern</translation>
        </message>
        <message>
            <source>Change value drivers of {item}</source>
            <translation>Werttreiber von {item} ändern</translation>
        </message>
        <message>
            <source>{drivers} is not a value driver; use one of {allowed}.</source>
            <translation>{drivers} ist kein Werttreiber; verwenden Sie einen von {allowed}.</translation>
        </message>
        <message>
            <source>the {driver} value driver of {item}</source>
            <translation>der Werttreiber {driver} von {item}</translation>
        </message>
        <message>
            <source>Nothing to change in the value drivers of {item}.</source>
            <translation>An den Werttreibern von {item} ist nichts zu ändern.</translation>
        </message>
        <message>
            <source>Deletes {record} together with {records}.</source>
            <translation>Löscht {record} zusammen mit {records}.</translation>
        </message>
        <message>
            <source>Deletes {record}.</source>
            <translation>Löscht {record}.</translation>
        </message>
        <message>
            <source>{records} will no longer refer to it.</source>
            <translation>Nicht mehr darauf verweisen werden: {records}.</translation>
        </message>
        <message>
            <source>{count} {records}</source>
            <translation>{count} {records}</translation>
        </message>
        <message>
            <source>Delete {kind}</source>
            <translation>{kind} löschen</translation>
        </message>
        <message numerus="yes">
            <source>%n sub-objective(s)</source>
            <translation>
                <numerusform>%n Unterziel</numerusform>
                <numerusform>%n Unterziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n linked item(s)</source>
            <translation>
                <numerusform>%n verknüpftes Vorhaben</numerusform>
                <numerusform>%n verknüpfte Vorhaben</numerusform>
            </translation>
        </message>
        <message>
            <source>{record} has {what}; delete or move those first, or confirm deleting everything (--force).</source>
            <translation>{record} hat {what}; löschen oder verschieben Sie diese zuerst, oder bestätigen Sie, dass alles gelöscht wird (--force).</translation>
        </message>
        <message>
            <source>Delete {record}</source>
            <translation>{record} löschen</translation>
        </message>
        <message>
            <source>There is no {kind} with code {code}.</source>
            <translation>Es gibt keinen Eintrag ({kind}) mit dem Code {code}.</translation>
        </message>
        <message>
            <source>the plan settings</source>
            <translation>die Planeinstellungen</translation>
        </message>
        <message>
            <source>Plan settings have no field {fields}.</source>
            <translation>Die Planeinstellungen haben kein Feld {fields}.</translation>
        </message>
        <message>
            <source>Plan start: {problem}.</source>
            <translation>Planbeginn: {problem}.</translation>
        </message>
        <message>
            <source>Change plan {fields}</source>
            <translation>Plan ändern: {fields}</translation>
        </message>
        <message>
            <source>Plan settings: {problem}.</source>
            <translation>Planeinstellungen: {problem}.</translation>
        </message>
        <message>
            <source>Change criteria weights</source>
            <translation>Gewichtungen der Kriterien ändern</translation>
        </message>
        <message>
            <source>At least one criterion needs a weight above 0, or the portfolio can't be ranked.</source>
            <translation>Mindestens ein Kriterium braucht eine Gewichtung über 0, sonst lässt sich das Portfolio nicht ordnen.</translation>
        </message>
        <message>
            <source>Change score</source>
            <translation>Bewertung ändern</translation>
        </message>
        <message>
            <source>Criterion {code} "{name}" is computed from the plan ({measure}); only scored criteria take scores.</source>
            <translation>Das Kriterium {code} „{name}“ wird aus dem Plan berechnet ({measure}); nur bewertete Kriterien nehmen Bewertungen an.</translation>
        </message>
        <message>
            <source>the {criterion} score of {item}</source>
            <translation>die Bewertung {criterion} von {item}</translation>
        </message>
        <message>
            <source>Remove {criterion} score of {item}</source>
            <translation>Bewertung {criterion} von {item} entfernen</translation>
        </message>
        <message>
            <source>{item} has no {criterion} score to remove.</source>
            <translation>{item} hat keine Bewertung {criterion}, die sich entfernen ließe.</translation>
        </message>
        <message>
            <source>Score {item} {score} on {criterion}</source>
            <translation>{item} mit {score} bei {criterion} bewerten</translation>
        </message>
        <message>
            <source>Pin rank {rank}</source>
            <translation>Rang {rank} festlegen</translation>
        </message>
        <message>
            <source>Pin {item} at rank {rank}</source>
            <translation>{item} auf Rang {rank} festlegen</translation>
        </message>
        <message>
            <source>the rank pin of {item}</source>
            <translation>die Rangfestlegung von {item}</translation>
        </message>
        <message>
            <source>Unpin rank</source>
            <translation>Rangfestlegung aufheben</translation>
        </message>
        <message>
            <source>Unpin {item}</source>
            <translation>Rangfestlegung von {item} aufheben</translation>
        </message>
        <message>
            <source>{item} is not pinned.</source>
            <translation>{item} ist auf keinen Rang festgelegt.</translation>
        </message>
        <message numerus="yes">
            <source>Accept sequenced roadmap (%n item(s) moved)</source>
            <translation>
                <numerusform>Eingeplante Roadmap übernehmen (%n Vorhaben verschoben)</numerusform>
                <numerusform>Eingeplante Roadmap übernehmen (%n Vorhaben verschoben)</numerusform>
            </translation>
        </message>
        <message>
            <source>Save baseline "{name}"</source>
            <translation>Basisplan „{name}“ speichern</translation>
        </message>
        <message>
            <source>A baseline needs a name, such as "2027-Q1 review".</source>
            <translation>Ein Basisplan braucht einen Namen, etwa „Review 2027-Q1“.</translation>
        </message>
        <message>
            <source>There is already a baseline named "{name}" (taken {taken} UTC); choose another name, or remove that one first.</source>
            <translation>Es gibt bereits einen Basisplan namens „{name}“ (erstellt {taken} UTC); wählen Sie einen anderen Namen oder entfernen Sie zuerst jenen.</translation>
        </message>
        <message>
            <source>Remove baseline "{name}"</source>
            <translation>Basisplan „{name}“ entfernen</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(neu)</translation>
        </message>
        <message>
            <source>process {code}</source>
            <translation>Prozess {code}</translation>
        </message>
        <message>
            <source>{owner} can't own the relationship with {person}: owners would go round in a circle ({chain}); someone in it must own a relationship without being owned.</source>
            <translation>{owner} kann die Beziehung zu {person} nicht verantworten: Die Verantwortlichen würden sich im Kreis drehen ({chain}); jemand darin muss eine Beziehung verantworten, ohne selbst verantwortet zu werden.</translation>
        </message>
        <message>
            <source>{unit} already has an assessment dated {date} ({code}); change that one, or give this one another date.</source>
            <translation>{unit} hat bereits eine Bewertung zum {date} ({code}); ändern Sie jene oder geben Sie dieser ein anderes Datum.</translation>
        </message>
        <message>
            <source>That business unit already has an assessment dated {date} ({code}); change that one, or give this one another date.</source>
            <translation>Dieser Geschäftsbereich hat bereits eine Bewertung zum {date} ({code}); ändern Sie jene oder geben Sie dieser ein anderes Datum.</translation>
        </message>
        <message>
            <source>round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Open round {round}</source>
            <translation>Runde {round} öffnen</translation>
        </message>
        <message>
            <source>Close round {round}</source>
            <translation>Runde {round} schließen</translation>
        </message>
        <message>
            <source>Reset round {round}</source>
            <translation>Runde {round} zurücksetzen</translation>
        </message>
        <message>
            <source>Change round {round}</source>
            <translation>Runde {round} ändern</translation>
        </message>
        <message>
            <source>There is no {kind} {code}; check the code.</source>
            <translation>Es gibt keinen Eintrag ({kind}) {code}; prüfen Sie den Code.</translation>
        </message>
        <message>
            <source>This workshop has no {kind} {code}; check the code.</source>
            <translation>Dieser Workshop hat keinen Eintrag ({kind}) {code}; prüfen Sie den Code.</translation>
        </message>
        <message>
            <source>That workshop no longer exists; it may have been deleted.</source>
            <translation>Dieser Workshop existiert nicht mehr; er wurde womöglich gelöscht.</translation>
        </message>
        <message>
            <source>That round no longer exists; it may have been deleted.</source>
            <translation>Diese Runde existiert nicht mehr; sie wurde womöglich gelöscht.</translation>
        </message>
        <message>
            <source>Add workshop {code}</source>
            <translation>Workshop {code} hinzufügen</translation>
        </message>
        <message>
            <source>Delete workshop</source>
            <translation>Workshop löschen</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Teilnehmer hinzufügen</translation>
        </message>
        <message>
            <source>Add {name} to the workshop</source>
            <translation>{name} zum Workshop hinzufügen</translation>
        </message>
        <message>
            <source>A participant needs a person of the plan or a name.</source>
            <translation>Ein Teilnehmer braucht eine Person aus dem Plan oder einen Namen.</translation>
        </message>
        <message>
            <source>Say which side {name} is on (business or it); only people of the plan bring their side with them.</source>
            <translation>Geben Sie an, auf welcher Seite {name} steht (business oder it); nur Personen aus dem Plan bringen ihre Seite mit.</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Teilnehmer entfernen</translation>
        </message>
        <message>
            <source>Round {round} lists {count} options; a round holds at most {most}, so split the agenda over two rounds.</source>
            <translation>Runde {round} listet {count} Optionen; eine Runde fasst höchstens {most}, teilen Sie die Agenda also auf zwei Runden auf.</translation>
        </message>
        <message>
            <source>Round {round} lists {options} twice; list each once.</source>
            <translation>Runde {round} listet {options} doppelt; führen Sie jede nur einmal auf.</translation>
        </message>
        <message>
            <source>{subject} is not what a round votes on; use items or objectives.</source>
            <translation>{subject} ist nichts, worüber eine Runde abstimmt; verwenden Sie items oder objectives.</translation>
        </message>
        <message>
            <source>Round {round}: there is no {kind} {codes}; check the codes.</source>
            <translation>Runde {round}: Es gibt keinen Eintrag ({kind}) {codes}; prüfen Sie die Codes.</translation>
        </message>
        <message>
            <source>Add round {round}</source>
            <translation>Runde {round} hinzufügen</translation>
        </message>
        <message>
            <source>{value} is not an amount of money; enter a number.</source>
            <translation>{value} ist kein Geldbetrag; geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>Change round</source>
            <translation>Runde ändern</translation>
        </message>
        <message>
            <source>Open and close round {round} with its state (SetRoundState), so the times are stamped.</source>
            <translation>Öffnen und schließen Sie Runde {round} über ihren Zustand (SetRoundState), damit die Zeiten erfasst werden.</translation>
        </message>
        <message>
            <source>Round {round} already has ballots, so what people vote on ({fields}) can't change; add a new round instead.</source>
            <translation>Runde {round} hat bereits Stimmzettel, daher kann sich der Abstimmungsgegenstand ({fields}) nicht mehr ändern; legen Sie stattdessen eine neue Runde an.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Runde löschen</translation>
        </message>
        <message>
            <source>Round {round}: {problem}</source>
            <translation>Runde {round}: {problem}</translation>
        </message>
        <message>
            <source>Change round state</source>
            <translation>Zustand der Runde ändern</translation>
        </message>
        <message>
            <source>Round {round} was never opened; open it before closing it.</source>
            <translation>Runde {round} wurde nie geöffnet; öffnen Sie sie, bevor Sie sie schließen.</translation>
        </message>
        <message>
            <source>Round {round} has ballots, so it can't go back to draft; close it, or add a new round.</source>
            <translation>Runde {round} hat Stimmzettel und kann daher nicht zum Entwurf zurückkehren; schließen Sie sie oder legen Sie eine neue Runde an.</translation>
        </message>
        <message>
            <source>{state} is not a round state; use draft, open or closed.</source>
            <translation>{state} ist kein Zustand einer Runde; verwenden Sie draft, open oder closed.</translation>
        </message>
        <message>
            <source>Reveal results of {round}</source>
            <translation>Ergebnisse von {round} aufdecken</translation>
        </message>
        <message>
            <source>Hide results of {round}</source>
            <translation>Ergebnisse von {round} verbergen</translation>
        </message>
        <message>
            <source>Cast ballot</source>
            <translation>Stimme abgeben</translation>
        </message>
        <message>
            <source>That round no longer exists; votes can't be cast in it.</source>
            <translation>Diese Runde existiert nicht mehr; darin kann nicht abgestimmt werden.</translation>
        </message>
        <message>
            <source>That participant is not in this workshop, so they can't vote in round {round}.</source>
            <translation>Dieser Teilnehmer gehört nicht zu diesem Workshop und kann daher in Runde {round} nicht abstimmen.</translation>
        </message>
        <message>
            <source>Round {round} is not open yet, so votes can't be cast in it now.</source>
            <translation>Runde {round} ist noch nicht geöffnet, daher kann darin jetzt nicht abgestimmt werden.</translation>
        </message>
        <message>
            <source>Round {round} is closed, so votes can't be cast in it now.</source>
            <translation>Runde {round} ist geschlossen, daher kann darin jetzt nicht abgestimmt werden.</translation>
        </message>
        <message>
            <source>Ballot of {name} in {round}</source>
            <translation>Stimmzettel von {name} in {round}</translation>
        </message>
        <message>
            <source>This vote is too long to store (more than {size} KiB); send one entry per option.</source>
            <translation>Diese Stimme ist zu lang zum Speichern (mehr als {size} KiB); senden Sie einen Eintrag je Option.</translation>
        </message>
        <message>
            <source>the ballot of {name} in {round}</source>
            <translation>der Stimmzettel von {name} in {round}</translation>
        </message>
        <message>
            <source>Record decision {decision}</source>
            <translation>Entscheidung {decision} festhalten</translation>
        </message>
        <message>
            <source>Change decision</source>
            <translation>Entscheidung ändern</translation>
        </message>
        <message>
            <source>That decision no longer exists; it may have been deleted.</source>
            <translation>Diese Entscheidung existiert nicht mehr; sie wurde womöglich gelöscht.</translation>
        </message>
        <message>
            <source>Change decision {decision}</source>
            <translation>Entscheidung {decision} ändern</translation>
        </message>
        <message>
            <source>Delete decision</source>
            <translation>Entscheidung löschen</translation>
        </message>
        <message>
            <source>Add action {action}</source>
            <translation>Maßnahme {action} hinzufügen</translation>
        </message>
        <message>
            <source>Change action</source>
            <translation>Maßnahme ändern</translation>
        </message>
        <message>
            <source>That action no longer exists; it may have been deleted.</source>
            <translation>Diese Maßnahme existiert nicht mehr; sie wurde womöglich gelöscht.</translation>
        </message>
        <message>
            <source>Mark action {action} done</source>
            <translation>Maßnahme {action} als erledigt markieren</translation>
        </message>
        <message>
            <source>Change action {action}</source>
            <translation>Maßnahme {action} ändern</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Maßnahme löschen</translation>
        </message>
        <message>
            <source>Workshop {workshop} already has {most} participants, the most one workshop can hold; run a second workshop for the rest.</source>
            <translation>Workshop {workshop} hat bereits {most} Teilnehmer, die Höchstzahl für einen Workshop; führen Sie für die übrigen einen zweiten Workshop durch.</translation>
        </message>
        <message>
            <source>{person} is already a participant of workshop {workshop} (as {code}); a person takes part once.</source>
            <translation>{person} nimmt bereits an Workshop {workshop} teil (als {code}); jede Person nimmt nur einmal teil.</translation>
        </message>
        <message>
            <source>That person is already a participant of workshop {workshop} (as {code}); a person takes part once.</source>
            <translation>Diese Person nimmt bereits an Workshop {workshop} teil (als {code}); jede Person nimmt nur einmal teil.</translation>
        </message>
        <message>
            <source>This round already has {most} options, the most one round can hold; split the agenda over two rounds.</source>
            <translation>Diese Runde hat bereits {most} Optionen, die Höchstzahl für eine Runde; teilen Sie die Agenda auf zwei Runden auf.</translation>
        </message>
        <message>
            <source>{person} is not a participant of workshop {workshop}, so they can't vote in its round {round}.</source>
            <translation>{person} nimmt nicht an Workshop {workshop} teil und kann daher in dessen Runde {round} nicht abstimmen.</translation>
        </message>
        <message>
            <source>Round {code} belongs to workshop {theirs}, not to {ours}; choose one of this workshop's rounds.</source>
            <translation>Runde {code} gehört zu Workshop {theirs}, nicht zu {ours}; wählen Sie eine Runde dieses Workshops.</translation>
        </message>
        <message>
            <source>Decision {code} belongs to workshop {theirs}, not to {ours}; choose one of this workshop's decisions.</source>
            <translation>Entscheidung {code} gehört zu Workshop {theirs}, nicht zu {ours}; wählen Sie eine Entscheidung dieses Workshops.</translation>
        </message>
        <message>
            <source>Workshop {workshop}, round {round}</source>
            <translation>Workshop {workshop}, Runde {round}</translation>
        </message>
        <message>
            <source>{how} is not a way to adopt a result; use {ways}.</source>
            <translation>{how} ist keine Art, ein Ergebnis zu übernehmen; verwenden Sie {ways}.</translation>
        </message>
        <message>
            <source>Round {round} can't be counted: {problem}</source>
            <translation>Runde {round} lässt sich nicht auszählen: {problem}</translation>
        </message>
        <message>
            <source>Round {round} has no votes to adopt yet.</source>
            <translation>Runde {round} hat noch keine Stimmen, die sich übernehmen ließen.</translation>
        </message>
        <message>
            <source>Round {round} voted on objectives; record what the group decided about them in the decision log instead (objectives have no status, score or cost).</source>
            <translation>In Runde {round} wurde über Ziele abgestimmt; halten Sie stattdessen im Entscheidungsprotokoll fest, was die Gruppe dazu beschlossen hat (Ziele haben keinen Status, keine Bewertung und keine Kosten).</translation>
        </message>
        <message>
            <source>{status} is not approved or on_hold (not now).</source>
            <translation>{status} ist weder approved noch on_hold (nicht jetzt).</translation>
        </message>
        <message>
            <source>{code} is not an item of round {round}.</source>
            <translation>{code} ist kein Vorhaben der Runde {round}.</translation>
        </message>
        <message numerus="yes">
            <source>Approve %n item(s): {items}.</source>
            <translation>
                <numerusform>%n Vorhaben genehmigen: {items}.</numerusform>
                <numerusform>%n Vorhaben genehmigen: {items}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not now (on hold): {items}.</source>
            <translation>Nicht jetzt (zurückgestellt): {items}.</translation>
        </message>
        <message>
            <source>Left as they are (already under way, done or cancelled): {items}.</source>
            <translation>Bleiben, wie sie sind (bereits in Arbeit, abgeschlossen oder abgebrochen): {items}.</translation>
        </message>
        <message>
            <source>Only a round scored on the plan's criteria proposes scores; round {round} is {method}.</source>
            <translation>Nur eine Runde mit Bewertung nach den Kriterien des Plans schlägt Bewertungen vor; Runde {round} ist {method}.</translation>
        </message>
        <message numerus="yes">
            <source>Set {scores} to the group's median on %n criterion/criteria.</source>
            <translation>
                <numerusform>{scores} auf den Median der Gruppe für %n Kriterium setzen.</numerusform>
                <numerusform>{scores} auf den Median der Gruppe für %n Kriterien setzen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n score(s)</source>
            <translation>
                <numerusform>%n Bewertung</numerusform>
                <numerusform>%n Bewertungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{source}: the group ranked it {rank} of {count}</source>
            <translation>{source}: Die Gruppe hat es auf Rang {rank} von {count} gesetzt</translation>
        </message>
        <message numerus="yes">
            <source>Pin %n item(s) at the top of the ranking in the group's order: {items}.</source>
            <translation>
                <numerusform>%n Vorhaben in der Reihenfolge der Gruppe an der Spitze der Rangfolge festlegen: {items}.</numerusform>
                <numerusform>%n Vorhaben in der Reihenfolge der Gruppe an der Spitze der Rangfolge festlegen: {items}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only a 'buy a feature' round says what the room would pay for; adopt round {round} as statuses or as the ranking instead.</source>
            <translation>Nur eine „Buy a Feature“-Runde sagt, wofür der Raum zahlen würde; übernehmen Sie Runde {round} stattdessen als Status oder als Rangfolge.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>{source}: the room funded {titles}.</source>
            <translation>{source}: Der Raum hat {titles} finanziert.</translation>
        </message>
        <message>
            <source>A budget scenario '{code}' capped at committed work plus what the room funded ({titles}).</source>
            <translation>Ein Budgetszenario „{code}“, begrenzt auf die zugesagten Vorhaben plus das, was der Raum finanziert hat ({titles}).</translation>
        </message>
        <message>
            <source>Adopting round {round} as {how} would change nothing.</source>
            <translation>Runde {round} als {how} zu übernehmen würde nichts ändern.</translation>
        </message>
        <message>
            <source>{source}: adopt as {how}</source>
            <translation>{source}: als {how} übernehmen</translation>
        </message>
        <message>
            <source>not placed</source>
            <translation>nicht eingeplant</translation>
        </message>
        <message numerus="yes">
            <source>%n more item(s) change(s) rank.</source>
            <translation>
                <numerusform>%n weiteres Vorhaben ändert seinen Rang.</numerusform>
                <numerusform>%n weitere Vorhaben ändern ihren Rang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more item(s) move(s) in the capacity sequence.</source>
            <translation>
                <numerusform>%n weiteres Vorhaben verschiebt sich in der Kapazitätsplanung.</numerusform>
                <numerusform>%n weitere Vorhaben verschieben sich in der Kapazitätsplanung.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>long date: 7 March 2027</comment>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <comment>medium date: 07 Mar 2027</comment>
            <translation>dd. MMM yyyy</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <comment>month: Mar 2027</comment>
            <translation>MMM yyyy</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <comment>short date: 2027-03-07</comment>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>date and time: 2027-03-07 14:05</comment>
            <translation>{date} {time}</translation>
        </message>
    </context>
    <context>
        <name>FieldNames</name>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>quarters</source>
            <translation>Quartale</translation>
        </message>
        <message>
            <source>abstain</source>
            <translation>Enthaltung</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>Istwert</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>adoption</source>
            <translation>Nutzung</translation>
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
            <translation>Jährlicher Nutzen</translation>
        </message>
        <message>
            <source>anonymity</source>
            <translation>Anonymität</translation>
        </message>
        <message>
            <source>application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>assessed by</source>
            <translation>Bewertet von</translation>
        </message>
        <message>
            <source>assessed on</source>
            <translation>Bewertet am</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>ballot values</source>
            <translation>Stimmzettelwerte</translation>
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
            <source>business_unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>cap</source>
            <translation>Obergrenze</translation>
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
            <source>cast at</source>
            <translation>Abgegeben am</translation>
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
            <source>changed on</source>
            <translation>Geändert am</translation>
        </message>
        <message>
            <source>closed at</source>
            <translation>Geschlossen am</translation>
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
            <source>decided by</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>decided on</source>
            <translation>Entschieden am</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>Entscheidung</translation>
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
            <source>document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>driver</source>
            <translation>Werttreiber</translation>
        </message>
        <message>
            <source>due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>Formatversion</translation>
        </message>
        <message>
            <source>from</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>from person</source>
            <translation>Von Person</translation>
        </message>
        <message>
            <source>fte</source>
            <translation>FTE</translation>
        </message>
        <message>
            <source>held on</source>
            <translation>Durchgeführt am</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>Höher ist besser</translation>
        </message>
        <message>
            <source>it owner</source>
            <translation>IT-Verantwortlicher</translation>
        </message>
        <message>
            <source>it_owner</source>
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
            <translation>Letzter Kontakt am</translation>
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
            <translation>Maximiert</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>Gemessen am</translation>
        </message>
        <message>
            <source>method</source>
            <translation>Methode</translation>
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
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>opened at</source>
            <translation>Geöffnet am</translation>
        </message>
        <message>
            <source>opex</source>
            <translation>Opex</translation>
        </message>
        <message>
            <source>options rejected</source>
            <translation>Verworfene Optionen</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>Übergeordnet</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>position</source>
            <translation>Position</translation>
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
            <source>question</source>
            <translation>Frage</translation>
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
            <source>relationship_owner</source>
            <translation>Beziehungsverantwortlicher</translation>
        </message>
        <message>
            <source>revealed</source>
            <translation>Aufgedeckt</translation>
        </message>
        <message>
            <source>review on</source>
            <translation>Überprüfung am</translation>
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
            <source>round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>scenario</source>
            <translation>Szenario</translation>
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
            <source>state</source>
            <translation>Zustand</translation>
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
            <source>subject</source>
            <translation>Gegenstand</translation>
        </message>
        <message>
            <source>taken at</source>
            <translation>Erstellt am</translation>
        </message>
        <message>
            <source>target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>timer seconds</source>
            <translation>Timer-Sekunden</translation>
        </message>
        <message>
            <source>to</source>
            <translation>An</translation>
        </message>
        <message>
            <source>to person</source>
            <translation>An Person</translation>
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
        <message>
            <source>workshop</source>
            <translation>Workshop</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
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
    <context>
        <name>Findings</name>
        <message>
            <source>An objective (not a theme) that no counted item links to with strength 2 or more.</source>
            <translation>Ein Ziel (kein Thema), mit dem kein gezähltes Vorhaben mit Stärke 2 oder mehr verknüpft ist.</translation>
        </message>
        <message>
            <source>A counted item linked to no objective.</source>
            <translation>Ein gezähltes Vorhaben, das mit keinem Ziel verknüpft ist.</translation>
        </message>
        <message>
            <source>A counted item with no sponsor.</source>
            <translation>Ein gezähltes Vorhaben ohne Sponsor.</translation>
        </message>
        <message>
            <source>A counted item whose sponsor has left (the person is marked inactive).</source>
            <translation>Ein gezähltes Vorhaben, dessen Sponsor ausgeschieden ist (die Person ist als inaktiv markiert).</translation>
        </message>
        <message>
            <source>A counted item whose value statement is empty.</source>
            <translation>Ein gezähltes Vorhaben ohne Nutzenaussage.</translation>
        </message>
        <message>
            <source>A team whose demand in a quarter is more than its capacity (one finding per team and quarter).</source>
            <translation>Ein Team, dessen Bedarf in einem Quartal seine Kapazität übersteigt (ein Befund je Team und Quartal).</translation>
        </message>
        <message>
            <source>A counted item planned to start in or before the quarter its counted predecessor ends.</source>
            <translation>Ein gezähltes Vorhaben, das im oder vor dem Quartal beginnen soll, in dem sein gezählter Vorgänger endet.</translation>
        </message>
        <message>
            <source>A counted item whose champion or IT owner has left, or an objective whose owner has left (analysis/partnership.py).</source>
            <translation>Ein gezähltes Vorhaben, dessen Fürsprecher oder IT-Verantwortlicher ausgeschieden ist, oder ein Ziel, dessen Verantwortlicher ausgeschieden ist (analysis/partnership.py).</translation>
        </message>
        <message>
            <source>Unsupported objective</source>
            <translation>Ziel ohne Unterstützung</translation>
        </message>
        <message>
            <source>Orphan item</source>
            <translation>Verwaistes Vorhaben</translation>
        </message>
        <message>
            <source>Missing sponsor</source>
            <translation>Sponsor fehlt</translation>
        </message>
        <message>
            <source>Inactive sponsor</source>
            <translation>Sponsor ausgeschieden</translation>
        </message>
        <message>
            <source>Missing value statement</source>
            <translation>Nutzenaussage fehlt</translation>
        </message>
        <message>
            <source>Team overbooked</source>
            <translation>Team überbucht</translation>
        </message>
        <message>
            <source>Dependency violation</source>
            <translation>Abhängigkeit verletzt</translation>
        </message>
        <message>
            <source>Needs sponsor</source>
            <translation>Braucht einen Sponsor</translation>
        </message>
        <message>
            <source>Objective {objective} has no IT item supporting it (no link of strength 2 or more).</source>
            <translation>Das Ziel {objective} wird von keinem IT-Vorhaben unterstützt (keine Verknüpfung mit Stärke 2 oder mehr).</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) link(s) to it only weakly; plan work that moves it, or agree with its owner that IT has no part in it.</source>
            <translation>
                <numerusform>%n Vorhaben ist nur schwach damit verknüpft; planen Sie Arbeit, die es voranbringt, oder vereinbaren Sie mit dem Verantwortlichen, dass die IT daran keinen Anteil hat.</numerusform>
                <numerusform>%n Vorhaben sind nur schwach damit verknüpft; planen Sie Arbeit, die es voranbringt, oder vereinbaren Sie mit dem Verantwortlichen, dass die IT daran keinen Anteil hat.</numerusform>
            </translation>
        </message>
        <message>
            <source>Item {item} is linked to no objective, so {cost} serves no stated business goal; link it to the objective it serves or question it.</source>
            <translation>Das Vorhaben {item} ist mit keinem Ziel verknüpft, also dienen {cost} keinem genannten Geschäftsziel; verknüpfen Sie es mit dem Ziel, dem es dient, oder stellen Sie es infrage.</translation>
        </message>
        <message>
            <source>Item {item} has no sponsor; name the business leader who will answer for its benefits.</source>
            <translation>Das Vorhaben {item} hat keinen Sponsor; benennen Sie die Führungskraft aus dem Fachbereich, die für seinen Nutzen einsteht.</translation>
        </message>
        <message>
            <source>Item {item} is sponsored by {sponsor}, who has left; name a new sponsor.</source>
            <translation>Sponsor des Vorhabens {item} ist {sponsor}, doch diese Person ist ausgeschieden; benennen Sie einen neuen Sponsor.</translation>
        </message>
        <message>
            <source>Item {item} has no value statement; write down what the business gains from it.</source>
            <translation>Das Vorhaben {item} hat keine Nutzenaussage; halten Sie fest, was das Geschäft davon hat.</translation>
        </message>
        <message>
            <source>Team {team} is overbooked in {quarter}: {demand} of work against {capacity} of capacity ({share}); move work to another quarter or team, or add people.</source>
            <translation>Das Team {team} ist in {quarter} überbucht: {demand} Arbeit bei {capacity} Kapazität ({share}); verschieben Sie Arbeit in ein anderes Quartal oder Team, oder stocken Sie das Team auf.</translation>
        </message>
        <message>
            <source>Team {team} is overbooked in {quarter}: {demand} of work and no capacity at all; move work to another quarter or team, or add people.</source>
            <translation>Das Team {team} ist in {quarter} überbucht: {demand} Arbeit und gar keine Kapazität; verschieben Sie Arbeit in ein anderes Quartal oder Team, oder stocken Sie das Team auf.</translation>
        </message>
        <message>
            <source>Item {item} starts in {start}, before its predecessor {predecessor} ends in {end}; move it to {next} or later, or bring the predecessor forward.</source>
            <translation>Das Vorhaben {item} beginnt in {start}, bevor sein Vorgänger {predecessor} in {end} endet; verschieben Sie es auf {next} oder später, oder ziehen Sie den Vorgänger vor.</translation>
        </message>
    </context>
    <context>
        <name>KPIs</name>
        <message>
            <source>improving</source>
            <translation>steigend</translation>
        </message>
        <message>
            <source>worsening</source>
            <translation>fallend</translation>
        </message>
        <message>
            <source>flat</source>
            <translation>gleichbleibend</translation>
        </message>
        <message>
            <source>not measured yet</source>
            <translation>noch nicht gemessen</translation>
        </message>
        <message>
            <source>{value} against a target of {target}</source>
            <translation>{value} bei einem Ziel von {target}</translation>
        </message>
        <message>
            <source>(on target)</source>
            <translation>(im Ziel)</translation>
        </message>
        <message>
            <source>{value}{percent_sign}</source>
            <translation>{value} {percent_sign}</translation>
        </message>
        <message>
            <source>Item {item} is done but its adoption ({kpi}) has not been measured; record an actual to know whether it is used.</source>
            <translation>Das Vorhaben {item} ist abgeschlossen, aber seine Nutzung ({kpi}) wurde nicht gemessen; erfassen Sie einen Istwert, um zu wissen, ob es genutzt wird.</translation>
        </message>
        <message>
            <source>{value} on {date}</source>
            <translation>{value} am {date}</translation>
        </message>
        <message>
            <source>Item {item} is done but adoption is below target: {kpi} was {value} against {target}. Delivered is not the same as successful: ask its sponsor and champion what stands in the way.</source>
            <translation>Das Vorhaben {item} ist abgeschlossen, aber die Nutzung liegt unter dem Ziel: {kpi} lag bei {value} gegenüber {target}. Geliefert ist nicht dasselbe wie erfolgreich: Fragen Sie Sponsor und Fürsprecher, was im Weg steht.</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>business unit</source>
            <translation>Geschäftsbereich</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>roadmap item</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>alignment link</source>
            <translation>Ausrichtungsverknüpfung</translation>
        </message>
        <message>
            <source>team demand</source>
            <translation>Teambedarf</translation>
        </message>
        <message>
            <source>dependency</source>
            <translation>Abhängigkeit</translation>
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
            <source>criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>criterion score</source>
            <translation>Kriterienbewertung</translation>
        </message>
        <message>
            <source>rank pin</source>
            <translation>Rangfestlegung</translation>
        </message>
        <message>
            <source>budget scenario</source>
            <translation>Budgetszenario</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Basisplan</translation>
        </message>
        <message>
            <source>maturity assessment</source>
            <translation>Reifebewertung</translation>
        </message>
        <message>
            <source>maturity rating</source>
            <translation>Reifeeinstufung</translation>
        </message>
        <message>
            <source>sponsor change</source>
            <translation>Sponsorwechsel</translation>
        </message>
        <message>
            <source>value driver</source>
            <translation>Werttreiber</translation>
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
            <source>process enablement</source>
            <translation>Prozessunterstützung</translation>
        </message>
        <message>
            <source>application change</source>
            <translation>Anwendungsänderung</translation>
        </message>
        <message>
            <source>process change</source>
            <translation>Prozessänderung</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>workshop participant</source>
            <translation>Workshop-Teilnehmer</translation>
        </message>
        <message>
            <source>workshop round</source>
            <translation>Workshop-Runde</translation>
        </message>
        <message>
            <source>round option</source>
            <translation>Rundenoption</translation>
        </message>
        <message>
            <source>ballot</source>
            <translation>Stimmzettel</translation>
        </message>
        <message>
            <source>workshop decision</source>
            <translation>Workshop-Entscheidung</translation>
        </message>
        <message>
            <source>decision link</source>
            <translation>Entscheidungsverknüpfung</translation>
        </message>
        <message>
            <source>workshop action</source>
            <translation>Workshop-Maßnahme</translation>
        </message>
        <message>
            <source>business units</source>
            <translation>Geschäftsbereiche</translation>
        </message>
        <message>
            <source>people</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>roadmap items</source>
            <translation>Roadmap-Vorhaben</translation>
        </message>
        <message>
            <source>alignment links</source>
            <translation>Ausrichtungsverknüpfungen</translation>
        </message>
        <message>
            <source>team demands</source>
            <translation>Teambedarfe</translation>
        </message>
        <message>
            <source>dependencies</source>
            <translation>Abhängigkeiten</translation>
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
            <source>criteria</source>
            <translation>Kriterien</translation>
        </message>
        <message>
            <source>criterion scores</source>
            <translation>Kriterienbewertungen</translation>
        </message>
        <message>
            <source>rank pins</source>
            <translation>Rangfestlegungen</translation>
        </message>
        <message>
            <source>budget scenarios</source>
            <translation>Budgetszenarien</translation>
        </message>
        <message>
            <source>baselines</source>
            <translation>Basispläne</translation>
        </message>
        <message>
            <source>maturity assessments</source>
            <translation>Reifebewertungen</translation>
        </message>
        <message>
            <source>maturity ratings</source>
            <translation>Reifeeinstufungen</translation>
        </message>
        <message>
            <source>sponsor changes</source>
            <translation>Sponsorwechsel</translation>
        </message>
        <message>
            <source>value drivers</source>
            <translation>Werttreiber</translation>
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
            <source>process enablements</source>
            <translation>Prozessunterstützungen</translation>
        </message>
        <message>
            <source>application changes</source>
            <translation>Anwendungsänderungen</translation>
        </message>
        <message>
            <source>process changes</source>
            <translation>Prozessänderungen</translation>
        </message>
        <message>
            <source>workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <source>workshop participants</source>
            <translation>Workshop-Teilnehmer</translation>
        </message>
        <message>
            <source>workshop rounds</source>
            <translation>Workshop-Runden</translation>
        </message>
        <message>
            <source>round options</source>
            <translation>Rundenoptionen</translation>
        </message>
        <message>
            <source>ballots</source>
            <translation>Stimmzettel</translation>
        </message>
        <message>
            <source>workshop decisions</source>
            <translation>Workshop-Entscheidungen</translation>
        </message>
        <message>
            <source>decision links</source>
            <translation>Entscheidungsverknüpfungen</translation>
        </message>
        <message>
            <source>workshop actions</source>
            <translation>Workshop-Maßnahmen</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message numerus="yes">
            <source>{names} and %n other(s)</source>
            <translation>
                <numerusform>{names} und %n weiteres</numerusform>
                <numerusform>{names} und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} und {last}</translation>
        </message>
        <message>
            <source>{names} and others</source>
            <translation>{names} und weitere</translation>
        </message>
    </context>
    <context>
        <name>Maturity</name>
        <message>
            <source>Involvement in strategic planning</source>
            <translation>Einbindung in die strategische Planung</translation>
        </message>
        <message>
            <source>Shared prioritization of the portfolio</source>
            <translation>Gemeinsame Priorisierung des Portfolios</translation>
        </message>
        <message>
            <source>Sponsorship and adoption</source>
            <translation>Sponsoring und Nutzung</translation>
        </message>
        <message>
            <source>Communication in business terms</source>
            <translation>Kommunikation in der Sprache des Geschäfts</translation>
        </message>
        <message>
            <source>Business acumen in IT</source>
            <translation>Geschäftsverständnis in der IT</translation>
        </message>
        <message>
            <source>Trust and delivery</source>
            <translation>Vertrauen und Lieferung</translation>
        </message>
        <message>
            <source>Strategic planning</source>
            <translation>Strategische Planung</translation>
        </message>
        <message>
            <source>Shared prioritization</source>
            <translation>Gemeinsame Priorisierung</translation>
        </message>
        <message>
            <source>Sponsorship &amp; adoption</source>
            <translation>Sponsoring &amp; Nutzung</translation>
        </message>
        <message>
            <source>Business terms</source>
            <translation>Sprache des Geschäfts</translation>
        </message>
        <message>
            <source>Business acumen</source>
            <translation>Geschäftsverständnis</translation>
        </message>
        <message>
            <source>Trust &amp; delivery</source>
            <translation>Vertrauen &amp; Lieferung</translation>
        </message>
        <message>
            <source>Order taker</source>
            <translation>Auftragsempfänger</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translation>Dienstleister</translation>
        </message>
        <message>
            <source>Occasional partner</source>
            <translation>Gelegentlicher Partner</translation>
        </message>
        <message>
            <source>Strategic partner</source>
            <translation>Strategischer Partner</translation>
        </message>
        <message>
            <source>IT is an order taker provisioning equipment, with limited input.</source>
            <translation>Die IT ist Auftragsempfänger, stellt Geräte bereit und bringt sich kaum ein.</translation>
        </message>
        <message>
            <source>IT supports users but doesn't know the business vision.</source>
            <translation>Die IT unterstützt die Anwender, kennt aber die Vision des Geschäfts nicht.</translation>
        </message>
        <message>
            <source>IT is sometimes included in business discussions.</source>
            <translation>Die IT wird gelegentlich in geschäftliche Diskussionen einbezogen.</translation>
        </message>
        <message>
            <source>IT understands business direction and designs and executes roadmaps aligned to business strategy.</source>
            <translation>Die IT versteht die Ausrichtung des Geschäfts und gestaltet und setzt Roadmaps um, die an der Geschäftsstrategie ausgerichtet sind.</translation>
        </message>
        <message>
            <source>IT hears about business plans when the requests arrive.</source>
            <translation>Die IT erfährt von den Plänen des Geschäfts erst, wenn die Anforderungen eintreffen.</translation>
        </message>
        <message>
            <source>IT is told the plan once it is set and sizes the work.</source>
            <translation>Die IT erfährt den Plan, sobald er feststeht, und schätzt den Aufwand.</translation>
        </message>
        <message>
            <source>IT is invited to some planning sessions and comments on drafts.</source>
            <translation>Die IT wird zu einigen Planungsrunden eingeladen und kommentiert Entwürfe.</translation>
        </message>
        <message>
            <source>IT sits in strategic planning from the start and shapes the options.</source>
            <translation>Die IT ist von Anfang an in der strategischen Planung dabei und gestaltet die Optionen mit.</translation>
        </message>
        <message>
            <source>IT works through requests first come, first served.</source>
            <translation>Die IT arbeitet Anforderungen in der Reihenfolge ihres Eingangs ab.</translation>
        </message>
        <message>
            <source>IT ranks the portfolio itself and reports the order.</source>
            <translation>Die IT priorisiert das Portfolio selbst und meldet die Reihenfolge.</translation>
        </message>
        <message>
            <source>Business and IT rank the big programs together now and then.</source>
            <translation>Fachbereich und IT priorisieren die großen Programme hin und wieder gemeinsam.</translation>
        </message>
        <message>
            <source>Business and IT rank the whole portfolio together on a fixed cadence.</source>
            <translation>Fachbereich und IT priorisieren das gesamte Portfolio gemeinsam in einem festen Rhythmus.</translation>
        </message>
        <message>
            <source>Projects have no business sponsor; IT owns the outcome alone.</source>
            <translation>Projekte haben keinen Sponsor im Fachbereich; die IT verantwortet das Ergebnis allein.</translation>
        </message>
        <message>
            <source>Sponsors are named but rarely engaged after approval.</source>
            <translation>Sponsoren werden benannt, sind nach der Genehmigung aber selten eingebunden.</translation>
        </message>
        <message>
            <source>Most programs have an engaged sponsor; adoption is tracked for some.</source>
            <translation>Die meisten Programme haben einen engagierten Sponsor; bei einigen wird die Nutzung verfolgt.</translation>
        </message>
        <message>
            <source>Every program has an active sponsor and champion and is judged by adoption.</source>
            <translation>Jedes Programm hat einen aktiven Sponsor und Fürsprecher und wird an seiner Nutzung gemessen.</translation>
        </message>
        <message>
            <source>IT talks about systems, servers and licences.</source>
            <translation>Die IT spricht über Systeme, Server und Lizenzen.</translation>
        </message>
        <message>
            <source>IT explains cost and service levels, not business value.</source>
            <translation>Die IT erklärt Kosten und Service-Level, nicht den geschäftlichen Nutzen.</translation>
        </message>
        <message>
            <source>Major proposals carry a business case in money or risk.</source>
            <translation>Größere Vorschläge enthalten einen Business Case in Geld oder Risiko.</translation>
        </message>
        <message>
            <source>Every IT ask is stated in revenue, cost, risk or customer terms first.</source>
            <translation>Jede Anforderung der IT wird zuerst in Umsatz, Kosten, Risiko oder Kundennutzen begründet.</translation>
        </message>
        <message>
            <source>IT staff know little of how the business makes money.</source>
            <translation>IT-Mitarbeitende wissen wenig darüber, wie das Unternehmen Geld verdient.</translation>
        </message>
        <message>
            <source>IT leaders know the business model; teams do not.</source>
            <translation>IT-Führungskräfte kennen das Geschäftsmodell, die Teams nicht.</translation>
        </message>
        <message>
            <source>IT teams know their business unit's processes and numbers.</source>
            <translation>IT-Teams kennen die Prozesse und Kennzahlen ihres Geschäftsbereichs.</translation>
        </message>
        <message>
            <source>IT people could run a business process; some have.</source>
            <translation>IT-Mitarbeitende könnten einen Geschäftsprozess verantworten; manche haben es schon getan.</translation>
        </message>
        <message>
            <source>Commitments are often missed; the business works around IT.</source>
            <translation>Zusagen werden oft nicht eingehalten; das Geschäft arbeitet an der IT vorbei.</translation>
        </message>
        <message>
            <source>Operations are reliable; projects often slip.</source>
            <translation>Der Betrieb ist zuverlässig; Projekte verzögern sich oft.</translation>
        </message>
        <message>
            <source>Most commitments are kept and problems are raised early.</source>
            <translation>Die meisten Zusagen werden eingehalten, und Probleme werden früh angesprochen.</translation>
        </message>
        <message>
            <source>The business counts on IT's word and brings it the hard problems.</source>
            <translation>Das Geschäft verlässt sich auf das Wort der IT und bringt ihr die schwierigen Probleme.</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{currency} bn</source>
            <translation>Mrd. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount} bn</source>
            <translation>{amount} Mrd. {currency}</translation>
        </message>
        <message>
            <source>{currency} m</source>
            <translation>Mio. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount} m</source>
            <translation>{amount} Mio. {currency}</translation>
        </message>
        <message>
            <source>{currency} k</source>
            <translation>Tsd. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount} k</source>
            <translation>{amount} Tsd. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount}k</source>
            <translation>{amount} Tsd. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount}</source>
            <translation>{amount} {currency}</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
    </context>
    <context>
        <name>Partnership</name>
        <message>
            <source>sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>Fürsprecher</translation>
        </message>
        <message>
            <source>IT owner</source>
            <translation>IT-Verantwortlicher</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Verantwortlicher</translation>
        </message>
        <message>
            <source>relationship owner</source>
            <translation>Beziehungsverantwortlicher</translation>
        </message>
        <message>
            <source>sponsor of item {code} "{title}"</source>
            <translation>Sponsor des Vorhabens {code} „{title}“</translation>
        </message>
        <message>
            <source>champion of item {code} "{title}"</source>
            <translation>Fürsprecher des Vorhabens {code} „{title}“</translation>
        </message>
        <message>
            <source>IT owner of item {code} "{title}"</source>
            <translation>IT-Verantwortlicher des Vorhabens {code} „{title}“</translation>
        </message>
        <message>
            <source>owner of objective {code} "{title}"</source>
            <translation>Verantwortlicher des Ziels {code} „{title}“</translation>
        </message>
        <message>
            <source>owner of KPI {code} "{title}"</source>
            <translation>Verantwortlicher des KPI {code} „{title}“</translation>
        </message>
        <message>
            <source>relationship owner of {title} ({code})</source>
            <translation>Beziehungsverantwortlicher für {title} ({code})</translation>
        </message>
        <message>
            <source>Objective {objective} has no owner; name the business leader who answers for it.</source>
            <translation>Das Ziel {objective} hat keinen Verantwortlichen; benennen Sie die Führungskraft aus dem Fachbereich, die dafür einsteht.</translation>
        </message>
        <message>
            <source>Objective {objective} needs a new owner: {name} has left.</source>
            <translation>Das Ziel {objective} braucht einen neuen Verantwortlichen: {name} ist ausgeschieden.</translation>
        </message>
        <message>
            <source>KPI {kpi} needs a new owner: {name} has left.</source>
            <translation>Der KPI {kpi} braucht einen neuen Verantwortlichen: {name} ist ausgeschieden.</translation>
        </message>
        <message>
            <source>Item {item} has no sponsor; name one.</source>
            <translation>Das Vorhaben {item} hat keinen Sponsor; benennen Sie einen.</translation>
        </message>
        <message>
            <source>Item {item} has no IT owner; name one.</source>
            <translation>Das Vorhaben {item} hat keinen IT-Verantwortlichen; benennen Sie einen.</translation>
        </message>
        <message>
            <source>Item {item} needs a new sponsor: {name} has left.</source>
            <translation>Das Vorhaben {item} braucht einen neuen Sponsor: {name} ist ausgeschieden.</translation>
        </message>
        <message>
            <source>Item {item} needs a new champion: {name} has left.</source>
            <translation>Das Vorhaben {item} braucht einen neuen Fürsprecher: {name} ist ausgeschieden.</translation>
        </message>
        <message>
            <source>Item {item} needs a new IT owner: {name} has left.</source>
            <translation>Das Vorhaben {item} braucht einen neuen IT-Verantwortlichen: {name} ist ausgeschieden.</translation>
        </message>
        <message numerus="yes">
            <source>has left but still holds %n responsibility(ies); choose successors</source>
            <translation>
                <numerusform>ist ausgeschieden, hat aber noch %n Verantwortung; wählen Sie Nachfolger</numerusform>
                <numerusform>ist ausgeschieden, hat aber noch %n Verantwortlichkeiten; wählen Sie Nachfolger</numerusform>
            </translation>
        </message>
        <message>
            <source>relationship owner {name} has left</source>
            <translation>Beziehungsverantwortliche(r) {name} ist ausgeschieden</translation>
        </message>
        <message>
            <source>not engaged since {date}</source>
            <translation>kein Kontakt seit {date}</translation>
        </message>
        <message>
            <source>never engaged</source>
            <translation>noch nie Kontakt</translation>
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
            <source>{date}: {role} of {code} from {before} to {after} ({reason})</source>
            <translation>{date}: {role} von {code} wechselt von {before} zu {after} ({reason})</translation>
        </message>
        <message>
            <source>{date}: {role} of {code} from {before} to {after}</source>
            <translation>{date}: {role} von {code} wechselt von {before} zu {after}</translation>
        </message>
    </context>
    <context>
        <name>Practices</name>
        <message>
            <source>Quarterly joint portfolio reviews</source>
            <translation>Vierteljährliche gemeinsame Portfolio-Reviews</translation>
        </message>
        <message>
            <source>Business unit leaders and IT rank the whole portfolio together every quarter: what starts, what stops, what moves.</source>
            <translation>Führungskräfte der Geschäftsbereiche und die IT priorisieren jedes Quartal gemeinsam das gesamte Portfolio: was beginnt, was endet, was sich verschiebt.</translation>
        </message>
        <message>
            <source>Money goes to the work the business ranks highest, and stopped work frees budget for revenue and cost priorities every quarter.</source>
            <translation>Das Geld fließt in die Vorhaben, die das Geschäft am höchsten priorisiert, und gestoppte Vorhaben setzen jedes Quartal Budget für Umsatz- und Kostenprioritäten frei.</translation>
        </message>
        <message>
            <source>A named business sponsor for every program</source>
            <translation>Ein benannter Sponsor aus dem Fachbereich für jedes Programm</translation>
        </message>
        <message>
            <source>No program starts without a business sponsor who answers for its benefits and a champion who drives adoption; sponsors are re-confirmed when people move.</source>
            <translation>Kein Programm startet ohne einen Sponsor aus dem Fachbereich, der für seinen Nutzen einsteht, und einen Fürsprecher, der die Nutzung vorantreibt; bei personellen Wechseln werden Sponsoren neu bestätigt.</translation>
        </message>
        <message>
            <source>Programs deliver the revenue and cost benefits they promised because someone in the business owns the outcome and the adoption.</source>
            <translation>Programme liefern den versprochenen Umsatz- und Kostennutzen, weil jemand im Fachbereich für Ergebnis und Nutzung verantwortlich ist.</translation>
        </message>
        <message>
            <source>Value statements in business terms</source>
            <translation>Nutzenaussagen in der Sprache des Geschäfts</translation>
        </message>
        <message>
            <source>Every IT ask states its case as revenue, cost, risk, customer experience or compliance, with an amount, before its technology.</source>
            <translation>Jede Anforderung der IT begründet sich zuerst über Umsatz, Kosten, Risiko, Kundenerlebnis oder Compliance, mit einem Betrag, und erst dann über die Technik.</translation>
        </message>
        <message>
            <source>Leaders compare IT asks with every other investment in revenue, cost and risk, so budget goes where the business return is highest.</source>
            <translation>Führungskräfte vergleichen IT-Anforderungen mit jeder anderen Investition nach Umsatz, Kosten und Risiko, sodass das Budget dorthin fließt, wo der geschäftliche Ertrag am höchsten ist.</translation>
        </message>
        <message>
            <source>IT in the strategic planning cycle</source>
            <translation>Die IT im strategischen Planungszyklus</translation>
        </message>
        <message>
            <source>The CIO and business relationship managers take part in the business unit's strategy sessions from the first draft.</source>
            <translation>Der CIO und die Business-Relationship-Manager nehmen vom ersten Entwurf an an den Strategierunden des Geschäftsbereichs teil.</translation>
        </message>
        <message>
            <source>Strategy counts on what technology can do for customers and margin, instead of finding out late what it costs.</source>
            <translation>Die Strategie rechnet mit dem, was Technologie für Kunden und Marge leisten kann, statt spät zu erfahren, was sie kostet.</translation>
        </message>
        <message>
            <source>A business relationship manager per business unit</source>
            <translation>Ein Business-Relationship-Manager je Geschäftsbereich</translation>
        </message>
        <message>
            <source>One named IT leader owns the relationship with each business unit, meets its leadership monthly and brings its priorities to IT.</source>
            <translation>Eine benannte IT-Führungskraft verantwortet die Beziehung zu jedem Geschäftsbereich, trifft dessen Leitung monatlich und bringt seine Prioritäten in die IT.</translation>
        </message>
        <message>
            <source>The business unit gets one accountable contact who turns its revenue and customer priorities into IT plans.</source>
            <translation>Der Geschäftsbereich erhält einen verantwortlichen Ansprechpartner, der seine Umsatz- und Kundenprioritäten in IT-Pläne übersetzt.</translation>
        </message>
        <message>
            <source>Benefits and adoption reviews after go-live</source>
            <translation>Nutzen- und Akzeptanz-Reviews nach dem Go-live</translation>
        </message>
        <message>
            <source>Sponsors review adoption and business KPIs 3, 6 and 12 months after go-live; programs close when adoption targets are met, not when code ships.</source>
            <translation>Sponsoren prüfen Nutzung und geschäftliche KPIs 3, 6 und 12 Monate nach dem Go-live; Programme enden, wenn die Nutzungsziele erreicht sind, nicht wenn der Code ausgeliefert ist.</translation>
        </message>
        <message>
            <source>Delivered programs earn the revenue and savings in their business case, because low adoption is found and fixed early.</source>
            <translation>Gelieferte Programme erzielen den Umsatz und die Einsparungen ihres Business Case, weil geringe Nutzung früh erkannt und behoben wird.</translation>
        </message>
        <message>
            <source>Job rotation between IT and the business</source>
            <translation>Jobrotation zwischen IT und Fachbereich</translation>
        </message>
        <message>
            <source>IT staff spend six to twelve months in a business role (store, DC, customer service) and business staff join product teams.</source>
            <translation>IT-Mitarbeitende verbringen sechs bis zwölf Monate in einer Rolle im Fachbereich (Filiale, Lager, Kundenservice), und Mitarbeitende des Fachbereichs arbeiten in Produktteams mit.</translation>
        </message>
        <message>
            <source>People who know the customer and the operation build solutions that sell more and cost less to run.</source>
            <translation>Wer Kunden und Betrieb kennt, baut Lösungen, die mehr verkaufen und im Betrieb weniger kosten.</translation>
        </message>
        <message>
            <source>Co-locate product teams with their business unit</source>
            <translation>Produktteams beim eigenen Geschäftsbereich ansiedeln</translation>
        </message>
        <message>
            <source>Product teams sit with (or in the same channels as) the business team they serve, at least part of the week.</source>
            <translation>Produktteams sitzen zumindest an einem Teil der Woche beim Fachteam, für das sie arbeiten (oder in denselben Kanälen).</translation>
        </message>
        <message>
            <source>Faster decisions and fewer misunderstandings shorten time to revenue and cut rework cost.</source>
            <translation>Schnellere Entscheidungen und weniger Missverständnisse verkürzen die Zeit bis zum Umsatz und senken die Kosten für Nacharbeit.</translation>
        </message>
        <message>
            <source>Business acumen training for IT staff</source>
            <translation>Schulungen zum Geschäftsverständnis für IT-Mitarbeitende</translation>
        </message>
        <message>
            <source>Short courses on the P&amp;L, margin, customer journeys and the unit's KPIs for every IT team.</source>
            <translation>Kurze Kurse zu GuV, Marge, Customer Journeys und den KPIs des Bereichs für jedes IT-Team.</translation>
        </message>
        <message>
            <source>IT teams weigh their work by margin and customer impact, so effort goes where the business gains most.</source>
            <translation>IT-Teams gewichten ihre Arbeit nach Marge und Kundenwirkung, sodass der Aufwand dorthin fließt, wo das Geschäft am meisten gewinnt.</translation>
        </message>
        <message>
            <source>Published delivery commitments with a monthly scorecard</source>
            <translation>Veröffentlichte Lieferzusagen mit monatlicher Scorecard</translation>
        </message>
        <message>
            <source>IT publishes dates and service levels it commits to and reports them monthly to the business, misses included.</source>
            <translation>Die IT veröffentlicht die Termine und Service-Level, die sie zusagt, und berichtet dem Fachbereich monatlich darüber, Verfehlungen eingeschlossen.</translation>
        </message>
        <message>
            <source>The business can plan launches and promotions on IT's dates, reducing the cost of slips and lost sales.</source>
            <translation>Das Geschäft kann Markteinführungen und Aktionen auf die Termine der IT planen und senkt so die Kosten von Verzögerungen und entgangenem Umsatz.</translation>
        </message>
        <message>
            <source>IT cost transparency per business unit</source>
            <translation>IT-Kostentransparenz je Geschäftsbereich</translation>
        </message>
        <message>
            <source>Show each business unit what its applications and projects cost, in its own terms (per store, per order, per customer).</source>
            <translation>Zeigen Sie jedem Geschäftsbereich, was seine Anwendungen und Projekte kosten, in seinen eigenen Größen (je Filiale, je Bestellung, je Kunde).</translation>
        </message>
        <message>
            <source>Business leaders see the cost of their demand and trade it against revenue, cutting low-value spend.</source>
            <translation>Führungskräfte im Geschäft sehen die Kosten ihrer Anforderungen, wägen sie gegen den Umsatz ab und streichen Ausgaben mit geringem Nutzen.</translation>
        </message>
        <message>
            <source>One joint demand intake with business scoring</source>
            <translation>Ein gemeinsamer Anforderungseingang mit Bewertung durch den Fachbereich</translation>
        </message>
        <message>
            <source>Every request enters one intake, scored by business and IT on the same criteria before it is sized.</source>
            <translation>Jede Anforderung geht über einen einzigen Eingang und wird von Fachbereich und IT nach denselben Kriterien bewertet, bevor ihr Aufwand geschätzt wird.</translation>
        </message>
        <message>
            <source>Scarce IT capacity goes to the requests with the most revenue, cost and risk value.</source>
            <translation>Knappe IT-Kapazität fließt in die Anforderungen mit dem größten Nutzen für Umsatz, Kosten und Risiko.</translation>
        </message>
        <message>
            <source>Shared outcome targets for business and IT</source>
            <translation>Gemeinsame Ergebnisziele für Fachbereich und IT</translation>
        </message>
        <message>
            <source>Business and IT leaders carry the same outcome targets (revenue, customer, cost) in their objectives and bonuses.</source>
            <translation>Führungskräfte aus Fachbereich und IT tragen dieselben Ergebnisziele (Umsatz, Kunden, Kosten) in ihren Zielvereinbarungen und Boni.</translation>
        </message>
        <message>
            <source>Both sides win only when customers and margin improve, which aligns every roadmap decision with the business result.</source>
            <translation>Beide Seiten gewinnen nur, wenn sich Kunden und Marge verbessern; so richtet sich jede Roadmap-Entscheidung am Geschäftsergebnis aus.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{code} "{title}"</source>
            <translation>{code} „{title}“</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>a code is required (1-32 characters)</source>
            <translation>ein Code ist erforderlich (1–32 Zeichen)</translation>
        </message>
        <message>
            <source>code is {length} characters long; at most {most} are allowed</source>
            <translation>der Code ist {length} Zeichen lang; höchstens {most} sind erlaubt</translation>
        </message>
        <message>
            <source>code {code} starts or ends with a space</source>
            <translation>der Code {code} beginnt oder endet mit einem Leerzeichen</translation>
        </message>
        <message>
            <source>{value} is not one of {allowed}</source>
            <translation>{value} ist keiner der Werte {allowed}</translation>
        </message>
        <message>
            <source>{value} is not an amount</source>
            <translation>{value} ist kein Betrag</translation>
        </message>
        <message>
            <source>give both start and end, or neither (unscheduled)</source>
            <translation>geben Sie Beginn und Ende an oder keines von beiden (nicht eingeplant)</translation>
        </message>
        <message>
            <source>end {end} is before start {start}</source>
            <translation>das Ende {end} liegt vor dem Beginn {start}</translation>
        </message>
        <message>
            <source>mandatory must be true or false, not {value}</source>
            <translation>Pflicht muss wahr oder falsch sein, nicht {value}</translation>
        </message>
        <message>
            <source>cost of delay must be 0 or more, not {value}</source>
            <translation>die Verzögerungskosten müssen 0 oder mehr betragen, nicht {value}</translation>
        </message>
        <message>
            <source>job size must be more than 0, not {value}</source>
            <translation>der Aufwand muss größer als 0 sein, nicht {value}</translation>
        </message>
        <message>
            <source>weight must be a whole number from 1 to 5, not {value}</source>
            <translation>die Gewichtung muss eine ganze Zahl von 1 bis 5 sein, nicht {value}</translation>
        </message>
        <message>
            <source>capacity must be 0 or more FTE, not {value}</source>
            <translation>die Kapazität muss 0 oder mehr FTE betragen, nicht {value}</translation>
        </message>
        <message>
            <source>strength must be 1 (weak), 2 (moderate) or 3 (strong), not {value}</source>
            <translation>die Stärke muss 1 (schwach), 2 (mittel) oder 3 (stark) sein, nicht {value}</translation>
        </message>
        <message>
            <source>FTE must be more than 0, not {value}</source>
            <translation>die FTE müssen größer als 0 sein, nicht {value}</translation>
        </message>
        <message>
            <source>an item can't depend on itself</source>
            <translation>ein Vorhaben kann nicht von sich selbst abhängen</translation>
        </message>
        <message>
            <source>a KPI measures exactly one objective or one item</source>
            <translation>ein KPI misst genau ein Ziel oder ein Vorhaben</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>adoption must be true or false, not {value}</source>
            <translation>Nutzung muss wahr oder falsch sein, nicht {value}</translation>
        </message>
        <message>
            <source>a person can't own the relationship with themselves; choose someone on the other side</source>
            <translation>eine Person kann nicht die Beziehung zu sich selbst verantworten; wählen Sie jemanden von der anderen Seite</translation>
        </message>
        <message>
            <source>a criterion weight must be 0 or more, not {value}</source>
            <translation>die Gewichtung eines Kriteriums muss 0 oder mehr sein, nicht {value}</translation>
        </message>
        <message>
            <source>a score must be from 0 to {most}, not {value}</source>
            <translation>eine Bewertung muss zwischen 0 und {most} liegen, nicht {value}</translation>
        </message>
        <message>
            <source>a pinned rank must be a whole number from 1, not {value}</source>
            <translation>ein festgelegter Rang muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
        </message>
        <message>
            <source>a reason is required: record why the business fixed this rank</source>
            <translation>ein Grund ist erforderlich: Halten Sie fest, warum das Geschäft diesen Rang festgelegt hat</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} ist kein Datum</translation>
        </message>
        <message>
            <source>a budget must be 0 or more, not {value}</source>
            <translation>ein Budget muss 0 oder mehr betragen, nicht {value}</translation>
        </message>
        <message>
            <source>{value} is not a plan format version</source>
            <translation>{value} ist keine Version des Planformats</translation>
        </message>
        <message>
            <source>the horizon must be 1 to {most} quarters, not {value}</source>
            <translation>der Horizont muss 1 bis {most} Quartale umfassen, nicht {value}</translation>
        </message>
        <message>
            <source>a plan title is required</source>
            <translation>ein Plantitel ist erforderlich</translation>
        </message>
        <message>
            <source>currency must be a short code such as USD, not {value}</source>
            <translation>die Währung muss ein kurzer Code wie EUR sein, nicht {value}</translation>
        </message>
        <message>
            <source>a title is required</source>
            <translation>ein Titel ist erforderlich</translation>
        </message>
        <message>
            <source>a name is required</source>
            <translation>ein Name ist erforderlich</translation>
        </message>
        <message>
            <source>a question is required</source>
            <translation>eine Frage ist erforderlich</translation>
        </message>
        <message>
            <source>a decision is required</source>
            <translation>eine Entscheidung ist erforderlich</translation>
        </message>
        <message>
            <source>an action is required</source>
            <translation>eine Maßnahme ist erforderlich</translation>
        </message>
        <message>
            <source>{field} can't be negative ({value})</source>
            <translation>{field} darf nicht negativ sein ({value})</translation>
        </message>
        <message>
            <source>capex can't be negative ({value})</source>
            <translation>Capex darf nicht negativ sein ({value})</translation>
        </message>
        <message>
            <source>opex can't be negative ({value})</source>
            <translation>Opex darf nicht negativ sein ({value})</translation>
        </message>
        <message>
            <source>annual value can't be negative ({value})</source>
            <translation>der jährliche Nutzen darf nicht negativ sein ({value})</translation>
        </message>
        <message>
            <source>an assessment date is required</source>
            <translation>ein Bewertungsdatum ist erforderlich</translation>
        </message>
        <message>
            <source>a change date is required</source>
            <translation>ein Datum des Wechsels ist erforderlich</translation>
        </message>
        <message>
            <source>a measurement date is required</source>
            <translation>ein Messdatum ist erforderlich</translation>
        </message>
        <message>
            <source>{value} is not a date; write it as YYYY-MM-DD</source>
            <translation>{value} ist kein Datum; schreiben Sie es als JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>a maturity level must be a whole number from {low} to {high} (1 order taker … 4 strategic partner), not {value}</source>
            <translation>eine Reifestufe muss eine ganze Zahl von {low} bis {high} sein (1 Auftragsempfänger … 4 strategischer Partner), nicht {value}</translation>
        </message>
        <message>
            <source>a target level must be a whole number from {low} to {high} (1 order taker … 4 strategic partner), not {value}</source>
            <translation>eine Zielstufe muss eine ganze Zahl von {low} bis {high} sein (1 Auftragsempfänger … 4 strategischer Partner), nicht {value}</translation>
        </message>
        <message>
            <source>the level must be a whole number from {low} to {high} (1 order taker … 4 strategic partner), not {value}</source>
            <translation>die Stufe muss eine ganze Zahl von {low} bis {high} sein (1 Auftragsempfänger … 4 strategischer Partner), nicht {value}</translation>
        </message>
        <message>
            <source>the target must be a whole number from {low} to {high} (1 order taker … 4 strategic partner), not {value}</source>
            <translation>die Zielstufe muss eine ganze Zahl von {low} bis {high} sein (1 Auftragsempfänger … 4 strategischer Partner), nicht {value}</translation>
        </message>
        <message>
            <source>say who held the role before, who holds it now, or both</source>
            <translation>geben Sie an, wer die Rolle vorher innehatte, wer sie jetzt innehat oder beides</translation>
        </message>
        <message>
            <source>a person can't be their own successor</source>
            <translation>eine Person kann nicht ihr eigener Nachfolger sein</translation>
        </message>
        <message>
            <source>a value driver's amount must be 0 or more, not {value}</source>
            <translation>der Betrag eines Werttreibers muss 0 oder mehr betragen, nicht {value}</translation>
        </message>
        <message>
            <source>the date {date} appears twice in the series (also entry {entry}); keep one actual per date</source>
            <translation>das Datum {date} kommt in der Reihe zweimal vor (auch Eintrag {entry}); behalten Sie einen Istwert je Datum</translation>
        </message>
        <message>
            <source>the date {date} comes after {latest} in the series; list actuals oldest first</source>
            <translation>das Datum {date} folgt in der Reihe auf {latest}; führen Sie die Istwerte vom ältesten an auf</translation>
        </message>
        <message>
            <source>{record} can't sit under itself</source>
            <translation>{record} kann nicht unter sich selbst stehen</translation>
        </message>
        <message>
            <source>{record} can't sit under {parent}: that would make the process map circular ({parent} is already under {record})</source>
            <translation>{record} kann nicht unter {parent} stehen: Die Prozesslandkarte würde sich dadurch im Kreis drehen ({parent} steht bereits unter {record})</translation>
        </message>
        <message>
            <source>{record} can't sit under {parent}, which is itself under {grandparent}: the process map has two levels</source>
            <translation>{record} kann nicht unter {parent} stehen, denn {parent} steht selbst unter {grandparent}: Die Prozesslandkarte hat zwei Ebenen</translation>
        </message>
        <message>
            <source>{record} has processes under it, so it can't sit under {parent}: the process map has two levels</source>
            <translation>{record} hat untergeordnete Prozesse und kann daher nicht unter {parent} stehen: Die Prozesslandkarte hat zwei Ebenen</translation>
        </message>
        <message>
            <source>the number of dots must be a whole number from 1, not {value}</source>
            <translation>die Anzahl der Punkte muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
        </message>
        <message>
            <source>the most dots on one option must be a whole number from 1, not {value}</source>
            <translation>die Höchstzahl an Punkten je Option muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
        </message>
        <message>
            <source>the points each must be a whole number from 1, not {value}</source>
            <translation>die Punkte je Person müssen eine ganze Zahl ab 1 sein, nicht {value}</translation>
        </message>
        <message>
            <source>the timer must be a whole number from 1, not {value}</source>
            <translation>der Timer muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
        </message>
        <message>
            <source>a round's budget must be an amount of 0 or more, not {value}</source>
            <translation>das Budget einer Runde muss ein Betrag von 0 oder mehr sein, nicht {value}</translation>
        </message>
        <message>
            <source>position must be a whole number, not {value}</source>
            <translation>die Position muss eine ganze Zahl sein, nicht {value}</translation>
        </message>
        <message>
            <source>revealed must be true or false, not {value}</source>
            <translation>Aufgedeckt muss wahr oder falsch sein, nicht {value}</translation>
        </message>
        <message>
            <source>done must be true or false, not {value}</source>
            <translation>Erledigt muss wahr oder falsch sein, nicht {value}</translation>
        </message>
        <message>
            <source>a ballot's values must be stored as JSON text</source>
            <translation>die Werte eines Stimmzettels müssen als JSON-Text gespeichert sein</translation>
        </message>
        <message>
            <source>this vote is {size} bytes long; a ballot holds at most {most} KiB</source>
            <translation>diese Stimme ist {size} Byte lang; ein Stimmzettel fasst höchstens {most} KiB</translation>
        </message>
        <message>
            <source>a ballot needs values unless it abstains</source>
            <translation>ein Stimmzettel braucht Werte, außer bei Enthaltung</translation>
        </message>
        <message>
            <source>a decision link names exactly one item or one objective</source>
            <translation>eine Entscheidungsverknüpfung nennt genau ein Vorhaben oder ein Ziel</translation>
        </message>
    </context>
    <context>
        <name>Scenarios</name>
        <message>
            <source>no budget cap</source>
            <translation>keine Budgetgrenze</translation>
        </message>
        <message>
            <source>{money} a year</source>
            <translation>{money} pro Jahr</translation>
        </message>
        <message>
            <source>{money} in total</source>
            <translation>{money} insgesamt</translation>
        </message>
        <message>
            <source>A budget must be an amount of 0 or more, not {budget}.</source>
            <translation>Ein Budget muss ein Betrag von 0 oder mehr sein, nicht {budget}.</translation>
        </message>
        <message>
            <source>A budget applies in total or per year, not {basis}.</source>
            <translation>Ein Budget gilt insgesamt oder pro Jahr, nicht {basis}.</translation>
        </message>
        <message>
            <source>A scenario maximises score or value, not {maximise}.</source>
            <translation>Ein Szenario maximiert die Bewertung oder den Nutzen, nicht {maximise}.</translation>
        </message>
        <message>
            <source>{item} is mandatory but on hold; scenarios leave it out until it resumes.</source>
            <translation>{item} ist verpflichtend, aber zurückgestellt; Szenarien lassen es weg, bis es wieder aufgenommen wird.</translation>
        </message>
        <message>
            <source>{items} (committed) have no quarters, so their cost is not in any year's spend.</source>
            <translation>{items} (zugesagt) haben keine Quartale, daher sind ihre Kosten in keinem Jahresbudget enthalten.</translation>
        </message>
        <message>
            <source>The budget ({budget}) is below what approved and in-progress work already costs ({cost}); nothing more fits. Raise the budget or put committed work on hold.</source>
            <translation>Das Budget ({budget}) liegt unter dem, was genehmigte und laufende Vorhaben bereits kosten ({cost}); nichts weiter passt hinein. Erhöhen Sie das Budget oder stellen Sie zugesagte Vorhaben zurück.</translation>
        </message>
        <message>
            <source>No proposed item fits in what is left of the budget; the cheapest, {item}, costs {cost}.</source>
            <translation>Kein vorgeschlagenes Vorhaben passt in das restliche Budget; das günstigste, {item}, kostet {cost}.</translation>
        </message>
        <message>
            <source>{item} waits for {predecessor}, which is on hold: it is mandatory but can't be funded in this scenario.</source>
            <translation>{item} wartet auf {predecessor}, das zurückgestellt ist: Es ist verpflichtend, kann in diesem Szenario aber nicht finanziert werden.</translation>
        </message>
        <message>
            <source>{item} waits for {predecessor}, which is on hold; it is left out.</source>
            <translation>{item} wartet auf {predecessor}, das zurückgestellt ist; es wird weggelassen.</translation>
        </message>
        <message>
            <source>{item} is unscheduled, so its yearly spend is unknown: it is mandatory but can't be funded in this scenario.</source>
            <translation>{item} ist nicht eingeplant, daher sind seine jährlichen Ausgaben unbekannt: Es ist verpflichtend, kann in diesem Szenario aber nicht finanziert werden.</translation>
        </message>
        <message>
            <source>{item} is unscheduled, so its yearly spend is unknown; it is left out.</source>
            <translation>{item} ist nicht eingeplant, daher sind seine jährlichen Ausgaben unbekannt; es wird weggelassen.</translation>
        </message>
        <message>
            <source>The mandatory items ({items}) and what they depend on don't fit in the budget ({budget}) next to committed work; raise the budget or review what is mandatory.</source>
            <translation>Die verpflichtenden Vorhaben ({items}) und das, wovon sie abhängen, passen neben den zugesagten Vorhaben nicht in das Budget ({budget}); erhöhen Sie das Budget oder prüfen Sie, was verpflichtend ist.</translation>
        </message>
        <message>
            <source>The solver stopped at its time limit; this portfolio fits but may not be the best.</source>
            <translation>Der Solver hat an seinem Zeitlimit angehalten; dieses Portfolio passt, ist aber womöglich nicht das beste.</translation>
        </message>
        <message>
            <source>Name at least one scenario to compare.</source>
            <translation>Nennen Sie mindestens ein Szenario zum Vergleich.</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <source>{item} is pinned at rank {rank} but is done; the pin is ignored.</source>
            <translation>{item} ist auf Rang {rank} festgelegt, aber abgeschlossen; die Festlegung wird ignoriert.</translation>
        </message>
        <message>
            <source>{item} is pinned at rank {rank} but is cancelled; the pin is ignored.</source>
            <translation>{item} ist auf Rang {rank} festgelegt, aber abgebrochen; die Festlegung wird ignoriert.</translation>
        </message>
        <message>
            <source>{item} is pinned at rank {rank} but is {status}; the pin is ignored.</source>
            <translation>{item} ist auf Rang {rank} festgelegt, hat aber den Status {status}; die Festlegung wird ignoriert.</translation>
        </message>
        <message>
            <source>The plan has no criteria, so nothing can be scored; add a criterion (e.g. strategic alignment) or rank by WSJF.</source>
            <translation>Der Plan hat keine Kriterien, daher lässt sich nichts bewerten; fügen Sie ein Kriterium hinzu (z. B. strategische Ausrichtung) oder ordnen Sie nach WSJF.</translation>
        </message>
        <message>
            <source>There is no criterion {unknown}; criteria are {known}.</source>
            <translation>Es gibt kein Kriterium {unknown}; die Kriterien sind {known}.</translation>
        </message>
        <message>
            <source>Criterion weights must be numbers of 0 or more.</source>
            <translation>Gewichtungen von Kriterien müssen Zahlen von 0 oder mehr sein.</translation>
        </message>
        <message>
            <source>All criteria weights are 0, so nothing can be ranked; give at least one criterion a weight above 0.</source>
            <translation>Alle Kriterien haben die Gewichtung 0, daher lässt sich nichts ordnen; geben Sie mindestens einem Kriterium eine Gewichtung über 0.</translation>
        </message>
        <message>
            <source>Unknown ranking method {method}; use score or wsjf.</source>
            <translation>Unbekannte Rangfolgemethode {method}; verwenden Sie score oder wsjf.</translation>
        </message>
        <message>
            <source>{item} is pinned at rank {rank} but only {count} items are ranked; it is placed as near to that as possible.</source>
            <translation>{item} ist auf Rang {rank} festgelegt, aber nur {count} Vorhaben sind in der Rangfolge; es wird so nah wie möglich daran platziert.</translation>
        </message>
        <message>
            <source>{items} are all pinned at rank {rank}; the higher-scored comes first and the others follow.</source>
            <translation>{items} sind alle auf Rang {rank} festgelegt; das höher bewertete kommt zuerst, die anderen folgen.</translation>
        </message>
        <message>
            <source>{items} has no job size (no job_size and no cost) and rank last under WSJF.</source>
            <translation>{items} hat keine Jobgröße (weder job_size noch Kosten) und steht unter WSJF auf dem letzten Rang.</translation>
        </message>
        <message>
            <source>{items} have no job size (no job_size and no cost) and rank last under WSJF.</source>
            <translation>{items} haben keine Jobgröße (weder job_size noch Kosten) und stehen unter WSJF auf den letzten Rängen.</translation>
        </message>
        <message>
            <source>WSJF mixes given inputs ({given} items) with derived ones ({derived} items: annual value ÷ capex + opex); give every item cost_of_delay and job_size, or none.</source>
            <translation>WSJF mischt angegebene Werte ({given} Vorhaben) mit abgeleiteten ({derived} Vorhaben: jährlicher Nutzen ÷ Capex + Opex); geben Sie jedem Vorhaben cost_of_delay und job_size oder keinem.</translation>
        </message>
    </context>
    <context>
        <name>Sensitivity</name>
        <message>
            <source>{weight} moves it into the top {n}</source>
            <translation>{weight} bringt es in die Top {n}</translation>
        </message>
        <message>
            <source>{weight} drops it out of the top {n}</source>
            <translation>{weight} wirft es aus den Top {n}</translation>
        </message>
        <message>
            <source>{weight} moves it into the funded set of “{scenario}”</source>
            <translation>{weight} bringt es in die finanzierte Auswahl von „{scenario}“</translation>
        </message>
        <message>
            <source>{weight} drops it out of the funded set of “{scenario}”</source>
            <translation>{weight} wirft es aus der finanzierten Auswahl von „{scenario}“</translation>
        </message>
        <message>
            <source>into top {n}</source>
            <translation>in die Top {n}</translation>
        </message>
        <message>
            <source>out of top {n}</source>
            <translation>aus den Top {n}</translation>
        </message>
        <message>
            <source>into funded set of “{scenario}”</source>
            <translation>in die finanzierte Auswahl von „{scenario}“</translation>
        </message>
        <message>
            <source>out of funded set of “{scenario}”</source>
            <translation>aus der finanzierten Auswahl von „{scenario}“</translation>
        </message>
        <message>
            <source>the top {n}</source>
            <translation>die Top {n}</translation>
        </message>
        <message>
            <source>the funded set of “{scenario}”</source>
            <translation>die finanzierte Auswahl von „{scenario}“</translation>
        </message>
    </context>
    <context>
        <name>Sequencing</name>
        <message>
            <source>{team} is fully booked in {quarters} by {who}</source>
            <translation>{team} ist in {quarters} voll ausgelastet durch {who}</translation>
        </message>
        <message>
            <source>{team} is fully booked in {quarters}</source>
            <translation>{team} ist in {quarters} voll ausgelastet</translation>
        </message>
        <message>
            <source>{team} has less than the {fte} FTE it needs free in {quarters} (booked by {who})</source>
            <translation>{team} hat in {quarters} weniger als die benötigten {fte} FTE frei (gebucht durch {who})</translation>
        </message>
        <message>
            <source>{team} has less than the {fte} FTE it needs free in {quarters}</source>
            <translation>{team} hat in {quarters} weniger als die benötigten {fte} FTE frei</translation>
        </message>
        <message>
            <source>its teams are booked by higher-ranked work</source>
            <translation>seine Teams sind durch höher priorisierte Vorhaben ausgelastet</translation>
        </message>
        <message>
            <source>On hold: not placed.</source>
            <translation>Zurückgestellt: nicht eingeplant.</translation>
        </message>
        <message>
            <source>Cancelled: not placed.</source>
            <translation>Abgebrochen: nicht eingeplant.</translation>
        </message>
        <message>
            <source>In progress but has no start and end quarter: give it dates so its team time is booked.</source>
            <translation>In Arbeit, aber ohne Start- und Endquartal: Geben Sie Termine an, damit die Zeit seiner Teams gebucht wird.</translation>
        </message>
        <message>
            <source>Unscheduled: give it a start and end quarter (its length) so it can be sequenced.</source>
            <translation>Nicht eingeplant: Geben Sie ein Start- und Endquartal (seine Dauer) an, damit es eingeplant werden kann.</translation>
        </message>
        <message>
            <source>{item} depends on {predecessor}, which is cancelled; that dependency is ignored (remove it, or re-plan {item}).</source>
            <translation>{item} hängt von {predecessor} ab, das abgebrochen ist; diese Abhängigkeit wird ignoriert (entfernen Sie sie oder planen Sie {item} neu).</translation>
        </message>
        <message>
            <source>Waits for {item}, which is on hold.</source>
            <translation>Wartet auf {item}, das zurückgestellt ist.</translation>
        </message>
        <message>
            <source>Waits for {item}, which is in progress with no end quarter.</source>
            <translation>Wartet auf {item}, das in Arbeit ist, aber kein Endquartal hat.</translation>
        </message>
        <message>
            <source>Waits for {item}, which could not be placed.</source>
            <translation>Wartet auf {item}, das nicht eingeplant werden konnte.</translation>
        </message>
        <message>
            <source>Waits for {item}, which is in a dependency cycle.</source>
            <translation>Wartet auf {item}, das in einem Abhängigkeitszyklus steckt.</translation>
        </message>
        <message>
            <source>Never fits: it needs {fte} FTE of {team} a quarter, but the team has no capacity (0 FTE).</source>
            <translation>Passt nie: Es braucht {fte} FTE von {team} pro Quartal, aber das Team hat keine Kapazität (0 FTE).</translation>
        </message>
        <message>
            <source>Never fits: it needs {fte} FTE of {team} a quarter, but the team has {capacity} FTE.</source>
            <translation>Passt nie: Es braucht {fte} FTE von {team} pro Quartal, aber das Team hat {capacity} FTE.</translation>
        </message>
        <message>
            <source>Doesn't fit in the horizon: it runs {duration} quarters and the plan has {quarters}.</source>
            <translation>Passt nicht in den Planungshorizont: Es läuft {duration} Quartale, der Plan umfasst nur {quarters}.</translation>
        </message>
        <message>
            <source>Doesn't fit in the horizon: it can't start before {start} (it waits for {waits}) and runs {duration} quarters, past the horizon's end ({end}).</source>
            <translation>Passt nicht in den Planungshorizont: Es kann nicht vor {start} beginnen (es wartet auf {waits}) und läuft {duration} Quartale, über das Ende des Horizonts ({end}) hinaus.</translation>
        </message>
        <message>
            <source>Doesn't fit in the horizon: it can't start before {start} (its planned start) and runs {duration} quarters, past the horizon's end ({end}).</source>
            <translation>Passt nicht in den Planungshorizont: Es kann nicht vor {start} beginnen (sein geplanter Start) und läuft {duration} Quartale, über das Ende des Horizonts ({end}) hinaus.</translation>
        </message>
        <message>
            <source>Doesn't fit before the horizon ends ({end}): {why}.</source>
            <translation>Passt nicht vor dem Ende des Planungshorizonts ({end}): {why}.</translation>
        </message>
        <message>
            <source>the plan horizon starts in {start} (planned start {planned})</source>
            <translation>der Planungshorizont beginnt in {start} (geplanter Start {planned})</translation>
        </message>
        <message>
            <source>it waits for {waits}</source>
            <translation>es wartet auf {waits}</translation>
        </message>
        <message>
            <source>Won't start until {start}: {why}.</source>
            <translation>Beginnt erst in {start}: {why}.</translation>
        </message>
        <message>
            <source>{items}, which ends in {quarter}</source>
            <translation>{items}, das in {quarter} endet</translation>
        </message>
        <message>
            <source>{items}, which end in {quarter}</source>
            <translation>{items}, die in {quarter} enden</translation>
        </message>
        <message>
            <source>{team} is overbooked by work already under way in {quarters} (up to {peak} of {capacity} FTE); nothing more is placed on it there.</source>
            <translation>{team} ist durch bereits laufende Vorhaben in {quarters} überbucht (bis zu {peak} von {capacity} FTE); dort wird nichts weiter eingeplant.</translation>
        </message>
        <message>
            <source>{team} has no capacity (0 FTE), so {items} can't be placed; give the team capacity or move that work to another team.</source>
            <translation>{team} hat keine Kapazität (0 FTE), daher können {items} nicht eingeplant werden; geben Sie dem Team Kapazität oder verlagern Sie die Arbeit in ein anderes Team.</translation>
        </message>
        <message>
            <source>{error} Items are placed in planned-start order instead.</source>
            <translation>{error} Die Vorhaben werden stattdessen in der Reihenfolge ihres geplanten Starts eingeplant.</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>{value} FTE</source>
            <translation>{value} FTE</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>FTE</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>{text} is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1</source>
            <translation>{text} ist kein Quartal; schreiben Sie es als JJJJ-Qn, z. B. 2027-Q1</translation>
        </message>
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
            <source>weak</source>
            <translation>schwach</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>stark</translation>
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
            <source>Business outcome</source>
            <translation>Geschäftsergebnis</translation>
        </message>
        <message>
            <source>IT service metric</source>
            <translation>IT-Service-Kennzahl</translation>
        </message>
        <message>
            <source>sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>Fürsprecher</translation>
        </message>
        <message>
            <source>IT owner</source>
            <translation>IT-Verantwortlicher</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>no dots</source>
            <translation>keine Punkte</translation>
        </message>
        <message>
            <source>no points</source>
            <translation>keine Punkte</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) from {people}</source>
            <translation>
                <numerusform>%n Punkt von {people}</numerusform>
                <numerusform>%n Punkte von {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) from {people}</source>
            <translation>
                <numerusform>%n Punkt von {people}</numerusform>
                <numerusform>%n Punkte von {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s): {words}</source>
            <translation>
                <numerusform>%n Bewertung: {words}</numerusform>
                <numerusform>%n Bewertungen: {words}</numerusform>
            </translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>Nobody rated {options}, so it scores 0.</source>
            <translation>Niemand hat {options} bewertet, daher erhält es 0.</translation>
        </message>
        <message>
            <source>Nobody rated {options}, so they score 0.</source>
            <translation>Niemand hat {options} bewertet, daher erhalten sie 0.</translation>
        </message>
        <message>
            <source>{score} weighted, rated by {people}</source>
            <translation>{score} gewichtet, bewertet von {people}</translation>
        </message>
        <message>
            <source>funded: {got} of {cost}</source>
            <translation>finanziert: {got} von {cost}</translation>
        </message>
        <message>
            <source>{got} of {cost}; {missing} missing</source>
            <translation>{got} von {cost}; es fehlen {missing}</translation>
        </message>
        <message>
            <source>Together {people} spent {spent} of the {pool} they had ({each} each).</source>
            <translation>Zusammen haben {people} {spent} der verfügbaren {pool} ausgegeben ({each} je Person).</translation>
        </message>
        <message>
            <source>Funded: {options}, costing {cost} together.</source>
            <translation>Finanziert: {options}, zusammen für {cost}.</translation>
        </message>
        <message>
            <source>Funded: {options}, costing {cost}.</source>
            <translation>Finanziert: {options}, für {cost}.</translation>
        </message>
        <message>
            <source>No option has collected its full cost yet.</source>
            <translation>Noch keine Option hat ihre vollen Kosten eingesammelt.</translation>
        </message>
        <message>
            <source>Moved to the best-supported options first, the pooled {pool} would pay for {options}.</source>
            <translation>Zuerst auf die am stärksten unterstützten Optionen verteilt, würden die gemeinsamen {pool} {options} finanzieren.</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) was/were left out because it/they no longer fit(s) the round ({why}).</source>
            <translation>
                <numerusform>%n Stimmzettel wurde nicht gezählt, weil er nicht mehr zur Runde passt ({why}).</numerusform>
                <numerusform>%n Stimmzettel wurden nicht gezählt, weil sie nicht mehr zur Runde passen ({why}).</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} has more than one ballot; each was counted.</source>
            <translation>{people} hat mehr als einen Stimmzettel abgegeben; jeder wurde gezählt.</translation>
        </message>
        <message>
            <source>{people} have more than one ballot; each was counted.</source>
            <translation>{people} haben mehr als einen Stimmzettel abgegeben; jeder wurde gezählt.</translation>
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
            <source>The budget</source>
            <translation>Das Budget</translation>
        </message>
        <message>
            <source>The cost of "{option}"</source>
            <translation>Der Kostenbetrag von „{option}“</translation>
        </message>
        <message>
            <source>The dots on "{option}"</source>
            <translation>Die Anzahl der Punkte auf „{option}“</translation>
        </message>
        <message>
            <source>The points for "{option}"</source>
            <translation>Die Punktzahl für „{option}“</translation>
        </message>
        <message>
            <source>The amount for "{option}"</source>
            <translation>Der Betrag für „{option}“</translation>
        </message>
        <message>
            <source>The {criterion} score for "{option}"</source>
            <translation>Die Bewertung „{criterion}“ für „{option}“</translation>
        </message>
        <message>
            <source>{what} must be an amount of money; enter a number.</source>
            <translation>{what} muss ein Geldbetrag sein; geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>{what} must be zero or more; enter a real amount.</source>
            <translation>{what} muss null oder mehr sein; geben Sie einen echten Betrag ein.</translation>
        </message>
        <message>
            <source>{what} is too large to vote on; enter it in thousands or millions.</source>
            <translation>{what} ist zu groß für eine Abstimmung; geben Sie ihn in Tausend oder Millionen an.</translation>
        </message>
        <message>
            <source>"{method}" is not a voting method; use one of {methods}.</source>
            <translation>„{method}“ ist keine Abstimmungsmethode; verwenden Sie eine von {methods}.</translation>
        </message>
        <message>
            <source>"{setting}" is not an anonymity setting; use one of {settings}.</source>
            <translation>„{setting}“ ist keine Anonymitätseinstellung; verwenden Sie eine von {settings}.</translation>
        </message>
        <message>
            <source>A round needs {least} to {most} options, not {count}; add or remove options.</source>
            <translation>Eine Runde braucht {least} bis {most} Optionen, nicht {count}; fügen Sie Optionen hinzu oder entfernen Sie welche.</translation>
        </message>
        <message>
            <source>Every option needs a code; fill in the missing ones.</source>
            <translation>Jede Option braucht einen Code; ergänzen Sie die fehlenden.</translation>
        </message>
        <message>
            <source>An option is on the agenda twice; remove the repeat.</source>
            <translation>Eine Option steht zweimal auf der Agenda; entfernen Sie die Wiederholung.</translation>
        </message>
        <message>
            <source>A budget round needs each participant's budget; enter it.</source>
            <translation>Eine Budgetrunde braucht das Budget jedes Teilnehmers; geben Sie es ein.</translation>
        </message>
        <message>
            <source>A budget round needs the cost of every option; "{option}" has none.</source>
            <translation>Eine Budgetrunde braucht die Kosten jeder Option; „{option}“ hat keine.</translation>
        </message>
        <message>
            <source>A criteria round needs at least one criterion; add one.</source>
            <translation>Eine Kriterienrunde braucht mindestens ein Kriterium; fügen Sie eines hinzu.</translation>
        </message>
        <message>
            <source>A criterion is listed twice; remove the repeat.</source>
            <translation>Ein Kriterium ist doppelt aufgeführt; entfernen Sie die Wiederholung.</translation>
        </message>
        <message>
            <source>The scale of {criterion} runs from {low} down to {high}; swap the two ends.</source>
            <translation>Die Skala von {criterion} läuft von {low} abwärts bis {high}; tauschen Sie die beiden Enden.</translation>
        </message>
        <message>
            <source>The weight of {criterion} must be zero or more.</source>
            <translation>Die Gewichtung von {criterion} muss null oder mehr sein.</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>cap</source>
            <translation>Punkte je Option</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>The number of {name} must be a whole number; enter one.</source>
            <translation>Die Anzahl „{name}“ muss eine ganze Zahl sein; geben Sie eine ein.</translation>
        </message>
        <message>
            <source>The number of {name} must be at least 1; enter a larger one.</source>
            <translation>Die Anzahl „{name}“ muss mindestens 1 sein; geben Sie eine größere ein.</translation>
        </message>
        <message>
            <source>a very large number</source>
            <translation>eine sehr große Zahl</translation>
        </message>
        <message>
            <source>This dots vote must be a list of options with a number of dots each; reload the page and vote again.</source>
            <translation>Diese Punktabfrage muss eine Liste von Optionen mit jeweils einer Anzahl Punkte sein; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>This points vote must be a list of options with points each; reload the page and vote again.</source>
            <translation>Diese Punkteverteilung muss eine Liste von Optionen mit jeweils Punkten sein; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>This MoSCoW vote must be a list of options each rated must, should, could or won't; reload the page and vote again.</source>
            <translation>Diese MoSCoW-Abstimmung muss eine Liste von Optionen sein, jede bewertet mit muss, soll, kann oder diesmal nicht; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>This pairwise vote must be a list of pairs, each with its winner; reload the page and vote again.</source>
            <translation>Dieser Paarvergleich muss eine Liste von Paaren sein, jedes mit seinem Gewinner; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>This criteria vote must be a list of options, each with a score per criterion; reload the page and vote again.</source>
            <translation>Diese Kriterienbewertung muss eine Liste von Optionen sein, jede mit einer Bewertung je Kriterium; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>This budget vote must be a list of options with an amount each; reload the page and vote again.</source>
            <translation>Diese Budgetabstimmung muss eine Liste von Optionen mit jeweils einem Betrag sein; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>This vote has more than {limit} entries; send one entry per option.</source>
            <translation>Diese Stimme hat mehr als {limit} Einträge; senden Sie einen Eintrag je Option.</translation>
        </message>
        <message>
            <source>Options are named by their code, not {code}; reload the page and vote again.</source>
            <translation>Optionen werden über ihren Code benannt, nicht über {code}; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>There is no option "{option}" in this round; reload the page and vote again.</source>
            <translation>Es gibt in dieser Runde keine Option „{option}“; laden Sie die Seite neu und stimmen Sie erneut ab.</translation>
        </message>
        <message>
            <source>{what} must be a number, not true or false; enter a number.</source>
            <translation>{what} muss eine Zahl sein, nicht wahr oder falsch; geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>{what} must be a whole number; enter one like 2.</source>
            <translation>{what} muss eine ganze Zahl sein; geben Sie eine wie 2 ein.</translation>
        </message>
        <message>
            <source>{what} can't be negative; enter 0 or more.</source>
            <translation>{what} darf nicht negativ sein; geben Sie 0 oder mehr ein.</translation>
        </message>
        <message>
            <source>{what} must be a number, not true or false; enter an amount.</source>
            <translation>{what} muss eine Zahl sein, nicht wahr oder falsch; geben Sie einen Betrag ein.</translation>
        </message>
        <message>
            <source>{what} must be a real amount; enter one like 25000.</source>
            <translation>{what} muss ein echter Betrag sein; geben Sie einen wie 25000 ein.</translation>
        </message>
        <message>
            <source>{what} must be a number; enter one like 25000.</source>
            <translation>{what} muss eine Zahl sein; geben Sie eine wie 25000 ein.</translation>
        </message>
        <message>
            <source>You put {dots} dots on "{option}" but at most {cap} may go on one option; move the rest to other options.</source>
            <translation>Sie haben {dots} Punkte auf „{option}“ gesetzt, aber höchstens {cap} dürfen auf eine Option; verteilen Sie den Rest auf andere Optionen.</translation>
        </message>
        <message>
            <source>You placed {dots} dots but have only {each}; take {extra} off.</source>
            <translation>Sie haben {dots} Punkte gesetzt, haben aber nur {each}; nehmen Sie {extra} weg.</translation>
        </message>
        <message>
            <source>Your points add up to {total}, not {want}; {left} are left to give.</source>
            <translation>Ihre Punkte ergeben {total}, nicht {want}; {left} sind noch zu vergeben.</translation>
        </message>
        <message>
            <source>Your points add up to {total}, not {want}; that is {over} over, so take some off.</source>
            <translation>Ihre Punkte ergeben {total}, nicht {want}; das sind {over} zu viel, nehmen Sie also welche weg.</translation>
        </message>
        <message>
            <source>The rating for "{option}" must be must, should, could or won't; pick one of these.</source>
            <translation>Die Bewertung für „{option}“ muss muss, soll, kann oder diesmal nicht sein; wählen Sie eine davon.</translation>
        </message>
        <message>
            <source>Each answer must name two options and the one preferred; reload the page and answer again.</source>
            <translation>Jede Antwort muss zwei Optionen und die bevorzugte nennen; laden Sie die Seite neu und antworten Sie erneut.</translation>
        </message>
        <message>
            <source>A pair must be two different options, but "{option}" was paired with itself; answer a different pair.</source>
            <translation>Ein Paar muss aus zwei verschiedenen Optionen bestehen, aber „{option}“ wurde mit sich selbst gepaart; beantworten Sie ein anderes Paar.</translation>
        </message>
        <message>
            <source>Your answer for "{first}" against "{second}" must name one of the two, or "tie"; answer that pair again.</source>
            <translation>Ihre Antwort zu „{first}“ gegen „{second}“ muss eine der beiden nennen oder „tie“ (gleich); beantworten Sie dieses Paar erneut.</translation>
        </message>
        <message>
            <source>You answered "{first}" against "{second}" twice; answer each pair once.</source>
            <translation>Sie haben „{first}“ gegen „{second}“ zweimal beantwortet; beantworten Sie jedes Paar nur einmal.</translation>
        </message>
        <message>
            <source>The scores for "{option}" must give a number per criterion; reload the page and score again.</source>
            <translation>Die Bewertungen für „{option}“ müssen eine Zahl je Kriterium angeben; laden Sie die Seite neu und bewerten Sie erneut.</translation>
        </message>
        <message>
            <source>This vote has more than {limit} entries; send one score per criterion.</source>
            <translation>Diese Stimme hat mehr als {limit} Einträge; senden Sie eine Bewertung je Kriterium.</translation>
        </message>
        <message>
            <source>There is no criterion "{criterion}" in this round; reload the page and score again.</source>
            <translation>Es gibt in dieser Runde kein Kriterium „{criterion}“; laden Sie die Seite neu und bewerten Sie erneut.</translation>
        </message>
        <message>
            <source>{what} must be a whole number; pick one on the scale.</source>
            <translation>{what} muss eine ganze Zahl sein; wählen Sie eine auf der Skala.</translation>
        </message>
        <message>
            <source>{what} is {score}, but the scale runs from {low} to {high}; pick a score in that range.</source>
            <translation>{what} ist {score}, aber die Skala reicht von {low} bis {high}; wählen Sie eine Bewertung in diesem Bereich.</translation>
        </message>
        <message>
            <source>You put more on "{option}" than your whole budget of {budget}; enter a smaller amount.</source>
            <translation>Sie haben mehr auf „{option}“ gesetzt als Ihr gesamtes Budget von {budget}; geben Sie einen kleineren Betrag ein.</translation>
        </message>
        <message>
            <source>You are over budget by {over} (you spent {spent} of {budget}); take some off.</source>
            <translation>Sie liegen {over} über dem Budget (Sie haben {spent} von {budget} ausgegeben); nehmen Sie etwas weg.</translation>
        </message>
        <message>
            <source>This vote is empty; vote, or choose Abstain if you'd rather not.</source>
            <translation>Diese Stimme ist leer; stimmen Sie ab oder wählen Sie „Enthalten“, wenn Sie lieber nicht abstimmen möchten.</translation>
        </message>
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
            <source>{first} vs {second}</source>
            <translation>{first} gegen {second}</translation>
        </message>
        <message>
            <source>about the same</source>
            <translation>etwa gleich</translation>
        </message>
        <message>
            <source>abstained</source>
            <translation>enthalten</translation>
        </message>
        <message>
            <source>two</source>
            <translation>zwei</translation>
        </message>
        <message>
            <source>three</source>
            <translation>drei</translation>
        </message>
        <message>
            <source>four</source>
            <translation>vier</translation>
        </message>
        <message>
            <source>five</source>
            <translation>fünf</translation>
        </message>
        <message>
            <source>six</source>
            <translation>sechs</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>sieben</translation>
        </message>
        <message>
            <source>eight</source>
            <translation>acht</translation>
        </message>
        <message>
            <source>{first} is preferred to {second}</source>
            <translation>{first} wird {second} vorgezogen</translation>
        </message>
        <message>
            <source>{first} to {second}</source>
            <translation>{first} gegenüber {second}</translation>
        </message>
        <message>
            <source>The group's answers go round in a circle: {chain}, so these {count} share rank {rank}.</source>
            <translation>Die Antworten der Gruppe drehen sich im Kreis: {chain}; daher teilen sich diese {count} Rang {rank}.</translation>
        </message>
        <message>
            <source>The group's answers go round in a circle: {chain}, so these {count} have no order the group agrees on; each is placed by how many options it beats.</source>
            <translation>Die Antworten der Gruppe drehen sich im Kreis: {chain}; für diese {count} gibt es daher keine Reihenfolge, auf die sich die Gruppe einigt; jede wird danach platziert, wie viele Optionen sie schlägt.</translation>
        </message>
        <message>
            <source>The group's answers go round in a circle: {chain}; together with {others}, these {count} options share rank {rank}.</source>
            <translation>Die Antworten der Gruppe drehen sich im Kreis: {chain}; zusammen mit {others} teilen sich diese {count} Optionen Rang {rank}.</translation>
        </message>
        <message>
            <source>The group's answers go round in a circle: {chain}; together with {others}, these {count} options have no order the group agrees on; each is placed by how many options it beats.</source>
            <translation>Die Antworten der Gruppe drehen sich im Kreis: {chain}; zusammen mit {others} gibt es für diese {count} Optionen keine Reihenfolge, auf die sich die Gruppe einigt; jede wird danach platziert, wie viele Optionen sie schlägt.</translation>
        </message>
        <message numerus="yes">
            <source>{first} and {second} tie: %n person(s) prefer(s) each, so both get half a point.</source>
            <translation>
                <numerusform>{first} und {second} liegen gleichauf: %n Person bevorzugt jeweils eine davon, daher erhalten beide einen halben Punkt.</numerusform>
                <numerusform>{first} und {second} liegen gleichauf: %n Personen bevorzugen jeweils eine davon, daher erhalten beide einen halben Punkt.</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} and {second} tie: everyone who compared them called it a tie, so both get half a point.</source>
            <translation>{first} und {second} liegen gleichauf: Alle, die sie verglichen haben, sahen sie gleichauf, daher erhalten beide einen halben Punkt.</translation>
        </message>
        <message>
            <source>{count} pairs tie, as many people preferring one as the other (for example {first} and {second}); both options in each get half a point.</source>
            <translation>{count} Paare liegen gleichauf, gleich viele Personen bevorzugen die eine wie die andere Option (zum Beispiel {first} und {second}); beide Optionen jedes Paars erhalten einen halben Punkt.</translation>
        </message>
        <message>
            <source>No pair has been compared yet, so every option shares rank 1.</source>
            <translation>Noch kein Paar wurde verglichen, daher teilen sich alle Optionen Rang 1.</translation>
        </message>
        <message>
            <source>{first} and {second} were never compared, so both get half a point.</source>
            <translation>{first} und {second} wurden nie verglichen, daher erhalten beide einen halben Punkt.</translation>
        </message>
        <message>
            <source>{count} pairs were never compared (for example {first} and {second}); both options in each get half a point.</source>
            <translation>{count} Paare wurden nie verglichen (zum Beispiel {first} und {second}); beide Optionen jedes Paars erhalten einen halben Punkt.</translation>
        </message>
        <message>
            <source>{options} share rank {rank} with {points} points each.</source>
            <translation>{options} teilen sich Rang {rank} mit je {points} Punkten.</translation>
        </message>
        <message>
            <source>beats {count}</source>
            <translation>schlägt {count}</translation>
        </message>
        <message>
            <source>loses to {count}</source>
            <translation>verliert gegen {count}</translation>
        </message>
        <message>
            <source>ties {count}</source>
            <translation>gleichauf mit {count}</translation>
        </message>
        <message>
            <source>{count} never compared</source>
            <translation>{count} nie verglichen</translation>
        </message>
    </context>
</TS>
