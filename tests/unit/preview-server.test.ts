import { expect, test } from 'vitest';
import { contentTypeFor } from '../../src/archive/preview-server.ts';

test('vCards are sent as text/vcard; what Vite already knows is left to it', () => {
  expect(contentTypeFor('/contacts/guido-almerigogna--kz-2021-parliamentary.vcf')).toBe('text/vcard; charset=utf-8');
  expect(contentTypeFor('/missions/kz/2021-parliamentary/contacts.VCF')).toBe('text/vcard; charset=utf-8');
  expect(contentTypeFor('/missions/kz/2021-parliamentary/')).toBeUndefined();
  expect(contentTypeFor('/pagefind/pagefind.js')).toBeUndefined();
  expect(contentTypeFor('/odd.vcf/index.html')).toBeUndefined();
});
