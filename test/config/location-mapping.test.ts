import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { parseConfigFile } from '../../src/core/config/parse-config.js';
import { LineIndex, formatPath } from '../../src/core/config/source-map.js';
import { MAX_CONFIG_BYTES, decodeConfigBytes, findInvalidUtf8, findTabIndentation } from '../../src/core/config/source-text.js';
import { MAX_EXPANDED_NODES, parseYamlDocument } from '../../src/core/config/yaml-document.js';

function parse(text: string) {
  const r = parseYamlDocument('f.yaml', text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.doc;
}

test('LineIndex maps offsets to 1-based line:column', () => {
  const idx = new LineIndex('ab\ncde\n\nf');
  assert.deepEqual(idx.position(0), { line: 1, column: 1 });
  assert.deepEqual(idx.position(2), { line: 1, column: 3 });
  assert.deepEqual(idx.position(3), { line: 2, column: 1 });
  assert.deepEqual(idx.position(7), { line: 3, column: 1 });
  assert.deepEqual(idx.position(8), { line: 4, column: 1 });
});

test('block mappings: keys and values are located separately', () => {
  const { map } = parse('version: 1\nmodels:\n  m:\n    target: y\n    features:\n      - a\n      - "b"\n');
  assert.deepEqual(map.keyAt(['models', 'm', 'target']), { line: 4, column: 5 });
  assert.deepEqual(map.valueAt(['models', 'm', 'target']), { line: 4, column: 13 });
  assert.deepEqual(map.valueAt(['models', 'm', 'features', 0]), { line: 6, column: 9 });
  // A quoted scalar starts at its opening quote.
  assert.deepEqual(map.valueAt(['models', 'm', 'features', 1]), { line: 7, column: 9 });
});

test('flow collections are located item by item', () => {
  const { map } = parse('a: {b: [x, yy, z], c: "q"}\n');
  assert.deepEqual(map.valueAt(['a', 'b', 2]), { line: 1, column: 16 });
  assert.deepEqual(map.keyAt(['a', 'c']), { line: 1, column: 20 });
  assert.deepEqual(map.valueAt(['a', 'c']), { line: 1, column: 23 });
});

test('a missing path is located at the key of its nearest existing parent', () => {
  const { map } = parse('models:\n  m:\n    data: {}\n');
  assert.equal(map.has(['models', 'm', 'target']), false);
  assert.deepEqual(map.valueAt(['models', 'm', 'target']), { line: 2, column: 3 });
  assert.deepEqual(map.keyAt(['models', 'm', 'data', 'train', 'path']), { line: 3, column: 5 });
});

test('aliases within the budget resolve to the anchored value', () => {
  const { value, map } = parse('a: &x [1, 2]\nb: *x\n');
  assert.deepEqual(value, { a: [1, 2], b: [1, 2] });
  assert.deepEqual(map.valueAt(['b']), { line: 2, column: 4 });
});

test('an alias bomb is rejected before expansion, fast', () => {
  let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
  let prev = 'a';
  for (const c of 'bcdefghijkl') {
    text += `${c}: &${c} [${Array(10).fill(`*${prev}`).join(', ')}]\n`;
    prev = c;
  }
  const r = parseYamlDocument('bomb.yaml', text);
  assert.equal(r.ok, false);
  assert.match(!r.ok ? (r.problems[0]?.message ?? '') : '', new RegExp(`more than ${MAX_EXPANDED_NODES} nodes`));
});

test('duplicate keys report both places; nested duplicates too', () => {
  const r = parseYamlDocument('f.yaml', 'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n');
  assert.equal(r.ok, false);
  const msgs = r.ok ? [] : r.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  assert.deepEqual(msgs, ["4:3 duplicate key 'c'; first defined at line 3, column 3", "5:1 duplicate key 'a'; first defined at line 1, column 1"]);
});

test('merge keys and complex keys are rejected with a location', () => {
  const merge = parseYamlDocument('f.yaml', 'a: &x {b: 1}\nc:\n  <<: *x\n');
  assert.equal(merge.ok, false);
  assert.match(merge.ok ? '' : (merge.problems[0]?.message ?? ''), /merge keys/);
  const complex = parseYamlDocument('f.yaml', '? [a, b]\n: 1\n');
  assert.equal(complex.ok, false);
  assert.deepEqual(complex.ok ? [] : complex.problems.map((p) => [p.line, p.column]), [[1, 3]]);
});

test('findInvalidUtf8 finds the first bad byte, including overlong forms and surrogates', () => {
  const enc = (s: string) => [...new TextEncoder().encode(s)];
  assert.equal(findInvalidUtf8(new Uint8Array(enc('héllo ✓ 𝄞'))), -1);
  assert.equal(findInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf])), 1); // overlong '/'
  assert.equal(findInvalidUtf8(new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80])), 2); // U+D800
  assert.equal(findInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82])), 1); // truncated
  assert.equal(findInvalidUtf8(new Uint8Array([0xf5, 0x80, 0x80, 0x80])), 0); // > U+10FFFF
});

