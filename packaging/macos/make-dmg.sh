#!/usr/bin/env bash
# Pack dist/Deck.app into dist/Deck-<version>-macos.dmg (drag to Applications).
#   python packaging/build.py && packaging/macos/sign-and-notarize.sh app && packaging/macos/make-dmg.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c 'import re,pathlib;print(re.search(r"__version__ = \"([^\"]+)\"",pathlib.Path("deck/__init__.py").read_text())[1])')
APP=dist/Deck.app
DMG=dist/Deck-$VERSION-macos.dmg
[ -d "$APP" ] || { echo "No $APP: run python packaging/build.py first." >&2; exit 1; }

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Deck $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "Made $DMG"
