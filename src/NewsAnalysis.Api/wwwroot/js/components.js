// Pieces shared by the views: error messages, paging, search forms, small labels.

import { ApiError } from './api.js';
import { h } from './dom.js';
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

/** Previous/next links that keep the list's other parameters in the address. */
export function pager(result, hrefForPage, label) {
  const pages = Math.max(1, Math.ceil(result.totalCount / result.pageSize));
  const first = result.totalCount === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.totalCount, result.page * result.pageSize);
  const previous = result.page > 1
    ? h('a', { href: hrefForPage(result.page - 1), rel: 'prev' }, '\u2190 Previous')
    : h('span', { class: 'disabled', 'aria-hidden': 'true' }, '\u2190 Previous');
  const next = result.page < pages
    ? h('a', { href: hrefForPage(result.page + 1), rel: 'next' }, 'Next \u2192')
    : h('span', { class: 'disabled', 'aria-hidden': 'true' }, 'Next \u2192');
  return h('nav', { class: 'pager', 'aria-label': `${label} pages` },
    previous,
    h('span', { class: 'pager-status' }, result.totalCount === 0
      ? 'Nothing found'
      : `${first}\u2013${last} of ${result.totalCount} \u00B7 page ${result.page} of ${pages}`),
    next);
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
