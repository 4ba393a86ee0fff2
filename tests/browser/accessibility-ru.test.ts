/** axe-core on every Russian page of the built archive, in a file of its own so both workers share the work. */
import { checkAccessibility } from '../support/accessibility.ts';

checkAccessibility('ru');
