import type { ArticleByIdQuery } from './gql/graphql.js';
import { escapeHtml, renderBody } from './body.js';

type Node = NonNullable<ArticleByIdQuery['node']>;
type ArticleNode = Extract<Node, { __typename: 'Article' }>;

/**
 * The article as a page's main element: the body from `Article.body`'s typed blocks with the front
 * end's own markup and an ad slot, or the API's sanitised `bodyHtml` inserted as is.
 */
export function renderArticle(article: ArticleNode, from: 'blocks' | 'html' = 'blocks'): string {
  const issue = article.issue ? `<p class="issue">${escapeHtml(article.issue.date)}号</p>` : '';
  return `<article id="${escapeHtml(article.id)}"><h1>${escapeHtml(article.title)}</h1>`
    + `<p class="summary">${escapeHtml(article.summary)}</p>${issue}<div class="body">${from === 'blocks' ? renderBody(article.body) : article.bodyHtml}</div></article>`;
}

export function isArticle(node: Node | null | undefined): node is ArticleNode {
  return node?.__typename === 'Article';
}
