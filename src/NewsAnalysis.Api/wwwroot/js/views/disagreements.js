import { api } from '../api.js';
import { emptyList, filterForm, loading, pageHeading, pageNumber, pager } from '../components.js';
import { h } from '../dom.js';
import { href, navigate } from '../links.js';
import { claimItem } from '../statements.js';

const kindNames = { numbers: 'Numbers differ', polarity: 'One denies what the other says' };

function disagreementItem(disagreement) {
  return h('li', { class: 'disagreement' },
    h('p', { class: 'disagreement-reason' },
      h('span', { class: 'kind-badge' }, kindNames[disagreement.kind] ?? disagreement.kind), ' ', disagreement.reason),
    h('ol', { class: 'statement-list', 'aria-label': 'Claims that disagree' }, disagreement.claims.map((claim) => claimItem(claim))),
    h('p', { class: 'muted disagreement-shared' }, `About: ${disagreement.sharedWords.join(', ')}`));
}

export async function renderDisagreements(main, context) {
  const q = context.query.get('q') ?? '';
  const { page, notice } = pageNumber(context.query);
  context.setTitle('Disagreements');

  main.append(
    pageHeading('Disagreements'),
    h('p', { class: 'lead' }, 'Claims about the same thing that cannot both be right: numbers that differ, or one source denying what another says.'),
    filterForm('Find disagreeing claims', [
      { name: 'q', label: 'What the claims are about', value: q, placeholder: 'e.g. Syria strike' },
    ], (values) => navigate('/disagreements', values)),
    notice ?? '');

  if (!q.trim()) {
    main.append(h('p', { class: 'empty' }, 'Name what the claims are about to compare them.'));
    return;
  }

  const status = main.appendChild(loading());
  const result = await api.listDisagreements({ q, page, pageSize: 20 });
  if (!context.isCurrent()) {
    return;
  }
  status.remove();
  main.append(result.items.length === 0
    ? emptyList(result, { searching: true, noMatch: 'No claims about this disagree.', nothing: '', lastPageHref: (p) => href('/disagreements', { q, page: p }) })
    : h('ol', { class: 'card-list', 'aria-label': 'Disagreements' }, result.items.map(disagreementItem)));
  main.append(pager(result, (p) => href('/disagreements', { q, page: p }), 'Disagreement list'));
}
