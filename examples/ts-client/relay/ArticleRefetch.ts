// Relay's compiler must accept a refetchable Article fragment: it needs Node, Query.node(id:) and Article.id.
// This file is compiled by relay-compiler only (not by tsc): `graphql` is Relay's tag, read at build time.
declare function graphql(text: TemplateStringsArray): unknown;

export const articleFragment = graphql`
  fragment ArticleRefetch_article on Article @refetchable(queryName: "ArticleRefetchQuery") {
    title
    summary
    date
    section {
      id
      name
    }
    issue {
      id
      date
    }
  }
`;
