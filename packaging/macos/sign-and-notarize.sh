#!/usr/bin/env bash
# Sign Deck.app with the hardened runtime, or notarize and staple the .dmg.
#   packaging/macos/sign-and-notarize.sh app            (before make-dmg.sh)
#   packaging/macos/sign-and-notarize.sh dmg FILE.dmg   (after it)
# Secrets (from the CI's secret store, never committed):
#   MACOS_CERT_P12_BASE64, MACOS_CERT_PASSWORD   "Developer ID Application" certificate (.p12, base64)
#   MACOS_SIGN_IDENTITY                          e.g. "Developer ID Application: Name (TEAMID)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  for notarytool (an app-specific password)
# Without them each step says what it skipped and exits 0: the build stays usable, unsigned.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITLEMENTS=packaging/macos/entitlements.plist

sign_app() {
  if [ -z "${MACOS_CERT_P12_BASE64:-}" ] || [ -z "${MACOS_CERT_PASSWORD:-}" ] || [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "Code signing skipped: MACOS_CERT_P12_BASE64, MACOS_CERT_PASSWORD and MACOS_SIGN_IDENTITY are not set."
    echo "The app is unsigned: users must right-click > Open the first time."
    return 0
  fi
  KEYCHAIN="$RUNNER_TEMP/deck-signing.keychain-db"
  KEYCHAIN_PASSWORD=$(uuidgen)
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/deck.p12"
  security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security set-keychain-settings -lut 21600 "$KEYCHAIN"
  security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security import "$RUNNER_TEMP/deck.p12" -P "$MACOS_CERT_PASSWORD" -A -t cert -f pkcs12 -k "$KEYCHAIN"
  security list-keychain -d user -s "$KEYCHAIN"
  rm -f "$RUNNER_TEMP/deck.p12"
  # Inner libraries first, then the bundle, each with the hardened runtime and a timestamp.
  find dist/Deck.app/Contents -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$MACOS_SIGN_IDENTITY" dist/Deck.app
  codesign --verify --deep --strict --verbose=2 dist/Deck.app
}

notarize_dmg() {
  local dmg=$1
  if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ] || [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "Notarization skipped: APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD and a signing identity are needed."
    return 0
  fi
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
}

case "${1:-}" in
  app) sign_app ;;
  dmg) notarize_dmg "${2:?the .dmg to notarize}" ;;
  *) echo "usage: $0 app | dmg FILE.dmg" >&2; exit 2 ;;
esac
