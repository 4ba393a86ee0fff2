/** A citable page's citation as RIS. */
import { citationRoute } from '../../citations/route.ts';

export const { getStaticPaths, GET } = citationRoute('ris');
