import { api, ApiError } from '../api.js';
import { batchUpload } from '../batch.js';
import { errorBox, pageHeading } from '../components.js';
import { h } from '../dom.js';
import { navigate } from '../links.js';

// What the user has: the text itself, an address for the server to fetch, or a saved page's HTML.
const modes = [
  { value: 'text', label: 'Pasted article', lead: 'Paste an article. It is analysed for names, quotes and claims, then stored.' },
  { value: 'url', label: 'Web address', lead: 'Give an article\u2019s address. The server fetches the page, takes the story out of it, then analyses and stores it.' },
  { value: 'html', label: 'Saved page (HTML)', lead: 'Paste a page\u2019s HTML as saved from the browser, with its address. The story is taken out of it, then analysed and stored.' },
];

// modes: where a field is shown; required: where it must be filled.
const fields = [
  { name: 'url', label: 'Address (URL)', type: 'url', modes: ['url', 'html', 'text'], required: ['url', 'html'],
    hint: { text: 'Optional. An article address can only be stored once.', url: 'The article\u2019s page, http or https.', html: 'Where the page was saved from; an article address can only be stored once.' } },
  { name: 'html', label: 'Page HTML', multiline: true, modes: ['html'], required: ['html'], hint: 'The whole page as saved (View source, or Save page as).' },
  { name: 'title', label: 'Title', modes: ['text', 'url', 'html'], required: ['text'],
    hint: { text: 'The headline.', url: 'Optional. Left empty, the page\u2019s own headline is used.', html: 'Optional. Left empty, the page\u2019s own headline is used.' } },
  { name: 'body', label: 'Text', multiline: true, modes: ['text'], required: ['text'], hint: 'The full article text, paragraphs separated by blank lines.' },
  { name: 'source', label: 'Source', modes: ['text', 'url', 'html'], hint: 'Optional. The publisher, e.g. Reuters.' },
  { name: 'author', label: 'Author', modes: ['text', 'url', 'html'], hint: 'Optional. Left empty, the byline the text or page states is used.' },
  { name: 'publishedAt', label: 'Published', type: 'datetime-local', modes: ['text', 'url', 'html'], hint: 'Optional. Your local time.' },
];

export async function renderNewArticle(main, context) {
  context.setTitle('Add article');
  const errors = h('div', { class: 'form-errors' });
  const lead = h('p', { class: 'lead' });

  const blocks = new Map();
  const controls = fields.map((field) => {
    const id = `article-${field.name}`;
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const attributes = { id, name: field.name, 'aria-describedby': `${hintId} ${errorId}` };
    const control = field.multiline
      ? h('textarea', { ...attributes, rows: '14' })
      : h('input', { ...attributes, type: field.type ?? 'text' });
    const block = h('div', { class: 'field field-block' },
      h('label', { for: id }, field.label, h('span', { class: 'required' })),
      h('p', { class: 'field-hint', id: hintId }),
      control,
      h('p', { class: 'field-error', id: errorId }));
    blocks.set(field.name, block);
    return block;
  });

  const modeChoice = h('fieldset', { class: 'mode-choice' },
    h('legend', {}, 'What do you have?'),
    modes.map((mode) => h('label', { class: 'mode-option' },
      h('input', { type: 'radio', name: 'mode', value: mode.value, checked: mode.value === 'text' }),
      ` ${mode.label}`)));

  const submit = h('button', { type: 'submit', class: 'primary' }, 'Analyse and save');
  // The API is the one judge of what is valid, so the browser's own checks are off and its
  // messages are shown as they come.
  const form = h('form', { class: 'article-form', novalidate: true, 'aria-label': 'New article' }, modeChoice, controls, errors,
    h('div', { class: 'form-actions' }, submit));

  const currentMode = () => form.elements.namedItem('mode').value || 'text';
  const showMode = () => {
    const mode = currentMode();
    lead.textContent = modes.find((m) => m.value === mode).lead;
    for (const field of fields) {
      const block = blocks.get(field.name);
      const required = (field.required ?? []).includes(mode);
      block.hidden = !field.modes.includes(mode);
      block.querySelector('.required').textContent = required ? ' (required)' : '';
      const control = form.elements.namedItem(field.name);
      if (required) {
        control.setAttribute('aria-required', 'true');
      } else {
        control.removeAttribute('aria-required');
      }
      block.querySelector('.field-hint').textContent = typeof field.hint === 'string' ? field.hint : field.hint[mode];
    }
  };
  modeChoice.addEventListener('change', showMode);
  showMode();

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
    const mode = currentMode();
    const published = value('publishedAt');
    const request = {
      title: mode === 'text' ? form.elements.namedItem('title').value.trim() : value('title')?.trim() ?? null,
      url: value('url')?.trim() ?? null,
      source: value('source')?.trim() ?? null,
      author: value('author')?.trim() ?? null,
      publishedAt: published ? new Date(published).toISOString() : null,
    };
    if (mode === 'text') {
      // The body is sent exactly as pasted: every span the API returns is an offset into it.
      request.body = form.elements.namedItem('body').value;
    } else if (mode === 'html') {
      request.html = form.elements.namedItem('html').value;
    }
    // A web address goes alone: without body or html the server fetches the page.

    submit.disabled = true;
    submit.textContent = mode === 'url' ? 'Fetching and analysing\u2026' : 'Analysing\u2026';
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

  main.append(pageHeading('Add an article'), lead, form, batchUpload(context.isCurrent));
}

function showError(form, errors, error) {
  errors.append(errorBox(error));
  if (!(error instanceof ApiError)) {
    return;
  }
  let firstInvalid = null;
  for (const [field, messages] of Object.entries(error.errors)) {
    const match = fields.find((f) => f.name.toLowerCase() === field.toLowerCase());
    if (!match || blockOf(form, match).hidden) {
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

function blockOf(form, field) {
  return form.elements.namedItem(field.name).closest('.field-block');
}
