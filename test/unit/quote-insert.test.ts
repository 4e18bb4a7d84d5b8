/** Find Quote: best match first, and what goes into the draft in each insert mode. */
import * as assert from 'assert';
import * as path from 'path';
import { loadDataset } from '../../src/core/data/loader';
import { createQuoteSearch, formatAttributedQuote, QuoteEntry } from '../../src/core/quotes/search';
import { bestSentence, labelAround, namesSpeaker, quotationText, sentencesOf, speakerNames } from '../../src/extension/quoteInsert';

const ds = loadDataset(path.resolve(__dirname, '../../../data'));
const qs = createQuoteSearch(ds);
const race = qs.byId('race-last-chance')!;
const names = (e: QuoteEntry) => speakerNames(e, e.quote.speaker.person ? ds.personById.get(e.quote.speaker.person)?.surname : undefined);
const format = (q: unknown) => formatAttributedQuote(q as QuoteEntry);

describe('Find Quote ranking', () => {
  it('puts a quotation holding the query as a phrase before one with the words scattered', () => {
    assert.strictEqual(qs.search('last chance')[0].quote.id, 'race-last-chance');
    const failed = qs.search('failed children')[0];
    assert.ok(/\bfailed\b/.test(failed.text) && /\bchildren\b/.test(failed.text), failed.text);
    for (const e of qs.entries.slice(0, 20)) {
      const phrase = e.text.split(/\s+/).slice(2, 5).join(' ');
      const top = qs.search(phrase)[0];
      assert.ok(top.text.toLowerCase().includes(phrase.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, '').split(' ')[0]), `${phrase} → ${top.text}`);
    }
  });
});

describe('Find Quote insertion', () => {
  it('splits a quotation into sentences and picks the one that matched', () => {
    assert.strictEqual(sentencesOf(race.text).length, 2);
    assert.strictEqual(bestSentence(race.text, 'green shoots'), 'With more stable leadership in Devon County Council over the past year, and a new reorganisation of parts of the service, some green shoots have started to appear and I welcome this.');
    assert.match(bestSentence(race.text, 'last chance'), /^This is the last chance.*under their watch\.$/);
  });

  it('inserts the whole quotation, the sentence, or the words alone', () => {
    assert.strictEqual(quotationText(race, 'whole', 'last chance', '', names(race), format).text, formatAttributedQuote(race));
    assert.strictEqual(quotationText(race, 'sentence', 'last chance', '', names(race), format).text,
      '"This is the last chance for Devon County Council to implement real change for vulnerable children under their watch," said Exeter MP Steve Race.');
    assert.strictEqual(quotationText(race, 'words', 'last chance', 'He said ', names(race), format).text, `"${race.text}"`);
  });

  it('adds no second attribution when the text before the cursor names the speaker', () => {
    for (const before of ['Mr Race said:', 'Exeter MP Steve Race said: ', 'As Steve Race put it,', 'Race added that', 'Asked about the letter, Mr Race warned']) {
      assert.ok(namesSpeaker(before, names(race)), before);
      const r = quotationText(race, 'whole', '', before, names(race), format);
      assert.strictEqual(r.attributedBefore, true, before);
      assert.ok(!/said Exeter MP Steve Race/.test(r.text), r.text);
      assert.ok(r.text.trim().startsWith('"This is the last chance'), r.text);
    }
    for (const before of ['', 'The council was warned.', 'Mr Race is the MP for Exeter. The minister said:', 'Steve Race', 'Brazil said:']) {
      assert.strictEqual(namesSpeaker(before, names(race)), false, before);
    }
    // inside a quotation the writer has opened, the words go in bare
    assert.strictEqual(quotationText(race, 'sentence', 'last chance', 'Mr Race said: "', names(race), format).text,
      'This is the last chance for Devon County Council to implement real change for vulnerable children under their watch.');
  });

  it('labels a long quotation around the words that matched', () => {
    const feedback = qs.search('last chance saloon')[0];
    const label = labelAround(feedback.text, 'last chance saloon', 100);
    assert.ok(label.length <= 102 && label.includes('last chance saloon'), label);
    assert.ok(label.startsWith('…'));
  });
});
