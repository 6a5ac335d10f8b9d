"""The one home of names derived from a provider's: action ids, environment variables and the
sandbox's handlers."""
from __future__ import annotations


def action_id(provider: str, operation: str) -> str:
    """``missxss`` + ``get-stream-meta`` -> ``missxss.get-stream-meta``."""
    return f"{provider}.{operation}"


def handler_name(operation: str) -> str:
    """The sandbox method that serves an operation: ``get-stream-meta`` -> ``do_get_stream_meta``."""
    return "do_" + operation.replace("-", "_").replace(".", "_")


def env_name(provider: str, kind: str) -> str:
    """The environment variable that gives ``provider`` its ``kind`` (``url``, ``token``,
    ``client_id``, ``id_url``…): ``DECK_MISSXSS_URL``."""
    return f"DECK_{provider.upper()}_{kind.upper()}"
