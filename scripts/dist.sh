#!/usr/bin/env bash
# Builds the packages a user installs into dist/, each named with the version:
#
#   on Linux:  corridor-atlas_VERSION_amd64.deb                 (Debian, Ubuntu and their kin)
#              corridor-atlas-VERSION-windows-x64-setup.exe     (cross-built with MinGW-w64)
#              corridor-atlas-VERSION-windows-x64-portable.zip
#   on macOS:  corridor-atlas-VERSION-macos.dmg                 (the .app for Apple silicon and Intel)
#
# and SHA256SUMS beside them. Usage: scripts/dist.sh [linux] [windows] [macos]; with none, every
# package this system can make. What it needs is in README.md, "Building the packages".
#
# Release builds go to CARGO_TARGET_DIR (target/ unless set), so one that is already there for
# the tests or the checks is not built again.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
TARGET_DIR=${CARGO_TARGET_DIR:-target}
DIST=dist
STAGE=$TARGET_DIR/dist-stage
# The largest the stripped Linux program may be, in bytes.
SIZE_LIMIT=20000000

if [ "$#" -eq 0 ]; then
  case "$(uname -s)" in
    Linux) set -- linux windows ;;
    Darwin) set -- macos ;;
    *) echo "dist: build the packages on Linux or macOS" >&2; exit 2 ;;
  esac
fi
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  echo "dist: note: the work tree has uncommitted changes; the packages name the last commit" >&2
fi
mkdir -p "$DIST"

size_of() { stat -c %s "$1" 2>/dev/null || stat -f %z "$1"; }

# The third-party notices every package carries, as they came, under plain names.
notices() {
  local into=$1
  mkdir -p "$into"
  cp data/basemap/LICENSE-world-atlas "$into/basemap-world-atlas.txt"
  cp data/LICENSE-i18n-iso-countries "$into/country-names-i18n-iso-countries.txt"
  cp assets/fonts/COPYRIGHT-noto "$into/fonts-noto.txt"
}

