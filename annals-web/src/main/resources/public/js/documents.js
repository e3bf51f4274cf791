// Documents: browse, full-text search, filter by person and date range, page through.
// The search form is a plain GET form, so every search is a URL (bookmarkable, Back works).

import { api } from './api.js';
import { startPage } from './layout.js';
import { el, append, clear, notice, time } from './dom.js';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'person', 'dateFrom', 'dateTo', 'collection'];

const me = startPage('documents');
if (me) {
  const query = new URLSearchParams(window.location.search);
  fillForm(query);
  loadCollections(query.get('collection'));
  loadResults(query);
}

function fillForm(query) {
  for (const name of FILTERS) {
    const field = document.getElementById(name);
    if (field && query.get(name)) {
      field.value = query.get(name);
    }
  }
}

async function loadResults(query) {
  const status = document.getElementById('results-status');
  const results = document.getElementById('results');
  const search = new URLSearchParams();
  for (const name of FILTERS) {
    if (query.get(name)) {
      search.set(name, query.get(name).trim());
    }
  }
  search.set('page', query.get('page') || '1');
  search.set('size', String(PAGE_SIZE));
  status.textContent = 'Searching…';
  try {
    const page = await api(`/store/api/documents?${search}`);
    status.textContent = describe(page, query);
    clear(results).append(page.items.length ? table(page.items) : el('p', {}, 'No document matches.'));
    drawPaging(page, query);
  } catch (e) {
    status.textContent = '';
    clear(results).append(notice('error', e.message));
  }
}

function describe(page, query) {
  const filtered = FILTERS.some((name) => query.get(name));
  const count = `${page.total} ${page.total === 1 ? 'document' : 'documents'}`;
  const where = page.totalPages > 1 ? `, page ${page.page} of ${page.totalPages}` : '';
  return `${count}${filtered ? ' match' : ' in the archive'}${where}.`;
}

function table(items) {
  return el('table', { class: 'documents' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Title'),
      el('th', { scope: 'col' }, 'Collection'),
      el('th', { scope: 'col', class: 'number' }, 'Editions'),
      el('th', { scope: 'col' }, 'Last recorded'))),
    el('tbody', {}, items.map((d) => el('tr', {},
      el('td', {}, el('a', { href: `/document.html?id=${encodeURIComponent(d.documentId)}` }, d.title || d.documentId),
        d.title ? el('div', { class: 'muted small' }, d.documentId) : null),
      el('td', {}, el('a', { href: `/?collection=${encodeURIComponent(d.collection)}` }, d.collection)),
      el('td', { class: 'number' }, d.editions),
      el('td', {}, time(d.updatedAt))))));
}

function drawPaging(page, query) {
  const nav = clear(document.getElementById('paging'));
  if (page.totalPages <= 1) {
    return;
  }
  const link = (number, label, rel) => {
    const target = new URLSearchParams(query);
    target.set('page', String(number));
    return el('a', { href: `/?${target}`, rel, class: 'button secondary' }, label);
  };
  append(nav,
    page.page > 1 ? link(page.page - 1, '← Previous', 'prev') : null,
    el('span', {}, `Page ${page.page} of ${page.totalPages}`),
    page.page < page.totalPages ? link(page.page + 1, 'Next →', 'next') : null);
}

/**
 * The collections, from the most recently recorded documents (the store has no list of its
 * own yet): enough to pick from in a working archive, and said so when there are more.
 */
async function loadCollections(selected) {
  const list = document.getElementById('collections');
  const select = document.getElementById('collection');
  try {
    const page = await api('/store/api/documents?size=200');
    const counts = new Map();
    for (const d of page.items) {
      counts.set(d.collection, (counts.get(d.collection) || 0) + 1);
    }
    const names = [...counts.keys()].sort();
    append(clear(list), names.map((name) => el('li', {},
      el('a', { href: `/?collection=${encodeURIComponent(name)}`, 'aria-current': name === selected ? 'true' : null }, name),
      el('span', { class: 'muted' }, ` (${counts.get(name)})`))));
    if (!names.length) {
      list.append(el('li', { class: 'muted' }, 'None yet.'));
    }
    if (page.total > page.items.length) {
      list.append(el('li', { class: 'muted small' }, `From the latest ${page.items.length} of ${page.total} documents.`));
    }
    for (const name of names) {
      select.append(el('option', { value: name, selected: name === selected }, name));
    }
  } catch (e) {
    clear(list).append(el('li', { class: 'muted' }, e.message));
  }
}
