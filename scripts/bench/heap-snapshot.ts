/**
 * What holds the memory of a V8 heap snapshot (`.heapsnapshot`, as written by
 * `node --heapsnapshot-signal` or `v8.writeHeapSnapshot()`): objects grouped by constructor with
 * their count, own size and retained size, and the single objects that retain the most — the
 * figures of the Summary view of Chrome's memory panel, without a browser.
 *
 * A snapshot of a build's heap runs to gigabytes, more than one JavaScript string can hold, so the
 * file is read in chunks: the node and edge tables go straight into typed arrays, and only the
 * strings are decoded.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** The parts of a snapshot the summary reads. */
export interface HeapSnapshot {
  nodeFields: readonly string[];
  nodeTypes: readonly string[];
  edgeFields: readonly string[];
  edgeTypes: readonly string[];
  /** `nodeFields.length` numbers per node; node 0 is the synthetic root. */
  nodes: ArrayLike<number>;
  /** `edgeFields.length` numbers per edge, the edges of node 0 first, then node 1's… */
  edges: ArrayLike<number>;
  strings: readonly string[];
}

interface SnapshotHeader {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] };
    node_count: number;
    edge_count: number;
  };
}

const CHUNK = 16 * 1024 * 1024;
const [COMMA, CLOSE, QUOTE, BACKSLASH] = [0x2c, 0x5d, 0x22, 0x5c];

/** Reads a `.heapsnapshot` file of any size. */
export function readHeapSnapshot(file: string): HeapSnapshot {
  const fd = openSync(file, 'r');
  try {
    const reader = new ByteReader(fd);
    const header = JSON.parse(reader.textUntil('"nodes":[').replace(/,\s*$/, '') + '}') as SnapshotHeader;
    const { meta, node_count: nodeCount, edge_count: edgeCount } = header.snapshot;
    const nodes = reader.numbers(nodeCount * meta.node_fields.length);
    reader.textUntil('"edges":[');
    const edges = reader.numbers(edgeCount * meta.edge_fields.length);
    reader.textUntil('"strings":[');
    return {
      nodeFields: meta.node_fields,
      nodeTypes: meta.node_types[0],
      edgeFields: meta.edge_fields,
      edgeTypes: meta.edge_types[0],
      nodes,
      edges,
      strings: reader.strings(),
    };
  } finally {
    closeSync(fd);
  }
}

/** A forward-only reader over a file's bytes. */
class ByteReader {
  readonly #fd: number;
  #buffer = Buffer.alloc(0);
  #at = 0;

  constructor(fd: number) {
    this.#fd = fd;
  }

  /** The next byte, or -1 at the end of the file. */
  #byte(): number {
    if (this.#at >= this.#buffer.length) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(this.#fd, chunk, 0, CHUNK, null);
      if (read === 0) return -1;
      this.#buffer = chunk.subarray(0, read);
      this.#at = 0;
    }
    return this.#buffer[this.#at++]!;
  }

  /** Text up to and including `marker` (ASCII), returned without the marker. */
  textUntil(marker: string): string {
    const bytes: number[] = [];
    const tail = [...Buffer.from(marker)];
    for (;;) {
      const b = this.#byte();
      if (b < 0) throw new Error(`not a V8 heap snapshot: no ${marker}`);
      bytes.push(b);
      if (bytes.length >= tail.length && tail.every((t, i) => bytes[bytes.length - tail.length + i] === t)) {
        return Buffer.from(bytes.slice(0, -tail.length)).toString('utf8');
      }
    }
  }

  /** `count` non-negative integers of a JSON array whose `[` has been read; reads its `]`. */
  numbers(count: number): Uint32Array {
    const out = new Uint32Array(count);
    let n = 0;
    let value = 0;
    let inNumber = false;
    for (;;) {
      const b = this.#byte();
      if (b >= 0x30 && b <= 0x39) {
        value = value * 10 + (b - 0x30);
        inNumber = true;
      } else if (b === COMMA || b === CLOSE || b < 0) {
        if (inNumber) {
          if (n >= count) throw new Error(`heap snapshot: more than the ${count} numbers its header announces`);
          out[n++] = value;
        }
        value = 0;
        inNumber = false;
        if (b !== COMMA) break;
      }
    }
    if (n !== count) throw new Error(`heap snapshot: ${n} numbers where its header announces ${count}`);
    return out;
  }

  /** The JSON strings of an array whose `[` has been read, up to its `]`. */
  strings(): string[] {
    const out: string[] = [];
    let token: number[] | undefined;
    let escaped = false;
    let hasEscape = false;
    for (;;) {
      const b = this.#byte();
      if (b < 0) break;
      if (!token) {
        if (b === QUOTE) {
          token = [];
          hasEscape = false;
        } else if (b === CLOSE) break;
        continue;
      }
      if (escaped) {
        escaped = false;
        token.push(b);
      } else if (b === BACKSLASH) {
        escaped = hasEscape = true;
        token.push(b);
      } else if (b === QUOTE) {
        const text = Buffer.from(token).toString('utf8');
        out.push(hasEscape ? (JSON.parse(`"${text}"`) as string) : text);
        token = undefined;
      } else token.push(b);
    }
    return out;
  }
}

