// Pieces shared by the views: error messages, paging, search forms, small labels.

import { ApiError } from './api.js';
import { h, plural } from './dom.js';
import { entityTypeLabels } from './highlight.js';

/** Turns the API's field names ("title", "Page") into words a reader recognises. */
function fieldLabel(field) {
  const name = field.replace(/^\$\.?/, '');
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : 'Request';
}

/** Shows an API problem as its title, its detail and every field error, never a bare status code. */
export function errorBox(error) {
  const problem = error instanceof ApiError
    ? error
    : { title: 'Something went wrong in this page.', detail: String(error?.message ?? error), errors: {}, status: null };
  const fieldErrors = Object.entries(problem.errors ?? {})
    .flatMap(([field, messages]) => (Array.isArray(messages) ? messages : [messages])
      .map((message) => h('li', {}, h('strong', {}, `${fieldLabel(field)}: `), String(message))));
  return h('div', { class: 'error-box', role: 'alert' },
    h('p', { class: 'error-title' }, problem.title, problem.status ? h('span', { class: 'error-status' }, ` (HTTP ${problem.status})`) : null),
    problem.detail ? h('p', {}, problem.detail) : null,
    fieldErrors.length ? h('ul', { class: 'error-fields' }, fieldErrors) : null);
}

export function loading(text = 'Loading\u2026') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

export function typeBadge(type) {
  return h('span', { class: `type-badge type-${String(type).toLowerCase()}` }, entityTypeLabels[type] ?? type);
}

export function worthinessMeter(value) {
  if (value === null || value === undefined) {
    return h('span', { class: 'muted' }, 'not scored');
  }
  const score = Math.round(value * 100);
  return h('span', { class: 'worthiness' },
    // No low/high bands: a low score is not a bad reading, so the bar keeps one colour.
    h('meter', { min: '0', max: '100', value: String(score), 'aria-label': 'Check-worthiness' }),
    h('span', {}, `${score}% check-worthy`));
}

/**
 * The page number in the address. Anything but a whole number from 1 falls back to page 1, with a
 * message the view shows above the list, instead of the API's "The value 'NaN' is not valid".
 */
export function pageNumber(query, name = 'page') {
  const text = query.get(name);
  if (text === null || text === '') {
    return { page: 1, notice: null };
  }
  return /^[1-9]\d{0,6}$/.test(text)
    ? { page: Number(text), notice: null }
    : { page: 1, notice: h('p', { class: 'notice notice-warning', role: 'status' }, `\u201C${text}\u201D is not a page number; showing page 1.`) };
}

/** The pages a pager links to: the first, the last, and two either side of the current one. */
function pageWindow(current, pages) {
  const shown = new Set([1, pages]);
  for (let p = current - 2; p <= current + 2; p++) {
    if (p >= 1 && p <= pages) {
      shown.add(p);
    }
  }
  return [...shown].sort((a, b) => a - b);
}

/** Previous, numbered and next links that keep the list's other parameters in the address. */
export function pager(result, hrefForPage, label) {
  const pages = Math.max(1, Math.ceil(result.totalCount / result.pageSize));
  const beyond = result.totalCount > 0 && result.page > pages;
  const first = result.totalCount === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.totalCount, result.page * result.pageSize);
  const previous = result.page > 1
    ? h('a', { href: hrefForPage(Math.min(result.page - 1, pages)), rel: 'prev' }, '\u2190 Previous')
    : h('span', { class: 'disabled', 'aria-hidden': 'true' }, '\u2190 Previous');
  const next = result.page < pages
    ? h('a', { href: hrefForPage(result.page + 1), rel: 'next' }, 'Next \u2192')
    : h('span', { class: 'disabled', 'aria-hidden': 'true' }, 'Next \u2192');
  let status;
  if (result.totalCount === 0) {
    status = 'Nothing found';
  } else if (beyond) {
    status = `Page ${result.page} is past the end: there ${pages === 1 ? 'is 1 page' : `are ${pages} pages`}`;
  } else {
    status = `${first}\u2013${last} of ${result.totalCount} \u00B7 page ${result.page} of ${pages}`;
  }
  const numbers = pages > 1
    ? h('ol', { class: 'pager-pages' }, pageWindow(Math.min(result.page, pages), pages).flatMap((p, i, all) => [
      i > 0 && p - all[i - 1] > 1 ? h('li', { class: 'pager-gap', 'aria-hidden': 'true' }, '\u2026') : null,
      h('li', {}, p === result.page
        ? h('a', { href: hrefForPage(p), 'aria-current': 'page', 'aria-label': `Page ${p}, current` }, String(p))
        : h('a', { href: hrefForPage(p), 'aria-label': `Page ${p}` }, String(p))),
    ]))
    : null;
  return h('nav', { class: 'pager', 'aria-label': `${label} pages` },
    previous,
    h('span', { class: 'pager-status' }, status),
    numbers,
    next);
}