linux() {
  echo "== Linux: release build"
  cargo build --release --locked
  local bin=$TARGET_DIR/release/corridor-atlas
  local size
  size=$(size_of "$bin")
  echo "bench linux_binary_stripped $(awk "BEGIN { printf \"%.1f\", $size / 1000000 }") MB"
  if [ "$size" -gt "$SIZE_LIMIT" ]; then
    echo "dist: the program is $size bytes, over the limit of $SIZE_LIMIT" >&2
    exit 1
  fi

  echo "== Linux: .deb"
  local arch root deb
  arch=$(dpkg --print-architecture)
  root=$STAGE/deb
  rm -rf "$root"
  install -Dm755 "$bin" "$root/usr/bin/corridor-atlas"
  install -Dm644 packaging/linux/corridor-atlas.desktop \
    "$root/usr/share/applications/corridor-atlas.desktop"
  install -Dm644 packaging/linux/corridor-atlas.xml \
    "$root/usr/share/mime/packages/corridor-atlas.xml"
  for px in 16 22 24 32 48 64 128 256 512; do
    install -Dm644 "assets/icon/png/corridor-atlas-$px.png" \
      "$root/usr/share/icons/hicolor/${px}x${px}/apps/corridor-atlas.png"
  done
  install -Dm644 assets/icon/corridor-atlas.svg \
    "$root/usr/share/icons/hicolor/scalable/apps/corridor-atlas.svg"
  local doc=$root/usr/share/doc/corridor-atlas
  notices "$STAGE/notices-deb"
  mkdir -p "$doc"
  {
    cat packaging/linux/copyright
    for notice in "$STAGE"/notices-deb/*; do
      printf '\n-- %s --\n\n' "$(basename "$notice" .txt)"
      cat "$notice"
    done
  } >"$doc/copyright"
  chmod 644 "$doc/copyright"

  mkdir -p "$root/DEBIAN"
  sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$arch/" \
    -e "s/@DEPENDS@/$(linked_libraries "$root/usr/bin/corridor-atlas")/" \
    -e "s/@SIZE@/$(du -sk --exclude=DEBIAN "$root" | cut -f1)/" \
    packaging/linux/control >"$root/DEBIAN/control"
  deb=$DIST/corridor-atlas_${VERSION}_${arch}.deb
  dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
  echo "$deb"
}

# The packages of the libraries the program is linked against, with the lowest versions its
# symbols need, as dpkg-shlibdeps works them out (it wants a debian/control to read). The
# libraries it opens while running (X11, Wayland, EGL, Vulkan) are listed in packaging/linux/control.
linked_libraries() {
  local bin
  bin=$(realpath "$1")
  local work=$STAGE/shlibdeps
  rm -rf "$work"
  mkdir -p "$work/debian"
  printf 'Source: corridor-atlas\n\nPackage: corridor-atlas\nArchitecture: any\n' \
    >"$work/debian/control"
  (cd "$work" && dpkg-shlibdeps -O "$bin" 2>/dev/null) | sed -n 's/^shlibs:Depends=//p'
}

windows() {
  local target=x86_64-pc-windows-gnu
  echo "== Windows: release build for $target"
  cargo build --release --locked --target "$target"
  local exe=$TARGET_DIR/$target/release/corridor-atlas.exe
  if ! x86_64-w64-mingw32-objdump -h "$exe" | grep -q '\.rsrc'; then
    echo "dist: $exe has no icon or version resource (is x86_64-w64-mingw32-windres there?)" >&2
    exit 1
  fi
  local notes=$STAGE/notices-windows
  rm -rf "$notes"
  notices "$notes"

  echo "== Windows: installer"
  local version4 setup
  version4=$(echo "$VERSION" | sed 's/[^0-9.].*//' | awk -F. '{ printf "%d.%d.%d.0", $1, $2, $3 }')
  setup=$DIST/corridor-atlas-$VERSION-windows-x64-setup.exe
  makensis -V2 -DVERSION="$VERSION" -DVERSION4="$version4" -DEXE="$(realpath "$exe")" \
    -DNOTICES="$(realpath "$notes")" -DOUTFILE="$(realpath "$DIST")/$(basename "$setup")" \
    packaging/windows/installer.nsi
  echo "$setup"

  echo "== Windows: portable zip"
  local folder="$STAGE/portable/Corridor Atlas"
  local zip
  rm -rf "$STAGE/portable"
  mkdir -p "$folder"
  cp "$exe" "$folder/corridor-atlas.exe"
  cp -r "$notes" "$folder/notices"
  zip=$(realpath "$DIST")/corridor-atlas-$VERSION-windows-x64-portable.zip
  rm -f "$zip"
  (cd "$STAGE/portable" && python3 -m zipfile -c "$zip" "Corridor Atlas")
  echo "$DIST/$(basename "$zip")"
}

macos() {
  if [ "$(uname -s)" != Darwin ]; then
    echo "dist: the macOS app is built on a Mac (its linker and hdiutil are there)" >&2
    exit 2
  fi
  local slices=()
  for target in aarch64-apple-darwin x86_64-apple-darwin; do
    echo "== macOS: release build for $target"
    rustup target add "$target" >/dev/null
    cargo build --release --locked --target "$target"
    slices+=("$TARGET_DIR/$target/release/corridor-atlas")
  done
  local root=$STAGE/macos
  local app="$root/Corridor Atlas.app"
  rm -rf "$root"
  mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
  lipo -create -output "$app/Contents/MacOS/corridor-atlas" "${slices[@]}"
  cp assets/icon/corridor-atlas.icns "$app/Contents/Resources/"
  notices "$app/Contents/Resources/notices"
  sed "s/@VERSION@/$VERSION/g" packaging/macos/Info.plist >"$app/Contents/Info.plist"
  plutil -lint "$app/Contents/Info.plist"
  # Signed for this machine only ("ad hoc"): Apple silicon runs nothing unsigned. A copy from
  # the web is still stopped by Gatekeeper until opened with Control-click › Open, or
  # signed with a Developer ID and notarised.
  codesign --force --deep --sign - "$app"
  ln -s /Applications "$root/Applications"
  local dmg=$DIST/corridor-atlas-$VERSION-macos.dmg
  hdiutil create -volname "Corridor Atlas $VERSION" -srcfolder "$root" -ov -format UDZO "$dmg"
  echo "$dmg"
}

for what in "$@"; do
  case "$what" in
    linux | windows | macos) "$what" ;;
    *) echo "dist: unknown package '$what'; give linux, windows or macos" >&2; exit 2 ;;
  esac
done

(cd "$DIST" && rm -f SHA256SUMS && { sha256sum -- * 2>/dev/null || shasum -a 256 -- *; } >SHA256SUMS.new &&
  mv SHA256SUMS.new SHA256SUMS)
echo "== dist/"
ls -l "$DIST"
