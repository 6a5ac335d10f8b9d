"""The Owncast contract (0.2.0): the External (integration, Bearer token) and Admin (Basic
``admin`` and the admin password) operations, plus the public status and web config.

Paths are documented from the server root (``/api/...``); the base URL is the server's own
address. Every admin setter takes ``{"value": …}``; the document types ``value`` as "string or
boolean or array of strings or number" for all of them, so each setter here carries the type
the server's own configuration model gives that setting (``GET /api/admin/serverconfig``):
switches as booleans, ports as numbers, lists as lists. External chat bodies are documented as
whole events, of which the server reads only ``body``: Deck sends ``body``.
"""
from __future__ import annotations

from typing import Any, Callable

from deck.core.params import Param
from deck.providers.base import Operation

TOKEN_SCOPES = ("CAN_SEND_MESSAGES", "CAN_SEND_SYSTEM_MESSAGES", "HAS_ADMIN_ACCESS")
WEBHOOK_EVENTS = ("CHAT", "USER_JOINED", "USER_PARTED", "NAME_CHANGE", "VISIBILITY-UPDATE", "PING", "PONG",
                  "STREAM_STARTED", "STREAM_STOPPED", "STREAM_TITLE_UPDATED", "SYSTEM", "CHAT_ACTION")
URL = r"^https?://\S+$"
WEB = "A web address starting with http:// or https://"
IP = r"^[0-9A-Fa-f:.]{2,45}$"
LONG_TEXT = 100_000  # markdown, CSS and JavaScript pages
PORT = {"min": 1, "max": 65_535}


def J(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, **kw)


def Q(name: str, kind: str = "str", **kw: Any) -> Param:
    return Param(name, kind, place="query", **kw)


def _in(field: str, allowed: tuple[str, ...]) -> Callable[[dict[str, Any]], str | None]:
    """A check that every item of list ``field`` is one of ``allowed``."""
    def check(values: dict[str, Any]) -> str | None:
        unknown = [v for v in values.get(field) or [] if v not in allowed]
        return f"{field}: {', '.join(unknown)} is not one of {', '.join(allowed)}" if unknown else None
    return check


def admin(id: str, title: str, group: str, method: str, path: str, params: tuple[Param, ...] = (),
          **kw: Any) -> Operation:
    return Operation(id, title, group, method, path, params, auth="admin", **kw)


def setting(id: str, title: str, group: str, path: str, value: Param, why: str = "", **kw: Any) -> Operation:
    """An admin setter: ``POST /api/admin/config/<path>`` with ``{"value": …}``. ``why``
    marks one that can break the running stream and says how."""
    return admin(id, title, group, "POST", f"/api/admin/config/{path}", (value,), destructive=bool(why),
                 description=why, **kw)


def V(kind: str = "str", **kw: Any) -> Param:
    return Param("value", kind, required=True, **kw)


VARIANT = (J("name", max=100), J("videoPassthrough", "bool"), J("audioPassthrough", "bool"),
           J("videoBitrate", "int", min=0, max=100_000, doc="kbps"), J("audioBitrate", "int", min=0, max=2_000),
           J("scaledWidth", "int", min=0, max=8_192), J("scaledHeight", "int", min=0, max=8_192),
           J("framerate", "int", min=0, max=240), J("cpuUsageLevel", "int", min=1, max=5, doc="1 (least) to 5"))
SOCIAL = (J("platform", required=True, max=100), J("url", required=True, pattern=URL, doc=WEB), J("icon", max=2_000))
ACTION = (J("url", required=True, pattern=URL, doc=WEB), J("title", required=True, max=200), J("html", max=20_000),
          J("description", max=2_000), J("icon", max=2_000), J("color", max=40), J("openExternally", "bool"))
PAGING = (Q("offset", "int", min=0), Q("limit", "int", min=1, max=1_000))

