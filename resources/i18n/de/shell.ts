<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>StratPlanner is shown in this language now.</source>
            <translation>StratPlanner wird jetzt in dieser Sprache angezeigt.</translation>
        </message>
        <message>
            <source>The new language takes effect the next time you start StratPlanner; close it and open it again to see it.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von StratPlanner; schließen Sie das Programm und öffnen Sie es erneut, um sie zu sehen.</translation>
        </message>
    </context>
</TS>
