import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode, Limit } from './gql/schema-enums.js';

/** What a front end does about an error, by its code: the switch is exhaustive over the schema's ErrorCode. */
export type Reaction = 'fix-the-request' | 'show-not-found' | 'ask-for-less' | 'resend-with-query'
  | 'rebuild-the-client' | 'sign-in-again' | 'hide-the-field' | 'retry-later' | 'refetch-everything';

export function reactionTo(code: ErrorCode): Reaction {
  switch (code) {
    case 'BAD_REQUEST':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'BAD_USER_INPUT':
      return 'fix-the-request';
    case 'NOT_FOUND':
      return 'show-not-found';
    case 'LIMIT_EXCEEDED':
    case 'RESULT_TOO_LARGE':
    case 'ANSWER_TOO_LARGE':
      return 'ask-for-less';
    case 'PERSISTED_QUERY_NOT_FOUND':
      return 'resend-with-query';
    case 'PERSISTED_QUERY_NOT_IN_LIST':
      return 'rebuild-the-client';
    case 'UNAUTHENTICATED':
      return 'sign-in-again';
    case 'FORBIDDEN':
      return 'hide-the-field';
    case 'INTERNAL_SERVER_ERROR':
      return 'retry-later';
    case 'REVISION_TOO_OLD':
      // Query.changes cannot say what changed since so old a revision: start again from what is now
      return 'refetch-everything';
    default: {
      const unknown: never = code;
      throw new Error(`an error code the schema does not list: ${String(unknown)}`);
    }
  }
}

/** An error's code and, for a limit, which one: read from `extensions` as the schema documents them. */
export interface CodedError {
  code: ErrorCode;
  limit: Limit | undefined;
  path: ReadonlyArray<string | number> | undefined;
}

const CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'NOT_FOUND',
  'LIMIT_EXCEEDED', 'RESULT_TOO_LARGE', 'ANSWER_TOO_LARGE', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_IN_LIST', 'UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'REVISION_TOO_OLD',
]);

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

export function coded(error: GraphQLFormattedError): CodedError {
  const code = error.extensions?.['code'];
  if (!isErrorCode(code)) {
    throw new Error(`an error without a documented code: ${JSON.stringify(error)}`);
  }
  const limit = error.extensions?.['limit'];
  return { code, limit: typeof limit === 'string' ? (limit as Limit) : undefined, path: error.path };
}
