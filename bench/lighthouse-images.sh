#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm install lighthouse@12.2.3 in this folder's parent or PATH), mobile (its default form factor
# and simulated throttling), performance only, on Debian's chromium: the image audits of the home, an article and a
# section page of two baked sites served on localhost (e.g. python3 -m http.server), before and after.
#   SITES="before:18921 after:18922" bench/lighthouse-images.sh
set -u
for site in ${SITES:-before:18921 after:18922}; do
  name=${site%%:*}; port=${site##*:}
  for page in / /articles/ai-agents-office-work/ /sections/world/; do
    slug=$(echo "$page" | tr '/' '_')
    CHROME_PATH=/usr/bin/chromium timeout 180 ${LIGHTHOUSE:-node_modules/.bin/lighthouse} "http://localhost:$port$page" \
      --only-categories=performance --output=json --output-path="lh-$name$slug.json" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1
    node -e '
      const r = require(process.argv[1]); const a = r.audits;
      const ids = ["uses-responsive-images","modern-image-formats","offscreen-images","unsized-images","uses-optimized-images","prioritize-lcp-image","largest-contentful-paint","total-byte-weight"];
      console.log(process.argv[2], process.argv[3], "perf", Math.round(r.categories.performance.score*100),
        ids.map(id => a[id] ? id + "=" + (a[id].score === null ? "n/a" : a[id].score) + (a[id].details && a[id].details.overallSavingsBytes ? "(" + Math.round(a[id].details.overallSavingsBytes/1024) + "KiB)" : "") + (id==="largest-contentful-paint"||id==="total-byte-weight" ? "[" + a[id].displayValue + "]" : "") : id + "=missing").join(" "));
    ' "./lh-$name$slug.json" "$name" "$page" 2>&1 | tail -1
  done
done
