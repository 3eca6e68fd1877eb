import { api } from '../api.js';
import { listDownloads } from '../export.js';
import { emptyList, filterForm, listTools, loading, pageHeading, pageNumber, pager, typeBadge } from '../components.js';
import { h } from '../dom.js';
import { entityTypeLabels, entityTypes } from '../highlight.js';
import { href, navigate } from '../links.js';

export async function renderEntities(main, context) {
  const q = context.query.get('q') ?? '';
  const type = context.query.get('type') ?? '';
  const sort = context.query.get('sort') ?? '';
  const { page, notice } = pageNumber(context.query);
  context.setTitle('Entities');

  main.append(
    pageHeading('Entities'),
    h('p', { class: 'lead' }, 'People, organisations, places and other names, linked across articles.'),
    filterForm('Search entities', [
      { name: 'q', label: 'Name contains', value: q, placeholder: 'e.g. Putin' },
      { name: 'type', label: 'Type', type: 'select', value: type, options: [['', 'All types'], ...entityTypes.map((t) => [t, entityTypeLabels[t]])] },
      { name: 'sort', label: 'Order', type: 'select', value: sort, options: [['', 'Most mentioned'], ['name', 'Name A\u2013Z']] },
    ], (values) => navigate('/entities', values)),
    notice ?? '');

  const status = main.appendChild(loading());
  const result = await api.listEntities({ q, type, sort, page, pageSize: 25 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();

  const pageHref = (p) => href('/entities', { q, type, sort, page: p });
  main.append(listTools(result, listDownloads('api/entities', { q, type, sort }, 'entities')));
  if (result.items.length === 0) {
    main.append(emptyList(result, { searching: Boolean(q || type), noMatch: 'No entity matches this search.', nothing: 'No entities yet.', lastPageHref: pageHref }));
  } else {
    // On a phone the table scrolls inside its own box, never the page.
    main.append(h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Entities table' }, h('table', { class: 'data-table entity-table' },
      h('caption', { class: 'visually-hidden' }, 'Entities with their counts'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Name'),
        h('th', { scope: 'col' }, 'Type'),
        h('th', { scope: 'col', class: 'number' }, 'Articles'),
        h('th', { scope: 'col', class: 'number' }, 'Mentions'),
        h('th', { scope: 'col', class: 'number' }, 'Quotes'),
        h('th', { scope: 'col', class: 'number' }, 'Claims'))),
      h('tbody', {}, result.items.map((entity) => h('tr', {},
        h('th', { scope: 'row' },
          h('a', { href: `#/entities/${entity.id}` }, entity.name),
          entity.aliases.length ? h('span', { class: 'aliases' }, `also ${entity.aliases.join(', ')}`) : null),
        h('td', {}, typeBadge(entity.type)),
        h('td', { class: 'number' }, String(entity.articleCount)),
        h('td', { class: 'number' }, String(entity.mentionCount)),
        h('td', { class: 'number' }, String(entity.quoteCount)),
        h('td', { class: 'number' }, String(entity.claimCount))))))));
  }
  main.append(pager(result, pageHref, 'Entity list'));
}
