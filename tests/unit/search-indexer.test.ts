import { expect, test } from 'vitest';
import { isIndexable } from '../../src/search/indexer.ts';

test('only HTML pages that mark a searchable body are sent to Pagefind', () => {
  const page = '<main><article data-pagefind-body>Statement</article></main>';
  expect(isIndexable('text/html', page)).toBe(true);
  expect(isIndexable('text/html; charset=utf-8', page)).toBe(true);
  // Lists and the 404 page carry no body marker; Pagefind would ignore them.
  expect(isIndexable('text/html', '<main><ul><li>A list</li></ul></main>')).toBe(false);
  // A vCard that happens to mention the attribute is still not a page.
  expect(isIndexable('text/vcard', 'NOTE:data-pagefind-body')).toBe(false);
  expect(isIndexable(null, page)).toBe(false);
});
