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

/** Text inside a block: runs with their marks and links, breaks and footnote references. */
export const InlineParts = graphql(`
  fragment InlineParts on Inline {
    __typename
    ... on TextRun {
      text
      marks
      link {
        href
        article {
          id
          title
        }
      }
    }
    ... on FootnoteReference {
      label
      number
    }
  }
`);

/** The body as typed blocks in reading order, each naming the container it is in. */
export const BodyBlocks = graphql(`
  fragment BodyBlocks on BodyBlock {
    __typename
    index
    parent
    ... on Paragraph {
      inlines {
        ...InlineParts
      }
    }
    ... on Heading {
      level
      anchor
      inlines {
        ...InlineParts
      }
    }
    ... on BlockList {
      ordered
      start
    }
    ... on Table {
      header {
        cells {
          inlines {
            ...InlineParts
          }
        }
      }
      rows {
        cells {
          inlines {
            ...InlineParts
          }
        }
      }
    }
    ... on Figure {
      image {
        src
        alt
        width
        height
      }
      caption {
        ...InlineParts
      }
    }
    ... on CodeBlock {
      language
      code
    }
    ... on ArticleCard {
      article {
        id
        title
      }
      inlines {
        ...InlineParts
      }
    }
    ... on Footnote {
      label
      number
      inlines {
        ...InlineParts
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
        body {
          ...BodyBlocks
        }
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
