// One document: an edition's text with its tags highlighted, its metadata, the original source,
// OCR confidence; the list of editions and a diff between any two; the event history with the
// state of its hash chain.

import { api, authHeaders, errorOf, storePath } from './api.js';
import { hasRole } from './session.js';
import { startPage } from './layout.js';
import { el, clear, notice, time, param } from './dom.js';
import { renderTaggedText, legend, citationFields, KINDS } from './highlight.js';
import { diffTexts } from './diff.js';

const EVENT_NAMES = {
  'annals.source.received.v1': 'Source received',
  'annals.text.extracted.v1': 'Text extracted',
  'annals.extraction.failed.v1': 'Extraction failed',
  'annals.text.enriched.v1': 'Text enriched',
  'annals.edition.recorded.v1': 'Edition recorded',
  'annals.replay.requested.v1': 'Replay requested',
};

const me = startPage('documents');
const documentId = param('id');
const root = document.getElementById('document');
if (me && !documentId) {
  clear(root).append(notice('error', 'No document given: open one from ', el('a', { href: '/' }, 'the documents'), '.'));
} else if (me) {
  load().catch((e) => clear(root).append(notice('error', e.message)));
}

async function load() {
  const base = `/store/api/documents/${encodeURIComponent(documentId)}`;
  const [doc, history] = await Promise.all([api(base), api(`${base}/events`)]);
  const number = Number(param('edition')) || doc.latestEdition;
  const edition = await api(`${base}/editions/${number}`);
  document.title = `${doc.title || doc.documentId} · Annals`;
  const submitters = submittersByIngest(history);

  clear(root).append(
    el('h1', {}, doc.title || doc.documentId),
    el('p', { class: 'muted' }, `${doc.documentId} · collection `, el('a', { href: `/?collection=${encodeURIComponent(doc.collection)}` }, doc.collection),
      ` · ${doc.editionCount} ${doc.editionCount === 1 ? 'edition' : 'editions'}`),
    editionPicker(doc, number),
    el('div', { class: 'columns document-columns' },
      textSection(edition),
      el('div', { class: 'side' }, detailsSection(edition, base, number), tagsSection(edition))),
    editionsSection(doc, base, submitters, number),
    historySection(history));
}

function editionPicker(doc, number) {
  if (doc.editions.length < 2) {
    return el('p', {}, `Edition ${number}.`);
  }
  const select = el('select', { id: 'edition-picker', name: 'edition' },
    doc.editions.map((e) => el('option', { value: e.edition, selected: e.edition === number }, `Edition ${e.edition}`)));
  return el('form', { class: 'inline', method: 'get', action: '/document.html' },
    el('input', { type: 'hidden', name: 'id', value: doc.documentId }),
    el('label', { for: 'edition-picker' }, 'Showing '), select, ' ',
    el('button', { type: 'submit', class: 'secondary' }, 'Show'));
}

// ---------------------------------------------------------------- text and tags

function textSection(edition) {
  const text = el('div', { class: 'text', id: 'text', tabindex: '0', 'aria-label': 'Text of the edition' });
  if (edition.text) {
    renderTaggedText(text, edition.text, edition.tags || []);
    text.addEventListener('click', (event) => selectPersonFrom(event.target));
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        if (selectPersonFrom(event.target)) {
          event.preventDefault();
        }
      }
    });
  } else {
    text.append(el('p', { class: 'muted' }, edition.status === 'FAILED'
      ? `No text: ${edition.error || 'extraction failed.'}` : 'No text yet.'));
  }
  return el('section', { class: 'main-column', 'aria-labelledby': 'text-heading' },
    el('h2', { id: 'text-heading' }, 'Text'),
    legend(),
    el('p', { id: 'selection', class: 'small', 'aria-live': 'polite' }),
    text);
}

/** Marks every mention of the person whose mark was chosen, and says how many there are. */
function selectPersonFrom(target) {
  const markNode = target.closest && target.closest('mark.tag-person');
  if (!markNode) {
    return false;
  }
  selectPerson(markNode.dataset.value || markNode.textContent);
  return true;
}

function selectPerson(value) {
  const marks = [...document.querySelectorAll('#text mark.tag-person')];
  let count = 0;
  for (const m of marks) {
    const same = (m.dataset.value || m.textContent) === value;
    m.classList.toggle('selected', same);
    count += same ? 1 : 0;
  }
  document.getElementById('selection').textContent =
    `${value}: ${count} ${count === 1 ? 'mention' : 'mentions'} highlighted in the text.`;
}

