/**
 * The time of a story (src/core/time/story.ts): the date a draft gives itself, and the date each block's place in the
 * document sets (a dated heading, a list lead, a table row's date column, the story's scene).
 */
import * as assert from 'assert';
import { readDocument } from '../../src/core/text/document';
import { ContextDate, citationDate, contextDates, headingDate, labelDate, storyDateOf, titleLineDate, writtenOn } from '../../src/core/time/story';
import { rangeOf } from '../../src/core/time/dates';

const day = (iso: string) => rangeOf(iso);

/** The context date of the block holding `needle`, as { from, range } with ISO-ish bounds, or undefined. */
function dateAt(text: string, needle: string, kind: 'markdown' | 'plaintext' = 'markdown'): { from: ContextDate['from']; range: { start: number; end: number } } | undefined {
  const doc = readDocument(text, kind);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const i = doc.blocks.findIndex((b) => at >= b.start && at < b.end);
  assert.ok(i >= 0, `no block holds ${needle}`);
  const d = contextDates(doc, text)[i];
  return d && { from: d.from, range: d.range };
}

describe('storyDateOf: the date a draft gives itself', () => {
  it('reads front matter (date:, or the latest of date/updated)', () => {
    assert.deepStrictEqual(storyDateOf('---\ntitle: x\ndate: 2022-12-15\n---\n\nText.'), { date: '2022-12-15', from: 'front matter' });
    assert.deepStrictEqual(storyDateOf('---\ndate: "2022-12-15T09:30:00Z"\n---\n'), { date: '2022-12-15', from: 'front matter' });
    assert.deepStrictEqual(storyDateOf('---\ndate: 15 December 2022\nupdated: 2023-01-04\n---\n'), { date: '2023-01-04', from: 'front matter' });
    assert.deepStrictEqual(storyDateOf('---\r\ndate: 2022-12-15\r\n---\r\n'), { date: '2022-12-15', from: 'front matter' });
  });

  it('reads an "Updated" or "Published" line near the top (the latest of them)', () => {
    assert.deepStrictEqual(storyDateOf('# Headline\n\nPublished: 14 December 2022\n\nText.'), { date: '2022-12-14', from: 'updated line' });
    assert.deepStrictEqual(storyDateOf('# Headline\n\n*Published 14 December 2022, last updated on Thursday 15 December 2022 at 10:00*\n'), { date: '2022-12-15', from: 'updated line' });
    assert.deepStrictEqual(storyDateOf('Headline\nUpdated 2025-11-28\nBody.'), { date: '2025-11-28', from: 'updated line' });
    // CRLF lines, and front matter without a date: the line below it
    assert.deepStrictEqual(storyDateOf('---\r\ntitle: x\r\n---\r\n\r\n# Head\r\n\r\nUpdated 16 December 2022\r\n\r\nBody.'), { date: '2022-12-16', from: 'updated line' });
  });

  it('reads a dateline: a line of a day (after a place), or a place and a day opening the first paragraph', () => {
    assert.deepStrictEqual(storyDateOf('Exeter, Wednesday 14 December 2022\n\nThe council met.'), { date: '2022-12-14', from: 'dateline' });
    assert.deepStrictEqual(storyDateOf('DEVON TOLD TO IMPROVE\n\nEXETER, 15 December 2022 \u2013 The cabinet heard.'), { date: '2022-12-15', from: 'dateline' });
  });

  it('finds none in a lede, a timeline line, a month, or a date further down', () => {
    assert.strictEqual(storyDateOf('On 14 December 2022, the cabinet heard the service was failing.'), undefined);
    assert.strictEqual(storyDateOf('14 December 2022 \u2013 the cabinet hears the service is failing'), undefined);
    assert.strictEqual(storyDateOf('Published: December 2022\n'), undefined);
    assert.strictEqual(storyDateOf(`${'Line.\n'.repeat(20)}Updated 14 December 2022\n`), undefined);
    assert.strictEqual(storyDateOf('```\nUpdated 14 December 2022\n```\n'), undefined);
    assert.strictEqual(storyDateOf('---\ndate: soon\n---\n'), undefined);
  });

  it('reads only the top of a long draft (it runs on every check in the editor)', () => {
    const long = `# Head\n\nUpdated 16 December 2022\n\n${'A line of the story.\n'.repeat(20_000)}`;
    assert.deepStrictEqual(storyDateOf(long), { date: '2022-12-16', from: 'updated line' });
    // a date line deep in the story is not the story's date (and is never reached: the reader stops at the top lines)
    assert.strictEqual(storyDateOf(`# Head\n\n${'A line of the story.\n'.repeat(20_000)}Updated 16 December 2022\n`), undefined);
  });
});

