<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>ActivityView</name>
        <message numerus="yes">
            <source>The latest %n change(s) to this plan, newest first.</source>
            <translation>
                <numerusform>The latest change to this plan.</numerusform>
                <numerusform>The latest %n changes to this plan, newest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AdoptionView</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n KPI(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n KPI&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n KPIs&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; done item(s) below their adoption target.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; done item below their adoption target.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; done items below their adoption target.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dated actual(s)</source>
            <translation>
                <numerusform>%n dated actual</numerusform>
                <numerusform>%n dated actuals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recorded %n actual(s) of {code}.</source>
            <translation>
                <numerusform>Recorded %n actual of {code}.</numerusform>
                <numerusform>Recorded %n actuals of {code}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n actual(s) of {code}</source>
            <translation>
                <numerusform>Delete %n actual of {code}</numerusform>
                <numerusform>Delete %n actuals of {code}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n actual(s) of {code} dated {dates}; Undo brings them back.</source>
            <translation>
                <numerusform>Deleted the actual of {code} dated {dates}; Undo brings them back.</numerusform>
                <numerusform>Deleted the actuals of {code} dated {dates}; Undo brings them back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlignmentView</name>
        <message numerus="yes">
            <source>{shown} of %n item(s)</source>
            <translation>
                <numerusform>{shown} of %n item</numerusform>
                <numerusform>{shown} of %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
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
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n link</numerusform>
                <numerusform>%n links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsView</name>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n finding</numerusform>
                <numerusform>%n findings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MaturityView</name>
        <message numerus="yes">
            <source>%n assessment(s); latest on {date}. The grid starts from the latest; record it to add a new assessment.</source>
            <translation>
                <numerusform>%n assessment; latest on {date}. The grid starts from the latest; record it to add a new assessment.</numerusform>
                <numerusform>%n assessments; latest on {date}. The grid starts from the latest; record it to add a new assessment.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectivesView</name>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
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
            <source>Duplicate %n objective(s)</source>
            <translation>
                <numerusform>Duplicate %n objective</numerusform>
                <numerusform>Duplicate %n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n objective(s)</source>
            <translation>
                <numerusform>Delete objective</numerusform>
                <numerusform>Delete %n objectives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message numerus="yes">
            <source>under %n theme(s)</source>
            <translation>
                <numerusform>under %n theme</numerusform>
                <numerusform>under %n themes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sponsoring %n item(s)</source>
            <translation>
                <numerusform>sponsoring %n item</numerusform>
                <numerusform>sponsoring %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{start} to {end} (%n quarter(s)) · amounts in {currency}</source>
            <translation>
                <numerusform>{start} to {end} (%n quarter) · amounts in {currency}</numerusform>
                <numerusform>{start} to {end} (%n quarters) · amounts in {currency}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioView</name>
        <message numerus="yes">
            <source>%n item(s) ranked</source>
            <translation>
                <numerusform>%n item ranked</numerusform>
                <numerusform>%n items ranked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) at risk: ±20% on one weight moves it/them into or out of {lines}</source>
            <translation>
                <numerusform>%n item at risk: ±20% on one weight moves it into or out of {lines}</numerusform>
                <numerusform>%n items at risk: ±20% on one weight moves them into or out of {lines}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenariosView</name>
        <message numerus="yes">
            <source>Working out the best portfolio for %n scenario(s)…</source>
            <translation>
                <numerusform>Working out the best portfolio for %n scenario…</numerusform>
                <numerusform>Working out the best portfolio for %n scenarios…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scenario(s), each compared with “{reference}”.</source>
            <translation>
                <numerusform>%n scenario, each compared with “{reference}”.</numerusform>
                <numerusform>%n scenarios, each compared with “{reference}”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SequenceView</name>
        <message numerus="yes">
            <source>Sequencing %n item(s) by team capacity…</source>
            <translation>
                <numerusform>Sequencing %n item by team capacity…</numerusform>
                <numerusform>Sequencing %n items by team capacity…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sequenced {start}–{end}: %n item(s) would move, {not_placed} can't be placed. Accepting moves the quarters shown in bold.</source>
            <translation>
                <numerusform>Sequenced {start}–{end}: %n item would move, {not_placed} can't be placed. Accepting moves the quarters shown in bold.</numerusform>
                <numerusform>Sequenced {start}–{end}: %n items would move, {not_placed} can't be placed. Accepting moves the quarters shown in bold.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StakeholdersView</name>
        <message numerus="yes">
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n day)</numerusform>
                <numerusform>(%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) ({left} left)</source>
            <translation>
                <numerusform>%n person ({left} left)</numerusform>
                <numerusform>%n people ({left} left)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relationship(s) stale (not engaged for over 90 days)</source>
            <translation>
                <numerusform>%n relationship stale (not engaged for over 90 days)</numerusform>
                <numerusform>%n relationships stale (not engaged for over 90 days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) need(s) a sponsor.</source>
            <translation>
                <numerusform>%n record needs a sponsor.</numerusform>
                <numerusform>%n records need a sponsor.</numerusform>
            </translation>
        </message>
    </context>
</TS>
