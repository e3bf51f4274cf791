// Upload: many files at once into a collection, each with a transfer progress bar and then its
// pipeline status (RECEIVED → EXTRACTED → ENRICHED → RECORDED, or FAILED with the reason),
// followed without reloading the page.

import { api, authHeaders, ApiError } from './api.js';
import { hasRole } from './session.js';
import { startPage, refuse } from './layout.js';
import { el, append, clear, param } from './dom.js';

const STEPS = ['RECEIVED', 'EXTRACTED', 'ENRICHED', 'RECORDED'];
const DUBLIN_CORE = ['title', 'creator', 'subject', 'description', 'publisher', 'contributor', 'date', 'type',
  'format', 'identifier', 'source', 'language', 'relation', 'coverage', 'rights'];
const POLL_MS = 1000;

const me = startPage('upload');
if (me && !hasRole('archivist')) {
  probeRefusal();
} else if (me) {
  setUp();
}

/** A reader gets the service's own refusal: an upload without a file is refused before anything is read. */
async function probeRefusal() {
  let detail = '';
  try {
    await api('/ingest/api/documents', { method: 'POST', body: new FormData() });
  } catch (e) {
    detail = e.detail || e.message;
  }
  refuse(me, 'upload documents (uploading needs the archivist or operator role)', detail);
}

function setUp() {
  const form = document.getElementById('upload-form');
  const input = document.getElementById('files');
  const zone = document.getElementById('dropzone');
  const chosen = document.getElementById('chosen');
  const dublinCore = document.getElementById('dublin-core');
  let files = [];

  for (const name of DUBLIN_CORE) {
    dublinCore.append(el('div', { class: 'field' },
      el('label', { for: `dc-${name}` }, name),
      el('input', { id: `dc-${name}`, name, type: 'text', maxlength: 4000 })));
  }
  // Coming from a document's "Upload a new edition": its id and collection are filled in.
  for (const name of ['documentId', 'collection']) {
    if (param(name)) {
      document.getElementById(name).value = param(name);
    }
  }

  const choose = (list) => {
    files = [...list];
    chosen.textContent = files.length
      ? `${files.length} ${files.length === 1 ? 'file' : 'files'} chosen: ${files.map((f) => f.name).join(', ')}`
      : 'No files chosen.';
  };
  input.addEventListener('change', () => choose(input.files));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    choose(event.dataTransfer.files);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!files.length) {
      chosen.textContent = 'Choose at least one file first.';
      input.focus();
      return;
    }
    const fields = formFields(form);
    const batch = files;
    choose([]);
    input.value = '';
    document.getElementById('upload-summary').textContent = `Uploading ${batch.length} ${batch.length === 1 ? 'file' : 'files'}…`;
    // One transfer at a time keeps each progress bar meaningful; the pipelines then run side by side.
    for (const file of batch) {
      await uploadOne(file, fields);
    }
    summarise();
  });
}

/** The non-empty form fields the ingest API knows (Dublin Core, collection, documentId, referenceDate). */
function formFields(form) {
  const fields = {};
  for (const name of ['collection', 'documentId', 'referenceDate', ...DUBLIN_CORE]) {
    const value = form.elements[name] && form.elements[name].value.trim();
    if (value) {
      fields[name] = value;
    }
  }
  return fields;
}

/** A row for one file: name, a transfer bar, the pipeline steps and a status line. */
function fileRow(file) {
  const row = el('li', { class: 'upload', 'data-file': file.name });
  const bar = el('progress', { max: 100, value: 0, 'aria-label': `Transfer of ${file.name}` });
  const steps = el('ol', { class: 'steps', 'aria-hidden': 'true' }, STEPS.map((s) => el('li', { 'data-step': s }, s.toLowerCase())));
  const status = el('p', { class: 'status', 'data-status': 'SENDING', role: 'status' }, 'Sending…');
  row.append(el('div', { class: 'upload-head' }, el('strong', {}, file.name), el('span', { class: 'muted small' }, size(file.size))),
    bar, steps, status);
  document.getElementById('uploads').append(row);
  return { row, bar, steps, status };
}

function uploadOne(file, fields) {
  const view = fileRow(file);
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    body.append(name, value);
  }
  body.append('file', file, file.name);
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/ingest/api/documents');
    for (const [name, value] of Object.entries(authHeaders())) {
      request.setRequestHeader(name, value);
    }
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        view.bar.value = Math.round((event.loaded / event.total) * 100);
      }
    });
    request.addEventListener('load', () => {
      let answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch (e) {
        // shown below as the status line
      }
      if (request.status === 200 || request.status === 202) {
        view.bar.value = 100;
        const note = request.status === 200 ? 'Already in the archive (the same bytes); ' : '';
        show(view, answer, note);
        follow(view, answer.ingestId, note);
      } else {
        showFailure(view, answer.detail || `${request.status} ${request.statusText}`);
      }
      resolve();
    });
    request.addEventListener('error', () => {
      showFailure(view, 'The upload did not reach the web service (network error).');
      resolve();
    });
    request.send(body);
  });
}

/** Polls the ingest until it is RECORDED or FAILED. */
async function follow(view, ingestId, note) {
  while (true) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    try {
      const ingest = await api(`/ingest/api/ingests/${encodeURIComponent(ingestId)}`);
      show(view, ingest, note);
      if (ingest.status === 'RECORDED' || ingest.status === 'FAILED') {
        summarise();
        return;
      }
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401 || e.status === 404) {
        showFailure(view, e.message);
        return;
      }
      // a passing error (the service restarting): try again
    }
  }
}

function show(view, ingest, note) {
  const reached = STEPS.indexOf(ingest.status);
  view.steps.querySelectorAll('li').forEach((step, i) => step.classList.toggle('done', i <= reached));
  view.status.dataset.status = ingest.status;
  view.row.dataset.status = ingest.status;
  view.row.dataset.documentId = ingest.documentId || '';
  if (ingest.status === 'FAILED') {
    showFailure(view, ingest.error || 'The pipeline gave no reason.');
    return;
  }
  const link = ingest.status === 'RECORDED'
    ? el('a', { href: `/document.html?id=${encodeURIComponent(ingest.documentId)}&edition=${ingest.edition}` },
      `open edition ${ingest.edition} of ${ingest.documentId}`)
    : null;
  append(clear(view.status), `${note}${ingest.status}`, link ? ' — ' : null, link);
}

function showFailure(view, reason) {
  view.row.dataset.status = 'FAILED';
  view.status.dataset.status = 'FAILED';
  view.row.classList.add('failed');
  clear(view.status).append(el('strong', {}, 'FAILED: '), reason);
}

function summarise() {
  const rows = [...document.querySelectorAll('#uploads > li')];
  const count = (s) => rows.filter((r) => r.dataset.status === s).length;
  const open = rows.length - count('RECORDED') - count('FAILED');
  document.getElementById('upload-summary').textContent =
    `${rows.length} uploaded: ${count('RECORDED')} recorded, ${count('FAILED')} failed, ${open} in progress.`;
}

function size(bytes) {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
