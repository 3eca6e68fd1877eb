import { api } from '../api.js';
import { listDownloads } from '../export.js';
import { dateFields, dateRange, emptyList, filterForm, listTools, loading, pageHeading, pageNumber, pager } from '../components.js';
import { h } from '../dom.js';
import { href, navigate } from '../links.js';
import { quoteItem } from '../statements.js';

export async function renderQuotes(main, context) {
  const q = context.query.get('q') ?? '';
  const speaker = context.query.get('speaker') ?? '';
  const speakerId = context.query.get('speakerId') ?? '';
  const source = context.query.get('source') ?? '';
  const from = context.query.get('from') ?? '';
  const to = context.query.get('to') ?? '';
  const { page, notice } = pageNumber(context.query);
  const filters = { q, speaker, speakerId, source, from, to };
  const apiFilters = { q, speaker, speakerId, source, ...dateRange(from, to) };
  context.setTitle('Quotes');

  main.append(
    pageHeading('Quotes'),
    h('p', { class: 'lead' }, 'Direct quotes across all articles, with the speaker the text names.'),
    filterForm('Search quotes', [
      { name: 'q', label: 'Words in the quote', value: q, placeholder: 'e.g. trust' },
      { name: 'speaker', label: 'Speaker', type: 'text', value: speaker, placeholder: 'e.g. Putin' },
      { name: 'source', label: 'Source', type: 'text', value: source, placeholder: 'e.g. Reuters' },
      ...dateFields(from, to),
    ], (values) => navigate('/quotes', { ...values, speakerId })),
    speakerId ? h('p', { class: 'notice' }, 'Only the quotes of one speaker. ', h('a', { href: href('/quotes', { ...filters, speakerId: '' }) }, 'Show every speaker')) : '',
    notice ?? '');

  const status = main.appendChild(loading());
  const result = await api.listQuotes({ ...apiFilters, page, pageSize: 20 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();
  const pageHref = (p) => href('/quotes', { ...filters, page: p });
  main.append(listTools(result, listDownloads('api/quotes', apiFilters, 'quotes')));
  main.append(result.items.length === 0
    ? emptyList(result, { searching: Boolean(q || speaker || speakerId || source || from || to), noMatch: 'No quote matches this search.', nothing: 'No quotes yet.', lastPageHref: pageHref })
    : h('ol', { class: 'statement-list', 'aria-label': 'Quotes' }, result.items.map((quote) => quoteItem(quote))));
  main.append(pager(result, pageHref, 'Quote list'));
}
