/** A citable page's citation as CSL-JSON. */
import { citationRoute } from '../../citations/route.ts';

export const { getStaticPaths, GET } = citationRoute('json');
