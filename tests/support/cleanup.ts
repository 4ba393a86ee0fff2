/**
 * Folders that tests hand to Astro are removed when the test process exits, not when the test ends:
 * Astro's content layer keeps working for a moment after a build settles (its store is saved on a
 * debounce timer, its loader may still be reading), and removing the folder under it turns that into
 * an unhandled error in whichever test runs next.
 */
import { rmSync } from 'node:fs';

const folders = new Set<string>();
let registered = false;

export function removeAtExit(folder: string): void {
  folders.add(folder);
  if (registered) return;
  registered = true;
  process.once('exit', () => {
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });
}
