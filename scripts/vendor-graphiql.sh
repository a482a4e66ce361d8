#!/usr/bin/env bash
# Copies GraphiQL 3 and React 18 (UMD builds, MIT licensed) from npm into the jar's resources, so
# /graphiql works offline. GraphiQL 4 and later ship ES modules only, and React 19 has no UMD build.
# Source maps are left out, and their references stripped, as the jar does not serve them.
set -euo pipefail
GRAPHIQL=3.8.3
REACT=18.3.1
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/graphiql/assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT" >/dev/null
for package in graphiql-$GRAPHIQL react-$REACT react-dom-$REACT; do
  mkdir "$package" && tar xzf "$package.tgz" -C "$package"
done
cp graphiql-$GRAPHIQL/package/graphiql.min.js graphiql-$GRAPHIQL/package/graphiql.min.css \
   react-$REACT/package/umd/react.production.min.js react-dom-$REACT/package/umd/react-dom.production.min.js "$out/"
cp graphiql-$GRAPHIQL/package/LICENSE "$out/LICENSE-graphiql.txt"
cp react-$REACT/package/LICENSE "$out/LICENSE-react.txt"
cp react-dom-$REACT/package/LICENSE "$out/LICENSE-react-dom.txt"
sed -i '/^\/\/# sourceMappingURL=/d' "$out/graphiql.min.js"
sed -i 's|/\*# sourceMappingURL=[^*]*\*/||' "$out/graphiql.min.css"
echo "GraphiQL $GRAPHIQL and React $REACT copied to $out"
