// Batch upload in the "Add article" view: several .txt files (the headline on the first line, the story after it,
// as the command-line tool's ingest folder) go in one POST /api/articles/batch; the job is then followed with
// GET /api/jobs/{id} under a progress bar until every article has its outcome, and can be cancelled.

import { api } from './api.js';
import { errorBox } from './components.js';
import { h, plural } from './dom.js';

const pollMilliseconds = 700;
const finalJobStatuses = new Set(['completed', 'cancelled']);

/** A .txt file's text as an article: the first line is the headline, the rest (blank lines before it dropped) the story. */
export function articleFromText(text, source) {
  const newline = text.indexOf('\n');
  const title = (newline < 0 ? text : text.slice(0, newline)).trim();
  const body = newline < 0 ? text : text.slice(newline + 1).replace(/^[\r\n]+/, '');
  return { title, body, source };
}

/** The batch section; isCurrent stops following the job once the user has left the view. */
export function batchUpload(isCurrent) {
  const files = h('input', {
    id: 'batch-files', name: 'files', type: 'file', multiple: true, accept: '.txt,text/plain',
    'aria-describedby': 'batch-files-hint',
  });
  const source = h('input', { id: 'batch-source', name: 'source', type: 'text', 'aria-describedby': 'batch-source-hint' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Upload and analyse');
  const errors = h('div', { class: 'form-errors' });
  const job = h('div', { class: 'batch-job' });
  const form = h('form', { class: 'batch-form', novalidate: true, 'aria-labelledby': 'batch-heading' },
    h('div', { class: 'field field-block' },
      h('label', { for: 'batch-files' }, 'Files to upload'),
      h('p', { class: 'field-hint', id: 'batch-files-hint' },
        'Choose one or more .txt files: the headline on the first line, the story after it. Up to 1,000 at a time.'),
      files),
    h('div', { class: 'field field-block' },
      h('label', { for: 'batch-source' }, 'Publisher of every file'),
      h('p', { class: 'field-hint', id: 'batch-source-hint' }, 'Optional. Stored as each article\u2019s source, e.g. Reuters.'),
      source),
    errors,
    h('div', { class: 'form-actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.replaceChildren();
    const chosen = [...files.files];
    if (chosen.length === 0) {
      errors.append(h('p', { class: 'field-error', role: 'alert' }, 'Choose at least one .txt file.'));
      files.focus();
      return;
    }
    submit.disabled = true;
    try {
      const publisher = source.value.trim() || null;
      const articles = await Promise.all(chosen.map(async (file) => articleFromText(await file.text(), publisher)));
      const accepted = await api.createBatch(articles);
      follow(job, accepted, chosen.map((file) => file.name), isCurrent);
    } catch (error) {
      errors.append(errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });

  return h('section', { class: 'batch-upload', 'aria-labelledby': 'batch-heading' },
    h('h2', { id: 'batch-heading' }, 'Add several articles from files'),
    form, job);
}

/** Shows the job and asks for it again until every article has its outcome. */
function follow(container, first, names, isCurrent) {
  const progress = h('progress', { id: 'batch-progress', max: String(Math.max(first.total, 1)), value: '0' });
  const summary = h('p', { role: 'status' });
  const cancel = h('button', { type: 'button' }, 'Cancel the upload');
  const errors = h('div', { class: 'form-errors' });
  const results = h('div', { class: 'batch-results' });
  container.replaceChildren(
    h('h3', {}, `Upload ${first.id}`),
    h('label', { for: 'batch-progress' }, 'Articles analysed'),
    progress, summary, errors,
    h('div', { class: 'form-actions' }, cancel),
    results);

  let timer = null;
  const show = (state) => {
    progress.max = Math.max(state.total, 1);
    progress.value = state.processed;
    const done = finalJobStatuses.has(state.status);
    summary.textContent = done
      ? `${state.status === 'cancelled' ? 'Cancelled' : 'Finished'}: ${state.processed} of ${plural(state.total, 'article')} have their outcome.`
      : `${state.processed} of ${plural(state.total, 'article')} analysed\u2026`;
    cancel.hidden = done;
    if (done) {
      results.replaceChildren(...outcome(state, names));
    }
    return done;
  };

  const poll = async () => {
    timer = null;
    if (!isCurrent()) {
      return;
    }
    try {
      if (!show(await api.getJob(first.id))) {
        timer = setTimeout(poll, pollMilliseconds);
      }
    } catch (error) {
      errors.replaceChildren(errorBox(error));
    }
  };

  cancel.addEventListener('click', async () => {
    errors.replaceChildren();
    cancel.disabled = true;
    try {
      const state = await api.cancelJob(first.id);
      if (show(state) && timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
    } catch (error) {
      // 409: the job completed meanwhile; the next poll shows its outcome.
      if (error.status !== 409) {
        errors.replaceChildren(errorBox(error));
      }
    } finally {
      cancel.disabled = false;
    }
  });

  if (!show(first)) {
    timer = setTimeout(poll, pollMilliseconds);
  }
}

/** The counts, then every file with what became of it and a link to its article. */
function outcome(state, names) {
  const counts = [
    `${state.stored} stored`,
    plural(state.duplicates, 'duplicate'),
    `${state.invalid} invalid`,
    `${state.failed} failed`,
    `${state.cancelled} cancelled`,
  ];
  return [
    h('ul', { class: 'batch-counts counts', 'aria-label': 'Outcome' }, counts.map((text) => h('li', {}, h('span', {}, text)))),
    h('ol', { class: 'batch-items', 'aria-label': 'Files' }, state.items.map((item) => {
      const name = names[item.index] ?? `Article ${item.index + 1}`;
      const reasons = Object.values(item.errors ?? {}).flat().join(' ');
      return h('li', {},
        item.articleId ? h('a', { href: `#/articles/${item.articleId}` }, name) : name,
        ` \u2014 ${item.status}`,
        reasons ? h('span', { class: 'field-error' }, reasons) : null);
    })),
  ];
}
