// Starts GraphiQL against this server's /graphql, with an example query to begin from.
(function () {
  var exampleQuery = [
    '# Kiosk GraphQL API: press the run button (or Ctrl-Enter).',
    '# The documentation explorer (book icon) lists every type and field.',
    'query LatestArticles {',
    '  articles(first: 5) {',
    '    totalCount',
    '    pageInfo { hasNextPage endCursor }',
    '    nodes { slug title date section { name } tags { name } }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: exampleQuery,
    defaultEditorToolsVisibility: 'variables'
  }));
})();
