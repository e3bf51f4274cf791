// Sign in: paste a bearer token, check it against the store, remember it for this tab.

import { signIn, signOut, who, decodePayload } from './session.js';
import { api } from './api.js';
import { startPage } from './layout.js';
import { el, clear, notice, param } from './dom.js';

const form = document.getElementById('signin-form');
const field = document.getElementById('token');
const status = document.getElementById('signin-status');

startPage('signin');
showCurrent();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = field.value.trim();
  if (!decodePayload(value)) {
    clear(status).append(notice('error', 'That is not an access token: a token has three parts separated by dots (xxxxx.yyyyy.zzzzz).'));
    field.focus();
    return;
  }
  signIn(value);
  try {
    // Any reader call proves the services accept the token.
    await api('/store/api/documents?size=1');
  } catch (e) {
    signOut();
    clear(status).append(notice('error', `The archive refused this token: ${e.message}`));
    field.focus();
    return;
  }
  const next = param('next');
  // Only a path of this site, never another origin.
  window.location.assign(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
});

function showCurrent() {
  const me = who();
  if (!me) {
    return;
  }
  clear(status).append(notice('info',
    el('p', {}, 'You are signed in as ', el('strong', {}, me.subject), ` with the role ${me.role}`,
      me.expiresAt ? `, until ${me.expiresAt.toLocaleString()}` : '', '.'),
    el('p', {}, 'Paste another token to change, or sign out above.')));
}
