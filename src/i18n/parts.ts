/**
 * A language's catalogue is made of parts, one module per part of the site. Two parts that both
 * define a key would otherwise let the later win silently, so the catalogue refuses to load.
 */
export function mergeParts(parts: readonly Readonly<Record<string, string>>[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const part of parts) {
    for (const [key, text] of Object.entries(part)) {
      if (Object.hasOwn(merged, key)) throw new RangeError(`the message "${key}" is defined in two parts of the catalogue`);
      merged[key] = text;
    }
  }
  return merged;
}
