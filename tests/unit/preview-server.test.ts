import { expect, test } from 'vitest';
import { contentTypeFor } from '../../src/archive/preview-server.ts';
import { FILE_TYPES } from '../../src/security/headers.ts';

test('the preview sends the types production sends; what the archive does not type is left to Vite', () => {
  expect(contentTypeFor('/contacts/guido-almerigogna--kz-2021-parliamentary.vcf')).toBe('text/vcard; charset=utf-8');
  expect(contentTypeFor('/missions/kz/2021-parliamentary/contacts.VCF')).toBe('text/vcard; charset=utf-8');
  expect(contentTypeFor('/citations/statements/2021-01-04-osce-pa-deploys-observers-kazakhstan.bib')).toBe('application/x-bibtex; charset=utf-8');
  expect(contentTypeFor('/citations/missions/kz/2021-parliamentary.ris')).toBe('application/x-research-info-systems; charset=utf-8');
  expect(contentTypeFor('/calendar/elections.ics')).toBe('text/calendar; charset=utf-8');
  for (const { extension, type } of FILE_TYPES) expect(contentTypeFor(`/any/file.${extension}`)).toBe(type);
  expect(contentTypeFor('/missions/kz/2021-parliamentary/')).toBeUndefined();
  expect(contentTypeFor('/pagefind/pagefind.js')).toBeUndefined();
  expect(contentTypeFor('/odd.vcf/index.html')).toBeUndefined();
});
