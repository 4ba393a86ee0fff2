import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { readHeapSnapshot, summarizeHeap } from '../../scripts/bench/heap-snapshot.ts';

const temp = mkdtempSync(join(tmpdir(), 'bench-heap-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const META = {
  node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
  node_types: [['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic'], 'string', 'number'],
  edge_fields: ['type', 'name_or_index', 'to_node'],
  edge_types: [['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'], 'string_or_number', 'node'],
};
const [OBJECT, SYNTHETIC, STRING] = [3, 9, 2];
const [PROPERTY, WEAK] = [2, 6];

/**
 * A snapshot file in V8's layout from a list of nodes: [type, name, size, edges as [type, to]].
 * Strings: 0 '', 1 'Store', 2 'Entry', 3 'Cache', 4 'p', 5 a name with an escaped quote.
 */
function snapshotText(nodes: [number, number, number, [number, number][]][]): string {
  const strings = ['', 'Store', 'Entry', 'Cache', 'p', 'say "hi"\n'];
  const nodeNumbers = nodes.flatMap(([type, name, size, edges], i) => [type, name, i * 2 + 1, size, edges.length, 0, 0]);
  const edgeNumbers = nodes.flatMap(([, , , edges]) => edges.flatMap(([type, to]) => [type, 4, to * 7]));
  return (
    `{"snapshot":{"meta":${JSON.stringify(META)},"node_count":${nodes.length},"edge_count":${edgeNumbers.length / 3},"trace_function_count":0},\n` +
    `"nodes":[${nodeNumbers.join(',')}\n],\n"edges":[${edgeNumbers.join(',\n')}],\n"trace_function_infos":[],\n"trace_tree":[],\n"samples":[],\n"locations":[],\n` +
    `"strings":[${strings.map((s) => JSON.stringify(s)).join(',\n')}]}`
  );
}

describe('heap snapshot summary', () => {
  // root → Store(10) → Entry a(100), Entry b(50); both entries → shared string(40);
  // root → Cache(5) → Entry b too, and a weak edge Cache → Entry a (which retains nothing).
  const file = join(temp, 'small.heapsnapshot');
  writeFileSync(
    file,
    snapshotText([
      [
        SYNTHETIC,
        0,
        0,
        [
          [PROPERTY, 1],
          [PROPERTY, 5],
        ],
      ],
      [
        OBJECT,
        1,
        10,
        [
          [PROPERTY, 2],
          [PROPERTY, 3],
        ],
      ],
      [OBJECT, 2, 100, [[PROPERTY, 4]]],
      [OBJECT, 2, 50, [[PROPERTY, 4]]],
      [STRING, 5, 40, []],
      [
        OBJECT,
        3,
        5,
        [
          [PROPERTY, 3],
          [WEAK, 2],
        ],
      ],
    ]),
  );

  test('reads the tables and decodes escaped strings', () => {
    const snapshot = readHeapSnapshot(file);
    expect(snapshot.nodes.length).toBe(6 * 7);
    expect(snapshot.edges.length).toBe(8 * 3);
    expect(snapshot.strings[5]).toBe('say "hi"\n');
    expect(snapshot.nodeTypes[OBJECT]).toBe('object');
  });

  test('retained sizes follow dominators; weak edges retain nothing; a class is not counted twice', () => {
    const summary = summarizeHeap(readHeapSnapshot(file));
    expect(summary.totalBytes).toBe(205);
    const byName = Object.fromEntries(summary.classes.map((c) => [c.name, c]));
    // Store dominates Entry a, but not Entry b, which the Cache also holds, nor the string, which
    // Entry b also holds.
    expect(byName.Store).toEqual({ name: 'Store', count: 1, selfBytes: 10, retainedBytes: 110 });
    expect(byName.Entry).toEqual({ name: 'Entry', count: 2, selfBytes: 150, retainedBytes: 150 });
    expect(byName.Cache).toEqual({ name: 'Cache', count: 1, selfBytes: 5, retainedBytes: 5 });
    expect(byName['(string)']).toMatchObject({ count: 1, selfBytes: 40, retainedBytes: 40 });
    expect(summary.retainers[0]).toEqual({ name: 'Store', selfBytes: 10, retainedBytes: 110, heldBy: [] });
    expect(summary.retainers[1]).toEqual({ name: 'Entry', selfBytes: 100, retainedBytes: 100, heldBy: ['Store'] });
  });

  test('refuses a file that is not a heap snapshot, and one shorter than its header says', () => {
    writeFileSync(join(temp, 'not.heapsnapshot'), '{"hello": 1}');
    expect(() => readHeapSnapshot(join(temp, 'not.heapsnapshot'))).toThrow(/not a V8 heap snapshot/);
    writeFileSync(join(temp, 'short.heapsnapshot'), snapshotText([[SYNTHETIC, 0, 0, []]]).replace('"node_count":1', '"node_count":2'));
    expect(() => readHeapSnapshot(join(temp, 'short.heapsnapshot'))).toThrow(/7 numbers where its header announces 14/);
  });
});

class BenchProbeHolder {
  readonly items: BenchProbeItem[] = [];
}
class BenchProbeItem {
  constructor(readonly text: string) {}
}

test('finds what holds the memory in a real snapshot of this process', () => {
  const holder = new BenchProbeHolder();
  for (let i = 0; i < 20_000; i++) holder.items.push(new BenchProbeItem(`item number ${i} `.repeat(4)));
  const file = writeHeapSnapshot(join(temp, 'real.heapsnapshot'));
  expect(holder.items.length).toBe(20_000);
  const summary = summarizeHeap(readHeapSnapshot(file), 200);
  const items = summary.classes.find((c) => c.name === 'BenchProbeItem');
  const holders = summary.classes.find((c) => c.name === 'BenchProbeHolder');
  expect(items?.count).toBe(20_000);
  // The holder retains its items, their strings and its array: far more than the items' own size.
  expect(holders?.retainedBytes).toBeGreaterThan(items!.selfBytes + 20_000 * 60);
  expect(summary.retainers.some((r) => r.name === 'BenchProbeHolder')).toBe(true);
  expect(summary.totalBytes).toBeGreaterThan(holders!.retainedBytes);
});
