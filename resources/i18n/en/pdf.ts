<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>PdfCapacity</name>
        <message numerus="yes">
            <source>Placed by rank into the teams' capacity, {ready} of %n item(s) can start as planned</source>
            <translation>
                <numerusform>Placed by rank into the teams' capacity, {ready} of %n item can start as planned</numerusform>
                <numerusform>Placed by rank into the teams' capacity, {ready} of %n items can start as planned</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfCover</name>
        <message numerus="yes">
            <source>Roadmap {start} to {end}  ·  %n quarter(s)</source>
            <translation>
                <numerusform>Roadmap {start} to {end}  ·  %n quarter</numerusform>
                <numerusform>Roadmap {start} to {end}  ·  %n quarters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>objectives under %n theme(s)</source>
            <translation>
                <numerusform>objectives under %n theme</numerusform>
                <numerusform>objectives under %n themes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfObjectives</name>
        <message numerus="yes">
            <source>… and %n more item(s) serve this objective ({mix} links, {money}); each has its card in the appendix.</source>
            <translation>
                <numerusform>… and %n more item serves this objective ({mix} links, {money}); each has its card in the appendix.</numerusform>
                <numerusform>… and %n more items serve this objective ({mix} links, {money}); each has its card in the appendix.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPartnership</name>
        <message numerus="yes">
            <source>%n business unit(s) have assessed how IT and the business work together</source>
            <translation>
                <numerusform>%n business unit has assessed how IT and the business work together</numerusform>
                <numerusform>%n business units have assessed how IT and the business work together</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n dimension(s) are below the target they set</source>
            <translation>
                <numerusform>; %n dimension is below the target they set</numerusform>
                <numerusform>; %n dimensions are below the target they set</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) need a new sponsor, champion or owner</source>
            <translation>
                <numerusform>%n record needs a new sponsor, champion or owner</numerusform>
                <numerusform>%n records need a new sponsor, champion or owner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) are justified only in technical terms or not at all</source>
            <translation>
                <numerusform>%n item is justified only in technical terms or not at all</numerusform>
                <numerusform>%n items are justified only in technical terms or not at all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n delivered item(s) fall short on adoption</source>
            <translation>
                <numerusform>%n delivered item falls short on adoption</numerusform>
                <numerusform>%n delivered items fall short on adoption</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business process(es) have no supporting technology</source>
            <translation>
                <numerusform>%n business process has no supporting technology</numerusform>
                <numerusform>%n business processes have no supporting technology</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more gap(s).</source>
            <translation>
                <numerusform>… and %n more gap.</numerusform>
                <numerusform>… and %n more gaps.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPortfolio</name>
        <message numerus="yes">
            <source>%n live item(s) ranked by {method}.</source>
            <translation>
                <numerusform>%n live item ranked by {method}.</numerusform>
                <numerusform>%n live items ranked by {method}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rank(s) were set by the business (†).</source>
            <translation>
                <numerusform>%n rank was set by the business (†).</numerusform>
                <numerusform>%n ranks were set by the business (†).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfRisks</name>
        <message numerus="yes">
            <source>+%n quarter(s): starts {start} instead of {planned}, deferring about {money} of value. {reason}</source>
            <translation>
                <numerusform>+%n quarter: starts {start} instead of {planned}, deferring about {money} of value. {reason}</numerusform>
                <numerusform>+%n quarters: starts {start} instead of {planned}, deferring about {money} of value. {reason}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>delayed +%n quarter(s) by capacity</source>
            <translation>
                <numerusform>delayed +%n quarter by capacity</numerusform>
                <numerusform>delayed +%n quarters by capacity</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over capacity in {quarters}; peak {demand} FTE against {capacity}; %n item(s) it works on may slip.</source>
            <translation>
                <numerusform>Over capacity in {quarters}; peak {demand} FTE against {capacity}; %n item it works on may slip.</numerusform>
                <numerusform>Over capacity in {quarters}; peak {demand} FTE against {capacity}; %n items it works on may slip.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarter(s) ({list})</source>
            <translation>
                <numerusform>%n quarter ({list})</numerusform>
                <numerusform>%n quarters ({list})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What could stop the plan delivering what the board is asked to fund, grouped by kind (%n risk(s) in all). Items marked {mark} carry one of these risks wherever they appear in this pack.</source>
            <translation>
                <numerusform>What could stop the plan delivering what the board is asked to fund, grouped by kind (%n risk in all). Items marked {mark} carry one of these risks wherever they appear in this pack.</numerusform>
                <numerusform>What could stop the plan delivering what the board is asked to fund, grouped by kind (%n risks in all). Items marked {mark} carry one of these risks wherever they appear in this pack.</numerusform>
            </translation>
        </message>
    </context>
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
        <name>PdfStrategy</name>
        <message numerus="yes">
            <source>&lt;b&gt;{money}&lt;/b&gt; attributed; %n program(s), {funded} funded: {programs}</source>
            <translation>
                <numerusform>&lt;b&gt;{money}&lt;/b&gt; attributed; %n program, {funded} funded: {programs}</numerusform>
                <numerusform>&lt;b&gt;{money}&lt;/b&gt; attributed; %n programs, {funded} funded: {programs}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more objective(s)</source>
            <translation>
                <numerusform>… and %n more objective</numerusform>
                <numerusform>… and %n more objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The plan's %n business objective(s), {supported} with IT work behind them; {aligned} of {total} serves them. Each row: the objective, the programs serving it (largest first, moderate or strong links) with their money and status, and the KPIs that prove it.</source>
            <translation>
                <numerusform>The plan's %n business objective, {supported} with IT work behind them; {aligned} of {total} serves them. Each row: the objective, the programs serving it (largest first, moderate or strong links) with their money and status, and the KPIs that prove it.</numerusform>
                <numerusform>The plan's %n business objectives, {supported} with IT work behind them; {aligned} of {total} serves them. Each row: the objective, the programs serving it (largest first, moderate or strong links) with their money and status, and the KPIs that prove it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfSummary</name>
        <message numerus="yes">
            <source>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n item(s) of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered (the investment pays back in about {years} years of full benefits).</source>
            <translation>
                <numerusform>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n item of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered (the investment pays back in about {years} years of full benefits).</numerusform>
                <numerusform>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n items of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered (the investment pays back in about {years} years of full benefits).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n item(s) of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered.</source>
            <translation>
                <numerusform>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n item of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered.</numerusform>
                <numerusform>Over &lt;b&gt;{start} to {end}&lt;/b&gt; the plan invests &lt;b&gt;{cost}&lt;/b&gt; in %n items of IT-enabled change, expected to return &lt;b&gt;{value} a year&lt;/b&gt; once delivered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business objective(s)</source>
            <translation>
                <numerusform>%n business objective</numerusform>
                <numerusform>%n business objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{share} of the spend serves the {objectives} the leadership agreed; %n of them have no IT work behind them yet.</source>
            <translation>
                <numerusform>{share} of the spend serves the {objectives} the leadership agreed; %n of them has no IT work behind them yet.</numerusform>
                <numerusform>{share} of the spend serves the {objectives} the leadership agreed; %n of them have no IT work behind them yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Approve %n proposed item(s)&lt;/b&gt; costing {cost} and worth {value} a year — or say which to drop. The largest: {names}.</source>
            <translation>
                <numerusform>&lt;b&gt;Approve %n proposed item&lt;/b&gt; costing {cost} and worth {value} a year — or say which to drop. The largest: {names}.</numerusform>
                <numerusform>&lt;b&gt;Approve %n proposed items&lt;/b&gt; costing {cost} and worth {value} a year — or say which to drop. The largest: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Fund or rule out IT work for %n unsupported objective(s)&lt;/b&gt;: {names} and {more} more.</source>
            <translation>
                <numerusform>&lt;b&gt;Fund or rule out IT work for %n unsupported objective&lt;/b&gt;: {names} and {more} more.</numerusform>
                <numerusform>&lt;b&gt;Fund or rule out IT work for %n unsupported objectives&lt;/b&gt;: {names} and {more} more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Fund or rule out IT work for %n unsupported objective(s)&lt;/b&gt;: {names}.</source>
            <translation>
                <numerusform>&lt;b&gt;Fund or rule out IT work for %n unsupported objective&lt;/b&gt;: {names}.</numerusform>
                <numerusform>&lt;b&gt;Fund or rule out IT work for %n unsupported objectives&lt;/b&gt;: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{team} is overbooked in %n quarter(s) (peak {demand} FTE against {capacity} in {quarter})</source>
            <translation>
                <numerusform>{team} is overbooked in %n quarter (peak {demand} FTE against {capacity} in {quarter})</numerusform>
                <numerusform>{team} is overbooked in %n quarters (peak {demand} FTE against {capacity} in {quarter})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Question {money} of spend&lt;/b&gt; on %n item(s) linked to no business objective.</source>
            <translation>
                <numerusform>&lt;b&gt;Question {money} of spend&lt;/b&gt; on %n item linked to no business objective.</numerusform>
                <numerusform>&lt;b&gt;Question {money} of spend&lt;/b&gt; on %n items linked to no business objective.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Name a business sponsor&lt;/b&gt; for %n item(s) that have none (or whose sponsor has left).</source>
            <translation>
                <numerusform>&lt;b&gt;Name a business sponsor&lt;/b&gt; for %n item that has none (or whose sponsor has left).</numerusform>
                <numerusform>&lt;b&gt;Name a business sponsor&lt;/b&gt; for %n items that have none (or whose sponsor has left).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfTimeline</name>
        <message numerus="yes">
            <source>%n scheduled item(s) are too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name ({mark} at risk); the working team pack draws every item.</source>
            <translation>
                <numerusform>%n scheduled item is too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name ({mark} at risk); the working team pack draws every item.</numerusform>
                <numerusform>%n scheduled items are too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name ({mark} at risk); the working team pack draws every item.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled item(s) are too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name; the working team pack draws every item.</source>
            <translation>
                <numerusform>%n scheduled item is too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name; the working team pack draws every item.</numerusform>
                <numerusform>%n scheduled items are too many to draw one by one, so the roadmap is rolled up by theme: how many items run in each year, what they cost, when the theme's work runs, and its top-ranked items by name; the working team pack draws every item.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfWorkshop</name>
        <message numerus="yes">
            <source>{ballots} of %n participant(s)</source>
            <translation>
                <numerusform>{ballots} of %n participant</numerusform>
                <numerusform>{ballots} of %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n ballot</numerusform>
                <numerusform>%n ballots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n abstention(s)</source>
            <translation>
                <numerusform>%n abstention</numerusform>
                <numerusform>%n abstentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) ({business} from the business, {it} from IT) met on {date} and voted in {rounds}.</source>
            <translation>
                <numerusform>%n participant ({business} from the business, {it} from IT) met on {date} and voted in {rounds}.</numerusform>
                <numerusform>%n participants ({business} from the business, {it} from IT) met on {date} and voted in {rounds}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) ({business} from the business, {it} from IT) met and voted in {rounds}.</source>
            <translation>
                <numerusform>%n participant ({business} from the business, {it} from IT) met and voted in {rounds}.</numerusform>
                <numerusform>%n participants ({business} from the business, {it} from IT) met and voted in {rounds}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