function tagsSection(edition) {
  const tags = edition.tags || [];
  const of = (type) => tags.filter((t) => t.type === type);
  const persons = new Map();
  for (const t of of('PERSON')) {
    const name = t.value || t.text;
    persons.set(name, [...(persons.get(name) || []), t.text]);
  }
  return el('section', { 'aria-labelledby': 'tags-heading', class: 'panel' },
    el('h2', { id: 'tags-heading' }, 'Tags'),
    edition.enricher ? el('p', { class: 'muted small' }, `${edition.enricher.name} ${edition.enricher.version}, revision ${edition.enrichmentRevision}`) : null,
    el('h3', {}, `Persons (${persons.size})`),
    el('ul', { class: 'plain', id: 'persons' }, [...persons.entries()].map(([name, mentions]) => el('li', {},
      el('button', { type: 'button', class: 'link-button', onclick: () => selectPerson(name) }, name),
      ` — ${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}`,
      new Set(mentions).size > 1 || mentions[0] !== name ? el('span', { class: 'muted small' }, ` (as ${[...new Set(mentions)].join(', ')})`) : null))),
    el('h3', {}, `Dates (${of('DATE').length})`),
    el('ul', { class: 'plain', id: 'dates' }, of('DATE').map((t) => el('li', {},
      el('span', { class: `tag ${KINDS.DATE.className}` }, t.text), ' → ',
      t.value ? el('code', {}, t.value) : el('span', { class: 'muted' }, 'no normalised value')))),
    el('h3', {}, `Citations (${of('CITATION').length})`),
    el('ul', { class: 'plain', id: 'citations' }, of('CITATION').map((t) => el('li', { class: 'citation' },
      el('span', { class: `tag ${KINDS.CITATION.className}` }, t.text),
      el('dl', { class: 'fields' }, citationFields(t).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]))))),
    tags.length ? null : el('p', { class: 'muted' }, 'No tags.'));
}

// ---------------------------------------------------------------- metadata and source

function detailsSection(edition, base, number) {
  const rows = [
    ['Status', edition.status],
    ['File', edition.filename],
    ['Media type', edition.mediaType || edition.declaredMediaType],
    ['Size', edition.size !== null && edition.size !== undefined ? `${edition.size} bytes` : null],
    ['Language', edition.language],
    ['Pages', edition.pages],
    ['Reference date', edition.referenceDate],
    ['Submitted by', edition.submittedBy],
    ['Submitted', edition.submittedAt ? time(edition.submittedAt) : null],
    ['Recorded', edition.recordedAt ? time(edition.recordedAt) : null],
    ['OCR', ocr(edition.ocr)],
    ['Extractor', edition.extractor ? `${edition.extractor.name} ${edition.extractor.version}` : null],
    ['Source SHA-256', edition.sourceSha256 ? el('code', { class: 'hash' }, edition.sourceSha256) : null],
  ];
  const metadata = Object.entries(edition.metadata || {}).filter(([, v]) => v !== null && v !== '');
  const source = el('button', { type: 'button', id: 'source-link', class: 'secondary' }, `Original source${edition.filename ? ` (${edition.filename})` : ''}`);
  source.addEventListener('click', () => openSource(`${base}/editions/${number}/source`, edition.filename, source));
  return el('section', { 'aria-labelledby': 'details-heading', class: 'panel' },
    el('h2', { id: 'details-heading' }, 'About this edition'),
    definitionList(rows),
    source,
    el('p', { id: 'source-status', class: 'small', 'aria-live': 'polite' }),
    metadata.length ? el('h3', {}, 'Metadata') : null,
    metadata.length ? definitionList(metadata.map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : v])) : null);
}

function ocr(info) {
  if (!info || !info.used) {
    return info ? 'not used' : null;
  }
  const confidence = typeof info.meanConfidence === 'number'
    ? `${(info.meanConfidence <= 1 ? info.meanConfidence * 100 : info.meanConfidence).toFixed(1)} % mean confidence` : 'confidence unknown';
  return el('span', { id: 'ocr-confidence' }, `${info.engine || 'OCR'} (${info.languages || ''}): ${confidence}`);
}

