#!/usr/bin/env bash
# The variants of camera-size photos: Kiosk's pipeline (TwelveMonkeys decoding, Lanczos resizing, JPEG and
# WebP at 320, 640, 960, 1200, 1280 and 1920 px) against Debian's cwebp (libwebp, the encoder webp-imageio
# wraps) on the same files in the same run: cwebp decodes each photo once per width and writes WebP only, so
# Kiosk does twice the encoding (JPEG and WebP) on one decode. Both on one thread; seconds per photo and
# peak memory (max RSS) for each, then the ratio. A second Kiosk run over the same cache is a re-bake.
#   bench/images.sh [photos] [width height]     default: 1000 photos of 4000 x 3000
# Needs cwebp (apt-get install webp). Run from the repository root; results go to stdout and
# target/bench/images.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
width=${2:-4000}
height=${3:-3000}
source bench/setup.sh
photos="target/bench/photos-$count-${width}x$height"
out=target/bench/images
rm -rf "$out" && mkdir -p "$out/cwebp"
java -cp "$classpath" kiosk.bench.CameraPhotos "$photos" "$count" "$width" "$height"
echo "== $count photos of ${width}x$height ($(nproc) cores, $(java -version 2>&1 | head -1), $(cwebp -version 2>&1 | head -1 | sed 's/^/cwebp /'))" \
  | tee target/bench/images.txt
/usr/bin/time -f "kiosk process: %e s wall, %U s user, %S s sys, max RSS %M KB" \
  java -cp "$classpath" kiosk.bench.ImageBenchmark "$photos" "$out/kiosk-cache" 1 2>&1 | grep -v '^\[' \
  | tee -a target/bench/images.txt
started=$(date +%s.%N)
peak=0
cpu=0
for photo in "$photos"/*.jpg; do
  name=$(basename "$photo" .jpg)
  for w in 320 640 960 1200 1280 1920; do
    read -r rss used < <( { /usr/bin/time -f "%M %U %S" cwebp -quiet -q 80 -resize "$w" 0 "$photo" \
      -o "$out/cwebp/$name-$w.webp" -metadata none; } 2>&1 | tail -1 | awk '{print $1, $2 + $3}')
    [ "$rss" -gt "$peak" ] && peak=$rss
    cpu=$(echo "$cpu + $used" | bc)
  done
done
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
echo "cwebp: $count photos x 6 widths in $(printf %.1f "$elapsed") s wall, $cpu s CPU, $(echo "scale=3; $elapsed / $count" | bc) s per photo, max RSS $peak KB" \
  | tee -a target/bench/images.txt
kiosk=$(grep 'kiosk first run' target/bench/images.txt | sed 's/.*, \([0-9.]*\) s per photo.*/\1/')
echo "ratio (Kiosk JPEG+WebP / cwebp WebP, seconds per photo): $(echo "scale=2; $kiosk / ($elapsed / $count)" | bc)" \
  | tee -a target/bench/images.txt
