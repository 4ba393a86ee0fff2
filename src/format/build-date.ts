/**
 * "Today" for the build. Taken from SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
 * so two builds of the same commit print the same pages; otherwise the current UTC day.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
