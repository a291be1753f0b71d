<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>ImportCheck</name>
        <message numerus="yes">
            <source>%n {records} are called {name}; write the code instead</source>
            <translation>
                <numerusform>%n {records} are called {name}; write the code instead</numerusform>
                <numerusform>%n {records} are called {name}; write the code instead</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) have values to the right of the last header; those cells were ignored.</source>
            <translation>
                <numerusform>%n row(s) have values to the right of the last header; those cells were ignored.</numerusform>
                <numerusform>%n row(s) have values to the right of the last header; those cells were ignored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n date(s) in column {column} such as 03/04/2027 could be day/month or month/day; they were read as day/month. Set the date order in the mapping if that is wrong.</source>
            <translation>
                <numerusform>%n date(s) in column {column} such as 03/04/2027 could be day/month or month/day; they were read as day/month. Set the date order in the mapping if that is wrong.</numerusform>
                <numerusform>%n date(s) in column {column} such as 03/04/2027 could be day/month or month/day; they were read as day/month. Set the date order in the mapping if that is wrong.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeat {records} the plan already has, with the same values; they were skipped.</source>
            <translation>
                <numerusform>%n row(s) repeat {records} the plan already has, with the same values; they were skipped.</numerusform>
                <numerusform>%n row(s) repeat {records} the plan already has, with the same values; they were skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} and %n more</numerusform>
                <numerusform>{names} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n {records} named in the file matched none in the plan and will be created: {names} ({hint}).</source>
            <translation>
                <numerusform>%n {records} named in the file matched none in the plan and will be created: {names} ({hint}).</numerusform>
                <numerusform>%n {records} named in the file matched none in the plan and will be created: {names} ({hint}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n {records} named in the file matched none in the plan; those fields were left empty: {names} ({hint}).</source>
            <translation>
                <numerusform>%n {records} named in the file matched none in the plan; those fields were left empty: {names} ({hint}).</numerusform>
                <numerusform>%n {records} named in the file matched none in the plan; those fields were left empty: {names} ({hint}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{word} → {status} (%n row(s); the word is kept in the description)</source>
            <translation>
                <numerusform>{word} → {status} (%n row; the word is kept in the description)</numerusform>
                <numerusform>{word} → {status} (%n rows; the word is kept in the description)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{word} → {status} (%n row(s))</source>
            <translation>
                <numerusform>{word} → {status} (%n row)</numerusform>
                <numerusform>{word} → {status} (%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n {records} from {file}</source>
            <translation>
                <numerusform>Import %n {records} from {file}</numerusform>
                <numerusform>Import %n {records} from {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n records from {file}</source>
            <translation>
                <numerusform>Import %n records from {file}</numerusform>
                <numerusform>Import %n records from {file}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportMapping</name>
        <message numerus="yes">
            <source>No column is mapped to {fields}; a {kind} needs %n field(s).</source>
            <translation>
                <numerusform>No column is mapped to {fields}; a {kind} needs it.</numerusform>
                <numerusform>No column is mapped to {fields}; a {kind} needs them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n row(s) of {source} can't be imported, so nothing was changed; fix them, or accept importing the other rows.</source>
            <translation>
                <numerusform>%n row of {source} can't be imported, so nothing was changed; fix them, or accept importing the other rows.</numerusform>
                <numerusform>%n rows of {source} can't be imported, so nothing was changed; fix them, or accept importing the other rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{source}: %n row(s) read</source>
            <translation>
                <numerusform>{source}: %n row read</numerusform>
                <numerusform>{source}: %n rows read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n row rejected</numerusform>
                <numerusform>%n rows rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) left empty (warnings)</source>
            <translation>
                <numerusform>%n cell left empty (warnings)</numerusform>
                <numerusform>%n cells left empty (warnings)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new {records} to be created</source>
            <translation>
                <numerusform>%n new {records} to be created</numerusform>
                <numerusform>%n new {records} to be created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{codes} and %n more</source>
            <translation>
                <numerusform>{codes} and %n more</numerusform>
                <numerusform>{codes} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>rejected: … and %n more rows</source>
            <translation>
                <numerusform>rejected: … and %n more rows</numerusform>
                <numerusform>rejected: … and %n more rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warning: … and %n more cells</source>
            <translation>
                <numerusform>warning: … and %n more cells</numerusform>
                <numerusform>warning: … and %n more cells</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message numerus="yes">
            <source>{problems} (and %n more)</source>
            <translation>
                <numerusform>{problems} (and %n more)</numerusform>
                <numerusform>{problems} (and %n more)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModelImport</name>
        <message numerus="yes">
            <source>Skipped %n elements of types we don't use ({types}).</source>
            <translation>
                <numerusform>Skipped %n elements of types we don't use ({types}).</numerusform>
                <numerusform>Skipped %n elements of types we don't use ({types}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n relationships ({types}).</source>
            <translation>
                <numerusform>Skipped %n relationships ({types}).</numerusform>
                <numerusform>Skipped %n relationships ({types}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n items</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objectives</source>
            <translation>
                <numerusform>%n objectives</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n links</source>
            <translation>
                <numerusform>%n links</numerusform>
                <numerusform>%n links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dependencies</source>
            <translation>
                <numerusform>%n dependencies</numerusform>
                <numerusform>%n dependencies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teams</source>
            <translation>
                <numerusform>%n teams</numerusform>
                <numerusform>%n teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n demands</source>
            <translation>
                <numerusform>%n demands</numerusform>
                <numerusform>%n demands</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business units</source>
            <translation>
                <numerusform>%n business units</numerusform>
                <numerusform>%n business units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n people</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n processes</source>
            <translation>
                <numerusform>%n processes</numerusform>
                <numerusform>%n processes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n applications</source>
            <translation>
                <numerusform>%n applications</numerusform>
                <numerusform>%n applications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanJson</name>
        <message numerus="yes">
            <source>the number {number}… (%n digits) is too large for a plan</source>
            <translation>
                <numerusform>the number {number}… (%n digits) is too large for a plan</numerusform>
                <numerusform>the number {number}… (%n digits) is too large for a plan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}; and %n more</source>
            <translation>
                <numerusform>{problems}; and %n more</numerusform>
                <numerusform>{problems}; and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{source} is not a valid plan (%n problem(s)): {problems}</source>
            <translation>
                <numerusform>{source} is not a valid plan (%n problem): {problems}</numerusform>
                <numerusform>{source} is not a valid plan (%n problems): {problems}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{path}: workshop {workshop} has %n participant(s); a workshop holds at most {most}</source>
            <translation>
                <numerusform>{path}: workshop {workshop} has %n participant; a workshop holds at most {most}</numerusform>
                <numerusform>{path}: workshop {workshop} has %n participants; a workshop holds at most {most}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{path}: round {round} has %n option(s); a round holds at most {most}</source>
            <translation>
                <numerusform>{path}: round {round} has %n option; a round holds at most {most}</numerusform>
                <numerusform>{path}: round {round} has %n options; a round holds at most {most}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableFiles</name>
        <message numerus="yes">
            <source>%n merged cell range(s) ({ranges}): each cell was read as holding the merged value.</source>
            <translation>
                <numerusform>%n merged cell range ({ranges}): each cell was read as holding the merged value.</numerusform>
                <numerusform>%n merged cell ranges ({ranges}): each cell was read as holding the merged value.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) hold formulas; the results the spreadsheet last saved were read.</source>
            <translation>
                <numerusform>%n cell holds a formula; the results the spreadsheet last saved were read.</numerusform>
                <numerusform>%n cells hold formulas; the results the spreadsheet last saved were read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no saved result and were read as empty; open the file in a spreadsheet program and save it to store their results.</source>
            <translation>
                <numerusform>%n formula cell has no saved result and was read as empty; open the file in a spreadsheet program and save it to store their results.</numerusform>
                <numerusform>%n formula cells have no saved result and were read as empty; open the file in a spreadsheet program and save it to store their results.</numerusform>
            </translation>
        </message>
    </context>
</TS>
