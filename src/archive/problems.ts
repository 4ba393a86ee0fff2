/** A content problem, located as precisely as the file allows. */
export interface Problem {
  /** Path of the file relative to the repository root, e.g. `content/missions/kz/2021-parliamentary.mdx`. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. `observers.2.count`; `(body)` for the MDX text, `(file)` for the file itself. */
  field: string;
  /** What is wrong — what was expected. */
  message: string;
}

/**
 * Characters that would let a file name, field or value steer a terminal or a log: C0 and C1
 * controls (ESC starts ANSI sequences, CR rewrites a line), DEL, bidirectional overrides and
 * isolates (text that reads differently from what it is), and line/paragraph separators.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Content-derived text made safe to print: each such character shown as `\u{1b}`. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** `file:line:col  field  message`, the one-line form editors and CI annotations understand. */
export function formatProblem(p: Problem): string {
  return `${printable(p.file)}:${p.line}:${p.column}  ${printable(p.field)}  ${printable(p.message)}`;
}

/** A warning in the same form, its message marked as one: it is printed, and refuses nothing. */
export function formatWarning(p: Problem): string {
  return formatProblem({ ...p, message: `warning: ${p.message}` });
}

/**
 * A GitHub workflow command (`::error …::message`), escaped as GitHub's toolkit escapes it: `%`, CR
 * and LF in the message; those and `:` and `,` in properties, so a file name cannot end a property
 * early and forge another annotation.
 */
export function formatProblemGithub(p: Problem, level: 'error' | 'warning' = 'error'): string {
  const data = (s: string) => printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} file=${property(p.file)},line=${p.line},col=${p.column},title=${property(p.field)}::${data(p.message)}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
}

/** Thrown by the build when content has problems, so nothing is published. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'} — nothing was built:\n` + sortProblems(problems).map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole story; a stack trace would only bury it (Astro prints one when present).
    this.stack = '';
  }
}
