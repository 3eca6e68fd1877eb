import { api } from '../api.js';
import { entityLink, loading, typeBadge, worthinessMeter } from '../components.js';
import { append, clear, formatDate, h, plural } from '../dom.js';
import { collectAnnotations, entityTypeLabels, entityTypes, renderAnnotatedBody } from '../highlight.js';
import { speakerName } from '../speakers.js';

const kindFilters = [
  ...entityTypes.map((type) => ({ value: type, label: entityTypeLabels[type], swatch: `swatch-${type.toLowerCase()}` })),
  { value: 'quote', label: 'Quotes', swatch: 'swatch-quote' },
  { value: 'claim', label: 'Claims', swatch: 'swatch-claim' },
];

export async function renderArticle(main, context) {
  const status = main.appendChild(loading('Loading article\u2026'));
  const article = await api.getArticle(context.id);
  if (!context.isCurrent()) {
    return;
  }
  status.remove();
  context.setTitle(article.title);
  const justCreated = context.query.get('created') === '1';
  if (justCreated) {
    // The "added" notice is for this visit only, not for a reload or a shared link.
    history.replaceState(null, '', `#/articles/${article.id}`);
  }
  main.append(articleView(article, justCreated));
}

/** The analysed article: highlighted text, legend with filters, and a panel for the selection. */
export function articleView(article, justCreated) {
  const annotations = collectAnnotations(article);
  const filters = new Set(kindFilters.map((f) => f.value));
  const counts = countKinds(article);

  const body = h('div', { class: 'article-body', id: 'article-body', lang: 'en' });
  const panelContent = h('div', { class: 'panel-content', 'aria-live': 'polite' });
  const panel = h('aside', { class: 'detail-panel', 'aria-label': 'Details of the selection' }, panelContent);
  let byKey = new Map();
  let selectedKey = null;

  const render = () => {
    byKey = renderAnnotatedBody(body, article.body, annotations, filters);
    markSelected();
  };

  const markSelected = () => {
    for (const element of body.querySelectorAll('.is-selected')) {
      element.classList.remove('is-selected');
    }
    if (selectedKey) {
      for (const element of body.querySelectorAll(`[data-key="${CSS.escape(selectedKey)}"]`)) {
        element.classList.add('is-selected');
      }
    }
  };

  const showDefaultPanel = () => {
    selectedKey = null;
    markSelected();
    append(clear(panelContent), overviewPanel(article));
  };

  const select = (origin) => {
    // The selection is the finding that was activated and every finding around it, innermost first.
    const keys = [];
    if (origin.classList.contains('tag')) {
      keys.push(origin.dataset.key);
    }
    for (let node = origin; node && node !== body; node = node.parentElement) {
      if (node.classList.contains('hl') && !keys.includes(node.dataset.key)) {
        keys.push(node.dataset.key);
      }
    }
    const chain = keys.map((key) => byKey.get(key)).filter(Boolean)
      // A number is shown inside its claim's card.
      .filter((a, _, all) => a.kind !== 'quantity' || !all.some((b) => b.kind === 'claim' && b.claim.id === a.claim.id));
    if (chain.length === 0) {
      return;
    }
    selectedKey = chain[0].kind === 'quantity' ? `claim-${chain[0].claim.id}` : chain[0].key;
    markSelected();
    append(clear(panelContent), [
      h('div', { class: 'panel-toolbar' },
        h('h2', { class: 'panel-heading' }, 'Selection'),
        h('button', { type: 'button', class: 'link-button', onclick: showDefaultPanel }, 'Back to overview')),
      chain.map((annotation) => detailCard(annotation, article))]);
  };

  body.addEventListener('click', (event) => {
    const origin = event.target.closest('.tag, .hl');
    if (origin && body.contains(origin)) {
      select(origin);
    }
  });
  body.addEventListener('keydown', (event) => {
    const origin = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && origin.matches('.hl[role="button"]')) {
      event.preventDefault();
      select(origin);
    }
  });

  const legend = h('fieldset', { class: 'legend' },
    h('legend', {}, 'Highlight'),
    kindFilters.map((filter) => {
      const id = `show-${filter.value.toLowerCase()}`;
      const checkbox = h('input', { type: 'checkbox', id, checked: true, value: filter.value });
      checkbox.addEventListener('change', () => {
        if (checkbox.checked) {
          filters.add(filter.value);
        } else {
          filters.delete(filter.value);
        }
        render();
      });
      return h('div', { class: 'legend-item' }, checkbox,
        h('label', { for: id },
          h('span', { class: `swatch ${filter.swatch}`, 'aria-hidden': 'true' }),
          filter.label, h('span', { class: 'legend-count' }, String(counts[filter.value] ?? 0))));
    }));

  render();
  showDefaultPanel();

  const meta = [
    article.source,
    article.author ? `by ${article.author}` : null,
    article.publishedAt ? `published ${formatDate(article.publishedAt)}` : `added ${formatDate(article.ingestedAt)}`,
  ].filter(Boolean).join(' \u00B7 ');

  return h('article', { class: 'article-view' },
    justCreated ? h('p', { class: 'notice', role: 'status' }, 'Article added and analysed.') : null,
    h('header', { class: 'article-header' },
      h('p', { class: 'eyebrow' }, h('a', { href: '#/articles' }, '\u2190 All articles')),
      h('h1', { tabindex: '-1' }, article.title),
      h('p', { class: 'meta' }, meta,
        article.url ? [' \u00B7 ', h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original', h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))] : null),
      h('p', { class: 'counts' },
        h('span', {}, plural(article.entities.length, 'name')),
        h('span', {}, plural(article.quotes.length, 'quote')),
        h('span', {}, plural(article.claims.length, 'claim')))),
    h('div', { class: 'article-layout' },
      h('section', { class: 'article-text', 'aria-label': 'Article text with highlights' },
        legend,
        h('p', { class: 'hint' }, 'Select a highlighted name, a \u201C speaker label or a \u25C6 claim label to see details. Names can be reached with Tab and opened with Enter.'),
        body),
      panel),
    statementLists(article, (key) => {
      const target = body.querySelector(`.tag[data-key="${CSS.escape(key)}"]`);
      if (target) {
        target.scrollIntoView({ block: 'center', behavior: 'smooth' });
        target.focus({ preventScroll: true });
        select(target);
      }
    }));
}

function countKinds(article) {
  const counts = { quote: article.quotes.length, claim: article.claims.length };
  for (const entity of article.entities) {
    counts[entity.type] = (counts[entity.type] ?? 0) + entity.mentions.length;
  }
  return counts;
}

function overviewPanel(article) {
  const groups = entityTypes
    .map((type) => ({ type, entities: article.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length) }))
    .filter((g) => g.entities.length > 0);
  return [
    h('h2', { class: 'panel-heading' }, 'Named in this article'),
    h('p', { class: 'muted' }, 'Select a highlight in the text for its details.'),
    groups.length === 0 ? h('p', {}, 'No names were found.') : groups.map((group) => h('section', { class: 'panel-group' },
      h('h3', {}, typeBadge(group.type)),
      h('ul', { class: 'plain-list' }, group.entities.map((entity) => h('li', {},
        entityLink(entity.id, entity.name),
        h('span', { class: 'muted small' }, ` \u00B7 ${plural(entity.mentions.length, 'mention')}`)))))),
  ];
}

