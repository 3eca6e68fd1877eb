// Quotes and claims as list items, shared by the quote list, the claim list and entity pages.

import { entityLink, markedText, worthinessMeter } from './components.js';
import { formatDate, h } from './dom.js';
import { speakerName } from './speakers.js';

// "in <article>" opens the article at this statement, selected (a permalink).
function articleLine(article, key) {
  const date = formatDate(article.publishedAt);
  return h('p', { class: 'statement-article' }, 'in ', h('a', { href: `#/articles/${article.id}?select=${key}` }, article.title), date ? ` \u00B7 ${date}` : null);
}

export function quoteItem(quote, { showSpeaker = true } = {}) {
  return h('li', { class: 'statement quote-item' },
    showSpeaker
      ? h('p', { class: 'statement-source' }, quote.speaker
        ? [entityLink(quote.speaker.entityId, speakerName(quote.speaker)), quote.cue ? h('span', { class: 'muted' }, ` ${quote.cue.text}`) : null]
        : h('span', { class: 'muted' }, 'Unattributed'))
      : null,
    h('blockquote', { class: 'statement-text' }, quote.highlight ? markedText(quote.highlight) : quote.text),
    articleLine(quote.article, `quote-${quote.id}`));
}

export function claimItem(claim, { showClaimant = true } = {}) {
  return h('li', { class: 'statement claim-item' },
    h('p', { class: 'statement-source' },
      showClaimant ? [claim.claimant ? entityLink(claim.claimant.entityId, speakerName(claim.claimant)) : h('span', { class: 'muted' }, 'No named source'), ' \u00B7 '] : null,
      worthinessMeter(claim.checkWorthiness)),
    h('p', { class: 'statement-text' }, claim.highlight ? markedText(claim.highlight) : claim.text),
    claim.quantities.length
      ? h('ul', { class: 'quantity-chips', 'aria-label': 'Numbers stated' }, claim.quantities.map((q) => {
        const parsed = `${q.approximation ? `${q.approximation} ` : ''}${q.value.toLocaleString()}${q.unit ? ` ${q.unit}` : ''}`;
        // Only show how a number was read when the reading says more than the words do.
        return h('li', {}, q.text, parsed === q.text ? null : h('span', { class: 'muted' }, ` \u2192 ${parsed}`));
      }))
      : null,
    articleLine(claim.article, `claim-${claim.id}`));
}
