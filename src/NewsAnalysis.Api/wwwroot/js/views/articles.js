import { api } from '../api.js';
import { href, navigate } from '../links.js';
import { filterForm, loading, pageHeading, pager } from '../components.js';
import { append, formatDate, h, plural } from '../dom.js';

export async function renderArticles(main, context) {
  const q = context.query.get('q') ?? '';
  const source = context.query.get('source') ?? '';
  const entityId = context.query.get('entityId') ?? '';
  const page = Number(context.query.get('page') ?? 1);
  context.setTitle('Articles');

  append(main, [
    pageHeading('Articles', h('a', { class: 'button', href: '#/new' }, 'Add article')),
    filterForm('Search articles', [
      { name: 'q', label: 'Words in title or text', value: q, placeholder: 'e.g. Tillerson' },
      { name: 'source', label: 'Source (exact)', value: source, type: 'text' },
    ], (values) => navigate('/articles', { ...values, entityId })),
    entityId ? h('p', { class: 'notice' }, 'Only articles that name one entity. ', h('a', { href: href('/articles', { q, source }) }, 'Show all articles')) : null]);

  const status = main.appendChild(loading());
  const result = await api.listArticles({ q, source, entityId, page, pageSize: 20 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();

  if (result.items.length === 0) {
    main.append(h('p', { class: 'empty' }, q || source
      ? 'No article matches this search.'
      : 'No articles yet. Add one to see who is named, who said what and who claims what.'));
  } else {
    main.append(h('ol', { class: 'card-list article-list', 'aria-label': 'Articles' }, result.items.map((article) => h('li', { class: 'card' },
      h('h2', { class: 'card-title' }, h('a', { href: `#/articles/${article.id}` }, article.title)),
      h('p', { class: 'meta' }, [article.source, article.author ? `by ${article.author}` : null, formatDate(article.publishedAt ?? article.ingestedAt)]
        .filter(Boolean).join(' \u00B7 ')),
      h('p', { class: 'counts' },
        h('span', {}, plural(article.entityCount, 'name')),
        h('span', {}, plural(article.quoteCount, 'quote')),
        h('span', {}, plural(article.claimCount, 'claim')))))));
  }
  main.append(pager(result, (p) => href('/articles', { q, source, entityId, page: p }), 'Article list'));
}