describe('labelDate: a heading or lead that is a date', () => {
  it('reads a date that opens the label or stands with few words', () => {
    assert.deepStrictEqual(labelDate('2022'), day('2022'));
    assert.deepStrictEqual(labelDate('December 2022'), day('2022-12'));
    assert.deepStrictEqual(labelDate('14 December 2022: the cabinet meets'), day('2022-12-14'));
    assert.deepStrictEqual(labelDate('Timeline \u2013 2020'), day('2020'));
  });
  it('reads no headline with a date in it, no two dates, no date without its year', () => {
    assert.strictEqual(labelDate('Devon children\u2019s services rated inadequate by Ofsted in January 2020'), undefined);
    assert.strictEqual(labelDate('2020 to 2022'), undefined);
    assert.strictEqual(labelDate('December'), undefined);
    assert.strictEqual(labelDate('Last year'), undefined);
  });
});

describe('contextDates: the date a block\u2019s place sets', () => {
  const TIMELINE = [
    '# Devon\u2019s children\u2019s services rated inadequate in January 2020',
    '',
    'An introduction with no date of its own.',
    '',
    '## 2022',
    '',
    'A paragraph under a year.',
    '',
    '### December 2022',
    '',
    'A paragraph under a month.',
    '',
    '## What next',
    '',
    'A paragraph under an undated heading.',
    '',
    '- **July 2022**: an item with a lead.',
    '- An item without one.',
    '',
    '| When | What |',
    '|---|---|',
    '| 14 December 2022 | The cabinet met |',
    '| soon | Something else |',
    '',
  ].join('\n');

  it('takes the nearest dated heading, a list lead, a table row\u2019s date column; a headline is no label', () => {
    assert.strictEqual(dateAt(TIMELINE, 'An introduction'), undefined);
    assert.deepStrictEqual(dateAt(TIMELINE, 'under a year'), { from: 'heading', range: day('2022') });
    assert.deepStrictEqual(dateAt(TIMELINE, 'under a month'), { from: 'heading', range: day('2022-12') });
    assert.strictEqual(dateAt(TIMELINE, 'undated heading'), undefined);
    assert.deepStrictEqual(dateAt(TIMELINE, 'an item with a lead'), { from: 'lead', range: day('2022-07') });
    assert.strictEqual(dateAt(TIMELINE, 'An item without'), undefined);
    assert.deepStrictEqual(dateAt(TIMELINE, 'The cabinet met'), { from: 'row', range: day('2022-12-14') });
    assert.strictEqual(dateAt(TIMELINE, 'Something else'), undefined);
  });

  it('reads a plain-text timeline\u2019s dated subheads and leads too', () => {
    const text = 'How we got here\n\nDecember 2022\n\nThe cabinet met.\n\n- 2020: Ofsted visited.\n';
    assert.deepStrictEqual(dateAt(text, 'The cabinet met', 'plaintext'), { from: 'heading', range: day('2022-12') });
    assert.deepStrictEqual(dateAt(text, 'Ofsted visited', 'plaintext'), { from: 'lead', range: day('2020') });
  });

  it('carries a scene (a day, or a meeting\u2019s month) from the opening to later paragraphs', () => {
    const text = '# Cabinet told of failings\n\nAt a cabinet meeting on Wednesday 14 December 2022, councillors heard a report.\n\nThe leader said more money had gone in.\n\nHe added it had not worked.\n';
    // (the paragraph that sets it is set at it too: its sentences after the two a date carries to)
    assert.deepStrictEqual(dateAt(text, 'At a cabinet meeting'), { from: 'scene', range: day('2022-12-14') });
    assert.deepStrictEqual(dateAt(text, 'The leader said'), { from: 'scene', range: day('2022-12-14') });
    assert.deepStrictEqual(dateAt(text, 'He added'), { from: 'scene', range: day('2022-12-14') });
    const month = 'Councillors met at a cabinet meeting in December 2022.\n\nThe leader said so.\n';
    assert.deepStrictEqual(dateAt(month, 'The leader said'), { from: 'scene', range: day('2022-12') });
  });

  it('sets no scene from a background date, an "Updated" line or a dateline', () => {
    const background = 'Devon\u2019s services were rated inadequate in January 2020.\n\nThe leader said so.\n';
    assert.strictEqual(dateAt(background, 'The leader said'), undefined);
    const updated = 'Updated 15 December 2022\n\nThe leader said so.\n\nHe added more.\n';
    assert.strictEqual(dateAt(updated, 'He added'), undefined);
  });

  it('sets no scene from the day an article was published; a weekday before a month sets one', () => {
    const published = 'A report published on 9 March 2023 looked at the service.\n\nThe leader said so.\n';
    assert.strictEqual(dateAt(published, 'The leader said'), undefined);
    const weekday = 'It was a Thursday in late March 2023 when councillors learned the news.\n\nThe chair said so.\n';
    assert.deepStrictEqual(dateAt(weekday, 'The chair said'), { from: 'scene', range: day('2023-03') });
  });

  it('marks a scene told in the present tense, and ends a scene where a paragraph leaves it for later ("Two years on, …")', () => {
    const text = 'Thursday 9 March 2023. In the council chamber, the committee is waiting for the director.\n\nShe is late.\n\nTwo years on, the committee has a new chair.\n\nHe said so.\n';
    const doc = readDocument(text);
    const dates = contextDates(doc, text);
    const at = (needle: string) => dates[doc.blocks.findIndex((b) => text.indexOf(needle) >= b.start && text.indexOf(needle) < b.end)];
    assert.deepStrictEqual(at('She is late'), { from: 'scene', range: day('2023-03-09'), present: true });
    assert.strictEqual(at('Two years on'), undefined);
    assert.strictEqual(at('He said so'), undefined);
    const past = 'When the council apologised at a meeting in March 2023, the chair is said to have wept.\n\nShe is late.\n';
    assert.deepStrictEqual(dateAt(past, 'She is late'), { from: 'scene', range: day('2023-03') });
    assert.strictEqual(contextDates(readDocument(past), past)[1]?.present, undefined, 'a scene with a verb in -ed is not told in the present');
  });

  it('ends the scene where a paragraph opens with another date, or a dated heading starts a section', () => {
    const text = [
      'On Wednesday 14 December 2022 the cabinet met.',
      'In January 2020 Ofsted had visited.',
      'Later the leader spoke.',
      '',
    ].join('\n\n');
    assert.strictEqual(dateAt(text, 'Later the leader'), undefined);
    const moved = 'On Wednesday 14 December 2022 the cabinet met.\n\nOn 3 March 2023, a committee met.\n\nThe chair spoke.\n';
    assert.deepStrictEqual(dateAt(moved, 'The chair spoke'), { from: 'scene', range: day('2023-03-03') });
    const headed = 'On Wednesday 14 December 2022 the cabinet met.\n\n## 2025\n\nThe new leader spoke.\n\n## Reaction\n\nOthers spoke.\n';
    assert.deepStrictEqual(dateAt(headed, 'The new leader'), { from: 'heading', range: day('2025') });
    assert.strictEqual(dateAt(headed, 'Others spoke'), undefined);
  });
});

