<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../gui/audit_view.py" line="+362"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) of the file could not be read and are not shown.</source>
        <translation>
            <numerusform>%n line of the file could not be read and is not shown.</numerusform>
            <numerusform>%n lines of the file could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsPane</name>
    <message numerus="yes">
        <location filename="../gui/diagnostics_pane.py" line="+237"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not fully checked</source>
        <translation>
            <numerusform>%n not fully checked</numerusform>
            <numerusform>%n not fully checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n healthy</source>
        <translation>
            <numerusform>%n healthy</numerusform>
            <numerusform>%n healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n being checked</source>
        <translation>
            <numerusform>%n being checked</numerusform>
            <numerusform>%n being checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmTreeModel</name>
    <message numerus="yes">
        <location filename="../gui/vm_tree_model.py" line="+185"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not fully checked</source>
        <translation>
            <numerusform>%n not fully checked</numerusform>
            <numerusform>%n not fully checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n being checked</source>
        <translation>
            <numerusform>%n being checked</numerusform>
            <numerusform>%n being checked</numerusform>
        </translation>
    </message>
</context>
</TS>
