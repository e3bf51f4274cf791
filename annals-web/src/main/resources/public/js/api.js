// Calls to the services through annals-web's proxy (/ingest, /store, /enrich), with the
// signed-in token. Errors arrive as problem+json; ApiError keeps their sentence (`detail`).

import { token } from './session.js';

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export function authHeaders() {
  const value = token();
  return value ? { Authorization: `Bearer ${value}` } : {};
}

/** Fetches JSON; `options.json` is sent as a JSON body. Throws ApiError for any non-2xx answer. */
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...authHeaders(), ...(options.headers || {}) };
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response;
  try {
    response = await fetch(path, { method: options.method || 'GET', headers, body });
  } catch (e) {
    throw new ApiError(0, 'Network error', `The web service cannot be reached (${e.message}).`);
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Turns a failed response into an ApiError with the service's own sentence when it gave one. */
export async function errorOf(response) {
  let title = response.statusText;
  let detail = '';
  try {
    const problem = JSON.parse(await response.text());
    title = problem.title || title;
    detail = problem.detail || problem.message || '';
  } catch (e) {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, title, detail || `${response.status} ${title}`);
}

/** Store links are paths of the store itself ("/api/documents/…"); the browser reaches them under /store. */
export function storePath(link) {
  return `/store${link}`;
}
