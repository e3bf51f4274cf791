// Operator: service health, replays of any mode with their progress, verification and its
// findings, consumer lag per group and topic.

import { api, ApiError } from './api.js';
import { hasRole } from './session.js';
import { startPage, refuse } from './layout.js';
import { el, clear, notice, time } from './dom.js';

const SERVICES = [
  { name: 'web', path: '/health' },
  { name: 'ingest', path: '/ingest/health' },
  { name: 'enrich', path: '/enrich/health' },
  { name: 'store', path: '/store/health' },
];
/** Parts every Micronaut service reports; the ones worth an operator's eye are the others (kafka, ocr). */
const ROUTINE_PARTS = ['compositeDiscoveryClient()', 'service', 'diskSpace', 'deadlockedThreads', 'gracefulShutdown'];
const POLL_MS = 1000;
const LAG_REFRESH_MS = 5000;

const me = startPage('operator');
if (me && !hasRole('operator')) {
  probeRefusal();
} else if (me) {
  setUp();
}

async function probeRefusal() {
  let detail = '';
  try {
    await api('/store/api/admin/replays');
  } catch (e) {
    detail = e.detail || e.message;
  }
  refuse(me, 'replay, verify or see consumer lag (these need the operator role)', detail);
}

function setUp() {
  document.getElementById('refresh-health').addEventListener('click', showHealth);
  document.getElementById('refresh-lag').addEventListener('click', showLag);
  document.getElementById('start-verify').addEventListener('click', startVerification);
  const mode = document.getElementById('mode');
  mode.addEventListener('change', () => showModeFields(mode.value));
  showModeFields(mode.value);
  document.getElementById('replay-form').addEventListener('submit', startReplay);
  showHealth();
  showLag();
  showRecentReplays();
  setInterval(showLag, LAG_REFRESH_MS);
}

// ---------------------------------------------------------------- health

async function showHealth() {
  const target = document.getElementById('health');
  const rows = await Promise.all(SERVICES.map(async (service) => {
    let status;
    let details = '';
    try {
      const response = await fetch(service.path, { headers: { Accept: 'application/json' } });
      const body = await response.json().catch(() => ({}));
      status = body.status || `${response.status}`;
      details = Object.entries(body.details || {})
        .filter(([name, part]) => !ROUTINE_PARTS.includes(name) || part.status !== 'UP')
        .map(([name, part]) => `${name}: ${part.status}`).join(', ');
      if (response.status === 502) {
        details = body.detail || 'unreachable';
      }
    } catch (e) {
      status = 'UNREACHABLE';
      details = e.message;
    }
    return el('tr', { 'data-service': service.name },
      el('th', { scope: 'row' }, service.name),
      el('td', {}, el('span', { class: `badge ${status === 'UP' ? 'badge-ok' : 'badge-bad'}` }, status)),
      el('td', { class: 'small' }, details));
  }));
  clear(target).append(el('table', { id: 'health-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Service'), el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Parts'))),
    el('tbody', {}, rows)));
}

// ---------------------------------------------------------------- replays

function showModeFields(mode) {
  for (const name of ['enrichment', 'republish']) {
    document.getElementById(`fields-${name}`).hidden = name !== mode;
  }
}

function replayRequest(form) {
  const mode = form.elements.mode.value;
  const request = { mode };
  const fields = mode === 'enrichment' ? ['enrich-documentId', 'enrich-collection']
    : mode === 'republish' ? ['topic', 'from', 'to', 'target'] : [];
  for (const id of fields) {
    const field = document.getElementById(id);
    if (field.value.trim()) {
      request[field.name] = field.value.trim();
    }
  }
  return request;
}

async function startReplay(event) {
  event.preventDefault();
  const target = document.getElementById('replay-job');
  const request = replayRequest(event.target);
  if (request.mode === 'enrichment' && !request.documentId && !request.collection
      && !window.confirm('Re-enrich every document in the archive?')) {
    return;
  }
  try {
    const job = await api('/store/api/admin/replays', { method: 'POST', json: request });
    await followJob(job, target);
    showRecentReplays();
  } catch (e) {
    clear(target).append(notice('error', e.message));
  }
}

