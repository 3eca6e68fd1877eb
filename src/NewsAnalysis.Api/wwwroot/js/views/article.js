import { api } from '../api.js';
import { attributionCorrection } from '../corrections.js';
import { articleDownloads } from '../export.js';
import { navigate } from '../links.js';
import { entityLink, errorBox, loading, typeBadge, worthinessMeter } from '../components.js';
import { append, clear, formatDate, h, plural } from '../dom.js';
import { checkWorthyThreshold, thresholdPercent } from '../checkworthiness.js';
import { collectAnnotations, entityTypeLabels, entityTypes, isShown, renderAnnotatedBody } from '../highlight.js';
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
  const view = articleView(article, justCreated);
  main.append(view.element);
  // A permalink (#/articles/5?select=quote-12) opens the article at that finding, selected.
  const selected = context.query.get('select');
  if (selected) {
    view.reveal(selected);
  }
}

/**
 * "Delete article": asks for confirmation, deletes through the API (asking for a key when it needs one), then goes
 * back to the article list, which says what was deleted. A refusal is shown under the button.
 */
function deleteControl(article) {
  const errors = h('div', { class: 'delete-errors' });
  const button = h('button', { type: 'button', class: 'danger' }, 'Delete article');
  button.addEventListener('click', async () => {
    errors.replaceChildren();
    if (!window.confirm(`Delete \u201C${article.title}\u201D with its names, quotes and claims? This cannot be undone.`)) {
      return;
    }
    button.disabled = true;
    try {
      await api.deleteArticle(article.id);
      navigate('/articles', { deleted: article.title });
    } catch (error) {
      errors.append(errorBox(error));
      errors.querySelector('[role="alert"]')?.focus?.();
    } finally {
      button.disabled = false;
    }
  });
  return h('div', { class: 'article-delete' }, button, errors);
}

/** The address of one finding: its article, scrolled to it and selected. */
export function findingHref(articleId, key) {
  return `#/articles/${articleId}?select=${encodeURIComponent(key)}`;
}

/**
 * The analysed article: highlighted text, legend with filters, and a panel for the selection.
 * Answers the element and reveal(key), which scrolls to a finding ("quote-12", "claim-3", "entity-7")
 * and selects it.
 */
