// graphql-http's audit of the GraphQL-over-HTTP specification against a running server:
//   node audit.mjs http://localhost:7070/graphql
// Prints one line per audit that is not ok, then "N passed, N failed"; exits 1 on any failure
// (an `error` is a MUST of the specification, a `warn` a SHOULD; both count here, `notice`s are listed only).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs GRAPHQL_URL');
  process.exit(2);
}
const results = await auditServer({ url });
let passed = 0;
let failed = 0;
for (const result of results) {
  if (result.status === 'ok') {
    passed++;
    continue;
  }
  if (result.status === 'notice') {
    passed++;
  } else {
    failed++;
  }
  const body = typeof result.response?.text === 'function' ? await result.response.text().catch(() => '') : '';
  console.log(`${result.status}: ${result.id} ${result.name}: ${result.reason} ${body.slice(0, 200)}`);
}
console.log(`audit: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