/**
 * What a list shows when it has no items: nothing matches, the page is past the end (with a link
 * back), or the store is empty.
 */
export function emptyList(result, { searching, nothing, noMatch, lastPageHref }) {
  if (result.totalCount > 0) {
    const pages = Math.ceil(result.totalCount / result.pageSize);
    return h('p', { class: 'empty' }, `There is no page ${result.page}; the list has ${pages === 1 ? '1 page' : `${pages} pages`}. `,
      h('a', { href: lastPageHref(pages) }, 'Go to the last page'));
  }
  return h('p', { class: 'empty' }, searching ? noMatch : nothing);
}

/**
 * A search excerpt from the API: HTML with the text escaped and the matched words in <mark>. It is
 * rebuilt from text nodes and <mark> elements, so nothing else in it can become markup.
 */
export function markedText(html) {
  // An inert document decodes entities (&lt;, &#233;); only its text is kept, so no markup comes through.
  const parser = new DOMParser();
  // The text goes inside <body>, where the parser keeps whitespace (the space between two marked words).
  const decode = (text) => parser.parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent;
  const children = [];
  let marked = false;
  for (const part of String(html).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      marked = true;
    } else if (part === '</mark>') {
      marked = false;
    } else if (part) {
      children.push(marked ? h('mark', {}, decode(part)) : decode(part));
    }
  }
  return children;
}

/** An article's search excerpt, with the matched words marked. */
export function snippet(html) {
  if (!html) {
    return null;
  }
  const children = markedText(html);
  return h('p', { class: 'snippet' }, h('span', { class: 'visually-hidden' }, 'Matched: '), children);
}

/**
 * A search form over a list; on submit it writes its fields into the address, and the router
 * renders the list again from there. fields: [{name, label, type, options, value}].
 */
export function filterForm(label, fields, onSubmit) {
  const controls = fields.map((field) => {
    const id = `filter-${field.name}`;
    let control;
    if (field.type === 'select') {
      control = h('select', { id, name: field.name },
        field.options.map(([value, text]) => h('option', { value, selected: value === (field.value ?? '') }, text)));
    } else if (field.type === 'checkbox') {
      control = h('input', { id, name: field.name, type: 'checkbox', checked: Boolean(field.value) });
      return h('div', { class: 'field field-checkbox' }, control, h('label', { for: id }, field.label));
    } else {
      control = h('input', { id, name: field.name, type: field.type ?? 'search', value: field.value ?? '', placeholder: field.placeholder ?? null, step: field.step ?? null, min: field.min ?? null, max: field.max ?? null });
    }
    return h('div', { class: 'field' }, h('label', { for: id }, field.label), control);
  });
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': label },
    controls,
    h('div', { class: 'field field-submit' }, h('button', { type: 'submit' }, 'Search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const field of fields) {
      const element = form.elements.namedItem(field.name);
      values[field.name] = field.type === 'checkbox' ? (element.checked ? 'true' : '') : element.value.trim();
    }
    onSubmit(values);
  });
  return form;
}

export function pageHeading(text, ...extra) {
  return h('div', { class: 'page-heading' }, h('h1', { tabindex: '-1' }, text), extra);
}

export function articleLink(article) {
  return h('a', { href: `#/articles/${article.id}` }, article.title);
}

export function entityLink(id, name) {
  return id === null || id === undefined ? h('span', {}, name) : h('a', { href: `#/entities/${id}` }, name);
}

/**
 * The API's from/to for dates picked in the page: the from day's start and the day after the to day
 * (UTC), so "to 7 April" includes 7 April. Text that is not a date goes as it is, for the API to name.
 */
export function dateRange(from, to) {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const nextDay = (text) => {
    const date = new Date(`${text}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString();
  };
  return {
    from: day.test(from) ? `${from}T00:00:00Z` : from,
    to: day.test(to) ? nextDay(to) : to,
  };
}

/** The date fields every dated list has. */
export function dateFields(from, to) {
  return [
    { name: 'from', label: 'From', type: 'date', value: from },
    { name: 'to', label: 'To', type: 'date', value: to },
  ];
}

/** Above a list: how many items match, and the downloads of exactly those items. */
export function listTools(result, downloads = null) {
  const text = result.totalCount === 0 ? 'Nothing found' : plural(result.totalCount, 'match', 'matches');
  return h('div', { class: 'list-tools' }, h('p', { class: 'list-count' }, text), downloads);
}