function definitionList(rows) {
  return el('dl', { class: 'details' }, rows.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

/**
 * A plain link cannot carry the token, so the bytes are fetched with it and handed to the
 * browser as a file. annals-web serves them sandboxed in any case.
 */
async function openSource(path, filename, button) {
  const status = document.getElementById('source-status');
  status.textContent = 'Fetching the original…';
  button.disabled = true;
  try {
    const response = await fetch(path, { headers: authHeaders() });
    if (!response.ok) {
      throw await errorOf(response);
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: filename || 'source' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = 'Downloaded.';
  } catch (e) {
    status.textContent = e.message;
  } finally {
    button.disabled = false;
  }
}

// ---------------------------------------------------------------- editions and diff

function submittersByIngest(history) {
  const byIngest = new Map();
  for (const event of history.events) {
    if (event.type === 'annals.source.received.v1' && event.data) {
      byIngest.set(event.data.ingestId, event.data.submittedBy);
    }
  }
  return byIngest;
}

function editionsSection(doc, base, submitters, shown) {
  const table = el('table', { id: 'editions' },
    el('thead', {}, el('tr', {}, ['Edition', 'Recorded', 'By', 'File', 'Status', 'Enrichment revision']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, doc.editions.map((e) => el('tr', {},
      el('td', {}, e.edition === shown ? el('strong', {}, `${e.edition} (shown)`)
        : el('a', { href: `/document.html?id=${encodeURIComponent(doc.documentId)}&edition=${e.edition}` }, String(e.edition))),
      el('td', {}, time(e.recordedAt)),
      el('td', {}, submitters.get(e.ingestId) || '—'),
      el('td', {}, e.filename || '—'),
      el('td', {}, e.status, e.error ? el('div', { class: 'small' }, e.error) : null),
      el('td', { class: 'number' }, e.enrichmentRevision)))));
  const section = el('section', { 'aria-labelledby': 'editions-heading' },
    el('h2', { id: 'editions-heading' }, 'Editions'), table);
  if (hasRole('archivist')) {
    section.append(el('p', {}, el('a', { href: `/upload.html?documentId=${encodeURIComponent(doc.documentId)}&collection=${encodeURIComponent(doc.collection)}` },
      'Upload a new edition of this document')));
  }
  if (doc.editions.length > 1) {
    section.append(compareForm(doc, base));
  }
  return section;
}

function compareForm(doc, base) {
  const numbers = doc.editions.map((e) => e.edition);
  const picker = (id, label, selected) => el('div', { class: 'field' },
    el('label', { for: id }, label),
    el('select', { id }, numbers.map((n) => el('option', { value: n, selected: n === selected }, `Edition ${n}`))));
  const output = el('div', { id: 'diff', 'aria-live': 'polite' });
  const form = el('form', { id: 'compare', class: 'inline-fields' },
    picker('diff-from', 'Compare', numbers[numbers.length - 2]),
    picker('diff-to', 'with', numbers[numbers.length - 1]),
    el('div', { class: 'field actions' }, el('button', { type: 'submit' }, 'Show changes')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const from = form.querySelector('#diff-from').value;
    const to = form.querySelector('#diff-to').value;
    clear(output).append(el('p', {}, 'Comparing…'));
    try {
      const [a, b] = await Promise.all([api(`${base}/editions/${from}`), api(`${base}/editions/${to}`)]);
      clear(output).append(diffView(a.text || '', b.text || '', from, to));
    } catch (e) {
      clear(output).append(notice('error', e.message));
    }
  });
  return el('div', { class: 'panel' }, el('h3', {}, 'What changed'), form, output);
}

function diffView(before, after, from, to) {
  const parts = diffTexts(before, after);
  const words = (op) => parts.filter((p) => p.op === op).reduce((n, p) => n + (p.text.match(/\S+/g) || []).length, 0);
  const added = words('add');
  const removed = words('del');
  const pre = el('div', { class: 'text diff' }, parts.map((p) => {
    if (p.op === 'add') {
      return el('ins', { title: `added in edition ${to}` }, p.text);
    }
    if (p.op === 'del') {
      return el('del', { title: `only in edition ${from}` }, p.text);
    }
    return p.text;
  }));
  return el('div', {},
    el('p', { id: 'diff-summary' }, added || removed
      ? `Edition ${from} → ${to}: ${added} ${added === 1 ? 'word' : 'words'} added, ${removed} removed.`
      : `Editions ${from} and ${to} have the same text.`),
    el('ul', { class: 'legend' }, el('li', {}, el('ins', {}, 'added')), el('li', {}, el('del', {}, 'removed'))),
    pre);
}

// ---------------------------------------------------------------- history

function historySection(history) {
  const chain = history.chainValid
    ? notice('ok', el('p', { id: 'chain-state', 'data-valid': 'true' },
      `Hash chain verified: all ${history.events.length} events are unaltered and each links to the one before.`))
    : notice('error', el('p', { id: 'chain-state', 'data-valid': 'false' },
      `Hash chain broken${history.chain && history.chain.brokenAt ? ` at stream version ${history.chain.brokenAt}` : ''}: `,
      (history.chain && history.chain.problem) || 'an event does not match its hash.'));
  return el('section', { 'aria-labelledby': 'history-heading' },
    el('h2', { id: 'history-heading' }, 'History'),
    chain,
    el('ol', { class: 'timeline', id: 'timeline' }, history.events.map((e) => el('li', { 'data-type': e.type },
      el('div', { class: 'event-head' },
        el('strong', {}, EVENT_NAMES[e.type] || e.type), ' ', time(e.time)),
      el('div', { class: 'small' }, `#${e.streamVersion} · by ${actor(e)} · `,
        el('code', { class: 'hash', title: `eventHash ${e.eventHash}\npreviousHash ${e.previousHash || '—'}` }, `${(e.eventHash || '').slice(0, 16)}…`),
        e.data && e.data.edition ? ` · edition ${e.data.edition}` : '')))));
}

/** Who did it: the person for uploads and replays, else the service that produced the event. */
function actor(event) {
  const data = event.data || {};
  return data.submittedBy || data.requestedBy || (event.source || '').replace('/annals/', '') || 'unknown';
}

