import type { ArticleByIdQuery } from './gql/graphql.js';

type Node = NonNullable<ArticleByIdQuery['node']>;
type ArticleNode = Extract<Node, { __typename: 'Article' }>;
type Block = ArticleNode['body'][number];
type Inline = Extract<Block, { __typename: 'Paragraph' }>['inlines'][number];
type Row = Extract<Block, { __typename: 'Table' }>['rows'][number];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MARK_TAGS: Record<string, string> = {
  BOLD: 'strong', ITALIC: 'em', STRIKETHROUGH: 's', CODE: 'code', HIGHLIGHT: 'mark', SMALL: 'small',
};

function inlines(parts: ReadonlyArray<Inline>): string {
  return parts.map((part) => {
    switch (part.__typename) {
      case 'TextRun': {
        let html = escapeHtml(part.text);
        for (const mark of part.marks) {
          const tag = MARK_TAGS[mark] ?? 'span';
          html = `<${tag}>${html}</${tag}>`;
        }
        if (part.link) {
          // a link into the magazine goes to the front end's own article route
          const href = part.link.article ? `/a/${encodeURIComponent(part.link.article.id)}` : part.link.href;
          html = `<a href="${escapeHtml(href)}">${html}</a>`;
        }
        return html;
      }
      case 'LineBreak':
        return '<br>';
      case 'FootnoteReference':
        return `<sup><a href="#fn-${escapeHtml(part.label)}">${part.number}</a></sup>`;
      default: {
        const unknown: never = part;
        return unknown;
      }
    }
  }).join('');
}

function row(cells: Row['cells'], tag: 'th' | 'td'): string {
  return `<tr>${cells.map((cell) => `<${tag}>${inlines(cell.inlines)}</${tag}>`).join('')}</tr>`;
}

/**
 * The body rendered with the front end's own markup from `Article.body`: blocks nest by `parent`, and an
 * ad slot goes after the second top-level paragraph, which a front end cannot do with `bodyHtml`.
 */
export function renderBody(blocks: ReadonlyArray<Block>, adSlot = '<aside class="ad"></aside>'): string {
  const children = new Map<number | null, Block[]>();
  for (const block of blocks) {
    const key = block.parent ?? null;
    children.set(key, [...(children.get(key) ?? []), block]);
  }
  const inside = (index: number): string => (children.get(index) ?? []).map(render).join('');
  function render(block: Block): string {
    switch (block.__typename) {
      case 'Paragraph':
        return `<p>${inlines(block.inlines)}</p>`;
      case 'Heading':
        return `<h${block.level} id="${escapeHtml(block.anchor ?? '')}">${inlines(block.inlines)}</h${block.level}>`;
      case 'BlockList':
        return block.ordered ? `<ol start="${block.start}">${inside(block.index)}</ol>` : `<ul>${inside(block.index)}</ul>`;
      case 'ListItem':
        return `<li>${inside(block.index)}</li>`;
      case 'Quote':
        return `<blockquote>${inside(block.index)}</blockquote>`;
      case 'Table':
        return `<table><thead>${block.header.map((r) => row(r.cells, 'th')).join('')}</thead>`
          + `<tbody>${block.rows.map((r) => row(r.cells, 'td')).join('')}</tbody></table>`;
      case 'Figure': {
        const size = block.image.width && block.image.height
          ? ` width="${block.image.width}" height="${block.image.height}"` : '';
        return `<figure><img src="${escapeHtml(block.image.src)}" alt="${escapeHtml(block.image.alt)}"${size}>`
          + `<figcaption>${inlines(block.caption)}</figcaption></figure>`;
      }
      case 'CodeBlock':
        return `<pre><code>${escapeHtml(block.code)}</code></pre>`;
      case 'ThematicBreak':
        return '<hr>';
      case 'ArticleCard':
        return block.article
          ? `<a class="card" href="/a/${encodeURIComponent(block.article.id)}">${escapeHtml(block.article.title)}</a>`
          : `<p>${inlines(block.inlines)}</p>`;
      case 'Footnote':
        return `<p id="fn-${escapeHtml(block.label)}" class="footnote">${block.number}. ${inlines(block.inlines)}</p>`;
      default: {
        const unknown: never = block;
        return unknown;
      }
    }
  }
  let paragraphs = 0;
  return (children.get(null) ?? []).map((block) => {
    const html = render(block);
    return block.__typename === 'Paragraph' && ++paragraphs === 2 ? html + adSlot : html;
  }).join('');
}
