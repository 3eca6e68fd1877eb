import { api } from '../api.js';
import { filterForm, loading, pageHeading, pager } from '../components.js';
import { h } from '../dom.js';
import { href, navigate } from '../links.js';
import { quoteItem } from '../statements.js';

export async function renderQuotes(main, context) {
  const q = context.query.get('q') ?? '';
  const page = Number(context.query.get('page') ?? 1);
  context.setTitle('Quotes');

  main.append(
    pageHeading('Quotes'),
    h('p', { class: 'lead' }, 'Direct quotes across all articles, with the speaker the text names.'),
    filterForm('Search quotes', [
      { name: 'q', label: 'Words in the quote', value: q, placeholder: 'e.g. trust' },
    ], (values) => navigate('/quotes', values)));

  const status = main.appendChild(loading());
  const result = await api.listQuotes({ q, page, pageSize: 20 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();
  main.append(result.items.length === 0
    ? h('p', { class: 'empty' }, 'No quote matches this search.')
    : h('ol', { class: 'statement-list', 'aria-label': 'Quotes' }, result.items.map((quote) => quoteItem(quote))));
  main.append(pager(result, (p) => href('/quotes', { q, page: p }), 'Quote list'));
}
