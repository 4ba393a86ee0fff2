/**
 * Statements: `content/statements/<year>/<date>-<slug>.mdx`. The year folder only keeps directories
 * short: the id and the address carry no year segment.
 */
import { statementSchema } from '../../schemas/statement.ts';
import { cell } from '../../data/csv.ts';
import { ISO_YEAR } from '../../format/patterns.ts';
import type { Collection, Finding } from '../collections.ts';

export const statements: Collection<typeof statementSchema, 'statement'> = {
  schema: statementSchema,
  noun: 'statement',
  aNoun: 'a statement',
  title: 'Statements',
  extensions: ['.md', '.mdx'],
  folders: { depth: 1, folder: ISO_YEAR },
  expected: 'content/statements/<year>/<date>-<slug>.mdx',
  fileOf: (id) => `${id.slice(0, 4)}/${id}.mdx`,
  idOf: (path) => path.split('/').pop()!,
  // Newest first.
  order: (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  reservedIds: [],
  idProblems: ({ id, file, data }) => {
    const found: Finding[] = [];
    if (!id.startsWith(`${data.date}-`))
      found.push({ path: ['date'], message: `is ${data.date} but the file is named ${id} — expected the file name to start with the date` });
    const year = data.date.slice(0, 4);
    const folderYear = /statements\/(\d{4})\//.exec(file)?.[1];
    if (folderYear && folderYear !== year)
      found.push({ path: ['date'], message: `is in ${year} but the file is in the folder ${folderYear}/ — expected content/statements/${year}/` });
    return found;
  },
  openData: {
    lead: [
      { name: 'statement', description: 'The statement’s id: a record of statements.json.', value: (e) => e.id },
      { name: 'date', description: 'The statement’s date of publication, YYYY-MM-DD.', value: (e) => cell(e.data.date) },
    ],
  },
};
