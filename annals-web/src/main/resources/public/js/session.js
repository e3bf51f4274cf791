// Who is signed in. The token lives in sessionStorage (gone when the tab closes) and goes with
// every API call. Decoding it here is for display only: the services check the signature.

const KEY = 'annals.token';
const RANK = { reader: 1, archivist: 2, operator: 3 };

export function token() {
  return sessionStorage.getItem(KEY);
}

export function signIn(value) {
  sessionStorage.setItem(KEY, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The token's claims as {subject, role, roles, expiresAt}, or null when there is none or it is unreadable. */
export function who() {
  const value = token();
  if (!value) {
    return null;
  }
  const claims = decodePayload(value);
  if (!claims) {
    return null;
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.map(String) : [];
  const role = roles.reduce((best, r) => ((RANK[r] || 0) > (RANK[best] || 0) ? r : best), roles[0] || 'none');
  return {
    subject: claims.sub || 'unknown',
    roles,
    role,
    expiresAt: claims.exp ? new Date(claims.exp * 1000) : null,
  };
}

/** True when the signed-in role includes `role` (reader < archivist < operator). */
export function hasRole(role) {
  const me = who();
  return me !== null && (RANK[me.role] || 0) >= RANK[role];
}

/** A JWT is header.payload.signature, each base64url; the payload is JSON. */
export function decodePayload(jwt) {
  const parts = jwt.trim().split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return null;
  }
}
