// What every page shares: the header with navigation for the signed-in role, the sign-in guard
// and the message a role sees on a page it may not use.

import { who, hasRole, signOut } from './session.js';
import { el, clear, notice } from './dom.js';

const PAGES = [
  { id: 'documents', href: '/', label: 'Documents', needs: 'reader' },
  { id: 'upload', href: '/upload.html', label: 'Upload', needs: 'archivist' },
  { id: 'operator', href: '/operator.html', label: 'Operator', needs: 'operator' },
];

/**
 * Draws the header and returns who is signed in. Without a token it sends the person to the
 * sign-in page, which brings them back here afterwards.
 */
export function startPage(current) {
  const me = who();
  if (!me && current !== 'signin') {
    const next = window.location.pathname + window.location.search;
    window.location.replace(`/signin.html?next=${encodeURIComponent(next)}`);
    return null;
  }
  drawHeader(current, me);
  return me;
}

function drawHeader(current, me) {
  const header = document.getElementById('site-header');
  const links = PAGES.filter((page) => me && hasRole(page.needs)).map((page) =>
    el('li', {},
      el('a', { href: page.href, 'aria-current': page.id === current ? 'page' : null }, page.label)));
  const account = me
    ? el('div', { class: 'account' },
      el('span', { id: 'who' }, 'Signed in as ', el('strong', {}, me.subject), ` (${me.role})`),
      el('button', { type: 'button', class: 'link-button', onclick: () => { signOut(); window.location.assign('/signin.html'); } },
        'Sign out'))
    : el('div', { class: 'account' }, el('a', { href: '/signin.html' }, 'Sign in'));
  clear(header).append(
    el('a', { class: 'brand', href: '/' }, 'Annals'),
    el('nav', { 'aria-label': 'Main' }, el('ul', {}, links)),
    account);
}

/**
 * Replaces the page's content with why this role may not use it, and the service's own answer
 * (its 403 detail), so the person knows it is the role and not a fault.
 */
export function refuse(me, what, apiDetail) {
  const main = document.getElementById('main');
  clear(main).append(
    el('h1', {}, 'Not for your role'),
    notice('error',
      el('p', { id: 'refusal' }, `Your role (${me.role}) may not ${what}.`),
      apiDetail ? el('p', {}, 'The service said: ', el('q', { id: 'refusal-detail' }, apiDetail)) : null,
      el('p', {}, 'Ask an operator for a token with a role that may, or go back to ', el('a', { href: '/' }, 'the documents'), '.')));
}
