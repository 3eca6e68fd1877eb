// Renders an article body with its findings as nested inline elements.
//
// Findings overlap: a name sits inside a quote, a quote inside a claim, and two claims may cross.
// HTML can only nest, so the body is cut at every start and end, and each piece is wrapped in the
// findings that cover it, outermost first. A finding that crosses another is split into fragments
// that share one data-key; only its first fragment takes keyboard focus.

import { h } from './dom.js';
import { speakerName } from './speakers.js';
import { isCheckWorthy } from './checkworthiness.js';

export const entityTypes = ['Person', 'Organization', 'Location', 'Misc'];

export const entityTypeLabels = {
  Person: 'Person',
  Organization: 'Organization',
  Location: 'Location',
  Misc: 'Other name',
};

// For equal spans the claim wraps the quote, the quote wraps the name, the name wraps a number.
const kindDepth = { claim: 0, quote: 1, entity: 2, quantity: 3 };

const openingQuoteMarks = new Set(['"', '\u201C', '\u2018', '\u00AB', '\'', '\u201E']);

/**
 * Lists the findings of an article as annotations {key, kind, start, end, ...}.
 */
export function collectAnnotations(article) {
  const annotations = [];
  for (const entity of article.entities) {
    entity.mentions.forEach((mention, index) => annotations.push({
      key: `entity-${entity.id}-${index}`,
      kind: 'entity',
      start: mention.start,
      end: mention.end,
      entity,
      mention,
    }));
  }
  for (const quote of article.quotes) {
    annotations.push({ key: `quote-${quote.id}`, kind: 'quote', start: quote.start, end: quote.end, quote });
  }
  for (const claim of article.claims) {
    annotations.push({ key: `claim-${claim.id}`, kind: 'claim', start: claim.start, end: claim.end, claim });
    claim.quantities.forEach((quantity, index) => {
      // Inside its claim only, so that the number nests in the claim's highlight.
      if (quantity.start >= claim.start && quantity.end <= claim.end) {
        annotations.push({
          key: `quantity-${claim.id}-${index}`,
          kind: 'quantity',
          start: quantity.start,
          end: quantity.end,
          claim,
          quantity,
        });
      }
    });
  }
  return annotations.filter((a) => a.start < a.end && a.start >= 0 && a.end <= article.body.length);
}

/** Whether the reader's filters show this annotation. */
export function isShown(annotation, filters) {
  switch (annotation.kind) {
    case 'entity':
      return filters.has(annotation.entity.type);
    case 'quantity':
      return filters.has('claim');
    default:
      return filters.has(annotation.kind);
  }
}

function compareNesting(a, b) {
  return a.start - b.start || b.end - a.end || kindDepth[a.kind] - kindDepth[b.kind] || (a.key < b.key ? -1 : 1);
}

/** Where a quote's speaker label goes: before the opening quotation mark when there is one. */
function quoteTagPosition(body, quote) {
  return quote.start > 0 && openingQuoteMarks.has(body[quote.start - 1]) ? quote.start - 1 : quote.start;
}

function describe(annotation) {
  switch (annotation.kind) {
    case 'entity':
      return `${entityTypeLabels[annotation.entity.type] ?? annotation.entity.type}: ${annotation.entity.name}`;
    case 'quote':
      return annotation.quote.speaker ? `Quote by ${speakerName(annotation.quote.speaker)}` : 'Quote without a named speaker';
    case 'claim':
      return annotation.claim.claimant ? `Claim by ${speakerName(annotation.claim.claimant)}` : 'Claim without a named source';
    default:
      return `Quantity: ${annotation.quantity.text}`;
  }
}

function fragmentElement(annotation, isFirst) {
  const classes = ['hl', `hl-${annotation.kind}`];
  const dataset = { key: annotation.key, kind: annotation.kind };
  if (annotation.kind === 'entity') {
    classes.push(`hl-${annotation.entity.type.toLowerCase()}`);
    if (annotation.mention.kind !== 'name') {
      // A pronoun or description resolved to the entity: marked, but quieter than its names.
      classes.push('hl-reference');
    }
    dataset.entityType = annotation.entity.type;
    dataset.entityId = String(annotation.entity.id);
  } else if (annotation.kind === 'quote') {
    dataset.speaker = speakerName(annotation.quote.speaker) ?? '';
  } else if (annotation.kind === 'claim') {
    dataset.claimant = speakerName(annotation.claim.claimant) ?? '';
  }

  // Names are the focus targets inside the text; quotes and claims are reached through their
  // labels (real buttons), so no interactive element ever contains another.
  const focusable = isFirst && annotation.kind === 'entity';
  return h('span', {
    class: classes.join(' '),
    dataset,
    title: describe(annotation),
    tabindex: focusable ? '0' : null,
    role: focusable ? 'button' : null,
  });
}

