/**
 * Hostile drafts for the growth script (scripts/growth.ts) and the hostile-input tests (test/unit/hostile.test.ts):
 * pathological pieces (runs of every kind of quotation mark, apostrophes, brackets, names, titles, dates, digits,
 * list markers, table pipes, very long lines, CRLF, lone surrogates...) put together by fast-check, as runs one
 * after another or interleaved, and grown to any size. A few known shapes come first, by name.
 */
import * as fc from 'fast-check';

/** The pieces a hostile draft is made of. Each is a few characters of one mechanism of the engine. */
export const PIECES: readonly string[] = [
  // quotation marks of every kind, alone and against words
  '“', '”', '‘', '’', "'", '"', '«', '»', '„', '“‘', '’”', ' “', '” ', " '", "' ", ' "', '" ',
  // apostrophes
  'councils’ ', 'Devon’s ', "it's ", "'90s ", 'o’', '’s',
  // brackets
  '(', ')', '[', ']', '{', '}', '[sic] ', '(Con) ',
  // names and titles
  'Jefferies ', 'Richard Jefferies ', 'Jeffries ', 'Andrew Leadbetter ', 'Leadbeater ', 'Julian Brazil ', 'Su Aves ',
  'Cllr ', 'Mr ', 'Mrs ', 'Dr ', 'Councillor ', 'Devon ', 'County ', 'Council ', 'Ofsted ', 'DfE ', 'Minister ',
  'cabinet member for children’s services ', 'leader of the council ', 'chief executive ', 'Labour ', 'Conservative ',
  'Lib Dem ', 'ward ', 'said ', ', said ', 'according to ', 'inadequate ', 'good ', 'requires improvement ',
  // dates and numbers
  '14 December 2022 ', 'Thursday, ', 'January ', 'May ', '2022 ', '2015', 'last week ', 'this year ', '10th ',
  '5', '0', '42 ', '50 per cent ', '60% ', 'five ', 'four ', '1,000,000 ', '3.14 ', '12/12/2022 ', '2022-12-14 ', '£1.2m ',
  // sentence ends and dashes
  '. ', '.', '...', '…', '? ', '! ', ': ', '; ', ', ', ' — ', '–', '-', 'e.g. ', 'St. ',
  // markdown: list markers, headings, quote blocks, table pipes
  '- ', '* ', '1. ', '12) ', '# ', '> ', '| ', '|---|', '| a | b |', '•',
  // markdown the document model reads: emphasis, links, images, code, fences, comments, front matter, speaker labels
  '**', '__', '_', '*', '](', '![', '[a](u) ', '`', '```\n', '~~~', '<!-- ', ' -->', '---\n', 'PRESENTER: ', 'Q: ',
  // line breaks
  '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ', '  ', '\t', '\u00a0',
  // unusual code units: lone surrogates, an astral character, combining marks (NFD), a zero-width space
  '\ud800', '\udc00', '\ud83d\ude00', 'e\u0301', '\u0301', '\u200b', '\ufeff',
  // words
  'a ', 'the ', 'children ', 'services ', 'x',
];

/** A very long line: one word with no space or stop (a pasted URL or base64). */
export const LONG_LINE = 'https://example.org/' + 'aB3'.repeat(700);

/** How a hostile draft is put together from its units. */
export interface HostileShape {
  /** Each unit is a few pieces joined; it is repeated. */
  units: string[];
  /** runs: each unit repeated for its share of the draft, one run after another; interleave: the units in turn. */
  mode: 'runs' | 'interleave';
}

/** The draft of `size` characters that a shape makes. */
export function makeHostile(shape: HostileShape, size: number): string {
  const units = shape.units.filter((u) => u.length > 0);
  if (units.length === 0) return ' '.repeat(size);
  if (shape.mode === 'interleave') {
    const cycle = units.join('');
    return cycle.repeat(Math.ceil(size / cycle.length)).slice(0, size);
  }
  let s = '';
  units.forEach((u, k) => {
    const share = k === units.length - 1 ? size - s.length : Math.floor(size / units.length);
    s += u.repeat(Math.ceil(share / u.length)).slice(0, share);
  });
  return s;
}