function detailCard(annotation, article) {
  switch (annotation.kind) {
    case 'entity':
      return entityCard(annotation);
    case 'quote':
      return quoteCard(annotation.quote);
    case 'claim':
      return claimCard(annotation.claim);
    default:
      return claimCard(annotation.claim, annotation.quantity, article);
  }
}

function entityCard(annotation) {
  const { entity, mention } = annotation;
  const names = [...new Set(entity.mentions.filter((m) => m.kind === 'name').map((m) => m.text))];
  return h('section', { class: 'detail-card card-entity' },
    h('p', { class: 'card-kind' }, typeBadge(entity.type)),
    h('h3', {}, entity.name),
    h('dl', {},
      h('dt', {}, 'Here written as'), h('dd', {}, `\u201C${mention.text}\u201D`, mention.kind === 'name' ? null : h('span', { class: 'muted' }, ` (${mention.kind})`)),
      h('dt', {}, 'In this article'), h('dd', {}, `${plural(entity.mentions.length, 'mention')}: ${names.join(', ')}`)),
    h('p', {}, h('a', { href: `#/entities/${entity.id}` }, `${entity.name}: all articles, quotes and claims \u2192`)));
}

function sourceLine(label, source) {
  if (!source) {
    return [h('dt', {}, label), h('dd', { class: 'muted' }, 'not named in the text')];
  }
  if (source.members && source.members.length > 0) {
    // A coordinated subject speaks as a whole: each entity it names links to its page.
    const links = source.members.flatMap((m, i) => [i === 0 ? null : ', ', entityLink(m.entityId, m.name)]);
    return [h('dt', {}, label), h('dd', {}, `\u201C${source.mention.text}\u201D`, h('span', { class: 'muted' }, ' (together: '), ...links, h('span', { class: 'muted' }, ')'))];
  }
  if (source.name === null || source.name === undefined) {
    return [h('dt', {}, label), h('dd', {}, `\u201C${source.mention.text}\u201D`, h('span', { class: 'muted' }, ' (not resolved to a named person or organisation)'))];
  }
  const namedAs = source.mention && source.mention.text !== source.name ? ` (here \u201C${source.mention.text}\u201D)` : '';
  return [h('dt', {}, label), h('dd', {}, entityLink(source.entityId, source.name), namedAs)];
}

