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
</TS>
