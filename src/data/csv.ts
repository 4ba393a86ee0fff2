/**
 * CSV downloads (RFC 4180: CRLF line ends, quotes where needed), written by csv-stringify.
 *
 * A collection's CSV has one column per field of its JSON Schema, so the header is the same whether
 * or not any entry uses an optional field, and a field added to a schema becomes a column. Nested
 * objects become dotted columns (`election.kind`); lists of plain values are joined with LIST_SEPARATOR;
 * lists of objects (a mission's observer figures, milestones …) are left to their own flat CSVs.
 */
import { stringify } from 'csv-stringify/sync';

/** Joins the items of a list in one cell: `kz; uz`. Ids and vocabulary values never contain it. */
export const LIST_SEPARATOR = '; ';

export interface Column {
  /** The header: a field name, dotted for nested fields (`election.rounds`). */
  name: string;
  /** Path of the value in a JSON record. */
  path: string[];
  /** Whether the value is a list of plain values, joined in one cell. */
  list: boolean;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
};

function isObjectSchema(s: JsonSchema | undefined): boolean {
  return !!s && (s.type === 'object' || !!s.properties);
}

/**
 * The columns of an object's fields, from its JSON Schema, in schema order: nested objects become
 * dotted columns (`appointedBy.office`, `ru.note`), lists of plain values one column each, and lists
 * of objects are left out (each has a table of its own or lives in the JSON).
 */
export function fieldColumns(jsonSchema: object): Column[] {
  const columns: Column[] = [];
  const walk = (s: JsonSchema, prefix: string[]) => {
    for (const [key, field] of Object.entries(s.properties ?? {})) {
      const path = [...prefix, key];
      if (isObjectSchema(field)) walk(field, path);
      else if (field.type === 'array' && isObjectSchema(field.items)) continue;
      else columns.push({ name: path.join('.'), path, list: field.type === 'array' });
    }
  };
  walk(jsonSchema as JsonSchema, []);
  return columns;
}

/** The columns of a collection's CSV, from its JSON Schema: `id` first, then fields in schema order. */
export function columnsFromSchema(jsonSchema: object): Column[] {
  return [{ name: 'id', path: ['id'], list: false }, ...fieldColumns(jsonSchema)];
}

export function valueAt(record: unknown, path: readonly string[]): unknown {
  let v: unknown = record;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/**
 * One cell: absent values are empty, booleans `true`/`false`, lists joined. An object has no text of
 * its own (it would print `[object Object]`): its fields are columns, so one reaching a cell is a bug.
 */
export function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cell).join(LIST_SEPARATOR);
  if (typeof value === 'object') throw new Error(`a CSV cell cannot hold an object (${JSON.stringify(value).slice(0, 80)}): give its fields columns`);
  return String(value);
}

/** The rows of a CSV as plain strings, header first. */
export function tableOf(columns: readonly Column[], records: readonly unknown[]): string[][] {
  return [columns.map((c) => c.name), ...records.map((r) => columns.map((c) => cell(valueAt(r, c.path))))];
}

/** What makes a spreadsheet run a cell as a formula (OWASP's list, with the full-width forms Numbers folds). */
const FORMULA = '[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20]';
/**
 * A formula after a place where some reader starts a new cell or row: a `;` (Excel splits on it in
 * many locales, quotes or not), a `,` or tab, or a line break (a reader that does not honour quoted
 * line breaks starts a row there).
 */
const FORMULA_AFTER_SEPARATOR = new RegExp(`([,;\\t\\r\\n])(${FORMULA})`, 'g');

/**
 * A cell as no spreadsheet runs it: a `'` before a formula character wherever a reader might take
 * it as the start of a cell. The start of the cell itself is left to csv-stringify's
 * `escape_formulas`, which does the same there.
 */
function neutralised(cell: string): string {
  return cell.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
}

/**
 * The CSV text, by RFC 4180's rules and with formulas neutralised, the one place CSV is written:
 * content comes from strangers, and a spreadsheet would run a cell that reads as a formula.
 * Every cell holding a line break is quoted, a lone CR or LF as much as CRLF (csv-stringify quotes
 * only its record delimiter), so a multi-line summary stays one cell; `escape_formulas` puts a `'`
 * before a cell starting with `=`, `+`, `-`, `@`, tab or CR, and `neutralised` after a separator.
 */
function csvText(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutralised)),
    { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ },
  );
}

/**
 * A CSV download: the text after a UTF-8 byte-order mark. Excel on Windows reads a CSV without one in
 * the machine's legacy code page, and every Cyrillic letter comes out garbled; with it, Excel, pandas
 * (`encoding="utf-8-sig"`), R and csv-parse (`bom: true`) all read UTF-8.
 */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return `\ufeff${csvText(rows)}`;
}