OPERATIONS: tuple[Operation, ...] = (
    # public
    Operation("status", "Server status", "Server", "GET", "/api/status", auth="none"),
    Operation("web-config", "Public web config", "Server", "GET", "/api/config", auth="none"),
    # External: integrations with an access token
    Operation("send-system-message", "Send a system message", "Chat", "POST", "/api/integrations/chat/system",
              (J("body", required=True, min=1, max=5_000),), scopes=("CAN_SEND_SYSTEM_MESSAGES",)),
    Operation("send-system-message-to-client", "Send a system message to one client", "Chat", "POST",
              "/api/integrations/chat/system/client/{clientId}",
              (Param("clientId", "int", required=True, place="path", min=0), J("body", required=True, min=1, max=5_000)),
              scopes=("CAN_SEND_SYSTEM_MESSAGES",)),
    Operation("send-user-message", "Send a user message (deprecated)", "Chat", "POST", "/api/integrations/chat/user",
              scopes=("CAN_SEND_MESSAGES",), deprecated="send-message", body="json"),
    Operation("send-message", "Send chat message as the integration", "Chat", "POST", "/api/integrations/chat/send",
              (J("body", required=True, min=1, max=5_000),), scopes=("CAN_SEND_MESSAGES",)),
    Operation("send-action", "Send an action message", "Chat", "POST", "/api/integrations/chat/action",
              (J("body", required=True, min=1, max=5_000),), scopes=("CAN_SEND_SYSTEM_MESSAGES",)),
    Operation("message-visibility", "Hide or show chat messages", "Chat", "POST",
              "/api/integrations/chat/messagevisibility",
              (J("idArray", "list", required=True, min=1, max=500, doc="Message ids"), J("visible", "bool", required=True)),
              scopes=("HAS_ADMIN_ACCESS",)),
    Operation("stream-title", "Set the stream title", "Server", "POST", "/api/integrations/streamtitle",
              (V(max=500),), scopes=("HAS_ADMIN_ACCESS",)),
    Operation("chat", "Chat history", "Chat", "GET", "/api/integrations/chat", scopes=("HAS_ADMIN_ACCESS",)),
    Operation("clients", "Connected chat clients", "Chat", "GET", "/api/integrations/clients",
              scopes=("HAS_ADMIN_ACCESS",)),
    Operation("user-details", "A chat user's details (moderator chat token)", "Chat", "GET",
              "/api/moderation/chat/user/{userId}",
              (Param("userId", required=True, place="path", max=100), Q("accessToken", required=True, max=200,
                                                                         doc="A moderator's chat access token")),
              auth="none"),
    # Admin: status and the broadcaster
    admin("admin-status", "Server status and broadcaster", "Server", "GET", "/api/admin/status"),
    admin("disconnect", "Disconnect the broadcaster", "Server", "GET", "/api/admin/disconnect", read=False,
          destructive=True, description="The stream stops for every viewer until the broadcaster reconnects."),
    admin("server-config", "Server configuration", "Server", "GET", "/api/admin/serverconfig"),
    admin("viewers-over-time", "Viewers over time", "Server", "GET", "/api/admin/viewersOverTime",
          (Q("windowStart", pattern=r"^\d{1,12}$", doc="Start, in unix time"),)),
    admin("viewers", "Active viewers", "Server", "GET", "/api/admin/viewers"),
    admin("hardware-stats", "Hardware stats", "Server", "GET", "/api/admin/hardwarestats"),
    admin("logs", "Logs", "Server", "GET", "/api/admin/logs"),
    admin("warnings", "Warnings and errors", "Server", "GET", "/api/admin/logs/warnings"),
    admin("video-metrics", "Video playback metrics", "Server", "GET", "/api/admin/metrics/video"),
    admin("update-options", "Update options", "Server", "GET", "/api/admin/update/options"),
    admin("update-start", "Start the update", "Server", "GET", "/api/admin/update/start", read=False, answer="text",
          destructive=True, description="The server downloads and installs a new Owncast; it restarts after."),
    admin("update-force-quit", "Quit and restart the server", "Server", "GET", "/api/admin/update/forcequit",
          read=False, destructive=True, description="The server quits: the stream and chat stop until it is back."),
    admin("yp-reset", "Reset the directory registration", "Server", "GET", "/api/admin/yp/reset", read=False,
          destructive=True, description="The server leaves the Owncast directory and registers again."),
    *(admin(f"prometheus-{method.lower()}", f"Prometheus API ({method})", "Server", method, "/api/admin/prometheus",
            answer="text", read=method == "GET", description="Passes through to the server's Prometheus API.")
      for method in ("GET", "POST", "PUT", "DELETE")),
    # Admin: chat and its people
    admin("admin-chat-clients", "Connected chat clients (admin)", "Chat", "GET", "/api/admin/chat/clients"),
    admin("admin-chat-messages", "All chat messages, hidden too", "Chat", "GET", "/api/admin/chat/messages"),
    admin("admin-message-visibility", "Hide or show chat messages (admin)", "Chat", "POST",
          "/api/admin/chat/messagevisibility",
          (J("idArray", "list", required=True, min=1, max=500, doc="Message ids"), J("visible", "bool", required=True))),
    admin("set-user-enabled", "Enable or disable a chat user", "Chat", "POST", "/api/admin/chat/users/setenabled",
          (J("userId", required=True, max=100), J("enabled", "bool", required=True)),
          description="Disabling a user also bans the IP addresses of their connected clients.",
          destructive_when=("enabled", False)),
    admin("disabled-users", "Disabled chat users", "Chat", "GET", "/api/admin/chat/users/disabled"),
    admin("ban-ip", "Ban an IP address", "Chat", "POST", "/api/admin/chat/users/ipbans/create",
          (V(pattern=IP, doc="An IPv4 or IPv6 address"),)),
    admin("unban-ip", "Remove an IP ban", "Chat", "POST", "/api/admin/chat/users/ipbans/remove",
          (V(pattern=IP, doc="An IPv4 or IPv6 address"),)),
    admin("ip-bans", "Banned IP addresses", "Chat", "GET", "/api/admin/chat/users/ipbans"),
    admin("set-moderator", "Make or unmake a moderator", "Chat", "POST", "/api/admin/chat/users/setmoderator",
          (J("userId", required=True, max=100), J("isModerator", "bool", required=True))),
    admin("moderators", "Moderators", "Chat", "GET", "/api/admin/chat/users/moderators"),
    admin("upload-emoji", "Upload a custom emoji", "Chat", "POST", "/api/admin/emoji/upload",
          (J("name", required=True, max=100, pattern=r"^[\w.-]+$"),
           J("data", required=True, max=2_000_000, pattern=r"^data:image/", doc="The image as a data: URL"))),
    admin("delete-emoji", "Delete a custom emoji", "Chat", "POST", "/api/admin/emoji/delete",
          (J("name", required=True, max=100),), destructive=True),
    # Admin: followers and the fediverse
    admin("followers", "Followers", "Social", "GET", "/api/admin/followers", PAGING),
    admin("pending-follows", "Follow requests", "Social", "GET", "/api/admin/followers/pending"),
    admin("blocked-follows", "Rejected and blocked follows", "Social", "GET", "/api/admin/followers/blocked"),
    admin("approve-follower", "Approve or reject a follow", "Social", "POST", "/api/admin/followers/approve",
          (J("actorIRI", required=True, pattern=URL, doc=WEB), J("approved", "bool", required=True))),
    admin("federation-send", "Post to the fediverse", "Social", "POST", "/api/admin/federation/send",
          (V(min=1, max=5_000),)),
    admin("federation-actions", "Fediverse activity", "Social", "GET", "/api/admin/federation/actions", PAGING),
    # Admin: webhooks and access tokens
    admin("webhooks", "Webhooks", "Integrations", "GET", "/api/admin/webhooks"),
    admin("create-webhook", "Create a webhook", "Integrations", "POST", "/api/admin/webhooks/create",
          (J("url", required=True, pattern=URL, doc=WEB), J("events", "list", required=True, min=1, max=len(WEBHOOK_EVENTS),
                                                   unique=True, doc="One or more of: " + ", ".join(WEBHOOK_EVENTS))),
          checks=(_in("events", WEBHOOK_EVENTS),)),
    admin("delete-webhook", "Delete a webhook", "Integrations", "POST", "/api/admin/webhooks/delete",
          (J("id", "int", required=True, min=0),), destructive=True),
    admin("access-tokens", "Access tokens", "Integrations", "GET", "/api/admin/accesstokens"),
    admin("create-access-token", "Create an access token", "Integrations", "POST", "/api/admin/accesstokens/create",
          (J("name", required=True, min=1, max=100),
           J("scopes", "list", required=True, min=1, max=3, unique=True, doc="Of: " + ", ".join(TOKEN_SCOPES))),
          checks=(_in("scopes", TOKEN_SCOPES),)),
    admin("delete-access-token", "Delete an access token", "Integrations", "POST", "/api/admin/accesstokens/delete",
          (J("token", required=True, min=1, max=200),), destructive=True,
          description="Whatever uses this token stops working."),
    # Admin: settings, as Owncast's admin groups them
    setting("set-stream-title", "Stream title", "General", "streamtitle", V(max=500)),
    setting("set-name", "Server name", "General", "name", V(min=1, max=200)),
    setting("set-summary", "Server summary", "General", "serversummary", V(max=5_000)),
    setting("set-offline-message", "Offline message", "General", "offlinemessage", V(max=5_000)),
    setting("set-welcome-message", "Welcome message", "General", "welcomemessage", V(max=5_000)),
    setting("set-page-content", "Extra page content (Markdown)", "General", "pagecontent", V(max=LONG_TEXT)),
    setting("set-tags", "Tags", "General", "tags", V("list", max=50)),
    setting("set-nsfw", "NSFW", "General", "nsfw", V("bool")),
    setting("set-directory-enabled", "Listed in the Owncast directory", "General", "directoryenabled", V("bool")),
    setting("set-server-url", "Server URL", "General", "serverurl", V(pattern=URL, doc=WEB)),
    setting("set-logo", "Logo", "General", "logo", V(max=2_000_000, pattern=r"^data:image/",
                                                       doc="The image as a data: URL")),
    setting("set-social-handles", "Social handles", "General", "socialhandles", V("records", fields=SOCIAL, max=50)),
    setting("set-hide-viewer-count", "Hide the viewer count", "General", "hideviewercount", V("bool")),
    setting("set-disable-search-indexing", "Keep out of search engines", "General", "disablesearchindexing",
            V("bool")),
    setting("set-chat-disabled", "Chat off", "Chat", "chat/disable", V("bool")),
    setting("set-chat-join-messages", "Join messages", "Chat", "chat/joinmessagesenabled", V("bool")),
    setting("set-established-user-mode", "Established-user mode", "Chat", "chat/establishedusermode", V("bool")),
    setting("set-forbidden-usernames", "Forbidden usernames", "Chat", "chat/forbiddenusernames", V("list", max=1_000)),
    setting("set-suggested-usernames", "Suggested usernames", "Chat", "chat/suggestedusernames", V("list", max=1_000)),
    setting("set-spam-protection", "Spam protection", "Chat", "chat/spamprotectionenabled", V("bool")),
    setting("set-slur-filter", "Slur filter", "Chat", "chat/slurfilterenabled", V("bool")),
    setting("set-external-actions", "External actions", "Appearance", "externalactions",
            V("records", fields=ACTION, max=50)),
    setting("set-custom-styles", "Custom styles (CSS)", "Appearance", "customstyles", V(max=LONG_TEXT)),
    setting("set-custom-javascript", "Custom JavaScript", "Appearance", "customjavascript", V(max=LONG_TEXT)),
    setting("set-appearance", "Colours and style variables", "Appearance", "appearance", V("object", item="str")),
    setting("set-federation-enabled", "Federation", "Federation", "federation/enable", V("bool")),
    setting("set-federation-private", "Private federation activity", "Federation", "federation/private", V("bool")),
    setting("set-federation-engagement", "Show fediverse engagement in chat", "Federation",
            "federation/showengagement", V("bool")),
    setting("set-federation-username", "Federated username", "Federation", "federation/username",
            V(min=1, max=100, pattern=r"^[A-Za-z0-9_]+$")),
    setting("set-federation-live-message", "Federated go-live message", "Federation", "federation/livemessage",
            V(max=500)),
    setting("set-federation-blocked-domains", "Blocked fediverse domains", "Federation", "federation/blockdomains",
            V("list", max=1_000)),
    setting("set-discord-notifications", "Discord notifications", "Notifications", "notifications/discord",
            V("object", fields=(J("webhook", pattern=r"^(https?://\S+)?$"), J("goLiveMessage", max=2_000),
                                J("enabled", "bool")))),
    setting("set-browser-notifications", "Browser notifications", "Notifications", "notifications/browser",
            V("object", fields=(J("goLiveMessage", max=2_000), J("enabled", "bool")))),
    setting("set-admin-password", "Admin password", "Advanced", "adminpass", V(min=8, max=200),
            why="Deck and everything else that signs in as admin needs the new password afterwards."),
    setting("set-stream-keys", "Stream keys", "Advanced", "streamkeys",
            V("records", fields=(J("key", required=True, min=8, max=200), J("comment", max=200)), min=1, max=20),
            why="A broadcaster streaming with a removed key is cut off and cannot reconnect."),
    setting("set-video-codec", "Video codec", "Advanced", "video/codec", V(min=1, max=50),
            why="Owncast restarts its video processing: viewers see the stream stop and start again."),
    setting("set-latency-level", "Latency level", "Advanced", "video/streamlatencylevel",
            V("int", min=0, max=4, doc="0 (lowest latency) to 4 (most buffer)")),
    setting("set-output-variants", "Output variants", "Advanced", "video/streamoutputvariants",
            V("records", fields=VARIANT, min=1, max=10),
            why="Owncast restarts its video processing with the new qualities: the stream stops and starts again."),
    setting("set-ffmpeg-path", "FFmpeg path", "Advanced", "ffmpegpath", V(min=1, max=1_000),
            why="A wrong path stops all video processing."),
    setting("set-web-server-port", "Web server port", "Advanced", "webserverport", V("int", **PORT),
            why="After a restart the server answers on the new port only: Deck and viewers need the new address."),
    setting("set-web-server-ip", "Web server address", "Advanced", "webserverip", V(min=1, max=45),
            why="After a restart the server listens on the new address only."),
    setting("set-rtmp-port", "RTMP port", "Advanced", "rtmpserverport", V("int", **PORT),
            why="The broadcaster must stream to the new port after a restart."),
    setting("set-socket-host-override", "Chat socket address", "Advanced", "sockethostoverride",
            V(pattern=r"^(wss?://\S+)?$")),
    setting("set-video-serving-endpoint", "Video serving address", "Advanced", "videoservingendpoint",
            V(pattern=r"^(https?://\S+)?$")),
    setting("set-s3", "S3 storage", "Advanced", "s3",
            V("object", fields=(J("endpoint", pattern=r"^(https?://\S+)?$"), J("accessKey", max=200),
                                J("secret", max=200), J("bucket", max=200), J("region", max=100), J("acl", max=100),
                                J("pathPrefix", max=500), J("enabled", "bool"), J("forcePathStyle", "bool"))),
            why="Video segments move to the new storage: a wrong setting stops playback for everyone."),
)

