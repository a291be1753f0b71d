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
        <name>Findings</name>
        <message>
            <source>An objective (not a theme) that no counted item links to with strength 2 or more.</source>
            <translation>Ein Ziel (kein Thema), mit dem kein gezähltes Vorhaben mit Stärke 2 oder mehr verknüpft ist.</translation>
        </message>
        <message>
            <source>A counted item linked to no objective.</source>
            <translation>Ein gezähltes Vorhaben, das mit keinem Ziel verknüpft ist.</translation>
        </message>
        <message>
            <source>A counted item with no sponsor.</source>
            <translation>Ein gezähltes Vorhaben ohne Sponsor.</translation>
        </message>
        <message>
            <source>A counted item whose sponsor has left (the person is marked inactive).</source>
            <translation>Ein gezähltes Vorhaben, dessen Sponsor ausgeschieden ist (die Person ist als inaktiv markiert).</translation>
        </message>
        <message>
            <source>A counted item whose value statement is empty.</source>
            <translation>Ein gezähltes Vorhaben ohne Nutzenaussage.</translation>
        </message>
        <message>
            <source>A team whose demand in a quarter is more than its capacity (one finding per team and quarter).</source>
            <translation>Ein Team, dessen Bedarf in einem Quartal seine Kapazität übersteigt (ein Befund je Team und Quartal).</translation>
        </message>
        <message>
            <source>A counted item planned to start in or before the quarter its counted predecessor ends.</source>
            <translation>Ein gezähltes Vorhaben, das im oder vor dem Quartal beginnen soll, in dem sein gezählter Vorgänger endet.</translation>
        </message>
        <message>
            <source>A counted item whose champion or IT owner has left, or an objective whose owner has left (analysis/partnership.py).</source>
            <translation>Ein gezähltes Vorhaben, dessen Fürsprecher oder IT-Verantwortlicher ausgeschieden ist, oder ein Ziel, dessen Verantwortlicher ausgeschieden ist (analysis/partnership.py).</translation>
        </message>
        <message>
            <source>Unsupported objective</source>
            <translation>Ziel ohne Unterstützung</translation>
        </message>
        <message>
            <source>Orphan item</source>
            <translation>Verwaistes Vorhaben</translation>
        </message>
        <message>
            <source>Missing sponsor</source>
            <translation>Sponsor fehlt</translation>
        </message>
        <message>
            <source>Inactive sponsor</source>
            <translation>Sponsor ausgeschieden</translation>
        </message>
        <message>
            <source>Missing value statement</source>
            <translation>Nutzenaussage fehlt</translation>
        </message>
        <message>
            <source>Team overbooked</source>
            <translation>Team überbucht</translation>
        </message>
        <message>
            <source>Dependency violation</source>
            <translation>Abhängigkeit verletzt</translation>
        </message>
        <message>
            <source>Needs sponsor</source>
            <translation>Braucht einen Sponsor</translation>
        </message>
        <message>
            <source>Objective {objective} has no IT item supporting it (no link of strength 2 or more).</source>
            <translation>Das Ziel {objective} wird von keinem IT-Vorhaben unterstützt (keine Verknüpfung mit Stärke 2 oder mehr).</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) link(s) to it only weakly; plan work that moves it, or agree with its owner that IT has no part in it.</source>
            <translation>
                <numerusform>%n Vorhaben ist nur schwach damit verknüpft; planen Sie Arbeit, die es voranbringt, oder vereinbaren Sie mit dem Verantwortlichen, dass die IT daran keinen Anteil hat.</numerusform>
                <numerusform>%n Vorhaben sind nur schwach damit verknüpft; planen Sie Arbeit, die es voranbringt, oder vereinbaren Sie mit dem Verantwortlichen, dass die IT daran keinen Anteil hat.</numerusform>
            </translation>
        </message>
        <message>
            <source>Item {item} is linked to no objective, so {cost} serves no stated business goal; link it to the objective it serves or question it.</source>
            <translation>Das Vorhaben {item} ist mit keinem Ziel verknüpft, also dienen {cost} keinem genannten Geschäftsziel; verknüpfen Sie es mit dem Ziel, dem es dient, oder stellen Sie es infrage.</translation>
        </message>
        <message>
            <source>Item {item} has no sponsor; name the business leader who will answer for its benefits.</source>
            <translation>Das Vorhaben {item} hat keinen Sponsor; benennen Sie die Führungskraft aus dem Fachbereich, die für seinen Nutzen einsteht.</translation>
        </message>
        <message>
            <source>Item {item} is sponsored by {sponsor}, who has left; name a new sponsor.</source>
            <translation>Sponsor des Vorhabens {item} ist {sponsor}, doch diese Person ist ausgeschieden; benennen Sie einen neuen Sponsor.</translation>
        </message>
        <message>
            <source>Item {item} has no value statement; write down what the business gains from it.</source>
            <translation>Das Vorhaben {item} hat keine Nutzenaussage; halten Sie fest, was das Geschäft davon hat.</translation>
        </message>
        <message>
            <source>Team {team} is overbooked in {quarter}: {demand} of work against {capacity} of capacity ({share}); move work to another quarter or team, or add people.</source>
            <translation>Das Team {team} ist in {quarter} überbucht: {demand} Arbeit bei {capacity} Kapazität ({share}); verschieben Sie Arbeit in ein anderes Quartal oder Team, oder stocken Sie das Team auf.</translation>
        </message>
        <message>
            <source>Team {team} is overbooked in {quarter}: {demand} of work and no capacity at all; move work to another quarter or team, or add people.</source>
            <translation>Das Team {team} ist in {quarter} überbucht: {demand} Arbeit und gar keine Kapazität; verschieben Sie Arbeit in ein anderes Quartal oder Team, oder stocken Sie das Team auf.</translation>
        </message>
        <message>
            <source>Item {item} starts in {start}, before its predecessor {predecessor} ends in {end}; move it to {next} or later, or bring the predecessor forward.</source>
            <translation>Das Vorhaben {item} beginnt in {start}, bevor sein Vorgänger {predecessor} in {end} endet; verschieben Sie es auf {next} oder später, oder ziehen Sie den Vorgänger vor.</translation>
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
    <context>
        <name>Records</name>
        <message>
            <source>{code} "{title}"</source>
            <translation>{code} „{title}“</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>{value} FTE</source>
            <translation>{value} FTE</translation>
        </message>
    </context>
</TS>
