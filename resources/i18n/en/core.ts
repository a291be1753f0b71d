<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shading counts all %n item(s); bubbles show the costliest, the most valuable and the best value for money.</source>
            <translation>
                <numerusform>Shading counts all %n item; bubbles show the costliest, the most valuable and the best value for money.</numerusform>
                <numerusform>Shading counts all %n items; bubbles show the costliest, the most valuable and the best value for money.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Numbered: the {numbered} largest items (cost + value); the other %n are counted in the quadrant captions.</source>
            <translation>
                <numerusform>Numbered: the {numbered} largest items (cost + value); the other %n are counted in the quadrant captions.</numerusform>
                <numerusform>Numbered: the {numbered} largest items (cost + value); the other %n are counted in the quadrant captions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n team</numerusform>
                <numerusform>%n teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overbooked team-quarter(s)</source>
            <translation>
                <numerusform>%n overbooked team-quarter</numerusform>
                <numerusform>%n overbooked team-quarters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over in %n quarter(s)</source>
            <translation>
                <numerusform>over in %n quarter</numerusform>
                <numerusform>over in %n quarters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s) in the middle of the ranking left out.</source>
            <translation>
                <numerusform>%n theme in the middle of the ranking left out.</numerusform>
                <numerusform>%n themes in the middle of the ranking left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s) in the middle of the ranking left out.</source>
            <translation>
                <numerusform>%n objective in the middle of the ranking left out.</numerusform>
                <numerusform>%n objectives in the middle of the ranking left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s) unsupported</source>
            <translation>
                <numerusform>%n objective unsupported</numerusform>
                <numerusform>%n objectives unsupported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n theme</numerusform>
                <numerusform>%n themes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{linked} of %n item(s) linked ({share}): {strong} strong, {moderate} moderate, {weak} weak</source>
            <translation>
                <numerusform>{linked} of %n item linked ({share}): {strong} strong, {moderate} moderate, {weak} weak</numerusform>
                <numerusform>{linked} of %n items linked ({share}): {strong} strong, {moderate} moderate, {weak} weak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{group}: %n item(s), {orphans} linked to no objective</source>
            <translation>
                <numerusform>{group}: %n item, {orphans} linked to no objective</numerusform>
                <numerusform>{group}: %n items, {orphans} linked to no objective</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other(s)</source>
            <translation>
                <numerusform>%n other</numerusform>
                <numerusform>%n others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n level(s) to go</source>
            <translation>
                <numerusform>, %n level to go</numerusform>
                <numerusform>, %n levels to go</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) per unit</source>
            <translation>
                <numerusform>%n assessment per unit</numerusform>
                <numerusform>%n assessments per unit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n level(s) to target</source>
            <translation>
                <numerusform>%n level to target</numerusform>
                <numerusform>%n levels to target</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dimension(s) below target</source>
            <translation>
                <numerusform>%n dimension below target</numerusform>
                <numerusform>%n dimensions below target</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{items} in %n lane(s)</source>
            <translation>
                <numerusform>{items} in %n lane</numerusform>
                <numerusform>{items} in %n lanes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{lane}, {quarter}: %n item(s) running</source>
            <translation>
                <numerusform>{lane}, {quarter}: %n item running</numerusform>
                <numerusform>{lane}, {quarter}: %n items running</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unscheduled item(s) is/are not on the timeline.</source>
            <translation>
                <numerusform>%n unscheduled item is not on the timeline.</numerusform>
                <numerusform>%n unscheduled items are not on the timeline.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) run(s) outside the quarters shown.</source>
            <translation>
                <numerusform>%n item runs outside the quarters shown.</numerusform>
                <numerusform>%n items run outside the quarters shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n ballot</numerusform>
                <numerusform>%n ballots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n abstention(s)</source>
            <translation>
                <numerusform>%n abstention</numerusform>
                <numerusform>%n abstentions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message numerus="yes">
            <source>%n sub-objective(s)</source>
            <translation>
                <numerusform>%n sub-objective</numerusform>
                <numerusform>%n sub-objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n linked item(s)</source>
            <translation>
                <numerusform>%n linked item</numerusform>
                <numerusform>%n linked items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n successor(s))</source>
            <translation>
                <numerusform>(%n successor)</numerusform>
                <numerusform>(%n successors)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Record %n actual(s) of {kpi}</source>
            <translation>
                <numerusform>Record %n actual of {kpi}</numerusform>
                <numerusform>Record %n actuals of {kpi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept sequenced roadmap (%n item(s) moved)</source>
            <translation>
                <numerusform>Accept sequenced roadmap (%n item moved)</numerusform>
                <numerusform>Accept sequenced roadmap (%n items moved)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Approve %n item(s): {items}.</source>
            <translation>
                <numerusform>Approve %n item: {items}.</numerusform>
                <numerusform>Approve %n items: {items}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set {scores} to the group's median on %n criterion/criteria.</source>
            <translation>
                <numerusform>Set {scores} to the group's median on %n criterion.</numerusform>
                <numerusform>Set {scores} to the group's median on %n criteria.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n score(s)</source>
            <translation>
                <numerusform>%n score</numerusform>
                <numerusform>%n scores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pin %n item(s) at the top of the ranking in the group's order: {items}.</source>
            <translation>
                <numerusform>Pin %n item at the top of the ranking in the group's order: {items}.</numerusform>
                <numerusform>Pin %n items at the top of the ranking in the group's order: {items}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more item(s) change(s) rank.</source>
            <translation>
                <numerusform>%n more item changes rank.</numerusform>
                <numerusform>%n more items change rank.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more item(s) move(s) in the capacity sequence.</source>
            <translation>
                <numerusform>%n more item moves in the capacity sequence.</numerusform>
                <numerusform>%n more items move in the capacity sequence.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{objectives} under %n theme(s)</source>
            <translation>
                <numerusform>{objectives} under %n theme</numerusform>
                <numerusform>{objectives} under %n themes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <source>%n item(s) link(s) to it only weakly; plan work that moves it, or agree with its owner that IT has no part in it.</source>
            <translation>
                <numerusform>%n item links to it only weakly; plan work that moves it, or agree with its owner that IT has no part in it.</numerusform>
                <numerusform>%n items link to it only weakly; plan work that moves it, or agree with its owner that IT has no part in it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message numerus="yes">
            <source>{names} and %n other(s)</source>
            <translation>
                <numerusform>{names} and %n other</numerusform>
                <numerusform>{names} and %n others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Partnership</name>
        <message numerus="yes">
            <source>has left but still holds %n responsibility(ies); choose successors</source>
            <translation>
                <numerusform>has left but still holds %n responsibility; choose successors</numerusform>
                <numerusform>has left but still holds %n responsibilities; choose successors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) from {people}</source>
            <translation>
                <numerusform>%n dot from {people}</numerusform>
                <numerusform>%n dots from {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) from {people}</source>
            <translation>
                <numerusform>%n point from {people}</numerusform>
                <numerusform>%n points from {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s): {words}</source>
            <translation>
                <numerusform>%n rating: {words}</numerusform>
                <numerusform>%n ratings: {words}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) was/were left out because it/they no longer fit(s) the round ({why}).</source>
            <translation>
                <numerusform>%n ballot was left out because it no longer fits the round ({why}).</numerusform>
                <numerusform>%n ballots were left out because they no longer fit the round ({why}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{first} and {second} tie: %n person(s) prefer(s) each, so both get half a point.</source>
            <translation>
                <numerusform>{first} and {second} tie: %n person prefers each, so both get half a point.</numerusform>
                <numerusform>{first} and {second} tie: %n people prefer each, so both get half a point.</numerusform>
            </translation>
        </message>
    </context>
</TS>
