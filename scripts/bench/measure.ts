/**
 * Runs a build as a child process and measures it: wall time, and peak memory two ways.
 *
 * - `/usr/bin/time -v` (when present) gives the exact high-water mark of the largest single
 *   process in the tree (`ru_maxrss`), but not their sum.
 * - Sampling `/proc` every `pollMs` sums the resident memory of the whole tree (Node plus the
 *   Pagefind binary it spawns), but can miss a peak shorter than the interval.
 *
 * The reported peak is the larger of the two. Output lines are kept with the time they arrived,
 * so the build's phases can be timed from its own log.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface LogLine {
  /** Milliseconds since the process started. */
  ms: number;
  text: string;
}

export interface Measured {
  exitCode: number;
  wallMs: number;
  /** Largest of: sampled sum of the tree's RSS, and `ru_maxrss` of its largest process. */
  peakBytes: number;
  sampledTreeBytes: number;
  /** From `/usr/bin/time -v`; undefined when it is not installed. */
  maxRssBytes?: number;
  /**
   * User + system CPU seconds of the tree, from `/usr/bin/time -v`: steadier than wall time when
   * other work shares the machine.
   */
  cpuSeconds?: number;
  lines: LogLine[];
  /** The tree's cumulative CPU time, sampled with the memory. */
  cpu: CpuSample[];
}

const TIME = '/usr/bin/time';

/**
 * `ru_maxrss` from the report of GNU `time -v`, in bytes.
 *
 * @internal Exported for its unit tests: the functions that use it spawn processes, so its parsing is tested on fixed text.
 */
export function parseTimeReport(text: string): { maxRssBytes?: number; cpuSeconds?: number } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const system = /System time \(seconds\): ([\d.]+)/.exec(text);
  return {
    ...(rss ? { maxRssBytes: Number(rss[1]) * 1024 } : {}),
    ...(user && system ? { cpuSeconds: Number(user[1]) + Number(system[1]) } : {}),
  };
}

/**
 * Colour and style escapes: Astro colours its log even into a pipe.
 *
 * @internal Exported for its unit tests: the functions that use it spawn processes, so its parsing is tested on fixed text.
 */
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}

interface ProcStat {
  ppid: number;
  /** CPU time of the process and of its children it has reaped, in clock ticks. */
  cpuTicks: number;
}

/**
 * Fields of `/proc/<pid>/stat` (the command name may hold spaces and parentheses).
 *
 * @internal Exported for its unit tests: the functions that use it spawn processes, so its parsing is tested on fixed text.
 */
export function parseProcStat(stat: string): ProcStat | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // After the name: state, ppid, … utime (11), stime, cutime, cstime (14).
  const f = stat.slice(close + 2).split(' ');
  const ppid = Number(f[1]);
  if (!Number.isInteger(ppid)) return undefined;
  return { ppid, cpuTicks: [11, 12, 13, 14].reduce((sum, i) => sum + (Number(f[i]) || 0), 0) };
}

/**
 * `root` and every process below it, from (pid, ppid) pairs.
 *
 * @internal Exported for its unit tests: the functions that use it spawn processes, so its parsing is tested on fixed text.
 */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Linux reports CPU time in USER_HZ ticks, 100 a second on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

interface TreeUsage {
  rssBytes: number;
  /**
   * CPU seconds used so far by `root` and everything below it: a finished child's time has moved
   * into its parent's `cutime`, so it is still counted.
   */
  cpuSeconds: number;
}

/**
 * Undefined once `root` has exited: an empty tree is not a measurement.
 *
 * @internal Exported for its unit tests: the functions that use it spawn processes, so its parsing is tested on fixed text.
 */
export function treeUsage(root: number): TreeUsage | undefined {
  const stats = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    const parsed = stat ? parseProcStat(stat) : undefined;
    if (parsed) stats.set(Number(name), parsed);
  }
  if (!stats.has(root)) return undefined;
  let rssBytes = 0;
  let ticks = 0;
  for (const pid of descendants(root, new Map([...stats].map(([pid, s]) => [pid, s.ppid])))) {
    ticks += stats.get(pid)?.cpuTicks ?? 0;
    const statm = readOr(`/proc/${pid}/statm`);
    if (statm) rssBytes += Number(statm.split(' ')[1]) * 4096;
  }
  return { rssBytes, cpuSeconds: ticks / TICKS_PER_SECOND };
}

