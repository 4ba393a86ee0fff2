/**
 * Moved pages: old URL → new URL. Published URLs are cited by others and must keep working, so
 * renaming or removing an entry adds a line here (Astro writes a redirect page for each).
 */
export const redirects: Record<string, string> = {
  // The review against the sources credits the Foreign Ministry's 2019 text to the outlet that carried
  // it (reporting on the ministry), and no longer counts the OSCE Chairpersonship, which appointed the
  // 2005 mission's co-ordinator, among the organizations that observed: both keep their pages, which
  // say what the archive holds from them, and their emptied lists lead there.
  '/organizations/kz-mfa/statements/': '/organizations/kz-mfa/',
  '/organizations/osce-chairpersonship/missions/': '/organizations/osce-chairpersonship/',
  '/ru/organizations/kz-mfa/statements/': '/ru/organizations/kz-mfa/',
  '/ru/organizations/osce-chairpersonship/missions/': '/ru/organizations/osce-chairpersonship/',
};
