// Hash router: "#/entities/5?q=x" picks a view and hands it the id and the query, so every list
// state (search words, page) lives in the address and survives reload and the back button.

import { openBanner } from './access.js';
import { api } from './api.js';
import { loadCheckWorthiness } from './checkworthiness.js';
import { errorBox } from './components.js';
import { clear } from './dom.js';
import { renderArticle } from './views/article.js';
import { renderArticles } from './views/articles.js';
import { renderClaims } from './views/claims.js';
import { renderDisagreements } from './views/disagreements.js';
import { renderEntities } from './views/entities.js';
import { renderEntity } from './views/entity.js';
import { renderFeeds } from './views/feeds.js';
import { renderNewArticle } from './views/new-article.js';
import { renderOverview } from './views/overview.js';
import { renderQuotes } from './views/quotes.js';

const routes = [
  { pattern: /^\/?$/, nav: 'articles', view: renderArticles },
  { pattern: /^\/articles$/, nav: 'articles', view: renderArticles },
  { pattern: /^\/articles\/(\d+)$/, nav: 'articles', view: renderArticle },
  { pattern: /^\/overview$/, nav: 'overview', view: renderOverview },
  { pattern: /^\/entities$/, nav: 'entities', view: renderEntities },
  { pattern: /^\/entities\/(\d+)$/, nav: 'entities', view: renderEntity },
  { pattern: /^\/quotes$/, nav: 'quotes', view: renderQuotes },
  { pattern: /^\/claims$/, nav: 'claims', view: renderClaims },
  { pattern: /^\/disagreements$/, nav: 'disagreements', view: renderDisagreements },
  { pattern: /^\/feeds$/, nav: 'feeds', view: renderFeeds },
  { pattern: /^\/new$/, nav: 'new', view: renderNewArticle },
];

const main = document.getElementById('main');
let navigationCount = 0;
// Views mark and filter check-worthy claims by the server's threshold, so they wait for it once.
const checkWorthinessLoaded = loadCheckWorthiness();

async function route({ moveFocus }) {
  const hash = location.hash;
  // In-page anchors such as the skip link are not routes.
  if (hash && !hash.startsWith('#/')) {
    return;
  }
  const [path, queryText = ''] = hash.slice(1).split('?');
  const query = new URLSearchParams(queryText);
  const match = routes.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);

  for (const link of document.querySelectorAll('[data-nav]')) {
    if (match && link.dataset.nav === match.r.nav) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }

  const current = ++navigationCount;
  const context = {
    id: match?.m[1] ? Number(match.m[1]) : null,
    query,
    isCurrent: () => current === navigationCount,
    setTitle: (title) => {
      document.title = title ? `${title} \u00B7 NewsAnalysis` : 'NewsAnalysis';
    },
  };

  clear(main);
  main.setAttribute('aria-busy', 'true');
  try {
    if (!match) {
      context.setTitle('Not found');
      main.append(errorBox({ message: `There is no page at ${path}.` }));
    } else {
      await checkWorthinessLoaded;
      await match.r.view(main, context);
    }
  } catch (error) {
    if (context.isCurrent()) {
      // The view's "Loading…" line is over once the error is known.
      for (const status of main.querySelectorAll('.loading')) {
        status.remove();
      }
      main.append(errorBox(error));
    }
  } finally {
    if (context.isCurrent()) {
      main.removeAttribute('aria-busy');
      if (moveFocus) {
        const heading = main.querySelector('h1');
        (heading ?? main).focus({ preventScroll: false });
      }
    }
  }
}

window.addEventListener('hashchange', () => route({ moveFocus: true }));
route({ moveFocus: false });

api.getAccess().then((access) => {
  if (access?.open) {
    document.querySelector('.site-header').after(openBanner());
  }
}).catch(() => {
  // An API that cannot say how it is protected is reported by the views' own requests.
});
