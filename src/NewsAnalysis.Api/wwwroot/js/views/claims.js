import { api } from '../api.js';
import { filterForm, loading, pageHeading, pager } from '../components.js';
import { h } from '../dom.js';
import { href, navigate } from '../links.js';
import { claimItem } from '../statements.js';

export async function renderClaims(main, context) {
  const q = context.query.get('q') ?? '';
  const hasQuantity = context.query.get('hasQuantity') ?? '';
  const minCheckWorthiness = context.query.get('minCheckWorthiness') ?? '';
  const sort = context.query.get('sort') ?? '';
  const page = Number(context.query.get('page') ?? 1);
  context.setTitle('Claims');

  main.append(
    pageHeading('Claims'),
    h('p', { class: 'lead' }, 'Reported statements and stated numbers, with who makes them and how worth checking they look.'),
    filterForm('Search claims', [
      { name: 'q', label: 'Words in the claim', value: q, placeholder: 'e.g. attack' },
      { name: 'hasQuantity', label: 'Numbers', type: 'select', value: hasQuantity, options: [['', 'With or without'], ['true', 'States a number'], ['false', 'States no number']] },
      { name: 'minCheckWorthiness', label: 'Check-worthy at least', type: 'select', value: minCheckWorthiness, options: [['', 'Any score'], ['0.5', '50%'], ['0.75', '75%'], ['0.9', '90%']] },
      { name: 'sort', label: 'Order', type: 'select', value: sort, options: [['', 'Newest article first'], ['checkworthiness', 'Most check-worthy first']] },
    ], (values) => navigate('/claims', values)));

  const status = main.appendChild(loading());
  const result = await api.listClaims({ q, hasQuantity, minCheckWorthiness, sort, page, pageSize: 20 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();
  main.append(result.items.length === 0
    ? h('p', { class: 'empty' }, 'No claim matches this search.')
    : h('ol', { class: 'statement-list', 'aria-label': 'Claims' }, result.items.map((claim) => claimItem(claim))));
  main.append(pager(result, (p) => href('/claims', { q, hasQuantity, minCheckWorthiness, sort, page: p }), 'Claim list'));
}