function quoteCard(quote) {
  return h('section', { class: 'detail-card card-quote' },
    h('p', { class: 'card-kind' }, h('span', { class: 'kind-badge kind-quote' }, 'Quote')),
    h('blockquote', {}, quote.text),
    h('dl', {},
      sourceLine('Speaker', quote.speaker),
      quote.cue ? [h('dt', {}, 'Cue'), h('dd', {}, `\u201C${quote.cue.text}\u201D`)] : null));
}

function claimCard(claim, highlightedQuantity) {
  return h('section', { class: 'detail-card card-claim' },
    h('p', { class: 'card-kind' }, h('span', { class: 'kind-badge kind-claim' }, 'Claim')),
    h('p', { class: 'claim-text' }, claim.text),
    h('dl', {},
      sourceLine('Claimant', claim.claimant),
      claim.cue ? [h('dt', {}, 'Cue'), h('dd', {}, `\u201C${claim.cue.text}\u201D`)] : null,
      h('dt', {}, 'Check-worthiness'), h('dd', {}, worthinessMeter(claim.checkWorthiness))),
    claim.quantities.length ? quantityTable(claim.quantities, highlightedQuantity) : h('p', { class: 'muted' }, 'States no number.'));
}

export function quantityTable(quantities, highlighted) {
  return h('table', { class: 'quantities' },
    h('caption', {}, 'Numbers stated'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Text'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Unit'), h('th', { scope: 'col' }, 'Approx.'))),
    h('tbody', {}, quantities.map((q) => h('tr', { class: q === highlighted ? 'is-selected' : null },
      h('td', {}, q.text),
      h('td', { class: 'number' }, q.value.toLocaleString()),
      h('td', {}, q.unit ?? '\u2014'),
      h('td', {}, q.approximation ?? '\u2014')))));
}

function statementLists(article, reveal) {
  const quotes = [...article.quotes].sort((a, b) => a.start - b.start);
  const claims = [...article.claims].sort((a, b) => (b.checkWorthiness ?? -1) - (a.checkWorthiness ?? -1));
  return h('div', { class: 'statement-lists' },
    h('section', { 'aria-labelledby': 'quotes-heading' },
      h('h2', { id: 'quotes-heading' }, 'Who said what'),
      quotes.length === 0 ? h('p', { class: 'muted' }, 'No direct quotes found.') : h('ol', { class: 'statement-list' }, quotes.map((quote) => h('li', {},
        h('p', { class: 'statement-source' }, quote.speaker ? entityLink(quote.speaker.entityId, speakerName(quote.speaker)) : h('span', { class: 'muted' }, 'Unattributed')),
        h('p', { class: 'statement-text' }, `\u201C${quote.text}\u201D`),
        h('button', { type: 'button', class: 'link-button', 'aria-label': `Show in text: quote ${quote.speaker ? `by ${speakerName(quote.speaker)}` : 'without speaker'} starting \u201C${quote.text.slice(0, 40)}\u201D`, onclick: () => reveal(`quote-${quote.id}`) }, 'Show in text'))))),
    h('section', { 'aria-labelledby': 'claims-heading' },
      h('h2', { id: 'claims-heading' }, 'Claims, most check-worthy first'),
      claims.length === 0 ? h('p', { class: 'muted' }, 'No claims found.') : h('ol', { class: 'statement-list' }, claims.map((claim) => h('li', {},
        h('p', { class: 'statement-source' }, claim.claimant ? entityLink(claim.claimant.entityId, speakerName(claim.claimant)) : h('span', { class: 'muted' }, 'No named source'),
          ' \u00B7 ', worthinessMeter(claim.checkWorthiness)),
        h('p', { class: 'statement-text' }, claim.text),
        claim.quantities.length ? h('p', { class: 'muted' }, `Numbers: ${claim.quantities.map((q) => q.text).join('; ')}`) : null,
        h('button', { type: 'button', class: 'link-button', 'aria-label': `Show in text: claim starting \u201C${claim.text.slice(0, 40)}\u201D`, onclick: () => reveal(`claim-${claim.id}`) }, 'Show in text'))))));
}