// A label's accessible name holds its visible words unchanged ("Putin 85%" in "Claim by Putin 85%
// check-worthy: show details"), so a speech-input user can say what they see (WCAG 2.5.3).

function quoteTag(quote) {
  const name = speakerName(quote.speaker);
  const visible = name ?? 'Unattributed';
  return h('button', {
    type: 'button',
    class: `tag quote-tag${quote.speaker ? '' : ' tag-unknown'}`,
    dataset: { key: `quote-${quote.id}`, speaker: name ?? '' },
    'aria-label': name ? `Quote by ${visible}: show details` : `Quote, ${visible}: show details`,
  },
  h('span', { class: 'tag-icon', 'aria-hidden': 'true' }, '\u201C'),
  visible);
}

function claimTag(claim) {
  const worth = claim.checkWorthiness === null || claim.checkWorthiness === undefined
    ? null
    : Math.round(claim.checkWorthiness * 100);
  const who = speakerName(claim.claimant);
  // Filled: check-worthy by the server's threshold; outlined: below it or not scored (see the legend).
  const worthy = isCheckWorthy(claim);
  const visible = `${who ?? 'Claim'}${worth !== null ? ` ${worth}%` : ''}`;
  return h('button', {
    type: 'button',
    class: `tag claim-tag${worthy ? ' tag-worthy' : ''}`,
    dataset: { key: `claim-${claim.id}`, claimant: who ?? '' },
    'aria-label': `${who ? 'Claim by ' : ''}${visible}${worth !== null ? ' check-worthy' : ''}: show details`,
  },
  h('span', { class: 'tag-icon', 'aria-hidden': 'true' }, '\u25C6'),
  who ?? 'Claim',
  worth !== null ? [' ', h('span', { class: 'tag-score' }, `${worth}%`)] : null);
}

/**
 * Renders the body into container with the shown annotations, plus speaker and claim labels.
 * Returns a map from annotation key to annotation for the detail panel.
 */
export function renderAnnotatedBody(container, body, annotations, filters) {
  const shown = annotations.filter((a) => isShown(a, filters)).sort(compareNesting);
  const byKey = new Map(annotations.map((a) => [a.key, a]));

  const widgets = new Map();
  const addWidget = (position, factory) => {
    const list = widgets.get(position) ?? [];
    list.push(factory);
    widgets.set(position, list);
  };
  for (const annotation of shown) {
    if (annotation.kind === 'quote') {
      addWidget(quoteTagPosition(body, annotation.quote), () => quoteTag(annotation.quote));
    } else if (annotation.kind === 'claim') {
      addWidget(annotation.start, () => claimTag(annotation.claim));
    }
  }

  const cuts = new Set([0, body.length, ...widgets.keys()]);
  for (const annotation of shown) {
    cuts.add(annotation.start);
    cuts.add(annotation.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  container.replaceChildren();
  const stack = [];
  const started = new Set();
  for (let i = 0; i < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const covering = to === undefined ? [] : shown.filter((a) => a.start <= from && a.end >= to);

    // Keep the open elements that still cover this piece; close the rest.
    let kept = 0;
    while (kept < stack.length && kept < covering.length && stack[kept].annotation === covering[kept]) {
      kept++;
    }
    stack.length = kept;

    let parent = kept > 0 ? stack[kept - 1].element : container;
    for (const factory of widgets.get(from) ?? []) {
      parent.append(factory());
    }
    for (const annotation of covering.slice(kept)) {
      const element = fragmentElement(annotation, !started.has(annotation.key));
      started.add(annotation.key);
      parent.append(element);
      stack.push({ annotation, element });
      parent = element;
    }
    if (to !== undefined) {
      parent.append(document.createTextNode(body.slice(from, to)));
    }
  }
  return byKey;
}
