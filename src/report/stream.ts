// A report as a sequence of pieces rather than one string: 80,000 results made a SARIF or JSON string past
// V8's string limit (ERR_STRING_TOO_LONG), and a string that size is twice the memory of the pieces written.

/** Pieces whose concatenation is exactly `JSON.stringify(value, null, 2)`: each long array one element at a time. */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const pad = '  '.repeat(depth);
  const inner = pad + '  ';
  if (Array.isArray(value) && value.length > 32) {
    yield '[\n';
    // Each element in one piece: a generator per key made the writing of 320,000 results cost more than the scan.
    const indent = `\n${inner}`;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      const s = v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : JSON.stringify(v, null, 2);
      yield `${inner}${s.includes('\n') ? s.replace(/\n/g, indent) : s}${i < value.length - 1 ? ',\n' : '\n'}`;
    }
    yield `${pad}]`;
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const s = JSON.stringify(value, null, 2);
    yield depth ? s.replace(/\n/g, `\n${pad}`) : s;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (!entries.length) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    yield `${inner}${JSON.stringify(k)}: `;
    yield* jsonPieces(v, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}}`;
}

/** Pieces joined into chunks of about `size` characters, for fewer writes. */
export function* chunked(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let buf: string[] = [];
  let n = 0;
  for (const p of pieces) {
    buf.push(p);
    n += p.length;
    if (n >= size) {
      yield buf.join('');
      buf = [];
      n = 0;
    }
  }
  if (n) yield buf.join('');
}
