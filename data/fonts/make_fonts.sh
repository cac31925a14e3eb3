#!/bin/sh
# Rebuilds the bundled PDF fonts from Debian's fonts-noto-core (SIL OFL 1.1,
# see OFL.txt). The Arabic face is copied whole (it is small); the Latin
# faces are subset to Latin + punctuation so the folder stays well under 1 MB.
# Run from the project root: sh data/fonts/make_fonts.sh
set -e
SRC=/usr/share/fonts/truetype/noto
OUT=data/fonts
SUBSET=.venv/bin/pyftsubset
cp "$SRC/NotoNaskhArabic-Regular.ttf" "$SRC/NotoNaskhArabic-Bold.ttf" "$OUT/"
LATIN="U+0000-024F,U+02B0-02FF,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF"
for face in Regular Bold; do
  $SUBSET "$SRC/NotoSans-$face.ttf" --unicodes="$LATIN" --layout-features="*" --no-hinting \
    --output-file="$OUT/NotoSans-$face.ttf"
done
# arrows and comparison signs (→ ≥) that Filters.describe() writes and Noto Sans lacks
$SUBSET "$SRC/NotoSansMath-Regular.ttf" --unicodes="U+2190-21FF,U+2200-22FF" \
  --no-hinting --output-file="$OUT/NotoSansMath-Regular.ttf"
