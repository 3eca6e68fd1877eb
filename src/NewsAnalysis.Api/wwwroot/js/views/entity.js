import { api } from '../api.js';
import { loading, pageNumber, pager, typeBadge } from '../components.js';
import { formatDate, h, plural } from '../dom.js';
import { mergeCorrection } from '../corrections.js';
import { href, navigate } from '../links.js';
import { claimItem, quoteItem } from '../statements.js';

export async function renderEntity(main, context) {
  const { page: quotePage } = pageNumber(context.query, 'quotes');
  const { page: claimPage } = pageNumber(context.query, 'claims');
  const status = main.appendChild(loading('Loading entity\u2026'));
  const [entity, quotes, claims] = await Promise.all([
    api.getEntity(context.id),
    api.entityQuotes(context.id, { page: quotePage, pageSize: 10 }),
    api.entityClaims(context.id, { page: claimPage, pageSize: 10 }),
  ]);
  if (!context.isCurrent()) {
    return;
  }
  status.remove();
  context.setTitle(entity.name);

  // Each list pages on its own; the other list's page stays in the address.
  const pageHref = (name) => (page) => href(`/entities/${entity.id}`, { quotes: quotePage, claims: claimPage, [name]: page });

  main.append(h('div', { class: 'entity-view' },
    h('header', { class: 'entity-header' },
      h('p', { class: 'eyebrow' }, h('a', { href: '#/entities' }, '\u2190 All entities')),
      context.query.get('merged') ? h('p', { class: 'notice', role: 'status' }, `\u201C${context.query.get('merged')}\u201D was merged into ${entity.name}.`) : null,
      h('h1', { tabindex: '-1' }, entity.name, ' ', typeBadge(entity.type)),
      entity.aliases.length
        ? h('p', { class: 'aliases-line' }, 'Also written as ', entity.aliases.map((alias, i) => [i ? ', ' : '', h('q', {}, alias)]))
        : null,
      h('p', { class: 'counts' },
        h('span', {}, plural(entity.articleCount, 'article')),
        h('span', {}, plural(entity.mentionCount, 'mention')),
        h('span', {}, plural(entity.quoteCount, 'quote')),
        h('span', {}, plural(entity.claimCount, 'claim')))),
    h('div', { class: 'entity-layout' },
      h('div', { class: 'entity-main' },
        h('section', { 'aria-labelledby': 'said-heading' },
          h('h2', { id: 'said-heading' }, `What ${entity.name} said`),
          quotes.items.length === 0
            ? h('p', { class: 'muted' }, 'No direct quotes attributed.')
            : [h('ol', { class: 'statement-list', 'aria-label': `Quotes by ${entity.name}` }, quotes.items.map((q) => quoteItem(q, { showSpeaker: false }))),
              quotes.totalCount > quotes.pageSize ? pager(quotes, pageHref('quotes'), 'Quote') : null]),
        h('section', { 'aria-labelledby': 'claimed-heading' },
          h('h2', { id: 'claimed-heading' }, `What ${entity.name} claimed`),
          claims.items.length === 0
            ? h('p', { class: 'muted' }, 'No claims attributed.')
            : [h('ol', { class: 'statement-list', 'aria-label': `Claims by ${entity.name}` }, claims.items.map((c) => claimItem(c, { showClaimant: false }))),
              claims.totalCount > claims.pageSize ? pager(claims, pageHref('claims'), 'Claim') : null])),
      h('div', { class: 'entity-side' },
        mergeCorrection(entity, (target) => navigate(`/entities/${target.id}`, { merged: entity.name })),
        h('section', { 'aria-labelledby': 'articles-heading', class: 'side-box' },
          h('h2', { id: 'articles-heading' }, 'Appears in'),
          h('ul', { class: 'plain-list' }, entity.articles.map((article) => h('li', {},
            h('a', { href: `#/articles/${article.id}?select=entity-${entity.id}` }, article.title),
            h('span', { class: 'muted' }, ` \u00B7 ${plural(article.mentionCount, 'mention')}${article.publishedAt ? ` \u00B7 ${formatDate(article.publishedAt)}` : ''}`)))),
          entity.articleCount > entity.articles.length
            ? h('p', {}, h('a', { href: href('/articles', { entityId: entity.id }) }, `All ${entity.articleCount} articles`))
            : null),
        h('section', { 'aria-labelledby': 'with-heading', class: 'side-box' },
          h('h2', { id: 'with-heading' }, 'Appears with'),
          entity.appearsWith.length === 0
            ? h('p', { class: 'muted' }, 'Nobody else yet.')
            : h('ul', { class: 'plain-list related-list' }, entity.appearsWith.map((other) => h('li', {},
              h('a', { href: `#/entities/${other.id}` }, other.name), ' ', typeBadge(other.type),
              h('span', { class: 'muted' }, ` \u00B7 ${plural(other.sharedArticles, 'shared article')}`))))),
        entity.links.length === 0
          ? null
          : h('section', { 'aria-labelledby': 'links-heading', class: 'side-box' },
            h('h2', { id: 'links-heading' }, 'Why these names are one'),
            h('ul', { class: 'plain-list link-list' }, entity.links.map((link) => h('li', {},
              h('q', {}, link.name), link.type === entity.type ? null : [' ', typeBadge(link.type)],
              h('p', { class: 'muted small' }, link.reason)))))))));
}
