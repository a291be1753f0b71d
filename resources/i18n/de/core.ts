<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>Dates</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>long date: 7 March 2027</comment>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <comment>medium date: 07 Mar 2027</comment>
            <translation>dd. MMM yyyy</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <comment>short date: 2027-03-07</comment>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>date and time: 2027-03-07 14:05</comment>
            <translation>{date} {time}</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{currency} {amount} bn</source>
            <translation>{amount} Mrd. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount} m</source>
            <translation>{amount} Mio. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount}k</source>
            <translation>{amount} Tsd. {currency}</translation>
        </message>
        <message>
            <source>{currency} {amount}</source>
            <translation>{amount} {currency}</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
    </context>
</TS>
