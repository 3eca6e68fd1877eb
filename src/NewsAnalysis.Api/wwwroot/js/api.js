// Talks to the JSON API on the same origin. Every failure becomes an ApiError carrying the
// problem+json body, so views can show the API's own words instead of a generic message.
// A request that needs an API key asks the user for one (access.js) and is sent again with it.

import { askForKey, needsKey, storedKey } from './access.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.title ?? `Request failed with status ${status}`);
    this.status = status;
    this.title = problem.title ?? `Request failed with status ${status}`;
    this.detail = problem.detail ?? null;
    this.errors = problem.errors ?? {};
    this.instance = problem.instance ?? null;
    this.requiredScope = problem.requiredScope ?? null;
  }
}

async function request(method, path, body, accept = 'application/json') {
  for (;;) {
    try {
      return await send(method, path, body, storedKey(), accept);
    } catch (error) {
      if (!(error instanceof ApiError) || !needsKey(error.status, error) || !(await askForKey(error))) {
        throw error;
      }
    }
  }
}

async function send(method, path, body, key, accept) {
  const headers = { Accept: accept };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (key) {
    headers.Authorization = `Bearer ${key}`;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, { title: 'The API could not be reached.', detail: String(error.message ?? error) });
  }

  if (response.ok && accept !== 'application/json') {
    // A download (CSV): the body as it came.
    return response.blob();
  }

  const text = await response.text();
  let payload = null;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = null;
    }
  }

  if (!response.ok) {
    const problem = payload && typeof payload === 'object'
      ? payload
      : { title: `${response.status} ${response.statusText}`.trim(), detail: text || null };
    throw new ApiError(response.status, problem);
  }
  return payload;
}

/** Builds "path?key=value" from the given parameters, leaving out empty ones. */
export function withQuery(path, parameters) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && value !== '') {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  /** The answer of a GET as a Blob of the given media type (text/csv), with the key like every request. */
  fetchFile: (path, mediaType) => request('GET', path, undefined, mediaType),
  fetchJson: (path) => request('GET', path),
  setSpeaker: (quoteId, entityId) => request('PUT', `api/quotes/${encodeURIComponent(quoteId)}/speaker`, { entityId }),
  clearSpeaker: (quoteId) => request('DELETE', `api/quotes/${encodeURIComponent(quoteId)}/speaker`),
  setClaimant: (claimId, entityId) => request('PUT', `api/claims/${encodeURIComponent(claimId)}/claimant`, { entityId }),
  clearClaimant: (claimId) => request('DELETE', `api/claims/${encodeURIComponent(claimId)}/claimant`),
  mergeEntity: (id, into) => request('POST', `api/entities/${encodeURIComponent(id)}/merge`, { into }),
  stats: (name, parameters) => request('GET', withQuery(`api/stats/${name}`, parameters)),
  getAccess: () => request('GET', 'api/access'),
  listArticles: (parameters) => request('GET', withQuery('api/articles', parameters)),
  getArticle: (id) => request('GET', `api/articles/${encodeURIComponent(id)}`),
  createArticle: (article) => request('POST', 'api/articles', article),
  deleteArticle: (id) => request('DELETE', `api/articles/${encodeURIComponent(id)}`),
  createBatch: (articles) => request('POST', 'api/articles/batch', { articles }),
  getJob: (id) => request('GET', `api/jobs/${encodeURIComponent(id)}`),
  cancelJob: (id) => request('POST', `api/jobs/${encodeURIComponent(id)}/cancel`),
  listEntities: (parameters) => request('GET', withQuery('api/entities', parameters)),
  getEntity: (id) => request('GET', `api/entities/${encodeURIComponent(id)}`),
  entityQuotes: (id, parameters) => request('GET', withQuery(`api/entities/${encodeURIComponent(id)}/quotes`, parameters)),
  entityClaims: (id, parameters) => request('GET', withQuery(`api/entities/${encodeURIComponent(id)}/claims`, parameters)),
  listQuotes: (parameters) => request('GET', withQuery('api/quotes', parameters)),
  listClaims: (parameters) => request('GET', withQuery('api/claims', parameters)),
  getCheckWorthinessModel: () => request('GET', 'api/claims/check-worthiness'),
  listDisagreements: (parameters) => request('GET', withQuery('api/claims/disagreements', parameters)),
  listFeeds: (parameters) => request('GET', withQuery('api/feeds', parameters)),
  subscribeFeed: (feed) => request('POST', 'api/feeds', feed),
  pollFeed: (id) => request('POST', `api/feeds/${encodeURIComponent(id)}/poll`),
  deleteFeed: (id) => request('DELETE', `api/feeds/${encodeURIComponent(id)}`),
};
