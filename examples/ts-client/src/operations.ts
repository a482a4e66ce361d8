import { graphql } from './gql/index.js';

/** What a list shows of an article. */
export const ArticleCard = graphql(`
  fragment ArticleCard on Article {
    id
    slug
    title
    date
    section {
      id
      name
    }
    authors {
      id
      name
    }
  }
`);

/** A page of the newest articles, after a cursor. */
export const ArticlePage = graphql(`
  query ArticlePage($first: Int!, $after: String) {
    articles(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ArticleCard
      }
    }
  }
`);

/** An article again, by the global id a list gave: what Relay's refetch and Apollo's cache do. */
export const ArticleById = graphql(`
  query ArticleById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Article {
        title
        summary
        bodyHtml
        issue {
          date
          onSale
        }
      }
    }
  }
`);

/** Several objects by id, at most 100. */
export const NodesById = graphql(`
  query NodesById($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);

/** Editors only: the content's problems (FORBIDDEN without the preview token). */
export const ContentProblems = graphql(`
  query ContentProblems {
    contentStatus {
      status
      problems {
        file
      }
    }
  }
`);
