#!/usr/bin/env bash
# Register the bundle with the desktop for the current user: menu entry, icons, scenario files.
# Usage: packaging/install-desktop-entry.sh PATH/TO/embed-or-tune   (the bundle's folder)
set -euo pipefail
bundle=$(cd "${1:?give the bundle folder}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$HOME/.local/bin"
ln -sf "$bundle/embed-or-tune" "$HOME/.local/bin/embed-or-tune"
sed "s|^Exec=embed-or-tune|Exec=$bundle/embed-or-tune|" "$here/org.embedortune.EmbedOrTune.desktop" \
  > "$data/applications/org.embedortune.EmbedOrTune.desktop"
cp "$here/org.embedortune.EmbedOrTune.mime.xml" "$data/mime/packages/"
cp "$here/org.embedortune.EmbedOrTune.metainfo.xml" "$data/metainfo/"
icons="$bundle/_internal/desktop_app/resources/icons"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$icons/embed-or-tune-$size.png" "$data/icons/hicolor/${size}x${size}/apps/org.embedortune.EmbedOrTune.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/embed-or-tune.svg" "$data/icons/hicolor/scalable/apps/org.embedortune.EmbedOrTune.svg"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "installed: $data/applications/org.embedortune.EmbedOrTune.desktop"