export function articleView(article, justCreated) {
  const annotations = collectAnnotations(article);
  const filters = new Set(kindFilters.map((f) => f.value));
  const counts = countKinds(article);

  const body = h('div', { class: 'article-body', id: 'article-body', lang: 'en' });
  const panelContent = h('div', { class: 'panel-content', 'aria-live': 'polite' });
  const panel = h('aside', { class: 'detail-panel', id: 'detail-panel', 'aria-label': 'Details of the selection' }, panelContent);
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
    const origin = selectedKey ? body.querySelector(`.tag[data-key="${CSS.escape(selectedKey)}"], [data-key="${CSS.escape(selectedKey)}"][tabindex]`) : null;
    selectedKey = null;
    markSelected();
    panel.classList.remove('has-selection');
    append(clear(panelContent), overviewPanel(article));
    // Focus goes back to the finding that was open, so a keyboard user keeps their place.
    if (origin && panel.contains(document.activeElement)) {
      origin.focus({ preventScroll: true });
    }
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
        h('h2', { class: 'panel-heading', tabindex: '-1' }, 'Selection'),
        h('button', { type: 'button', class: 'link-button', onclick: showDefaultPanel }, 'Close', h('span', { class: 'visually-hidden' }, ' the selection (Escape)'))),
      chain.map((annotation) => detailCard(annotation, article))]);
    // On a narrow screen the panel is a sheet over the bottom of the window (CSS), so the details
    // open where the reader is instead of far below the text.
    panel.classList.add('has-selection');
    panelContent.scrollTop = 0;
  };

  const reveal = (key) => {
    // An entity's permalink names the entity; its first mention in the text stands for it.
    const target = key.startsWith('entity-') && !/^entity-\d+-\d+$/.test(key)
      ? body.querySelector(`.hl[data-key^="${CSS.escape(key)}-"]`)
      : body.querySelector(`.tag[data-key="${CSS.escape(key)}"]`) ?? body.querySelector(`.hl[data-key="${CSS.escape(key)}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      select(target);
    }
    return Boolean(target);
  };

  // Escape closes the selection. The listener goes when the article leaves the page.
  const onKey = (event) => {
    if (!element.isConnected) {
      document.removeEventListener('keydown', onKey);
      return;
    }
    if (event.key === 'Escape' && selectedKey && !document.querySelector('dialog[open]')) {
      event.preventDefault();
      showDefaultPanel();
    }
  };
  document.addEventListener('keydown', onKey);

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
        // A selection whose kind is hidden now has nothing to point at in the text.
        const selection = selectedKey ? byKey.get(selectedKey) : null;
        if (selection && !isShown(selection, filters)) {
          showDefaultPanel();
        }
      });
      return h('div', { class: 'legend-item' }, checkbox,
        h('label', { for: id },
          h('span', { class: `swatch ${filter.swatch}`, 'aria-hidden': 'true' }),
          filter.label, h('span', { class: 'legend-count' }, String(counts[filter.value] ?? 0))));
    }),
    h('p', { class: 'legend-note' },
      h('span', { class: 'tag claim-tag tag-worthy legend-sample', 'aria-hidden': 'true' }, '\u25C6 filled'),
      checkWorthyThreshold === null
        ? ' claim labels are check-worthy (this server gives no threshold, so none is filled); '
        : ` claim labels are check-worthy (a score of ${thresholdPercent()}% or more); `,
      h('span', { class: 'tag claim-tag legend-sample', 'aria-hidden': 'true' }, '\u25C6 outlined'),
      ' ones score lower or were not scored. ',
      h('span', { class: 'tag quote-tag legend-sample', 'aria-hidden': 'true' }, '\u201C filled'),
      ' quote labels name the speaker; ',
      h('span', { class: 'tag quote-tag tag-unknown legend-sample', 'aria-hidden': 'true' }, '\u201C outlined'),
      ' ones found none.'));

  render();
  showDefaultPanel();

  const meta = [
    article.source,
    article.author ? `by ${article.author}` : null,
    article.publishedAt ? `published ${formatDate(article.publishedAt)}` : `added ${formatDate(article.ingestedAt)}`,
  ].filter(Boolean).join(' \u00B7 ');

  const element = h('article', { class: 'article-view' },
    justCreated ? h('p', { class: 'notice', role: 'status' }, 'Article added and analysed.') : null,
    h('header', { class: 'article-header' },
      h('p', { class: 'eyebrow' }, h('a', { href: '#/articles' }, '\u2190 All articles')),
      h('h1', { tabindex: '-1' }, article.title),
      h('p', { class: 'meta' }, meta,
        article.url ? [' \u00B7 ', h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original', h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))] : null),
      h('p', { class: 'counts' },
        h('span', {}, plural(article.entities.length, 'name')),
        h('span', {}, plural(article.quotes.length, 'quote')),
        h('span', {}, plural(article.claims.length, 'claim'))),
      articleDownloads(article),
      deleteControl(article)),
    h('div', { class: 'article-layout' },
      h('section', { class: 'article-text', 'aria-label': 'Article text with highlights' },
        legend,
        h('p', { class: 'hint' }, 'Select a highlighted name, a \u201C speaker label or a \u25C6 claim label to see details. Names can be reached with Tab and opened with Enter.'),
        body),
      panel),
    statementLists(article, reveal));
  return { element, reveal };
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
      return entityCard(annotation, article);
    case 'quote':
      return quoteCard(annotation.quote, article);
    case 'claim':
      return claimCard(annotation.claim, article);
    default:
      return claimCard(annotation.claim, article, annotation.quantity);
  }
}

/** Shows the article again from the API after a correction, with the corrected finding selected. */
function reopen(article, key) {
  navigate(`/articles/${article.id}`, { select: key });
}

/** A link to the finding itself, to share or cite. */
function permalink(article, key, what) {
  return h('p', { class: 'permalink' }, h('a', { href: findingHref(article.id, key) }, `Link to this ${what}`));
}

function entityCard(annotation, article) {
  const { entity, mention } = annotation;
  const names = [...new Set(entity.mentions.filter((m) => m.kind === 'name').map((m) => m.text))];
  return h('section', { class: 'detail-card card-entity' },
    h('p', { class: 'card-kind' }, typeBadge(entity.type)),
    h('h3', {}, entity.name),
    h('dl', {},
      h('dt', {}, 'Here written as'), h('dd', {}, `\u201C${mention.text}\u201D`, mention.kind === 'name' ? null : h('span', { class: 'muted' }, ` (${mention.kind})`)),
      h('dt', {}, 'In this article'), h('dd', {}, `${plural(entity.mentions.length, 'mention')}: ${names.join(', ')}`)),
    h('p', {}, h('a', { href: `#/entities/${entity.id}` }, `${entity.name}: all articles, quotes and claims \u2192`)),
    permalink(article, `entity-${entity.id}`, 'name'));
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

function quoteCard(quote, article) {
  return h('section', { class: 'detail-card card-quote' },
    h('p', { class: 'card-kind' }, h('span', { class: 'kind-badge kind-quote' }, 'Quote')),
    h('blockquote', {}, quote.text),
    h('dl', {},
      sourceLine('Speaker', quote.speaker),
      quote.cue ? [h('dt', {}, 'Cue'), h('dd', {}, `\u201C${quote.cue.text}\u201D`)] : null),
    permalink(article, `quote-${quote.id}`, 'quote'),
    attributionCorrection('quote', quote, () => reopen(article, `quote-${quote.id}`)));
}

function claimCard(claim, article, highlightedQuantity) {
  return h('section', { class: 'detail-card card-claim' },
    h('p', { class: 'card-kind' }, h('span', { class: 'kind-badge kind-claim' }, 'Claim')),
    h('p', { class: 'claim-text' }, claim.text),
    h('dl', {},
      sourceLine('Claimant', claim.claimant),
      claim.cue ? [h('dt', {}, 'Cue'), h('dd', {}, `\u201C${claim.cue.text}\u201D`)] : null,
      h('dt', {}, 'Check-worthiness'), h('dd', {}, worthinessMeter(claim.checkWorthiness))),
    claim.quantities.length ? quantityTable(claim.quantities, highlightedQuantity) : h('p', { class: 'muted' }, 'States no number.'),
    permalink(article, `claim-${claim.id}`, 'claim'),
    attributionCorrection('claim', claim, () => reopen(article, `claim-${claim.id}`)));
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
