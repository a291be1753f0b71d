<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>AlignmentModel</name>
        <message numerus="yes">
            <source>Unlink %n cell(s)</source>
            <translation>
                <numerusform>Unlink %n cell</numerusform>
                <numerusform>Unlink %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n link(s) to {strength}</source>
            <translation>
                <numerusform>Set %n link to {strength}</numerusform>
                <numerusform>Set %n links to {strength}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message numerus="yes">
            <source>{start} to {end} (%n quarter(s))</source>
            <translation>
                <numerusform>{start} to {end} (%n quarter)</numerusform>
                <numerusform>{start} to {end} (%n quarters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>…and %n more</numerusform>
                <numerusform>…and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectiveTreeModel</name>
        <message numerus="yes">
            <source>%n item(s) already linked to {objective}; change the strength in the Alignment view.</source>
            <translation>
                <numerusform>That item is already linked to {objective}; change the strength in the Alignment view.</numerusform>
                <numerusform>Those items are already linked to {objective}; change the strength in the Alignment view.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Link %n item(s) to {objective}</source>
            <translation>
                <numerusform>Link %n item to {objective}</numerusform>
                <numerusform>Link %n items to {objective}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProcessMap</name>
        <message numerus="yes">
            <source>%n capability(ies)</source>
            <translation>
                <numerusform>%n capability</numerusform>
                <numerusform>%n capabilities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>with %n process(es)</source>
            <translation>
                <numerusform>with %n process</numerusform>
                <numerusform>with %n processes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n application</numerusform>
                <numerusform>%n applications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) run(s)</source>
            <translation>
                <numerusform>%n process runs</numerusform>
                <numerusform>%n processes run</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) support(s)</source>
            <translation>
                <numerusform>%n application supports</numerusform>
                <numerusform>%n applications support</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message numerus="yes">
            <source>%n roadmap item(s)</source>
            <translation>
                <numerusform>%n roadmap item</numerusform>
                <numerusform>%n roadmap items</numerusform>
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
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business unit(s)</source>
            <translation>
                <numerusform>%n business unit</numerusform>
                <numerusform>%n business units</numerusform>
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
            <source>%n team demand(s)</source>
            <translation>
                <numerusform>%n team demand</numerusform>
                <numerusform>%n team demands</numerusform>
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
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
    </context>
</TS>
