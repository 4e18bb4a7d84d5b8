import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { readDocument } from '../../src/core/text/document';

/**
 * What the fourteenth session's development sets missed or false-alarmed on (issue 13) — drafts36 and drafts37, the
 * blind holdout22 and holdout23 opened for development, and the new sets written this session — with sentences of our own.
 */
describe('unseen causes (issue 13, fourteenth session)', () => {
  const DATA = path.resolve(__dirname, '../../../data');
  const engine = createEngine(loadDataset(DATA));
  const found = (text: string, asOf: string, kind?: string) =>
    engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a reprint\'s "First published" line under its headline, in the same paragraph (time/story.ts sentOn)', () => {
    const reprint = (line: string) => `ARCHIVE\n\nEditor's note (2026): we republish this report as background.\n\nCouncil told of failings\n${line}\n\nCouncil leader John Hart said the authority was taking this very seriously.`;
    it('dates the story under it: its titles are those of that day', () => {
      assert.deepStrictEqual(found(reprint('First published December 2022'), '2026-11-04', 'outdated'), []);
      // (without the line, the title is read at the draft's day)
      assert.strictEqual(found(reprint('Filed by our reporter'), '2026-11-04', 'outdated').length, 1);
    });
    it('the note\'s "as first published" is the piece going out, no happening\'s cue', () => {
      assert.deepStrictEqual(found('Editor’s note: it appears as first published, so “next year” means 2023.', '2026-11-04', 'date'), []);
    });
    it('a hard-wrapped sentence\'s next line that begins "first published" in lower case is no such line', () => {
      assert.strictEqual(found('The note below was\nfirst published in December 2022 and is kept.\n\nCouncil leader John Hart said the authority was taking this very seriously.', '2026-11-04', 'outdated').length, 1);
    });
  });

  describe('a log pasted with pipes and no line of dashes (text/delimited.ts pipedRows)', () => {
    const log = (second: string) => `ALERTS — week of 3 November 2025\n\n(time | alert | audience)\nMon 3 Nov 07:40 | Council told it is on final notice | all\n${second}\nThu 6 Nov 12:05 | Minister: "For too long, vulnerable children and families in Devon have been failed by services" | news\n`;
    it('reads each line as a row: a quotation is not credited to a name in the line above', () => {
      assert.deepStrictEqual(found(log('Thu 6 Nov 07:30 | From the archive: then-leader John Hart spoke in 2022 | news'), '2025-11-07', 'attribution'), []);
    });
    it('its cells are read: a wrong figure in one is still flagged', () => {
      assert.deepStrictEqual(found(log('Thu 6 Nov 07:30 | Then-leader John Hart said in 2022 that 40 per cent more money had gone in over five years | news'), '2025-11-07', 'number'), ['40 per cent']);
    });
    it('a box drawn round prose with pipes is no table', () => {
      const doc = readDocument('+-----------------------+\n| The council leader    |\n| spoke at the cabinet  |\n| in December 2022.     |\n+-----------------------+\n');
      assert.ok(!doc.blocks.some((b) => b.kind === 'row'));
    });
  });

  describe('a table\'s cell of prose is read as a sentence (check/roles.ts checkProseCell)', () => {
    it('a wrong post in it is flagged', () => {
      assert.deepStrictEqual(found('| When | What |\n|---|---|\n| 4 November 2025 | Listen: our political editor Andrew Kay talks to the new cabinet member |', '2025-11-07', 'role'), ['political editor']);
    });
    it('a post given at the row\'s date is outdated only if the row is of now', () => {
      const row = (when: string) => `| When | What |\n|---|---|\n| ${when} | Council leader John Hart says the council is taking it seriously |`;
      assert.strictEqual(found(row('5 November 2025'), '2025-11-07', 'outdated').length, 1);
      assert.deepStrictEqual(found(row('14 December 2022'), '2025-11-07', 'outdated'), []);
    });
    it('with no date in its row or column, it says nothing of now, unless it says "now"', () => {
      const row = (words: string) => `| Period | Note |\n|---|---|\n| 2019 → 2022 | ${words} |`;
      assert.deepStrictEqual(found(row('Council leader John Hart ran the Conservative group'), '2026-06-01', 'outdated'), []);
      assert.strictEqual(found(row('Council leader John Hart is still in post'), '2026-06-01', 'outdated').length, 1);
    });
  });

  describe('an MP\'s seat is a place\'s name (check/roles.ts spelledWithCapitals)', () => {
    it('"the most outspoken MP", "the city\'s MP" name no seat', () => {
      assert.deepStrictEqual(found('Steve Race has been the most outspoken MP.', '2026-01-10', 'ward'), []);
      assert.deepStrictEqual(found('The phrase was used, in the end, by the city’s MP, Steve Race.', '2026-01-10', 'ward'), []);
      assert.deepStrictEqual(found('The phrase was used by the Plymouth MP, Steve Race.', '2026-01-10', 'ward'), ['the Plymouth MP']);
    });
  });

  describe('a world the writer says is imagined (check/imagined.ts)', () => {
    it('what it holds is no claim', () => {
      assert.deepStrictEqual(found('In our imagined Devon, the service was rated good in January 2020.', '2026-03-01'), []);
      assert.deepStrictEqual(found('In a parallel universe, Julian Brazil leads the Conservative group.', '2026-03-01'), []);
      assert.deepStrictEqual(found('In Devon, the service was rated good in January 2020.', '2026-03-01', 'rating'), ['good']);
    });
    it('up to the words that turn back to what really happened', () => {
      assert.deepStrictEqual(found('In the imagined version nobody says it — which, in the real one, the Plymouth MP, Steve Race, did.', '2026-03-01', 'ward'), ['the Plymouth MP']);
    });
  });

  describe('a script\'s date on screen over its scene (time/story.ts placeDateLine)', () => {
    it('"SUPER: Wednesday 14 December 2022." sets the scene after it in that day\'s present', () => {
      const scene = (line: string) => `INT. COUNTY HALL – DAY\n\n${line}\n\nCLLR ANDREW LEADBETTER, cabinet member for children’s services, clears his throat.`;
      assert.deepStrictEqual(found(scene('SUPER: Wednesday 14 December 2022.'), '2026-01-20', 'outdated'), []);
      assert.strictEqual(found(scene('SUPER: The council chamber.'), '2026-01-20', 'outdated').length, 1);
    });
  });

  describe('a script\'s cue before a name or a line (lexicon SCRIPT_CUES)', () => {
    it('"SOT AVES:" is no given name', () => {
      assert.deepStrictEqual(found('Pictures of the meeting. SOT AVES: “We are one of the worst councils in the country.”', '2023-01-10', 'name'), []);
      assert.deepStrictEqual(found('Pictures of the meeting. SUE AVES: “We are one of the worst councils in the country.”', '2023-01-10', 'name'), ['SUE']);
    });
    it('"SUPER:" and "VO:" name no speaker for the lines after them', () => {
      const doc = readDocument('SUPER: Exeter\n\nThe cabinet sits.\n');
      assert.ok(doc.blocks.every((b) => !b.context.speaker));
      assert.ok(readDocument('HART: We are sorry.\n\nWe will do better.\n').blocks.every((b) => b.context.speaker?.text === 'HART'));
    });
  });

  describe('a reply\'s pronoun at a paragraph\'s start (check/ratings.ts PRONOUN_OPENS)', () => {
    it('"And it\'s good now", under a script\'s speaker line, goes on about what another line named', () => {
      assert.deepStrictEqual(found('LEADBETTER\n     And it’s good now. Rated good this July.', '2026-01-20', 'rating'), []);
      assert.deepStrictEqual(found('It is rated good now.', '2026-01-20', 'rating'), ['good']);
    });
  });

  describe('a speaker\'s line that only asks is the question the lines after answer (text/document.ts ONLY_ASKS)', () => {
    const chat = (q: string) => `User: ${q}\n\nAssistant: That was Julian Brazil, the Liberal Democrat opposition leader.`;
    it('its time sets the answer\'s', () => {
      assert.deepStrictEqual(found(chat('Who was calling for a government takeover back in 2022?'), '2026-05-27', 'outdated'), []);
      assert.strictEqual(found(chat('Who is calling for a government takeover?'), '2026-05-27', 'outdated').length, 1);
    });
    it('a statement with a tag ("…, right?") is no question', () => {
      const doc = readDocument('TOM: The Lib Dems took charge in May 2024, right?\n\nMEG: Right.\n');
      assert.ok(!doc.blocks.some((b) => b.context.question));
      assert.ok(readDocument('TOM: And who took charge in May?\n\nMEG: The Lib Dems.\n').blocks.some((b) => b.context.question));
    });
  });
});