test('invalid UTF-8 is located in characters, not bytes', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nb: "ü'), 0xff]);
  const r = decodeConfigBytes('f.yaml', bytes);
  assert.equal(r.ok, false);
  assert.deepEqual(r.ok ? undefined : [r.problems[0]?.line, r.problems[0]?.column], [2, 6]);
});

test('a UTF-8 byte order mark is accepted', () => {
  const r = decodeConfigBytes('f.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a: 1\n')]));
  assert.deepEqual(r, { ok: true, text: 'a: 1\n' });
});

test('tabs: indentation is reported, tabs inside block scalars and after content are not', () => {
  assert.deepEqual(findTabIndentation('f', 'a:\n  \tb: 1\n').map((p) => [p.line, p.column]), [[2, 3]]);
  assert.deepEqual(findTabIndentation('f', 'a: 1\t# comment\n'), []);
  const text = 'a: |\n  x\n  \ty\nb: 1\n';
  assert.equal(parseYamlDocument('f', text).ok, true);
});

test('zod problems: unknown keys get a did-you-mean at the key, missing keys land on the parent key', () => {
  const schema = z.strictObject({ name: z.string(), items: z.array(z.strictObject({ size: z.number() })) });
  const r = parseConfigFile('f.yaml', new TextEncoder().encode('name: x\nitems:\n  - sise: 1\n'), schema);
  assert.equal(r.ok, false);
  const got = r.ok ? [] : r.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
  assert.deepEqual(got, ["3:5 items[0].size: missing required key 'size'", "3:5 items[0].sise: unknown key 'sise' (did you mean 'size'?)"]);
});

test('a valid file yields a deeply frozen value', () => {
  const schema = z.strictObject({ a: z.array(z.strictObject({ b: z.number() })) });
  const r = parseConfigFile('f.yaml', new TextEncoder().encode('a:\n  - b: 1\n'), schema);
  assert.ok(r.ok);
  assert.ok(Object.isFrozen(r.config.value) && Object.isFrozen(r.config.value.a) && Object.isFrozen(r.config.value.a[0]));
});

test('formatPath renders keys and indices', () => {
  assert.equal(formatPath(['models', 'credit-risk', 'features', 2]), 'models.credit-risk.features[2]');
  assert.equal(formatPath([]), '');
});

test('a file larger than MAX_CONFIG_BYTES is rejected before decoding', () => {
  const r = decodeConfigBytes('big.yaml', new Uint8Array(MAX_CONFIG_BYTES + 1).fill(0x61));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : (r.problems[0]?.message ?? ''), /at most 4194304/);
});

test('a large document without aliases is not mistaken for an alias bomb', () => {
  const text = `a: [${Array(MAX_EXPANDED_NODES + 10).fill('1').join(',')}]\n`;
  const r = parseYamlDocument('big.yaml', text);
  assert.equal(r.ok, true);
});

test('empty values are located at their key; empty sequence items at the sequence', () => {
  const { map, value } = parse('a:\n  -\n  - x\nb:\n');
  assert.deepEqual(value, { a: [null, 'x'], b: null });
  assert.deepEqual(map.valueAt(['b']), { line: 4, column: 1 });
  assert.deepEqual(map.valueAt(['a', 0]), { line: 2, column: 3 });
});

test('an abbreviated key is suggested; a union item without its discriminator names the item', () => {
  const schema = z.strictObject({
    file: z.strictObject({ path: z.string(), sha256: z.string().optional() }),
    items: z.array(z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('a') }), z.strictObject({ kind: z.literal('b') })])),
  });
  const r = parseConfigFile('f.yaml', new TextEncoder().encode('file: {path: x, sha: y}\nitems:\n  - {}\n'), schema);
  const got = r.ok ? [] : r.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
  assert.deepEqual(got, ["1:17 file.sha: unknown key 'sha' (did you mean 'sha256'?)", "3:5 items[0].kind: missing required key 'kind'"]);
});
