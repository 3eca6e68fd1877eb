// Downloads of what a view shows: a list with its current filters, or one article's analysis.
// The API writes CSV (format=csv: every match, streamed); JSON of a list is gathered here page by page.
// Files are fetched like every request (with the API key, when one is needed), then saved from a Blob.

import { api, withQuery } from './api.js';
import { errorBox } from './components.js';
import { h } from './dom.js';

/** Most items the JSON download of a list gathers (100 pages of 100). */
export const maxJsonItems = 10_000;

function save(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function gatherPages(path, filters) {
  const items = [];
  let totalCount = 0;
  for (let page = 1; items.length < maxJsonItems; page++) {
    const result = await api.fetchJson(withQuery(path, { ...filters, page, pageSize: 100 }));
    totalCount = result.totalCount;
    items.push(...result.items);
    if (result.items.length < result.pageSize) {
      break;
    }
  }
  return { totalCount, filters, items: items.slice(0, maxJsonItems) };
}

function downloadButton(label, describedBy, action, status) {
  const button = h('button', { type: 'button', class: 'download-button', 'aria-describedby': describedBy }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.replaceChildren('Preparing the file\u2026');
    try {
      await action();
      status.replaceChildren('Downloaded.');
    } catch (error) {
      status.replaceChildren(errorBox(error));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

let counter = 0;

/**
 * "Download CSV" and "Download JSON" for a list: path is the API list ("api/quotes"), filters the
 * parameters the view sends (without page), name the file's name without extension.
 */
export function listDownloads(path, filters, name) {
  const id = `downloads-${++counter}`;
  const status = h('span', { class: 'download-status', role: 'status' });
  return h('div', { class: 'downloads' },
    h('span', { id, class: 'muted small' }, 'Every match, with these filters:'),
    downloadButton('Download CSV', id, async () => save(await api.fetchFile(withQuery(path, { ...filters, format: 'csv' }), 'text/csv'), `${name}.csv`), status),
    downloadButton('Download JSON', id, async () => save(
      new Blob([JSON.stringify(await gatherPages(path, filters), null, 2)], { type: 'application/json' }), `${name}.json`), status),
    status);
}

/** The downloads of one article's analysis: its JSON as the API gives it, and a CSV row per finding. */
export function articleDownloads(article) {
  const id = `downloads-${++counter}`;
  const status = h('span', { class: 'download-status', role: 'status' });
  return h('div', { class: 'downloads' },
    h('span', { id, class: 'muted small' }, 'This analysis:'),
    downloadButton('Download CSV', id, async () => save(await api.fetchFile(`api/articles/${article.id}?format=csv`, 'text/csv'), `article-${article.id}.csv`), status),
    downloadButton('Download JSON', id, async () => save(
      new Blob([JSON.stringify(article, null, 2)], { type: 'application/json' }), `article-${article.id}.json`), status),
    status);
}
