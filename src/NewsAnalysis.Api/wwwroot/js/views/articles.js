import { api } from '../api.js';
import { listDownloads } from '../export.js';
import { href, navigate } from '../links.js';
import { dateFields, dateRange, emptyList, filterForm, listTools, loading, pageHeading, pageNumber, pager, snippet } from '../components.js';
import { append, formatDate, h, plural } from '../dom.js';

export async function renderArticles(main, context) {
  const q = context.query.get('q') ?? '';
  const source = context.query.get('source') ?? '';
  const entityId = context.query.get('entityId') ?? '';
  const from = context.query.get('from') ?? '';
  const to = context.query.get('to') ?? '';
  const { page, notice } = pageNumber(context.query);
  const filters = { q, source, entityId, from, to };
  const apiFilters = { q, source, entityId, ...dateRange(from, to) };
  context.setTitle('Articles');
  const deleted = context.query.get('deleted');
  if (deleted !== null) {
    // The "deleted" notice is for this visit only, not for a reload or a shared link.
    history.replaceState(null, '', href('/articles', { ...filters, page: context.query.get('page') }));
  }

  append(main, [
    pageHeading('Articles', h('a', { class: 'button', href: '#/new' }, 'Add article')),
    deleted !== null ? h('p', { class: 'notice', role: 'status' }, `\u201C${deleted}\u201D was deleted with its analysis.`) : null,
    filterForm('Search articles', [
      { name: 'q', label: 'Words in title or text', value: q, placeholder: 'e.g. Tillerson' },
      { name: 'source', label: 'Source', value: source, type: 'text', placeholder: 'e.g. Reuters' },
      ...dateFields(from, to),
    ], (values) => navigate('/articles', { ...values, entityId })),
    entityId ? h('p', { class: 'notice' }, 'Only articles that name one entity. ', h('a', { href: href('/articles', { q, source, from, to }) }, 'Show all articles')) : null,
    notice]);

  const status = main.appendChild(loading());
  const result = await api.listArticles({ ...apiFilters, page, pageSize: 20 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();

  const pageHref = (p) => href('/articles', { ...filters, page: p });
  main.append(listTools(result, listDownloads('api/articles', apiFilters, 'articles')));
  if (result.items.length === 0) {
    main.append(emptyList(result, {
      searching: Boolean(q || source || entityId || from || to),
      noMatch: 'No article matches this search.',
      nothing: 'No articles yet. Add one to see who is named, who said what and who claims what.',
      lastPageHref: pageHref,
    }));
  } else {
    main.append(h('ol', { class: 'card-list article-list', 'aria-label': 'Articles' }, result.items.map((article) => h('li', { class: 'card' },
      h('h2', { class: 'card-title' }, h('a', { href: `#/articles/${article.id}` }, article.title)),
      h('p', { class: 'meta' }, [article.source, article.author ? `by ${article.author}` : null, formatDate(article.publishedAt ?? article.ingestedAt)]
        .filter(Boolean).join(' \u00B7 ')),
      snippet(article.highlight),
      h('p', { class: 'counts' },
        h('span', {}, plural(article.entityCount, 'name')),
        h('span', {}, plural(article.quoteCount, 'quote')),
        h('span', {}, plural(article.claimCount, 'claim')))))));
  }
  main.append(pager(result, pageHref, 'Article list'));
}
