// Draws an edition's text with its tags (DESIGN §3: start/end are UTF-16 indices, which is
// what JavaScript strings use too) as <mark> elements, one class per kind.

import { el } from './dom.js';

export const KINDS = {
  DATE: { className: 'tag-date', label: 'Date', note: 'shows its normalised (EDTF) value' },
  PERSON: { className: 'tag-person', label: 'Person', note: 'select to see every mention' },
  CITATION: { className: 'tag-citation', label: 'Citation', note: 'shows its parsed fields' },
};

/**
 * Fills `container` with `text`, wrapping each tag in a <mark>. Tags may nest (a date inside a
 * citation); a tag that crosses the end of an enclosing one is cut at that end.
 */
export function renderTaggedText(container, text, tags) {
  const sorted = [...tags]
    .filter((t) => KINDS[t.type] && t.start >= 0 && t.end <= text.length && t.start < t.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open = []; // stack of {tag, node, end}
  let position = 0;
  const parent = () => (open.length ? open[open.length - 1].node : container);
  const writeTo = (end) => {
    if (end > position) {
      parent().append(document.createTextNode(text.slice(position, end)));
      position = end;
    }
  };
  const closeUntil = (start) => {
    while (open.length && open[open.length - 1].end <= start) {
      writeTo(open[open.length - 1].end);
      open.pop();
    }
  };
  sorted.forEach((tag, index) => {
    closeUntil(tag.start);
    const end = open.length ? Math.min(tag.end, open[open.length - 1].end) : tag.end;
    writeTo(tag.start);
    const node = mark(tag, index);
    parent().append(node);
    open.push({ tag, node, end });
  });
  closeUntil(Number.MAX_SAFE_INTEGER);
  writeTo(text.length);
}

function mark(tag, index) {
  const kind = KINDS[tag.type];
  const attributes = {
    class: `tag ${kind.className}`,
    id: `tag-${index}`,
    'data-type': tag.type,
    'data-value': tag.value || null,
    title: describe(tag),
  };
  if (tag.type === 'PERSON') {
    // A button-like mark: keyboard users reach it with Tab and select the person with Enter.
    attributes.tabindex = '0';
    attributes.role = 'button';
  }
  return el('mark', attributes);
}

/** A tag in words, for the tooltip and the tag lists. */
export function describe(tag) {
  const kind = KINDS[tag.type].label;
  if (tag.type === 'DATE') {
    return tag.value ? `${kind}: ${tag.value}` : `${kind} (no normalised value)`;
  }
  if (tag.type === 'PERSON') {
    return `${kind}: ${tag.value || tag.text}`;
  }
  const fields = citationFields(tag).map(([k, v]) => `${k}: ${v}`).join('; ');
  return `${kind}${fields ? ` — ${fields}` : ''}`;
}

export function citationFields(tag) {
  const c = tag.citation || {};
  return ['author', 'title', 'year', 'container', 'locator', 'url', 'doi', 'quoted']
    .filter((k) => c[k] !== undefined && c[k] !== null && c[k] !== '')
    .map((k) => [k, String(c[k])]);
}

/** The legend: one sample mark per kind, in the same classes as the text. */
export function legend() {
  return el('ul', { class: 'legend', 'aria-label': 'Legend of tag kinds' },
    Object.values(KINDS).map((k) => el('li', {},
      el('mark', { class: `tag ${k.className}` }, k.label), ` ${k.note}`)));
}
