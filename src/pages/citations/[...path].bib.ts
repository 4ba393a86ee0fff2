/** A citable page's citation as BibTeX. */
import { citationRoute } from '../../citations/route.ts';

export const { getStaticPaths, GET } = citationRoute('bib');