interface ClassSummary {
  /** Constructor name for objects; `(string)`, `(array)`, `(closure)`, `(compiled code)`, `(system)`… otherwise. */
  name: string;
  count: number;
  selfBytes: number;
  /** Retained by objects of this class that no other object of the class dominates: no double counting. */
  retainedBytes: number;
}

interface Retainer {
  name: string;
  selfBytes: number;
  retainedBytes: number;
  /** The classes of its nearest dominators, nearest first: who keeps it alive. */
  heldBy: string[];
}

export interface HeapSummary {
  totalBytes: number;
  nodeCount: number;
  classes: ClassSummary[];
  retainers: Retainer[];
}

/** Node types shown under one group name, as Chrome's Summary view groups them. */
const GROUPS: Record<string, string> = {
  array: '(array)',
  string: '(string)',
  'concatenated string': '(string)',
  'sliced string': '(string)',
  closure: '(closure)',
  code: '(compiled code)',
  hidden: '(system)',
  'object shape': '(system)',
  number: '(number)',
  regexp: '(regexp)',
  symbol: '(symbol)',
  bigint: '(bigint)',
};

/**
 * Count, own size and retained size per class, and the `top` single objects that retain the most.
 * Retained sizes come from the dominator tree of the graph from the root, weak edges left out
 * (Cooper, Harvey and Kennedy's iterative algorithm over a reverse postorder).
 */
