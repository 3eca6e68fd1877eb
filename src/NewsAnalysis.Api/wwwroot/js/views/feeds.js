// Feeds: subscribe to a publisher's RSS or Atom feed, see how each feed's polling goes, poll now or unsubscribe.

import { api, ApiError } from '../api.js';
import { errorBox, pageHeading, pager } from '../components.js';
import { h, plural } from '../dom.js';
import { href } from '../links.js';

export async function renderFeeds(main, context) {
  const page = Number(context.query.get('page') ?? 1);
  context.setTitle('Feeds');

  const status = h('p', { class: 'feed-status', role: 'status' });
  const errors = h('div', { class: 'form-errors' });
  const list = h('div', { class: 'feed-list-region' });

  const urlError = h('p', { class: 'field-error', id: 'feed-url-error' });
  const minutesError = h('p', { class: 'field-error', id: 'feed-minutes-error' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Subscribe');
  const form = h('form', { class: 'feed-form', novalidate: true, 'aria-label': 'Subscribe to a feed' },
    h('div', { class: 'field field-block' },
      h('label', { for: 'feed-url' }, 'Feed address (URL)', h('span', { class: 'required' }, ' (required)')),
      h('p', { class: 'field-hint', id: 'feed-url-hint' }, 'An RSS or Atom feed, http or https.'),
      h('input', { id: 'feed-url', name: 'url', type: 'url', 'aria-required': 'true', 'aria-describedby': 'feed-url-hint feed-url-error' }),
      urlError),
    h('div', { class: 'field field-block' },
      h('label', { for: 'feed-minutes' }, 'Minutes between polls'),
      h('p', { class: 'field-hint', id: 'feed-minutes-hint' }, '5 to 1440 (a day).'),
      h('input', { id: 'feed-minutes', name: 'pollMinutes', type: 'number', min: '5', max: '1440', value: '60', inputmode: 'numeric', 'aria-describedby': 'feed-minutes-hint feed-minutes-error' }),
      minutesError),
    errors,
    h('div', { class: 'form-actions' }, submit));

  const refresh = async () => {
    const result = await api.listFeeds({ page, pageSize: 20 });
    if (!context.isCurrent()) {
      return;
    }
    list.replaceChildren(...feedList(result, refresh, status));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.replaceChildren();
    urlError.replaceChildren();
    minutesError.replaceChildren();
    for (const control of [form.elements.namedItem('url'), form.elements.namedItem('pollMinutes')]) {
      control.removeAttribute('aria-invalid');
    }
    const minutes = form.elements.namedItem('pollMinutes').value.trim();
    const request = {
      url: form.elements.namedItem('url').value.trim(),
      pollMinutes: minutes === '' ? null : Number(minutes),
    };
    submit.disabled = true;
    try {
      const feed = await api.subscribeFeed(request);
      form.reset();
      status.textContent = `Subscribed to ${feed.url}. Its first poll runs shortly.`;
      await refresh();
    } catch (error) {
      errors.append(errorBox(error));
      if (error instanceof ApiError) {
        for (const [field, messages] of Object.entries(error.errors)) {
          const name = field.replace(/^\$\./, '');
          const target = name === 'url' ? urlError : name === 'pollMinutes' ? minutesError : null;
          if (target) {
            target.textContent = [].concat(messages).join(' ');
            form.elements.namedItem(name).setAttribute('aria-invalid', 'true');
          }
        }
      }
      (form.querySelector('[aria-invalid="true"]') ?? errors.querySelector('[role="alert"]'))?.focus?.();
    } finally {
      submit.disabled = false;
    }
  });

  main.append(
    pageHeading('Feeds'),
    h('p', { class: 'lead' }, 'Subscribe to a publisher\u2019s news feed: every new story it lists is fetched, analysed and stored as an article.'),
    form,
    status,
    h('h2', { id: 'feeds-heading' }, 'Subscribed feeds'),
    list);
  await refresh();

  function feedList(result, reload, announce) {
    if (result.items.length === 0) {
      return [h('p', { class: 'empty' }, 'No feeds yet.')];
    }
    return [
      h('ul', { class: 'card-list feed-list', 'aria-labelledby': 'feeds-heading' }, result.items.map((feed) => feedCard(feed, reload, announce))),
      pager(result, (p) => href('/feeds', { page: p }), 'Feed list'),
    ];
  }
}

function feedCard(feed, reload, announce) {
  const name = feed.title ?? feed.url;
  const failing = feed.consecutiveFailures > 0;
  const act = async (button, action, done) => {
    button.disabled = true;
    try {
      await action();
      announce.textContent = done;
      await reload();
    } catch (error) {
      button.disabled = false;
      button.closest('li').append(errorBox(error));
    }
  };
  const poll = h('button', { type: 'button', 'aria-label': `Poll ${name} now` }, 'Poll now');
  poll.addEventListener('click', () => act(poll, () => api.pollFeed(feed.id), `${name} will be polled now.`));
  const remove = h('button', { type: 'button', 'aria-label': `Unsubscribe from ${name}` }, 'Unsubscribe');
  remove.addEventListener('click', () => act(remove, () => api.deleteFeed(feed.id), `Unsubscribed from ${name}. Its articles stay.`));

  return h('li', { class: `card feed${failing ? ' feed-failing' : ''}` },
    h('h3', { class: 'card-title' }, name),
    feed.title ? h('p', { class: 'feed-url' }, feed.url) : null,
    h('p', { class: 'meta' },
      feed.lastPolledAt ? `Last polled ${dateTime(feed.lastPolledAt)}` : 'Not polled yet',
      ' \u00B7 ',
      `next poll ${dateTime(feed.nextPollAt)}`,
      ' \u00B7 ',
      `every ${plural(feed.pollMinutes, 'minute')}`),
    h('p', { class: 'counts' },
      h('span', {}, `${feed.itemsSeen} seen`),
      h('span', {}, `${feed.itemsStored} stored`),
      h('span', {}, plural(feed.itemsDuplicate, 'duplicate')),
      h('span', {}, `${feed.itemsFailed} failed`)),
    failing
      ? h('p', { class: 'feed-error' }, h('strong', {}, `Failing: ${plural(feed.consecutiveFailures, 'poll')} in a row. `), feed.lastError ?? '')
      : feed.lastError
        ? h('p', { class: 'muted' }, `Last error (${dateTime(feed.lastErrorAt)}): ${feed.lastError}`)
        : null,
    h('div', { class: 'feed-actions' }, poll, remove));
}

function dateTime(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
