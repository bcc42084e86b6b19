<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>CellStates</name>
    <message numerus="yes">
        <source>%n overdue milestones.</source>
        <translation>
            <numerusform>%n overdue milestone.</numerusform>
            <numerusform>%n overdue milestones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message numerus="yes">
        <source>%n texts missing French</source>
        <translation>
            <numerusform>%n text missing French</numerusform>
            <numerusform>%n texts missing French</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts missing English</source>
        <translation>
            <numerusform>%n text missing English</numerusform>
            <numerusform>%n texts missing English</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteRecommendations</name>
    <message numerus="yes">
        <source>Delete %n Recommendations</source>
        <translation>
            <numerusform>Delete %n Recommendation</numerusform>
            <numerusform>Delete %n Recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message numerus="yes">
        <source>Delete the plan “{name}” and its %n recommendations?
You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Delete the plan “{name}” and its %n recommendation?
You can undo this with Edit ▸ Undo.</numerusform>
            <numerusform>Delete the plan “{name}” and its %n recommendations?
You can undo this with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n matching rows</source>
        <translation>
            <numerusform>%n matching row</numerusform>
            <numerusform>%n matching rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{position} of %n matching rows</source>
        <translation>
            <numerusform>{position} of %n matching row</numerusform>
            <numerusform>{position} of %n matching rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>&lt;b&gt;{name}&lt;/b&gt; holds %n plans:</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; holds %n plan:</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; holds %n plans:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestones</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra column cells</source>
        <translation>
            <numerusform>%n extra column cell</numerusform>
            <numerusform>%n extra column cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings:</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>{source} differs from the plan in %n plan fields;</source>
        <translation>
            <numerusform>{source} differs from the plan in %n plan field;</numerusform>
            <numerusform>{source} differs from the plan in %n plan fields;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRecommendations</name>
    <message numerus="yes">
        <source>Move %n Recommendations</source>
        <translation>
            <numerusform>Move %n Recommendation</numerusform>
            <numerusform>Move %n Recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message numerus="yes">
        <source>%n overdue milestones.</source>
        <translation>
            <numerusform>%n overdue milestone.</numerusform>
            <numerusform>%n overdue milestones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>%n of {count} shown</source>
        <translation>
            <numerusform>%n of {count} shown</numerusform>
            <numerusform>%n of {count} shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestones</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <source>Wrote {path} (%n pages)</source>
        <translation>
            <numerusform>Wrote {path} (%n page)</numerusform>
            <numerusform>Wrote {path} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconnect</name>
    <message numerus="yes">
        <source>Server not reachable: %n edits not saved yet; reconnecting…</source>
        <translation>
            <numerusform>Server not reachable: %n edit not saved yet; reconnecting…</numerusform>
            <numerusform>Server not reachable: %n edits not saved yet; reconnecting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message numerus="yes">
        <source>Cut %n Cells</source>
        <translation>
            <numerusform>Cut %n Cell</numerusform>
            <numerusform>Cut %n Cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Cells</source>
        <translation>
            <numerusform>Clear %n Cell</numerusform>
            <numerusform>Clear %n Cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n New Rows</source>
        <translation>
            <numerusform>Paste %n New Rows</numerusform>
            <numerusform>Paste %n New Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied block is %n columns wide,</source>
        <translation>
            <numerusform>The copied block is %n column wide,</numerusform>
            <numerusform>The copied block is %n columns wide,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>but only %n columns remain from the selected cell. Select a cell further left, or copy fewer columns.</source>
        <translation>
            <numerusform>but only %n column remains from the selected cell. Select a cell further left, or copy fewer columns.</numerusform>
            <numerusform>but only %n columns remain from the selected cell. Select a cell further left, or copy fewer columns.</numerusform>
        </translation>
    </message>
</context>
</TS>
