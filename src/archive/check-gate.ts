/**
 * The content check runs beside Astro's content sync rather than before it: on two cores the two
 * together take little more than the longer of them (measured at 10,000 statements: 16 s of check
 * then 12 s of sync, against 16 s for both overlapped). Whoever needs the verdict first awaits it:
 *
 * - `astro:build:start`, before any page is rendered, stops the build on any problem;
 * - a collection loader that fails (Astro's own schema check finds the same missing field) reports
 *   the check's problems instead, which name file, line and field, rather than its own error.
 *
 * The integration and the content config are loaded as separate module instances, so the running
 * check is shared through a registered symbol on `globalThis`.
 */
import type { Loader } from 'astro/loaders';
import type { CheckResult } from './check.ts';
import { ContentError } from './problems.ts';

const RUNNING = Symbol.for('election-archive.content-check');
type Shared = typeof globalThis & { [RUNNING]?: Promise<CheckResult> };

/** Starts the check; its failure is reported when it is awaited, not as an unhandled rejection. */
export function startContentCheck(run: () => Promise<CheckResult>): Promise<CheckResult> {
  const running = run();
  running.catch(() => {});
  (globalThis as Shared)[RUNNING] = running;
  return running;
}

/**
 * Throws `ContentError` when the running check found problems; otherwise returns its result
 * (undefined when none is running), whose warnings the build prints.
 */
export async function throwContentProblems(): Promise<CheckResult | undefined> {
  const running = (globalThis as Shared)[RUNNING];
  if (!running) return undefined;
  const result = await running;
  if (result.problems.length) throw new ContentError(result.problems);
  return result;
}

/**
 * The loader, unchanged unless it fails: then the content check's problems, when it has any, are
 * what the maintainer sees.
 */
export function reportingCheckProblems<L extends Loader>(loader: L): L {
  return {
    ...loader,
    async load(context) {
      try {
        await loader.load(context);
      } catch (error) {
        await throwContentProblems();
        throw error;
      }
    },
  };
}
