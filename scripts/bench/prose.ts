/**
 * Markdown bodies for synthetic entries. The text must cost what real text costs: the Markdown
 * pipeline pays per block and per inline construct, and Pagefind's index grows with the number of
 * distinct words, so bodies mix headings, lists, links and emphasis, and each one names invented
 * places and parties to give the index a long tail of rare words, as real statements do.
 *
 * Bodies avoid `<`, `{`, `|` and bare addresses: the content check would reject them in `.mdx`, and
 * the same text must be valid as `.md` and `.mdx` so the two formats can be compared.
 */
import type { Random } from './random.ts';

export interface ProseContext {
  country: string;
  countryId: string;
  /** Election in words, e.g. `parliamentary elections`. */
  election: string;
  /** Formatted election day, e.g. `10 January 2021`. */
  electionDay: string;
  organization: string;
  person?: string;
  missionId?: string;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'va',
  'den',
  'sto',
  'ri',
  'bel',
  'na',
  'gor',
  'ul',
  'tesh',
  'an',
  'dra',
  'vel',
  'ost',
  'pri',
  'zem',
  'ko',
  'lin',
  'ta',
  'mar',
  'sev',
  'ir',
  'bo',
  'chen',
  'ash',
  'dor',
  'ne',
  'vik',
];

/** An invented proper noun such as `Velostrin`: the long tail of a real corpus's vocabulary. */
function inventedName(rng: Random, syllables = rng.int(2, 4)): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += rng.pick(SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

const SENTENCES: readonly ((c: ProseContext, r: Random) => string)[] = [
  (c) => `The ${c.organization} observed the ${c.election} in ${c.country} held on ${c.electionDay}.`,
  (_, r) =>
    `Observers visited ${r.int(80, 900)} polling stations in ${r.int(5, 40)} of the country's regions, including the ${inventedName(r)} and ${inventedName(r)} districts.`,
  () =>
    `The elections were assessed against the OSCE commitments of the 1990 Copenhagen Document and other international obligations and standards for democratic elections.`,
  (_, r) =>
    `Contestants from the ${inventedName(r)} Party and the ${inventedName(r)} Alliance were able to campaign freely, although some reported pressure on their supporters in ${inventedName(r)}.`,
  () => `The legal framework provides an adequate basis for the conduct of democratic elections, but several gaps and ambiguities remain unaddressed.`,
  (_, r) =>
    `The Central Election Commission met in ${r.pick(['open', 'regular', 'extraordinary'])} meetings and adopted ${r.int(20, 300)} decisions, most of them by consensus.`,
  () =>
    `Fundamental freedoms of assembly, association and expression were generally respected, yet restrictions on peaceful protest continued to limit the space for critical voices.`,
  (_, r) =>
    `Media coverage was ${r.pick(['extensive', 'limited', 'uneven', 'largely positive toward the incumbent'])}, and public broadcasters gave contestants free airtime as the law requires.`,
  () =>
    `Voting was conducted in a calm and orderly manner in most polling stations observed, while the counting was assessed negatively in a significant number of cases.`,
  (_, r) =>
    `Procedural errors, such as failures to check voter identification or to seal ballot boxes, were noted in ${r.int(3, 25)} per cent of observations.`,
  () => `Women were well represented among election officials but remained under-represented among candidates and in leadership positions on party lists.`,
  (_, r) =>
    `Complaints lodged with the election administration in ${inventedName(r)} were often dismissed on formal grounds without consideration of their substance.`,
  () =>
    `Previous recommendations on the transparency of campaign finance and on the independence of the election administration were only partially addressed.`,
  (_, r) =>
    `Some ${r.int(15, 60)} long-term observers were deployed throughout the country ${r.int(3, 8)} weeks before election day, joined by short-term observers from ${r.int(10, 45)} participating States.`,
  () => `Citizen observer groups were able to follow all stages of the process, and their presence contributed to transparency.`,
  (_, r) => `Tabulation at the ${inventedName(r)} district election commission was slow, and observers were not always able to see the data being entered.`,
  () =>
    `The final report, with recommendations to improve the conduct of elections, is to be published some eight weeks after the completion of the electoral process.`,
  (_, r) => `Voters had a genuine choice between ${r.int(3, 14)} parties and ${r.int(2, 9)} independent candidates offering distinct political alternatives.`,
  () => `Observers noted cases of pressure on public-sector employees to attend campaign events, which blurred the line between state and party.`,
  (_, r) => `Persons with disabilities faced obstacles to independent access in ${r.int(20, 70)} per cent of the polling stations visited.`,
  (c) => `The mission thanks the authorities of ${c.country} for their invitation and co-operation, and the participating States that seconded observers.`,
  (_, r) => `In ${inventedName(r)}, representatives of the ${inventedName(r)} movement said they had been denied premises for meetings with voters.`,
];

const HEADINGS = [
  'Background',
  'Legal framework',
  'Election administration',
  'Candidate registration',
  'Campaign environment',
  'Media',
  'Complaints and appeals',
  'Election day',
  'Counting and tabulation',
  'Participation of women',
  'Citizen and international observers',
  'Recommendations',
  'About the mission',
];

const LIST_ITEMS: readonly ((c: ProseContext, r: Random) => string)[] = [
  () => 'Review the legal framework well ahead of the next elections, in an inclusive process.',
  () => 'Ensure the independence and impartiality of the election administration at all levels.',
  () => 'Remove restrictions on the right to stand that are not in line with OSCE commitments.',
  () => 'Make campaign-finance reports public in full and in time for voters to consider them.',
  (_, r) => `Publish the results of each polling station, as was done in ${inventedName(r)} only.`,
  () => 'Provide effective remedies against decisions of election commissions.',
  () => 'Guarantee the safety of journalists and decriminalise defamation.',
  () => 'Take measures to prevent the misuse of administrative resources.',
  (_, r) => `Train precinct commissions on counting procedures, with particular attention to ${inventedName(r)} and other remote areas.`,
];

/** A paragraph of `sentences` sentences. */
function paragraph(rng: Random, c: ProseContext, sentences: number): string {
  return rng
    .sample(SENTENCES, sentences)
    .map((s) => s(c, rng))
    .join(' ');
}

/** A sentence with one inline link, internal or to the organization's site. */
function linkSentence(rng: Random, c: ProseContext): string {
  const links = [
    `[the country page](/countries/${c.countryId}/)`,
    `[the OSCE election observation pages](https://www.osce.org/odihr/elections)`,
    `[the media desk](/contacts/)`,
    ...(c.missionId ? [`[the mission page](/missions/${c.missionId}/)`] : []),
  ];
  return `More information is available on ${rng.pick(links)}, and earlier reports can be found in **the archive of ${c.organization}**.`;
}

/**
 * A body of `min`–`max` words: an opening paragraph, then sections with a heading, paragraphs, a
 * list in some of them and a link.
 */
export function markdownBody(rng: Random, c: ProseContext, [min, max]: readonly [number, number]): string {
  const target = rng.int(min, max);
  const blocks: string[] = [paragraph(rng, c, 2)];
  const headings = rng.shuffle(HEADINGS);
  let count = countWords(blocks[0]!);
  for (let section = 0; count < target; section++) {
    const heading = `## ${headings[section % headings.length]}`;
    let block: string[] = [heading, paragraph(rng, c, rng.int(2, 4))];
    if (section % 2 === 1)
      block.push(
        rng
          .sample(LIST_ITEMS, rng.int(3, 5))
          .map((item) => `- ${item(c, rng)}`)
          .join('\n'),
      );
    if (section % 3 === 0) block.push(linkSentence(rng, c));
    if (c.person && section === 1) block.push(`“The conduct of these elections shows both progress and persisting shortcomings,” said ${c.person}.`);
    let added = block.reduce((n, b) => n + countWords(b), 0);
    if (count + added > max) {
      // A short last section keeps the body under `max`; sentences are under 40 words.
      block = [heading, paragraph(rng, c, 1)];
      added = block.reduce((n, b) => n + countWords(b), 0);
      if (count + added > max) break;
    }
    blocks.push(...block);
    count += added;
  }
  return blocks.join('\n\n') + '\n';
}

/** Words a reader sees: link targets and Markdown markers do not count. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*(?:#+|-)\s/gm, ' ')
    .replace(/[*_[\]]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
