// A word-level diff of two texts (longest common subsequence), for comparing editions. No
// library: the texts are at most a few hundred KB and the common start and end are cut first.

const LIMIT = 4_000_000; // cells of the LCS table; past it, compare lines instead of words

/** Returns [{op: 'same'|'add'|'del', text}], in order, covering both texts. */
export function diffTexts(before, after) {
  const words = (s) => s.match(/\s+|[^\s]+/g) || [];
  let a = words(before);
  let b = words(after);
  if ((a.length + 1) * (b.length + 1) > LIMIT * 4) {
    a = before.split(/(?<=\n)/);
    b = after.split(/(?<=\n)/);
  }
  return merge(diffTokens(a, b));
}

function diffTokens(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text) => ({ op: 'same', text }));
  const tail = a.slice(endA).map((text) => ({ op: 'same', text }));
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  let middle;
  if ((middleA.length + 1) * (middleB.length + 1) > LIMIT) {
    // Too different to align cheaply: all of one out, all of the other in.
    middle = [...middleA.map((text) => ({ op: 'del', text })), ...middleB.map((text) => ({ op: 'add', text }))];
  } else {
    middle = lcs(middleA, middleB);
  }
  return [...head, ...middle, ...tail];
}

function lcs(a, b) {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // table[i][j] = length of the LCS of a[i..] and b[j..]
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j]
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      out.push({ op: 'del', text: a[i++] });
    } else {
      out.push({ op: 'add', text: b[j++] });
    }
  }
  while (i < n) {
    out.push({ op: 'del', text: a[i++] });
  }
  while (j < m) {
    out.push({ op: 'add', text: b[j++] });
  }
  return out;
}

/** Joins neighbours of the same kind, so the page gets a few long runs rather than one per word. */
function merge(parts) {
  const out = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.op === part.op) {
      last.text += part.text;
    } else {
      out.push({ ...part });
    }
  }
  return out;
}
