"""Live chat from Kick, Twitch and Owncast: pure parsers, immutable messages, readers."""
