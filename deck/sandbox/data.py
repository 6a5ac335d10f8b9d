"""Seed data for the sandbox: a believable channel with viewers, commands and a Discord guild."""
from __future__ import annotations

import random

GAMES = [
    "Just Chatting", "VALORANT", "Counter-Strike 2", "League of Legends", "Minecraft", "Fortnite",
    "Grand Theft Auto V", "Apex Legends", "Dota 2", "Elden Ring", "Slots & Casino", "Rocket League",
    "Call of Duty: Warzone", "Overwatch 2", "Dead by Daylight", "World of Warcraft", "Rust",
    "Escape from Tarkov", "Baldur's Gate 3", "The Witcher 3: Wild Hunt", "Hearthstone", "Teamfight Tactics",
    "PUBG: Battlegrounds", "Among Us", "Stardew Valley", "Terraria", "Hollow Knight", "Cyberpunk 2077",
    "Red Dead Redemption 2", "Lethal Company", "Phasmophobia", "Art", "Music", "Software and Game Development",
    "Chess", "Pools, Hot Tubs & Beaches", "IRL", "Sports", "Travel & Outdoors", "Special Events",
    "Banana", "Bananas Bounce", "Palworld", "Helldivers 2", "Sea of Thieves", "FIFA 24", "EA Sports FC 25",
    "Hades II", "Balatro", "Marvel Rivals", "Deadlock", "Path of Exile 2", "Monster Hunter Wilds",
]

NAMES = [
    "pixelpanda", "nightowl_tv", "sirlaughsalot", "mochi_moon", "grumpyghost", "turbo_tina", "lofi_leo",
    "captain_kebab", "zeynep_plays", "emrecan", "bluefrog", "stormchaser", "kawaiikoala", "darkmatter99",
    "glitchgoblin", "retro_rita", "spicy_noodle", "quietquokka", "neonninja", "frostbyte", "ayse_k",
    "mert_the_great", "bitbard", "lazy_lynx", "cosmic_carl", "sunnyside", "tacotuesday", "vortexvic",
    "waffle_wizard", "yusuf_gg", "hexhunter", "cloudberry", "snack_attack", "mintymaya", "orbit_ollie",
    "paper_plane", "rubberduck", "salty_sam", "tiny_titan", "ultraviolet",
]

COMMANDS = [
    ("!hello", "Hello everyone! Welcome to the stream.", ["hello", "!hi"]),
    ("!discord", "Join the Discord: discord.gg/deckdemo", []),
    ("!socials", "Twitter/X, Instagram and YouTube: @deckdemo", ["!links"]),
    ("!uptime", "We have been live for $(uptime).", []),
    ("!lurk", "$(user) is now lurking. Enjoy!", []),
    ("!points", "$(user) has $(points) points.", ["!coins"]),
    ("!song", "Now playing: $(song)", ["!np"]),
    ("!rules", "Be kind, no spoilers, no self-promo.", []),
]

SONGS = [
    ("Daft Punk", "Harder, Better, Faster, Stronger"), ("Tarkan", "Şımarık"), ("Nujabes", "Aruarian Dance"),
    ("Lofi Girl", "Snowfall"), ("Barış Manço", "Gülpembe"), ("The Weeknd", "Blinding Lights"),
]

VOICE_CHANNELS = [("111111111111111111", "Genel"), ("222222222222222222", "Oyun"), ("333333333333333333", "AFK"),
                  ("444444444444444444", "Stage")]
TEXT_CHANNELS = ["1383215007457611957", "1383215007457611958"]
GUILD_ID = "700705230106394645"
AUDIO_ALERTS = [("airhorn", 500), ("sad trombone", 300), ("bruh", 200), ("applause", 400), ("drumroll", 250),
                ("rickroll", 1000), ("wow", 150), ("oof", 100)]
OVERLAYS = ["effect_overlay_1", "confetti", "screen_shake", "snow"]
VOICES = ["baby", "deep", "robot", "alien", "cave", "magic chords"]


def make_rng(seed: int = 7) -> random.Random:
    return random.Random(seed)
