import { expect, test } from 'vitest';
import { separateBlocks } from '../../src/search/word-breaks.ts';

test('closing block tags get a line break before the next tag; inline tags are left alone', () => {
  expect(separateBlocks('<dl><dt>Nationality</dt><dd>Bulgaria</dd></dl><p>a <em>b</em><a href="/">c</a></p><td>1</td><td>2</td>')).toBe(
    '<dl><dt>Nationality</dt>\n<dd>Bulgaria</dd>\n</dl>\n<p>a <em>b</em><a href="/">c</a></p>\n<td>1</td>\n<td>2</td>',
  );
});