# Where each setter's value shows in ``GET /api/admin/serverconfig`` (dotted), so a form can
# show the current value next to the setter that changes it.
SETTINGS: dict[str, str] = {
    "set-stream-title": "instanceDetails.streamTitle", "set-name": "instanceDetails.name",
    "set-summary": "instanceDetails.summary", "set-offline-message": "instanceDetails.offlineMessage",
    "set-welcome-message": "instanceDetails.welcomeMessage", "set-page-content": "instanceDetails.extraPageContent",
    "set-tags": "instanceDetails.tags", "set-nsfw": "instanceDetails.nsfw", "set-directory-enabled": "yp.enabled",
    "set-server-url": "yp.instanceUrl", "set-logo": "instanceDetails.logo",
    "set-social-handles": "instanceDetails.socialHandles", "set-hide-viewer-count": "hideViewerCount",
    "set-disable-search-indexing": "disableSearchIndexing", "set-chat-disabled": "chatDisabled",
    "set-chat-join-messages": "chatJoinMessagesEnabled", "set-established-user-mode": "chatEstablishedUserMode",
    "set-forbidden-usernames": "forbiddenUsernames", "set-suggested-usernames": "suggestedUsernames",
    "set-spam-protection": "chatSpamProtectionEnabled", "set-slur-filter": "chatSlurFilterEnabled",
    "set-external-actions": "externalActions", "set-custom-styles": "instanceDetails.customStyles",
    "set-custom-javascript": "instanceDetails.customJavascript",
    "set-appearance": "instanceDetails.appearanceVariables", "set-federation-enabled": "federation.enabled",
    "set-federation-private": "federation.isPrivate", "set-federation-engagement": "federation.showEngagement",
    "set-federation-username": "federation.username", "set-federation-live-message": "federation.goLiveMessage",
    "set-federation-blocked-domains": "federation.blockedDomains",
    "set-discord-notifications": "notifications.discord", "set-browser-notifications": "notifications.browser",
    "set-admin-password": "adminPassword", "set-stream-keys": "streamKeys", "set-video-codec": "videoCodec",
    "set-latency-level": "videoSettings.latencyLevel", "set-output-variants": "videoSettings.videoQualityVariants",
    "set-ffmpeg-path": "ffmpegPath", "set-web-server-port": "webServerPort", "set-web-server-ip": "webServerIP",
    "set-rtmp-port": "rtmpServerPort", "set-socket-host-override": "socketHostOverride",
    "set-video-serving-endpoint": "videoServingEndpoint", "set-s3": "s3",
}
