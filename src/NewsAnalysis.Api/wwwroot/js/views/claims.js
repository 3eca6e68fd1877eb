import { api } from '../api.js';
import { listDownloads } from '../export.js';
import { dateFields, dateRange, emptyList, filterForm, listTools, loading, pageHeading, pageNumber, pager } from '../components.js';
import { h } from '../dom.js';
import { href, navigate } from '../links.js';
import { checkWorthyThreshold, thresholdPercent } from '../checkworthiness.js';
import { claimItem } from '../statements.js';

// The server's threshold (0.50 for the lexical model, 0.57 with the sentence encoder) is the default, so
// the list starts with the claims worth a fact-checker's time; "any" shows all of them.
function worthinessChoices() {
  return [
    ['any', 'Any score'],
    ...(checkWorthyThreshold === null ? [] : [[String(checkWorthyThreshold), `Check-worthy (${thresholdPercent()}% or more)`]]),
    ['0.75', '75% or more'],
    ['0.9', '90% or more'],
  ];
}

export async function renderClaims(main, context) {
  const q = context.query.get('q') ?? '';
  const claimant = context.query.get('claimant') ?? '';
  const claimantId = context.query.get('claimantId') ?? '';
  const source = context.query.get('source') ?? '';
  const hasQuantity = context.query.get('hasQuantity') ?? '';
  const minCheckWorthiness = context.query.get('minCheckWorthiness') ?? (checkWorthyThreshold === null ? 'any' : String(checkWorthyThreshold));
  const sort = context.query.get('sort') ?? '';
  const from = context.query.get('from') ?? '';
  const to = context.query.get('to') ?? '';
  const { page, notice } = pageNumber(context.query);
  const filters = { q, claimant, claimantId, source, hasQuantity, minCheckWorthiness, sort, from, to };
  const apiFilters = {
    q, claimant, claimantId, source, hasQuantity, sort, ...dateRange(from, to),
    minCheckWorthiness: minCheckWorthiness === 'any' ? '' : minCheckWorthiness,
  };
  context.setTitle('Claims');

  main.append(
    pageHeading('Claims'),
    h('p', { class: 'lead' }, 'Reported statements and stated numbers, with who makes them and how worth checking they look.'),
    filterForm('Search claims', [
      { name: 'q', label: 'Words in the claim', value: q, placeholder: 'e.g. attack' },
      { name: 'claimant', label: 'Claimant', type: 'text', value: claimant, placeholder: 'e.g. Pentagon' },
      { name: 'source', label: 'Source', type: 'text', value: source, placeholder: 'e.g. Reuters' },
      { name: 'hasQuantity', label: 'Numbers', type: 'select', value: hasQuantity, options: [['', 'With or without'], ['true', 'States a number'], ['false', 'States no number']] },
      { name: 'minCheckWorthiness', label: 'Check-worthiness', type: 'select', value: minCheckWorthiness, options: worthinessChoices() },
      { name: 'sort', label: 'Order', type: 'select', value: sort, options: [['', 'Newest article first'], ['checkworthiness', 'Most check-worthy first']] },
      ...dateFields(from, to),
    ], (values) => navigate('/claims', { ...values, claimantId })),
    claimantId ? h('p', { class: 'notice' }, 'Only the claims of one claimant. ', h('a', { href: href('/claims', { ...filters, claimantId: '' }) }, 'Show every claimant')) : '',
    notice ?? '');

  const status = main.appendChild(loading());
  const result = await api.listClaims({ ...apiFilters, page, pageSize: 20 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();
  const pageHref = (p) => href('/claims', { ...filters, page: p });
  main.append(listTools(result, listDownloads('api/claims', apiFilters, 'claims')));
  main.append(result.items.length === 0
    ? emptyList(result, { searching: true, noMatch: 'No claim matches this search.', nothing: '', lastPageHref: pageHref })
    : h('ol', { class: 'statement-list', 'aria-label': 'Claims' }, result.items.map((claim) => claimItem(claim))));
  main.append(pager(result, pageHref, 'Claim list'));
}
