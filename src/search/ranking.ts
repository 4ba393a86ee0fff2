/**
 * How the search page ranks results, beyond Pagefind's defaults. A page may give the names it is
 * known by in a search field of its own (`data-pagefind-meta="names"`: a country page, its name and,
 * in Russian, its case forms). A match there outweighs one in a title, so searching a country's
 * name finds the country's page first, above statements and organizations whose titles hold it.
 *
 * Pagefind adds a field's weight times the matched words' rarity (IDF) to a page's score; titles
 * weigh 5 by default. A page's text adds at most 2.4 times the IDF for each form of the word it holds,
 * however often it repeats it (BM25 saturation, `termSaturation` 1.4), so at 10 the named page stays
 * above pages that hold the name in their title and throughout their text.
 */
export const NAMES_FIELD = 'names';

/** The `ranking` option of Pagefind's `options()`. */
export const SEARCH_RANKING = { metaWeights: { [NAMES_FIELD]: 10 } } as const;
