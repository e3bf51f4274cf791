// Small helpers for building the page without innerHTML, so text from the archive is never
// read as markup.

/** el('p', {class: 'x'}, 'text', child) — attributes, then children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A date-time as the reader's locale shows it, with the exact value kept in a <time>. */
export function time(iso) {
  if (!iso) {
    return el('span', {}, '—');
  }
  const date = new Date(iso);
  const shown = Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
  return el('time', { datetime: iso }, shown);
}

/** A message box: kind is 'error', 'info' or 'ok'. */
export function notice(kind, ...children) {
  return el('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : null }, ...children);
}

export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}
