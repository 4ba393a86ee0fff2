/**
 * HTML validation of built pages with html-validate (a maintained validator that knows the HTML
 * standard and accessibility rules), on its recommended preset.
 */
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are statement headlines plus the site name; cutting them at 70 characters would
    // make cited titles wrong. Search engines truncate on their own.
    'long-title': 'off',
  },
});

/** Validation errors as `line:col rule message`, empty when the page is valid. */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}
