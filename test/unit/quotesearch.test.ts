import * as assert from 'assert';
import { createQuoteSearch, formatAttributedQuote, quoteEntries } from '../../src/core/quotes/search';
import type { Quote, Source } from '../../src/core/data/schema';

function source(id: string, title: string, display: string): Source & { text: string } {
  return {
    id, file: `${id}.txt`, title, headlinePrinted: true, text: '',
    published: { earliest: '2022-12', latest: '2022-12', display, reference: '2022-12-14' },
  };
}

function quote(id: string, src: string, text: string, speaker: Partial<Quote['speaker']> & { attribution: string }, fragment = false): Quote {
  return { id, source: src, text, fragment, speaker: { alsoRight: [], ...speaker } };
}

const sources = [
  source('cabinet', 'Devon children’s services among worst in country', 'mid-December 2022'),
  source('notice', "If Government want children services improved, they need to stop local government reorganisation", 'late 2025'),
];
const quotes: Quote[] = [
  quote('race-last-chance', 'notice',
    'This is the last chance for Devon County Council to implement real change for vulnerable children under their watch.',
    { person: 'steve-race', attribution: 'Exeter MP Steve Race' }),
  quote('aves-shocking', 'cabinet', 'What we found was shocking. We are one of the worst councils in the country. This is inadequate.',
    { person: 'su-aves', attribution: 'Councillor Su Aves' }),
  quote('hart-seriously', 'cabinet', 'taking this very seriously', { person: 'john-hart', attribution: 'council leader John Hart' }, true),
  quote('letter-too-long', 'notice', 'For too long, vulnerable children and families in Devon have been failed by services and this cannot continue.',
    { document: "the minister's letter", person: undefined, attribution: "the minister's letter" }),
  quote('hart-question', 'cabinet', 'Why would we not?', { person: 'john-hart', attribution: 'Cllr John Hart' }),
];
const data = { quotes, sourceById: new Map(sources.map((s) => [s.id, s])) };

describe('quote search', () => {
  const qs = createQuoteSearch(data);

  it('lists every quotation, in dataset order, for an empty query', () => {
    assert.deepStrictEqual(qs.search('').map((h) => h.quote.id), quotes.map((q) => q.id));
    assert.deepStrictEqual(qs.search('   ').length, quotes.length);
  });

  it('carries the speaker attribution, headline and date of each quotation', () => {
    const e = quoteEntries(data)[0];
    assert.strictEqual(e.attribution, 'Exeter MP Steve Race');
    assert.strictEqual(e.title, sources[1].title);
    assert.strictEqual(e.date, 'late 2025');
    assert.strictEqual(e.sourceId, 'notice');
  });

  it('finds a quotation from a few words, even misspelt', () => {
    assert.strictEqual(qs.search('last chance')[0].quote.id, 'race-last-chance');
    assert.strictEqual(qs.search('last chanse')[0].quote.id, 'race-last-chance');
    assert.strictEqual(qs.search('shoking')[0].quote.id, 'aves-shocking');
  });

  it('finds a quotation by its speaker', () => {
    assert.strictEqual(qs.search('Steve Race')[0].quote.id, 'race-last-chance');
    assert.ok(qs.search('Aves').some((h) => h.quote.id === 'aves-shocking'));
  });

  it('handles queries longer than 32 characters word by word', () => {
    const hits = qs.search('vulnerable children and families in Devon have been failed');
    assert.strictEqual(hits[0].quote.id, 'letter-too-long');
  });

  it('returns nothing for an unrelated query and respects the limit', () => {
    assert.deepStrictEqual(qs.search('xylophone zebra quartz'), []);
    assert.strictEqual(qs.search('', 2).length, 2);
  });

  it('looks quotations up by id', () => {
    assert.strictEqual(qs.byId('aves-shocking')?.attribution, 'Councillor Su Aves');
    assert.strictEqual(qs.byId('nope'), undefined);
  });

  it('scores are between 0 and 1, best first', () => {
    const hits = qs.search('children');
    assert.ok(hits.length >= 2);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score);
    for (const h of hits) assert.ok(h.score >= 0 && h.score <= 1);
  });
});

describe('formatAttributedQuote', () => {
  const entry = (id: string) => createQuoteSearch(data).byId(id)!;

  it('turns the final full stop into a comma and adds "said" and the attribution', () => {
    assert.strictEqual(formatAttributedQuote(entry('race-last-chance')),
      '"This is the last chance for Devon County Council to implement real change for vulnerable children under their watch," said Exeter MP Steve Race.');
  });

  it('keeps a question mark', () => {
    assert.strictEqual(formatAttributedQuote(entry('hart-question')), '"Why would we not?" said Cllr John Hart.');
  });

  it('puts a fragment after its speaker', () => {
    assert.strictEqual(formatAttributedQuote(entry('hart-seriously')), 'Council leader John Hart said "taking this very seriously".');
  });

  it('attributes a document with "according to"', () => {
    assert.match(formatAttributedQuote(entry('letter-too-long')), /^"For too long, .* cannot continue," according to the minister's letter\.$/);
  });

  it('uses an attribution that already carries its verb, before or after the name', () => {
    const mk = (attribution: string, fragment: boolean, text = 'We are working on it.') =>
      formatAttributedQuote(quoteEntries({ quotes: [quote('z', 'cabinet', text, { person: 'p', attribution }, fragment)], sourceById: data.sourceById })[0]);
    assert.strictEqual(mk('said Exeter MP Steve Race', false), '"We are working on it," said Exeter MP Steve Race.');
    assert.strictEqual(mk('Josh MacAlister, the Minister for Children and Families, wrote', false),
      '"We are working on it," Josh MacAlister, the Minister for Children and Families, wrote.');
    assert.strictEqual(mk('said council leader John Hart', true, 'taking this very seriously'), 'Council leader John Hart said "taking this very seriously".');
    assert.strictEqual(mk('Ofsted rated it', true, 'inadequate'), 'Ofsted rated it "inadequate".');
    assert.strictEqual(mk('said opposition leader Julian Brazil', true, 'spectacularly failed for some 13 years.'),
      'Opposition leader Julian Brazil said "spectacularly failed for some 13 years".');
  });

  it('collapses line breaks and turns inner double quotes into single ones', () => {
    const q = quote('x', 'cabinet', 'He said "no"\nand left.', { person: 'p', attribution: 'A' });
    const e = quoteEntries({ quotes: [q], sourceById: data.sourceById })[0];
    assert.strictEqual(formatAttributedQuote(e), `"He said 'no' and left," said A.`);
  });

  it('adds a comma when the quotation has no final punctuation', () => {
    const q = quote('y', 'cabinet', 'We will fix it', { person: 'p', attribution: 'B' });
    assert.strictEqual(formatAttributedQuote(quoteEntries({ quotes: [q], sourceById: data.sourceById })[0]), '"We will fix it," said B.');
  });
});
