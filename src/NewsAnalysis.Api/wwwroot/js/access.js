// API keys in the page: the key a user enters is kept in sessionStorage (gone when the tab closes) and sent
// with every request. The page asks for one when the API answers that a request needs a key (401) or a key
// of a larger scope (403 with requiredScope), and shows a banner while the API runs open (no key exists).

import { h } from './dom.js';

const storageKey = 'newsanalysis.apiKey';

export function storedKey() {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function storeKey(key) {
  try {
    if (key) {
      sessionStorage.setItem(storageKey, key);
    } else {
      sessionStorage.removeItem(storageKey);
    }
  } catch {
    // Storage may be off (private windows, policies): the key then lasts for this request only.
  }
}

/** Whether an answer means "send (another) key": 401, or 403 naming the scope the request needs. */
export function needsKey(status, problem) {
  return status === 401 || (status === 403 && typeof problem?.requiredScope === 'string');
}

let pending = null;

/**
 * Asks for a key in a modal dialog, explaining what the API said. Resolves to the key, stored for the
 * session, or to null when the user cancels. Requests refused at the same time share one dialog.
 */
export function askForKey(problem) {
  pending ??= showDialog(problem).finally(() => {
    pending = null;
  });
  return pending;
}

function showDialog(problem) {
  return new Promise((resolve) => {
    const input = h('input', {
      id: 'api-key-input', name: 'key', type: 'password', autocomplete: 'off', spellcheck: 'false',
      'aria-describedby': 'api-key-reason api-key-hint', required: true,
    });
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h('form', { method: 'dialog', class: 'key-form' },
      h('h2', { id: 'api-key-title' }, 'An API key is needed'),
      h('p', { id: 'api-key-reason' }, problem?.detail ?? problem?.title ?? 'This action needs an API key.'),
      h('div', { class: 'field field-block' },
        h('label', { for: 'api-key-input' }, `API key${problem?.requiredScope ? ` (scope ${problem.requiredScope} or more)` : ''}`),
        h('p', { class: 'field-hint', id: 'api-key-hint' }, 'Kept in this tab only, until it is closed.'),
        input),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Use key'), cancel));
    const dialog = h('dialog', { class: 'key-dialog', 'aria-labelledby': 'api-key-title' }, form);

    let answered = false;
    const finish = (key) => {
      if (answered) {
        return;
      }
      answered = true;
      dialog.close();
      dialog.remove();
      storeKey(key);
      resolve(key);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (key) {
        finish(key);
      } else {
        input.focus();
      }
    });
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', () => finish(null));

    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}

/** The banner shown while the API is open to anyone. */
export function openBanner() {
  return h('div', { class: 'open-banner', role: 'status' },
    h('strong', {}, 'This API is open. '),
    'No API key exists yet, so anyone who can reach it can add, change and delete articles. ',
    'Create a key with ', h('code', {}, 'keys create'), ' of the command-line tool to require one.');
}
