<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>CurrencyPanel</name>
        <message numerus="yes">
            <source>The amounts in {file} are in {currencies}, but this plan keeps its amounts in {target} and already has %n item(s), so the amounts must be converted to {target}. Type the rate below, or press Cancel to leave the plan as it is.</source>
            <translation>
                <numerusform>The amounts in {file} are in {currencies}, but this plan keeps its amounts in {target} and already has %n item, so the amounts must be converted to {target}. Type the rate below, or press Cancel to leave the plan as it is.</numerusform>
                <numerusform>The amounts in {file} are in {currencies}, but this plan keeps its amounts in {target} and already has %n items, so the amounts must be converted to {target}. Type the rate below, or press Cancel to leave the plan as it is.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message numerus="yes">
            <source>%n match(es); the first {shown} are shown. Type more to narrow.</source>
            <translation>
                <numerusform>%n match; the first {shown} are shown. Type more to narrow.</numerusform>
                <numerusform>%n matches; the first {shown} are shown. Type more to narrow.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es). Enter jumps to the selected one.</source>
            <translation>
                <numerusform>%n match. Enter jumps to the selected one.</numerusform>
                <numerusform>%n matches. Enter jumps to the selected one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message numerus="yes">
            <source>{name} holds %n responsibilities</source>
            <translation>
                <numerusform>{name} holds %n responsibility</numerusform>
                <numerusform>{name} holds %n responsibilities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First %n row(s)</source>
            <translation>
                <numerusform>First %n row</numerusform>
                <numerusform>First %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) left empty</source>
            <translation>
                <numerusform>%n cell left empty</numerusform>
                <numerusform>%n cells left empty</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; record(s) only in {file} (ticked: they are added), </source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; record only in {file} (ticked: they are added), </numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; records only in {file} (ticked: they are added), </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; in both with different values (ticked: take theirs), </source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; in both with different values (ticked: take theirs), </numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; in both with different values (ticked: take theirs), </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n only in this plan (left alone).</source>
            <translation>
                <numerusform>%n only in this plan (left alone).</numerusform>
                <numerusform>%n only in this plan (left alone).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message numerus="yes">
            <source>%n belong(s) to {unit}: choose who takes them over there (a colleague in {unit} is proposed where there is one). What {first} keeps moves with them.</source>
            <translation>
                <numerusform>%n belongs to {unit}: choose who takes it over there (a colleague in {unit} is proposed where there is one). What {first} keeps moves with them.</numerusform>
                <numerusform>%n belong to {unit}: choose who takes them over there (a colleague in {unit} is proposed where there is one). What {first} keeps moves with them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomPanel</name>
        <message numerus="yes">
            <source>✓ %n device(s) have reached this laptop over the room's network: phones can vote here.</source>
            <translation>
                <numerusform>✓ %n device has reached this laptop over the room's network: phones can vote here.</numerusform>
                <numerusform>✓ %n devices have reached this laptop over the room's network: phones can vote here.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundPanel</name>
        <message numerus="yes">
            <source>%n dot(s) each</source>
            <translation>
                <numerusform>%n dot each</numerusform>
                <numerusform>%n dots each</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dots}, at most %n on one option</source>
            <translation>
                <numerusform>{dots}, at most %n on one option</numerusform>
                <numerusform>{dots}, at most %n on one option</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) each to share out</source>
            <translation>
                <numerusform>%n point each to share out</numerusform>
                <numerusform>%n points each to share out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n have voted</source>
            <translation>
                <numerusform>{voted} of %n have voted</numerusform>
                <numerusform>{voted} of %n have voted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuccessorsDialog</name>
        <message numerus="yes">
            <source>%n role(s) need(s) someone. Choose who takes each over; what you decide later stays flagged.</source>
            <translation>
                <numerusform>%n role needs someone. Choose who takes each over; what you decide later stays flagged.</numerusform>
                <numerusform>%n roles need someone. Choose who takes each over; what you decide later stays flagged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose successors (%n change(s))</source>
            <translation>
                <numerusform>Choose successors (%n change)</numerusform>
                <numerusform>Choose successors (%n changes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopView</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the room</source>
            <translation>
                <numerusform>%n in the room</numerusform>
                <numerusform>%n in the room</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot(s) to {file}.</source>
            <translation>
                <numerusform>Wrote %n ballot to {file}.</numerusform>
                <numerusform>Wrote %n ballots to {file}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
