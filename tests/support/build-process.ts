/**
 * `node tests/support/build-process.ts '<options as JSON>'`: one Astro build through its own API, in a
 * process of its own, for builds whose settings come from the environment (tests/support/astro.ts).
 */
import { build } from 'astro';

await build(JSON.parse(process.argv[2]!) as Parameters<typeof build>[0]);