export interface CpuSample {
  ms: number;
  cpuSeconds: number;
  /** Resident memory of the whole tree at that moment (Node and Pagefind), when sampled. */
  rssBytes?: number;
}

/** The largest tree RSS sampled between two moments (0 when no sample falls inside). */
export function peakRssBetween(samples: readonly CpuSample[], fromMs: number, toMs: number): number {
  let peak = 0;
  for (const s of samples) if (s.ms >= fromMs && s.ms <= toMs && s.rssBytes !== undefined) peak = Math.max(peak, s.rssBytes);
  return peak;
}

/** CPU seconds used between two moments, interpolating between samples. */
export function cpuBetween(samples: readonly CpuSample[], fromMs: number, toMs: number): number {
  const at = (ms: number) => {
    if (samples.length === 0) return 0;
    let prev: CpuSample = { ms: 0, cpuSeconds: 0 };
    for (const s of samples) {
      if (s.ms >= ms) {
        const span = s.ms - prev.ms;
        return span <= 0 ? s.cpuSeconds : prev.cpuSeconds + ((s.cpuSeconds - prev.cpuSeconds) * (ms - prev.ms)) / span;
      }
      prev = s;
    }
    return prev.cpuSeconds;
  };
  return Math.max(0, at(toMs) - at(fromMs));
}

export interface RunOptions {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Where `time -v` writes its report; removed afterwards. */
  timeReport: string;
  pollMs?: number;
  /** Called with each line of output as it arrives, and the pid of the process spawned. */
  onLine?: (text: string, pid: number) => void;
}

/**
 * The pids below `root` (itself included) running `program` with `needle` among its arguments:
 * `/usr/bin/time node astro.mjs build` names astro.mjs too, but runs time.
 */
export function processesBelow(root: number, program: string, needle: string): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    const parsed = stat ? parseProcStat(stat) : undefined;
    if (parsed) parents.set(Number(name), parsed.ppid);
  }
  return descendants(root, parents).filter((pid) => {
    const argv = (readOr(`/proc/${pid}/cmdline`) ?? '').split('\0');
    return argv[0] === program && argv.some((arg) => arg.includes(needle));
  });
}

export function measure(opts: RunOptions): Promise<Measured> {
  const useTime = existsSync(TIME);
  const [command, args] = useTime ? [TIME, ['-v', '-o', opts.timeReport, opts.command, ...opts.args]] : [opts.command, opts.args];
  const started = performance.now();
  const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) {
        const line = { ms, text: stripAnsi(text) };
        lines.push(line);
        if (opts.onLine && child.pid) opts.onLine(line.text, child.pid);
      }
    });
    stream.on('end', () => rest && lines.push({ ms: performance.now() - started, text: stripAnsi(rest) }));
  };
  collect(child.stdout!);
  collect(child.stderr!);
  let sampled = 0;
  const cpu: CpuSample[] = [];
  const poll = setInterval(() => {
    if (!child.pid) return;
    const usage = treeUsage(child.pid);
    if (!usage) return;
    sampled = Math.max(sampled, usage.rssBytes);
    cpu.push({ ms: performance.now() - started, cpuSeconds: usage.cpuSeconds, rssBytes: usage.rssBytes });
  }, opts.pollMs ?? 200);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      const report = useTime ? parseTimeReport(readOr(opts.timeReport) ?? '') : {};
      rmSync(opts.timeReport, { force: true });
      resolve({
        // `time` exits with its command's status, so the close code is the build's.
        exitCode: code ?? 1,
        wallMs,
        peakBytes: Math.max(sampled, report.maxRssBytes ?? 0),
        sampledTreeBytes: sampled,
        ...report,
        // Pagefind's binary is not always reaped before Node exits, so `time` can miss its CPU;
        // the sampled tree total has it.
        ...(report.cpuSeconds !== undefined || cpu.length ? { cpuSeconds: Math.max(report.cpuSeconds ?? 0, ...cpu.map((c) => c.cpuSeconds)) } : {}),
        lines,
        cpu,
      });
    });
  });
}