/** Polls a job's progress page until it has finished, drawing it each time. */
async function followJob(job, target) {
  let current = job;
  drawJob(current, target);
  while (current.state === 'RUNNING') {
    await new Promise((r) => setTimeout(r, POLL_MS));
    try {
      current = await api(`/store${current.links.self}`);
    } catch (e) {
      if (e instanceof ApiError && e.status >= 500) {
        continue; // the store is busy or restarting: keep following
      }
      throw e;
    }
    drawJob(current, target);
  }
  return current;
}

function drawJob(job, target) {
  const total = job.total || 0;
  const scope = Object.entries(job.scope || {}).map(([k, v]) => `${k} ${v}`).join(', ');
  const findings = job.findings || [];
  clear(target).append(el('div', { class: `job job-${job.state.toLowerCase()}`, 'data-job': job.id, 'data-state': job.state },
    el('p', {}, el('strong', {}, job.kind === job.mode ? job.mode : `${job.kind || 'job'} ${job.mode}`), scope ? ` (${scope})` : '', ': ',
      el('span', { class: 'job-state' }, job.state),
      ` — ${job.done} of ${total} done`, job.ratePerSecond ? `, ${job.ratePerSecond.toFixed(1)}/s` : ''),
    el('progress', { max: total || 1, value: total ? job.done : (job.state === 'RUNNING' ? null : 1), 'aria-label': `Progress of ${job.mode}` }),
    job.message ? el('p', { class: 'job-message' }, job.message) : null,
    findings.length ? findingsTable(findings) : null));
}

function findingsTable(findings) {
  return el('table', { class: 'findings' },
    el('caption', {}, `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`),
    el('thead', {}, el('tr', {}, ['Kind', 'Document', 'Where', 'Detail'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, findings.map((f) => el('tr', {},
      el('td', {}, f.kind),
      el('td', {}, f.documentId ? el('a', { href: `/document.html?id=${encodeURIComponent(f.documentId)}` }, f.documentId) : '—'),
      el('td', { class: 'small' }, f.streamVersion ? `stream version ${f.streamVersion}` : (f.blobUri || f.eventId || '—')),
      el('td', {}, f.detail)))));
}

async function showRecentReplays() {
  const target = document.getElementById('replay-jobs');
  try {
    const { jobs } = await api('/store/api/admin/replays');
    clear(target).append(jobs.length ? el('table', {},
      el('thead', {}, el('tr', {}, ['Mode', 'State', 'Progress', 'By', 'Started', 'Outcome'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, jobs.map((j) => el('tr', {},
        el('td', {}, j.mode), el('td', {}, j.state), el('td', { class: 'number' }, `${j.done}/${j.total}`),
        el('td', {}, j.requestedBy), el('td', {}, time(j.requestedAt)), el('td', { class: 'small' }, j.message || '')))))
      : el('p', { class: 'muted' }, 'No replay since the store started.'));
  } catch (e) {
    clear(target).append(notice('error', e.message));
  }
}

// ---------------------------------------------------------------- verification

async function startVerification() {
  const target = document.getElementById('verify-job');
  const button = document.getElementById('start-verify');
  button.disabled = true;
  try {
    const job = await api('/store/api/admin/verifications', { method: 'POST' });
    await followJob(job, target);
  } catch (e) {
    clear(target).append(notice('error', e.message));
  } finally {
    button.disabled = false;
  }
}

// ---------------------------------------------------------------- lag

async function showLag() {
  const target = document.getElementById('lag');
  try {
    const report = await api('/store/api/admin/lag');
    const rows = report.groups.flatMap((g) => g.topics.map((t, i) => el('tr', {},
      i === 0 ? el('th', { scope: 'rowgroup', rowspan: g.topics.length }, g.group, el('div', { class: 'small muted' }, `lag ${g.lag}`)) : null,
      el('td', {}, t.topic),
      el('td', { class: 'number' }, t.end),
      el('td', { class: 'number' }, t.consumed),
      el('td', { class: `number ${t.lag > 0 ? 'lagging' : ''}` }, t.lag))));
    clear(target).append(
      el('p', { id: 'lag-total' }, `${report.total} ${report.total === 1 ? 'record' : 'records'} not yet consumed in total (updated ${new Date().toLocaleTimeString()}).`),
      el('table', { id: 'lag-table' },
        el('thead', {}, el('tr', {}, ['Group', 'Topic', 'End', 'Consumed', 'Lag'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows)));
  } catch (e) {
    clear(target).append(notice('error', e.message));
  }
}
