#!/usr/bin/env bash
# The variants of camera-size photos: Kiosk's pipeline (TwelveMonkeys decoding, block averaging then Lanczos
# resizing, JPEG q82 and WebP q80 at 320, 640, 960, 1200, 1280 and 1920 px) against ImageMagick producing the
# same variants (one decode per photo, auto-orient, strip, Lanczos, JPEG q82 and WebP q80 at the same widths)
# on the same files, one thread each and AT THE SAME TIME, so that both meet the same load on a shared machine
# (a tool run after the other would meet other engineers' builds the first did not); optionally Debian's cwebp
# as well (WebP only, one process per width, so six decodes a photo), then three processes share the cores.
# Seconds per photo (wall and CPU) and peak memory (max RSS) for each, the time each finished, then the ratios.
# A second Kiosk run over the same cache (after its first) is a re-bake. `uptime` before and after.
#   bench/images.sh [photos] [width height]     default: 1000 photos of 4000 x 3000 (kiosk.bench.CameraPhotos)
# The corpus (kept between runs under target/bench) is generated in parallel on all cores before anything is
# timed: CameraPhotos draws 40 scenes a little larger than a photo and makes each photo from one of them with
# its own crop offset, exposure and sensor noise, then encodes it (baseline, progressive or CMYK, EXIF with
# orientation 1 or 6, as before), so every file differs in pixels and bytes and no cache can match two photos;
# 1,000 photos take a few minutes of CPU instead of about an hour.
# Environment: KIOSK_HEAP (default -Xmx256m: -Xmx192m ran out of heap after 107 photos of 1,000; empty for the JVM's
# default, a quarter of the memory), REFERENCES (default "imagemagick"; add cwebp for Debian's cwebp too).
# Needs ImageMagick 6 and, for cwebp, webp (apt-get install imagemagick webp). Run from the repository root;
# results go to stdout and target/bench/images.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
width=${2:-4000}
height=${3:-3000}
heap=${KIOSK_HEAP--Xmx256m}
references=${REFERENCES:-imagemagick}
widths="320 640 960 1200 1280 1920"
magick=$(command -v convert-im6.q16 || command -v convert)
export MAGICK_THREAD_LIMIT=1   # one thread, as Kiosk's run
source bench/setup.sh
photos="target/bench/photos-$count-${width}x$height"
out=target/bench/images
report=target/bench/images.txt
rm -rf "$out" && mkdir -p "$out/imagemagick" "$out/cwebp"
java -cp "$classpath" kiosk.bench.CameraPhotos "$photos" "$count" "$width" "$height"
echo "== $count photos of ${width}x$height ($(nproc) cores, $(java -version 2>&1 | head -1), $("$magick" -version | head -1))" \
  | tee "$report"
echo "before: $(uptime)" | tee -a "$report"

# Runs one command per photo (and per width for cwebp) under /usr/bin/time; prints wall, CPU and peak RSS.
reference() {
  local name=$1 started peak=0 cpu=0 rss used done=0
  started=$(date +%s.%N)
  for photo in "$photos"/*.jpg; do
    [ -f "$out/kiosk-failed" ] && break   # no figures to compare with: stop too
    while read -r command; do
      read -r rss used < <( { eval "/usr/bin/time -f '%M %U %S' $command"; } 2>&1 | tail -1 | awk '{print $1, $2 + $3}')
      [ "$rss" -gt "$peak" ] && peak=$rss
      cpu=$(echo "$cpu + $used" | bc)
    done < <("${name}_commands" "$photo" "$out/$name/$(basename "$photo" .jpg)")
    done=$((done + 1))
    # how far it got, for a run stopped before the end: photos, seconds since the start, CPU seconds, peak RSS KB
    echo "$done $(echo "$(date +%s.%N) - $started" | bc) $cpu $peak" > "$out/$name.progress"
  done
  local elapsed
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  echo "$name: $count photos in $(printf %.1f "$elapsed") s wall, $cpu s CPU, $(echo "scale=3; $elapsed / $count" | bc) s per photo ($(echo "scale=3; $cpu / $count" | bc) s CPU), max RSS $peak KB"
}
imagemagick_commands() {
  local steps=""
  for w in $widths; do
    steps="$steps \\( +clone -resize ${w}x -quality 82 -write $2-$w.jpg -quality 80 -write $2-$w.webp +delete \\)"
  done
  echo "$magick $1 -auto-orient -colorspace sRGB -strip $steps null:"
}
cwebp_commands() {
  for w in $widths; do echo "cwebp -quiet -q 80 -resize $w 0 $1 -o $2-$w.webp -metadata none"; done
}
kiosk() {
  /usr/bin/time -f "kiosk process ($heap): %e s wall, %U s user, %S s sys, max RSS %M KB" \
    java $heap -cp "$classpath" kiosk.bench.ImageBenchmark "$photos" "$out/kiosk-cache" 1 2>&1 | grep -v '^\['
}
# all at once, each writing its lines to its own file; the report takes them in a fixed order afterwards
# Kiosk refusing photos (a corpus reached through a link out of its folder, say) makes the run worthless:
# the references stop at their next photo, and the script fails.
{ kiosk; echo "kiosk finished at $(date +%T)"; } > "$out/kiosk.txt" \
  && { ! grep -q ' [1-9][0-9]* failed' "$out/kiosk.txt" || touch "$out/kiosk-failed"; } &
for name in $references; do
  { reference "$name"; echo "$name finished at $(date +%T)"; } > "$out/$name.txt" &
done
wait
for name in kiosk $references; do tee -a "$report" < "$out/$name.txt"; done
echo "after: $(uptime)" | tee -a "$report"
if [ -f "$out/kiosk-failed" ]; then
  echo "kiosk failed photos (above): no figures" | tee -a "$report" >&2
  exit 1
fi

first=$(grep 'kiosk first run' "$report")
kiosk_wall=$(echo "$first" | sed 's/.*, \([0-9.]*\) s per photo.*/\1/')
kiosk_cpu=$(echo "$first" | sed 's/.*, \([0-9.]*\) s CPU per photo.*/\1/')
kiosk_rss=$(grep 'kiosk process' "$report" | sed 's/.*max RSS \([0-9]*\) KB.*/\1/')
for name in $references; do
  line=$(grep "^$name:" "$report")
  wall=$(echo "$line" | sed 's/.* \([0-9.]*\) s per photo.*/\1/')
  cpu=$(echo "$line" | sed 's/.*s per photo (\([0-9.]*\) s CPU).*/\1/')
  rss=$(echo "$line" | sed 's/.*max RSS \([0-9]*\) KB.*/\1/')
  echo "ratio Kiosk / $name: wall $(echo "scale=2; $kiosk_wall / $wall" | bc), CPU $(echo "scale=2; $kiosk_cpu / $cpu" | bc) (Kiosk's first run: the whole JVM's CPU, compilers and collector included), peak RSS $(echo "scale=2; $kiosk_rss / $rss" | bc)" \
    | tee -a "$report"
done
