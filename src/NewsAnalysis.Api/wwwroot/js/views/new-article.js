import { api, ApiError } from '../api.js';
import { errorBox, pageHeading } from '../components.js';
import { h } from '../dom.js';
import { navigate } from '../links.js';

const fields = [
  { name: 'title', label: 'Title', required: true, hint: 'The headline.' },
  { name: 'body', label: 'Text', required: true, multiline: true, hint: 'The full article text, paragraphs separated by blank lines.' },
  { name: 'url', label: 'Address (URL)', type: 'url', hint: 'Optional. An article address can only be stored once.' },
  { name: 'source', label: 'Source', hint: 'Optional. The publisher, e.g. Reuters.' },
  { name: 'author', label: 'Author', hint: 'Optional. Left empty, a byline at the end of the text is used.' },
  { name: 'publishedAt', label: 'Published', type: 'datetime-local', hint: 'Optional. Your local time.' },
];

export async function renderNewArticle(main, context) {
  context.setTitle('Add article');
  const errors = h('div', { class: 'form-errors' });

  const controls = fields.map((field) => {
    const id = `article-${field.name}`;
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const attributes = {
      id,
      name: field.name,
      'aria-describedby': `${hintId} ${errorId}`,
      'aria-required': field.required ? 'true' : null,
    };
    const control = field.multiline
      ? h('textarea', { ...attributes, rows: '14' })
      : h('input', { ...attributes, type: field.type ?? 'text' });
    return h('div', { class: 'field field-block' },
      h('label', { for: id }, field.label, field.required ? h('span', { class: 'required' }, ' (required)') : null),
      h('p', { class: 'field-hint', id: hintId }, field.hint),
      control,
      h('p', { class: 'field-error', id: errorId }));
  });

  const submit = h('button', { type: 'submit', class: 'primary' }, 'Analyse and save');
  // The API is the one judge of what is valid, so the browser's own checks are off and its
  // messages are shown as they come.
  const form = h('form', { class: 'article-form', novalidate: true, 'aria-label': 'New article' }, controls, errors,
    h('div', { class: 'form-actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.replaceChildren();
    for (const field of fields) {
      const control = form.elements.namedItem(field.name);
      control.removeAttribute('aria-invalid');
      document.getElementById(`article-${field.name}-error`).replaceChildren();
    }

    const value = (name) => {
      const text = form.elements.namedItem(name).value;
      return text.trim() === '' ? null : text;
    };
    const published = value('publishedAt');
    const request = {
      title: form.elements.namedItem('title').value.trim(),
      // The body is sent exactly as pasted: every span the API returns is an offset into it.
      body: form.elements.namedItem('body').value,
      url: value('url')?.trim() ?? null,
      source: value('source')?.trim() ?? null,
      author: value('author')?.trim() ?? null,
      publishedAt: published ? new Date(published).toISOString() : null,
    };

    submit.disabled = true;
    submit.textContent = 'Analysing\u2026';
    try {
      const article = await api.createArticle(request);
      navigate(`/articles/${article.id}`, { created: '1' });
    } catch (error) {
      showError(form, errors, error);
    } finally {
      submit.disabled = false;
      submit.textContent = 'Analyse and save';
    }
  });

  main.append(
    pageHeading('Add an article'),
    h('p', { class: 'lead' }, 'Paste an article. It is analysed for names, quotes and claims, then stored.'),
    form);
}

function showError(form, errors, error) {
  errors.append(errorBox(error));
  if (!(error instanceof ApiError)) {
    return;
  }
  let firstInvalid = null;
  for (const [field, messages] of Object.entries(error.errors)) {
    const match = fields.find((f) => f.name.toLowerCase() === field.toLowerCase());
    if (!match) {
      continue;
    }
    const control = form.elements.namedItem(match.name);
    control.setAttribute('aria-invalid', 'true');
    document.getElementById(`article-${match.name}-error`).textContent = [].concat(messages).join(' ');
    firstInvalid ??= control;
  }
  if (error.status === 409) {
    // The conflict names the stored article in "instance" (api/articles/{id}).
    const id = /articles\/(\d+)/.exec(error.instance ?? '')?.[1];
    if (id) {
      errors.append(h('p', {}, h('a', { href: `#/articles/${id}` }, 'Open the stored article')));
    }
  }
  (firstInvalid ?? errors.querySelector('[role="alert"]'))?.focus?.();
}
