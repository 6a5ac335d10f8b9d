<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message numerus="yes">
        <source> · %n permission(s) granted</source>
        <translation>
            <numerusform> · %n permission granted</numerusform>
            <numerusform> · %n permissions granted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <source>⬇  %Ln new message(s)</source>
        <translation>
            <numerusform>⬇  %Ln new message</numerusform>
            <numerusform>⬇  %Ln new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message numerus="yes">
        <source>%n word(s) or phrase(s)</source>
        <translation>
            <numerusform>%n word or phrase</numerusform>
            <numerusform>%n words or phrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with wildcards</source>
        <translation>
            <numerusform>%n with wildcards</numerusform>
            <numerusform>%n with wildcards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regular expression(s)</source>
        <translation>
            <numerusform>%n regular expression</numerusform>
            <numerusform>%n regular expressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries: {parts}</source>
        <translation>
            <numerusform>%n entry: {parts}</numerusform>
            <numerusform>%n entries: {parts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message numerus="yes">
        <source>%n sample(s) since {when}</source>
        <translation>
            <numerusform>%n sample since {when}</numerusform>
            <numerusform>%n samples since {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n queued)</source>
        <translation>
            <numerusform> (%n queued)</numerusform>
            <numerusform> (%n queued)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>%n reconnect</numerusform>
            <numerusform>%n reconnects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n pending request(s).</source>
        <translation>
            <numerusform>Cancelled %n pending request.</numerusform>
            <numerusform>Cancelled %n pending requests.</numerusform>
        </translation>
    </message>
</context>
</TS>
