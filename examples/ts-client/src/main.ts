/**
 * A front end's run against a Kiosk server: pages through the articles, refetches one by its global id,
 * renders it, and meets each error code it can provoke, checking the code and reacting by it. In
 * `--persisted` mode it sends only the ids of the documents codegen persisted, as a client of a server
 * started with `--trusted-documents` does. Prints a JSON report; exits 1 when anything did not hold.
 *
 *   node dist/main.js http://localhost:7070/graphql [--persisted]
 */
import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import type { GraphQLFormattedError } from 'graphql';
import { coded, reactionTo, type CodedError } from './errors.js';
import type { ErrorCode } from './gql/schema-enums.js';
import { ArticleById, ArticlePage, ContentProblems, NodesById } from './operations.js';
import { isArticle, renderArticle } from './render.js';

const url = process.argv[2];
if (!url) {
  console.error('usage: node dist/main.js GRAPHQL_URL [--persisted]');
  process.exit(2);
}
const persisted = process.argv.includes('--persisted');
const client = new Client({ url, exchanges: [fetchExchange], requestPolicy: 'network-only' });
const failures: string[] = [];

function check(condition: boolean, what: string): void {
  if (!condition) {
    failures.push(what);
  }
}

interface Answer<T> {
  data: T | null | undefined;
  errors: ReadonlyArray<CodedError>;
}

/** Runs a generated document: through urql, or by its persisted id alone. */
async function run<T, V extends AnyVariables>(document: TypedDocumentNode<T, V>, variables: V): Promise<Answer<T>> {
  if (persisted) {
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash) {
      throw new Error('codegen did not persist this document');
    }
    const body = await post({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } },
    });
    return { data: body.json.data as T | null | undefined, errors: (body.json.errors ?? []).map(coded) };
  }
  const result = await client.query(document, variables).toPromise();
  return { data: result.data, errors: (result.error?.graphQLErrors ?? []).map((error) =>
    coded({ message: error.message, extensions: error.extensions, ...(error.path ? { path: error.path } : {}) })) };
}

interface RawAnswer {
  status: number;
  json: { data?: unknown; errors?: GraphQLFormattedError[] };
}

/** A request as it goes over the wire, for what a typed client would never send. */
async function post(body: unknown, headers: Record<string, string> = {}, raw?: string): Promise<RawAnswer> {
  const response = await fetch(url!, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...headers },
    body: raw ?? JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as RawAnswer['json'] };
}

const report: Record<string, unknown> = { mode: persisted ? 'persisted' : 'urql' };

// 1. Pages: two pages of two, the second after the first's end cursor, no article twice.
const first = await run(ArticlePage, { first: 2 });
const cursor = first.data?.articles?.pageInfo.endCursor ?? null;
const second = await run(ArticlePage, { first: 2, after: cursor });
const slugs = [...(first.data?.articles?.nodes ?? []), ...(second.data?.articles?.nodes ?? [])].map((a) => a.slug);
check(slugs.length === 4 && new Set(slugs).size === 4, `two pages of two distinct articles, got ${slugs.join(',')}`);
report['paged'] = slugs;

// 2. Refetch by global id, as Relay's @refetchable and Apollo's cache do, then render the body.
const card = first.data?.articles?.nodes[0];
const refetched = card ? await run(ArticleById, { id: card.id }) : undefined;
const node = refetched?.data?.node;
check(isArticle(node) && node.id === card?.id && node.title === card?.title, 'the article refetched by its id');
if (isArticle(node)) {
  const html = renderArticle(node);
  check(html.includes(`<h1>`) && html.includes('<div class="body"><'), 'a rendered body');
  const paragraphs = node.body.filter((block) => block.__typename === 'Paragraph' && block.parent === null).length;
  check(paragraphs < 2 || html.includes('<aside class="ad"></aside>'), 'an ad slot between the body\'s blocks');
  check((html.match(/<p>/g) ?? []).length >= node.body.filter((block) => block.__typename === 'Paragraph').length,
    'every paragraph of the typed body rendered');
  report['rendered'] = html.length;
  report['blocks'] = node.body.length;
}

// 3. Each error code the server can be led to, handled by its code.
const seen: Partial<Record<ErrorCode, string>> = {};
function expectCode(errors: ReadonlyArray<CodedError>, code: ErrorCode, limit?: string): void {
  const error = errors.find((e) => e.code === code);
  check(error !== undefined, `an error coded ${code}, got ${JSON.stringify(errors)}`);
  if (error && limit) {
    check(error.limit === limit, `${code} names the limit ${limit}`);
  }
  if (error) {
    seen[code] = reactionTo(code);
  }
}

if (persisted) {
  const refused = await post({ query: '{ site { title } }' });
  expectCode((refused.json.errors ?? []).map(coded), 'PERSISTED_QUERY_NOT_IN_LIST');
  check(refused.json.data === undefined, 'no data for a document not in the list');
} else {
  const badCursor = await run(ArticlePage, { first: 2, after: 'not-a-cursor' });
  expectCode(badCursor.errors, 'BAD_USER_INPUT');
  check(badCursor.data?.articles === null, 'a bad cursor nulls its list only');

  const gone = await run(ArticleById, { id: Buffer.from('Article:no-such-article').toString('base64url') });
  expectCode(gone.errors, 'NOT_FOUND');
  check(gone.data?.node === null, 'an id of nothing published is null');

  const tooMany = await run(NodesById, { ids: Array.from({ length: 101 }, () => card?.id ?? '') });
  expectCode(tooMany.errors, 'LIMIT_EXCEEDED', 'NODE_IDS');

  const editorsOnly = await run(ContentProblems, {});
  expectCode(editorsOnly.errors, 'FORBIDDEN');
  check(editorsOnly.data?.contentStatus.status === 'OK', 'the public part of the content status stands');

  expectCode((await post({ query: '{ articles(first: 2 }' })).json.errors?.map(coded) ?? [], 'GRAPHQL_PARSE_FAILED');
  expectCode((await post({ query: '{ nonsense }' })).json.errors?.map(coded) ?? [], 'GRAPHQL_VALIDATION_FAILED');
  expectCode((await post({ query: '{ site { title ... @defer { revision } } }' })).json.errors?.map(coded) ?? [],
    'GRAPHQL_VALIDATION_FAILED');
  expectCode((await post(null, {}, 'not json')).json.errors?.map(coded) ?? [], 'BAD_REQUEST');
  expectCode((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } })).json.errors
    ?.map(coded) ?? [], 'PERSISTED_QUERY_NOT_FOUND');
  const wrongToken = await post({ query: '{ site { title } }' }, { 'X-Preview-Token': 'wrong' });
  check(wrongToken.status === 403, 'a wrong preview token is 403');
  expectCode(wrongToken.json.errors?.map(coded) ?? [], 'UNAUTHENTICATED');
}
report['codes'] = seen;
report['failures'] = failures;
console.log(JSON.stringify(report));
process.exit(failures.length === 0 ? 0 : 1);
