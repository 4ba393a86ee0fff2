/**
 * The only components an MDX content file may use, with the attributes each accepts (plain string
 * literals only). Everything else in a body — imports, expressions, HTML — is rejected by the check.
 * Each name here must be passed to `<Content components={…}>` by the pages that render bodies.
 */
export const CONTENT_COMPONENTS: Record<string, readonly string[]> = {
  /** A short attributed quotation: `<Quote by="Kristian Vigenin">…</Quote>`. */
  Quote: ['by'],
};