describe('the time copy sets a passage in without a year in its clause (traps8)', () => {
  it('dates a heading by when the piece under it went out, the day that ends it, or the one occasion it names', () => {
    assert.deepStrictEqual(headingDate('Devon Unpacked, episode 41 (first broadcast 19 December 2022)'), day('2022-12-19'));
    assert.deepStrictEqual(headingDate('Transcript: Devon County Council cabinet, 14 December 2022'), day('2022-12-14'));
    assert.deepStrictEqual(headingDate('Slide 4: The December 2022 cabinet meeting'), day('2022-12'));
    assert.strictEqual(headingDate('Devon\u2019s children\u2019s services rated inadequate in January 2020'), undefined);
    assert.strictEqual(headingDate('Hart defends the December 2022 decision'), undefined);
  });

  it('dates a cutting by the source and date after it, and nothing else in closing brackets', () => {
    assert.deepStrictEqual(citationDate('Council leader X said so. (Western Morning News, 3 December 2022)'), day('2022-12-03'));
    assert.deepStrictEqual(citationDate('X said so. \u2014 Devon Live, 12 March 2026'), day('2026-03-12'));
    assert.deepStrictEqual(citationDate('X said so. (Source: Devon Live, 15 December 2022)'), day('2022-12-15'));
    assert.strictEqual(citationDate('The council was told to improve (it had until March 2026 to do so).'), undefined);
  });

  it("dates a paragraph by its title line: a source, its date and a colon or dash over the text", () => {
    assert.deepStrictEqual(titleLineDate('**Local news site, mid-December 2022: "Worst in the country"**\nReports the meeting.'), day('2022-12'));
    // ("late 2025": its last third, September to December)
    assert.deepStrictEqual(titleLineDate('Trade website, late 2025 \u2014 "Final notice"\nThe council says.'), day('2025-09/2025-12'));
    // a dateline opening a line of text, a title line with nothing under it, a date amid other words: no title line
    assert.strictEqual(titleLineDate('Exeter, 14 December 2022: the cabinet met.'), undefined);
    assert.strictEqual(titleLineDate('Evening paper, 15 December 2022 \u2014 "Told"'), undefined);
    assert.strictEqual(titleLineDate('The council, which in December 2022 met: yes\nText.'), undefined);
  });

  it('reads a draft as written on its own earlier day, but not a list of cuttings as a dateline', () => {
    const asOf = day('2026-01-08').start;
    assert.strictEqual(writtenOn('*From our archive. First published on 15 December 2022.*\n\nText.', asOf), day('2022-12-15').start);
    assert.strictEqual(writtenOn('Updated 3 March 2026\n\nText.', asOf), asOf);
    assert.strictEqual(writtenOn('Subtitles (BBC Spotlight, broadcast 14 December 2022)\n\nText.', asOf), day('2022-12-14').start);
    // a dateline or front matter is the story date only when the writer sets none: it does not override one
    assert.strictEqual(writtenOn('EXETER, 15 December 2022 \u2014 The council said.', asOf), asOf);
    assert.strictEqual(writtenOn('---\ndate: 2022-12-15\n---\n\nThe council said.', asOf), asOf);
    const cuttings = 'Cuttings\n\nDevon Live, 15 Dec 2022 \u2014 One said.\n\nWestern Morning News, 16 December 2022: Two said.\n';
    assert.strictEqual(storyDateOf(cuttings), undefined);
  });

  it('sets a paragraph that opens with its date, a section under a bold line that stands as a heading, and a "back then" heading', () => {
    const diary = 'Notes\n\nIntro.\n\nWednesday 14 December 2022. One. Two. Three. The leader spoke.\n';
    assert.deepStrictEqual(dateAt(diary, 'One.'), { from: 'scene', range: day('2022-12-14') });
    const bold = 'Notes\n\n**The week of the cabinet meeting, December 2022**\n\nThe leader admits it.\n\n**Now**\n\nOthers run it.\n';
    assert.deepStrictEqual(dateAt(bold, 'The leader admits'), { from: 'heading', range: day('2022-12') });
    assert.strictEqual(dateAt(bold, 'Others run it'), undefined);
    const then = '## Slide 4: The December 2022 cabinet meeting\n\nA.\n\n## Who was who back then\n\nB.\n\n## Now\n\nC.\n';
    assert.deepStrictEqual(dateAt(then, 'B.'), { from: 'heading', range: day('2022-12') });
    assert.strictEqual(dateAt(then, 'C.'), undefined);
  });

  it('reads a message under a "Sent:" header as written on the day it was sent', () => {
    const mail = 'Forwarded.\n\nFrom: Newsdesk\nSent: Thursday 15 December 2022 09:12\nSubject: Follow-ups\n\nThe leader says no.\n';
    assert.deepStrictEqual(dateAt(mail, 'The leader says'), { from: 'written', range: day('2022-12-15') });
  });
});
