/** File sizes for readers: `812 bytes`, `14.2 KB`, `3.1 MB` (1 KB = 1,000 bytes, as file managers now count). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} bytes`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} KB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
