<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>PdfStory</name>
        <message numerus="yes">
            <source>%n roadmap item(s)</source>
            <translation>
                <numerusform>%n roadmap item</numerusform>
                <numerusform>%n roadmap items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n delivery team(s)</source>
            <translation>
                <numerusform>%n delivery team</numerusform>
                <numerusform>%n delivery teams</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfText</name>
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
</TS>
