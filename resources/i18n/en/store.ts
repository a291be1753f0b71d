<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>Store</name>
        <message numerus="yes">
            <source>Upgrading {plan} would break %n reference(s); the file was left as it was (a backup is at {backup}).</source>
            <translation>
                <numerusform>Upgrading {plan} would break %n reference; the file was left as it was (a backup is at {backup}).</numerusform>
                <numerusform>Upgrading {plan} would break %n references; the file was left as it was (a backup is at {backup}).</numerusform>
            </translation>
        </message>
    </context>
</TS>
