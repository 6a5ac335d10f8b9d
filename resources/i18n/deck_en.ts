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
    <name>CommunityPanel</name>
    <message numerus="yes">
        <source>Adjusted %n viewer(s) ✓</source>
        <translation>
            <numerusform>Adjusted %n viewer ✓</numerusform>
            <numerusform>Adjusted %n viewers ✓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckControl</name>
    <message numerus="yes">
        <source>The other %n step(s) were not run.</source>
        <translation>
            <numerusform>The other %n step was not run.</numerusform>
            <numerusform>The other %n steps were not run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscordPanel</name>
    <message numerus="yes">
        <source>Pull %n member(s) into {channel}</source>
        <translation>
            <numerusform>Pull %n member into {channel}</numerusform>
            <numerusform>Pull %n members into {channel}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message numerus="yes">
        <source>%n button(s) do not fit in {rows}×{cols} and will be deleted.</source>
        <translation>
            <numerusform>%n button does not fit in {rows}×{cols} and will be deleted.</numerusform>
            <numerusform>%n buttons do not fit in {rows}×{cols} and will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the page &lt;b&gt;{name}&lt;/b&gt; and its %n button(s)?</source>
        <translation>
            <numerusform>Delete the page &lt;b&gt;{name}&lt;/b&gt; and its %n button?</numerusform>
            <numerusform>Delete the page &lt;b&gt;{name}&lt;/b&gt; and its %n buttons?</numerusform>
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
    <name>ModerationPanel</name>
    <message numerus="yes">
        <source>{verb} %n recent follower(s) on {platform}: {who}{more}?</source>
        <translation>
            <numerusform>{verb} %n recent follower on {platform}: {who}{more}?</numerusform>
            <numerusform>{verb} %n recent followers on {platform}: {who}{more}?</numerusform>
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
    <name>SongsPanel</name>
    <message numerus="yes">
        <source>Clear the song queue? &lt;b&gt;%n song(s)&lt;/b&gt; will be removed.</source>
        <translation>
            <numerusform>Clear the song queue? &lt;b&gt;%n song&lt;/b&gt; will be removed.</numerusform>
            <numerusform>Clear the song queue? &lt;b&gt;%n songs&lt;/b&gt; will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole playlist? &lt;b&gt;%n song(s)&lt;/b&gt; will be removed.</source>
        <translation>
            <numerusform>Delete the whole playlist? &lt;b&gt;%n song&lt;/b&gt; will be removed.</numerusform>
            <numerusform>Delete the whole playlist? &lt;b&gt;%n songs&lt;/b&gt; will be removed.</numerusform>
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
