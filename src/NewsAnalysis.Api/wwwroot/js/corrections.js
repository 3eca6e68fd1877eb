// Corrections a reader can make in the page: who said a quote, who made a claim, and two entities
// that are one. They use the API's correction endpoints (decision 0010). Writes may need an API key:
// the API answers 401 or 403, api.js asks for the key in a dialog and keeps it in sessionStorage
// for this tab only (access.js), then sends the request again.

import { api } from './api.js';
import { errorBox, typeBadge } from './components.js';
import { h } from './dom.js';

let counter = 0;

/**
 * A search for an entity by name, with its matches in a select. Answers the form's pieces and
 * chosen(), the picked entity id or null. exclude: an id that is not a choice (the entity itself).
 */
function entityPicker(label, exclude) {
  const id = `pick-${++counter}`;
  const input = h('input', { id: `${id}-q`, type: 'search', placeholder: 'e.g. Putin', autocomplete: 'off' });
  const select = h('select', { id: `${id}-choice`, disabled: true }, h('option', { value: '' }, 'Search first'));
  const find = h('button', { type: 'button' }, 'Find');
  const status = h('p', { class: 'muted small', role: 'status' });
  const search = async () => {
    const words = input.value.trim();
    if (!words) {
      input.focus();
      return;
    }
    status.textContent = 'Searching\u2026';
    try {
      const result = await api.listEntities({ q: words, pageSize: 20 });
      const items = result.items.filter((e) => e.id !== exclude);
      select.replaceChildren(...(items.length === 0
        ? [h('option', { value: '' }, 'No entity has this name')]
        : items.map((e) => h('option', { value: String(e.id) }, `${e.name} (${e.type}, ${e.mentionCount} mentions)`))));
      select.disabled = items.length === 0;
      status.textContent = items.length === 0 ? 'No entity has this name.' : `${items.length} found; pick one.`;
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  };
  find.addEventListener('click', search);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  });
  return {
    fields: [
      h('div', { class: 'field' }, h('label', { for: `${id}-q` }, label), h('div', { class: 'inline-field' }, input, find)),
      h('div', { class: 'field' }, h('label', { for: `${id}-choice` }, 'Match'), select),
      status,
    ],
    chosen: () => (select.disabled || !select.value ? null : Number(select.value)),
  };
}

/**
 * "Correct the speaker" (or claimant) under a quote or claim card. kind: 'quote' or 'claim'.
 * onDone() runs after the API accepted the correction (the view reloads the article).
 */
export function attributionCorrection(kind, statement, onDone) {
  const role = kind === 'quote' ? 'speaker' : 'claimant';
  const current = kind === 'quote' ? statement.speaker : statement.claimant;
  const picker = entityPicker(`Who is the ${role}?`, null);
  const outcome = h('div', { class: 'correction-outcome', 'aria-live': 'polite' });
  const run = async (action, done) => {
    outcome.replaceChildren();
    try {
      await action();
      outcome.replaceChildren(h('p', { class: 'notice', role: 'status' }, done));
      onDone();
    } catch (error) {
      outcome.replaceChildren(errorBox(error));
    }
  };
  const set = h('button', { type: 'button', class: 'primary' }, `Set as ${role}`);
  set.addEventListener('click', () => {
    const entityId = picker.chosen();
    if (entityId === null) {
      outcome.replaceChildren(h('p', { class: 'field-error' }, 'Find and pick an entity first.'));
      return;
    }
    run(() => (kind === 'quote' ? api.setSpeaker(statement.id, entityId) : api.setClaimant(statement.id, entityId)), `The ${role} is corrected.`);
  });
  const clear = current
    ? h('button', { type: 'button' }, `Remove the ${role}`)
    : null;
  clear?.addEventListener('click', () => run(
    () => (kind === 'quote' ? api.clearSpeaker(statement.id) : api.clearClaimant(statement.id)), `The ${kind} now has no ${role}.`));
  return h('details', { class: 'correction' },
    h('summary', {}, `Correct the ${role}`),
    h('div', { class: 'correction-body' },
      picker.fields,
      h('div', { class: 'form-actions' }, set, clear),
      h('p', { class: 'muted small' }, 'Corrections are stored and listed at api/corrections. When the API has keys, it asks for one.'),
      outcome));
}

/** "Merge into another entity" on an entity's page: the entity goes, its mentions, quotes and claims move. */
export function mergeCorrection(entity, onMerged) {
  const picker = entityPicker('Merge into', entity.id);
  const outcome = h('div', { class: 'correction-outcome', 'aria-live': 'polite' });
  const merge = h('button', { type: 'button', class: 'primary' }, 'Merge');
  merge.addEventListener('click', async () => {
    const into = picker.chosen();
    if (into === null) {
      outcome.replaceChildren(h('p', { class: 'field-error' }, 'Find and pick the entity to merge into first.'));
      return;
    }
    if (!window.confirm(`Merge \u201C${entity.name}\u201D into the chosen entity? Its mentions, quotes and claims move there and this page goes.`)) {
      return;
    }
    outcome.replaceChildren();
    try {
      const result = await api.mergeEntity(entity.id, into);
      onMerged(result.entity);
    } catch (error) {
      outcome.replaceChildren(errorBox(error));
    }
  });
  return h('details', { class: 'correction side-box' },
    h('summary', {}, 'Merge with another entity'),
    h('div', { class: 'correction-body' },
      h('p', { class: 'muted small' }, 'When the analysis kept one person or organisation apart as two, merge this one into the other. ', typeBadge(entity.type)),
      picker.fields,
      h('div', { class: 'form-actions' }, merge),
      outcome));
}