export function summarizeHeap(snapshot: HeapSnapshot, top = 15): HeapSummary {
  const nf = snapshot.nodeFields.length;
  const ef = snapshot.edgeFields.length;
  const field = (fields: readonly string[], name: string) => {
    const i = fields.indexOf(name);
    if (i < 0) throw new Error(`heap snapshot: no ${name} field`);
    return i;
  };
  const [nType, nName, nSize, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => field(snapshot.nodeFields, f)) as [
    number,
    number,
    number,
    number,
  ];
  const [eType, eTo] = ['type', 'to_node'].map((f) => field(snapshot.edgeFields, f)) as [number, number];
  const weak = snapshot.edgeTypes.indexOf('weak');
  const { nodes, edges, strings } = snapshot;
  const count = nodes.length / nf;

  // Class of each node.
  const classIds = new Map<string, number>();
  const classNames: string[] = [];
  const classOf = new Uint32Array(count);
  for (let n = 0; n < count; n++) {
    const type = snapshot.nodeTypes[nodes[n * nf + nType]!] ?? 'unknown';
    const name = GROUPS[type] ?? strings[nodes[n * nf + nName]!] ?? `(${type})`;
    let id = classIds.get(name);
    if (id === undefined) {
      id = classNames.push(name) - 1;
      classIds.set(name, id);
    }
    classOf[n] = id;
  }

  // Each node's first edge, and its strong successors.
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) firstEdge[n + 1] = firstEdge[n]! + nodes[n * nf + nEdges]!;
  const successors = (n: number, visit: (to: number) => void) => {
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e++) if (edges[e * ef + eType] !== weak) visit(edges[e * ef + eTo]! / nf);
  };

  // Postorder from the root (iterative depth-first search).
  const NONE = 0xffffffff;
  const order = new Uint32Array(count).fill(NONE); // node → postorder number
  const post: number[] = [];
  const visited = new Uint8Array(count);
  const stack: number[] = [0];
  const nextEdge = new Uint32Array(count);
  visited[0] = 1;
  nextEdge[0] = firstEdge[0]!;
  while (stack.length) {
    const n = stack[stack.length - 1]!;
    let pushed = false;
    while (nextEdge[n]! < firstEdge[n + 1]!) {
      const e = nextEdge[n]!;
      nextEdge[n] = e + 1;
      if (edges[e * ef + eType] === weak) continue;
      const to = edges[e * ef + eTo]! / nf;
      if (visited[to]) continue;
      visited[to] = 1;
      nextEdge[to] = firstEdge[to]!;
      stack.push(to);
      pushed = true;
      break;
    }
    if (!pushed) {
      stack.pop();
      order[n] = post.length;
      post.push(n);
    }
  }

  // Predecessors of reachable nodes.
  const predCount = new Uint32Array(count + 1);
  for (const n of post) successors(n, (to) => predCount[to + 1]!++);
  for (let n = 0; n < count; n++) predCount[n + 1]! += predCount[n]!;
  const preds = new Uint32Array(predCount[count]!);
  const fill = predCount.slice(0, count);
  for (const n of post) successors(n, (to) => (preds[fill[to]!++] = n));

  // Immediate dominators.
  const idom = new Uint32Array(count).fill(NONE);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (order[a]! < order[b]!) a = idom[a]!;
      while (order[b]! < order[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = post.length - 2; i >= 0; i--) {
      const n = post[i]!;
      let next = NONE;
      for (let p = predCount[n]!; p < predCount[n + 1]!; p++) {
        const pred = preds[p]!;
        if (idom[pred] === NONE) continue;
        next = next === NONE ? pred : intersect(pred, next);
      }
      if (next !== NONE && idom[n] !== next) {
        idom[n] = next;
        changed = true;
      }
    }
  }

  // Retained sizes: children before their dominators, which postorder guarantees.
  const retained = new Float64Array(count);
  for (const n of post) retained[n]! += nodes[n * nf + nSize]!;
  for (const n of post) if (n !== 0) retained[idom[n]!]! += retained[n]!;

  // V8's synthetic groups ("(GC roots)", "(Handle scope)"…) hold everything; they are not classes.
  const synthetic = snapshot.nodeTypes.indexOf('synthetic');
  const syntheticClass = new Uint8Array(classNames.length);
  for (let n = 0; n < count; n++) if (nodes[n * nf + nType] === synthetic) syntheticClass[classOf[n]!] = 1;

  // Per class: count and own size of reachable nodes; retained size of the outermost of each class.
  const classes = classNames.map((name) => ({ name, count: 0, selfBytes: 0, retainedBytes: 0 }));
  for (const n of post) {
    const c = classes[classOf[n]!]!;
    c.count++;
    c.selfBytes += nodes[n * nf + nSize]!;
  }
  const childCount = new Uint32Array(count + 1);
  for (const n of post) if (n !== 0) childCount[idom[n]! + 1]!++;
  for (let n = 0; n < count; n++) childCount[n + 1]! += childCount[n]!;
  const children = new Uint32Array(childCount[count]!);
  const childFill = childCount.slice(0, count);
  for (const n of post) if (n !== 0) children[childFill[idom[n]!]!++] = n;
  const open = new Uint32Array(classNames.length);
  const walk: number[] = [0];
  const leaving = new Uint8Array(count);
  while (walk.length) {
    const n = walk.pop()!;
    const c = classOf[n]!;
    if (leaving[n]) {
      open[c]!--;
      continue;
    }
    if (open[c] === 0 && n !== 0) classes[c]!.retainedBytes += retained[n]!;
    open[c]!++;
    leaving[n] = 1;
    walk.push(n);
    for (let k = childCount[n]!; k < childCount[n + 1]!; k++) walk.push(children[k]!);
  }

  // The single objects that retain the most, leaving out the root and V8's synthetic groups.
  const candidates = post.filter((n) => n !== 0 && nodes[n * nf + nType] !== synthetic);
  candidates.sort((a, b) => retained[b]! - retained[a]!);
  const retainers = candidates.slice(0, top).map((n) => {
    const heldBy: string[] = [];
    for (let d = idom[n]!; d !== 0 && heldBy.length < 3; d = idom[d]!) heldBy.push(classNames[classOf[d]!]!);
    return { name: classNames[classOf[n]!]!, selfBytes: nodes[n * nf + nSize]!, retainedBytes: retained[n]!, heldBy };
  });

  return {
    totalBytes: retained[0]!,
    nodeCount: post.length,
    classes: classes.filter((c, i) => c.count > 0 && !syntheticClass[i]).sort((a, b) => b.retainedBytes - a.retainedBytes),
    retainers,
  };
}
