<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
</TS>
