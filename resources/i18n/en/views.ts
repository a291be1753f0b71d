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
