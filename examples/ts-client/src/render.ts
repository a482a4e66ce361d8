import type { ArticleByIdQuery } from './gql/graphql.js';

type Node = NonNullable<ArticleByIdQuery['node']>;
type ArticleNode = Extract<Node, { __typename: 'Article' }>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The article as a page's main element: the body is the API's sanitised HTML, inserted as is. */
export function renderArticle(article: ArticleNode): string {
  const issue = article.issue ? `<p class="issue">${escapeHtml(article.issue.date)}号</p>` : '';
  return `<article id="${escapeHtml(article.id)}"><h1>${escapeHtml(article.title)}</h1>`
    + `<p class="summary">${escapeHtml(article.summary)}</p>${issue}<div class="body">${article.bodyHtml}</div></article>`;
}

export function isArticle(node: Node | null | undefined): node is ArticleNode {
  return node?.__typename === 'Article';
}
