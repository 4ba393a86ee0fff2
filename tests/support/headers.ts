/**
 * The header rules of a `_headers` file (Netlify, Cloudflare Pages): each path pattern with its
 * headers, in order. The policy the archive sends is read from the file it writes for static hosts
 * (`staticHostHeaders` in src/security/headers.ts), so nginx and static hosts are held to one source.
 */
import { staticHostHeaders } from '../../src/security/headers.ts';

export function headerRules(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n').filter(Boolean)) {
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(': ');
      current!.set(name!, value.join(': '));
    }
  }
  return rules;
}

/** The headers every response carries: the `/*` rule. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [...headerRules(staticHostHeaders()).get('/*')!];