/** Shapes of hostile drafts, made by fast-check. */
export const hostileShape: fc.Arbitrary<HostileShape> = fc.record({
  units: fc.array(
    fc.oneof(
      { weight: 9, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
      { weight: 1, arbitrary: fc.constant(LONG_LINE + ' ') },
    ),
    { minLength: 1, maxLength: 4 },
  ),
  mode: fc.constantFrom<HostileShape['mode']>('runs', 'interleave'),
});

/** `count` shapes, the same for the same seed. */
export function sampleShapes(count: number, seed: number): HostileShape[] {
  return fc.sample(hostileShape, { numRuns: count, seed });
}

/** Known hostile shapes, one per mechanism, and the combination of issue 16. */
export const NAMED_SHAPES: ReadonlyArray<{ name: string; shape: HostileShape }> = [
  { name: 'opening quotation marks, then names, then closing apostrophes (issue 16)', shape: { mode: 'runs', units: ['“', 'Cllr Richard Jefferies said ', 'councils’ '] } },
  { name: 'opening quotation marks only', shape: { mode: 'runs', units: ['“'] } },
  { name: 'opening quotes of every kind with words', shape: { mode: 'interleave', units: ['“Jefferies said ‘the council "never \''] } },
  { name: 'deeply nested quotes, then their closing marks', shape: { mode: 'runs', units: ['“‘', '’”'] } },
  { name: 'alternating open quotes with words', shape: { mode: 'interleave', units: ['“a ‘b "c \'d '] } },
  { name: 'one character', shape: { mode: 'runs', units: ['a'] } },
  { name: 'one name repeated', shape: { mode: 'runs', units: ['Jefferies '] } },
  { name: 'a line without spaces', shape: { mode: 'runs', units: [LONG_LINE] } },
  { name: 'capitalised names and titles', shape: { mode: 'interleave', units: ['Cllr Richard Jefferies ', 'Mr Andrew Leadbetter ', 'Devon County Council '] } },
  { name: 'dates and numbers', shape: { mode: 'interleave', units: ['14 December 2022 ', 'Thursday, ', '50 per cent ', '1,000,000 ', '2015 '] } },
  { name: 'digits without spaces', shape: { mode: 'runs', units: ['0123456789'] } },
  { name: 'one-word paragraphs', shape: { mode: 'runs', units: ['Jefferies.\n\n'] } },
  { name: 'CRLF lines of names', shape: { mode: 'runs', units: ['Cllr Leadbeater\r\n'] } },
  { name: 'a table', shape: { mode: 'runs', units: ['| Cllr Jefferies | 14 December 2022 | 50% |\n'] } },
  { name: 'a list', shape: { mode: 'runs', units: ['- Cllr Jefferies said “we will” on 14 December 2022\n'] } },
  { name: 'lone surrogates between names', shape: { mode: 'interleave', units: ['\ud800Jefferies\udc00 '] } },
  // Markdown the document model reads: the reader keeps chunks that grow micromark's time faster than the text from it
  { name: 'deeply nested block quotes and list markers', shape: { mode: 'runs', units: ['> - > 1. '] } },
  { name: 'links and images without an end', shape: { mode: 'runs', units: ['[a](![b'] } },
  { name: 'emphasis markers everywhere', shape: { mode: 'runs', units: ['**a _b *c __d '] } },
  { name: 'many small tables', shape: { mode: 'runs', units: ['| Date | Who |\n|---|---|\n| July 2022 | **Hart** |\n\n'] } },
  { name: 'Markdown of every kind, over and over', shape: { mode: 'runs', units: ['# H **b**\n\n- *i* [l](u)\n> q `c`\n\n| a | b |\n|---|---|\n| **x** | y |\n\n```\nz\n```\n\n<!-- c -->\n\n'] } },
  { name: 'nested lists and lazy quote lines', shape: { mode: 'runs', units: ['- a\n  - b\n> c\nd\n\n'] } },
  { name: 'combining marks (NFD) and names', shape: { mode: 'interleave', units: ['Jefferie\u0301s said “cafe\u0301” '] } },
];
