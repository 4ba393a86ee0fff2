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

/** `file:line:col  field  message`, the one-line form editors and CI annotations understand. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/** Thrown by the build when content has problems, so nothing is published. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'} — nothing was built:\n` +
        sortProblems(problems).map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
