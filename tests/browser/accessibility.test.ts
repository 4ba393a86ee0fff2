/** axe-core on every English page of the built archive (the Russian ones: accessibility-ru.test.ts). */
import { checkAccessibility } from '../support/accessibility.ts';

checkAccessibility('en');
