/**
 * Dates, events and numbers in the many constructions copy writes them in (issue 13, phrasing3): a wrong one is
 * flagged whichever construction carries it, and a right one, or one about something else, is left alone.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { asOfDay, createEngine } from '../../src/core/engine';
import { comingMonths, findDates } from '../../src/core/extract/dates';
import { fold } from '../../src/core/text/fold';

describe('dates, events and numbers across phrasings', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  /** Each non-hint finding as "kind:flagged words". */
  const found = (text: string, asOf: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.severity !== 'hint').map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

  it('a timeline row reckons its own "this month" from the date it opens with, not from the draft\'s date', () => {
    const table = (lead: string) => `| When | What |\n|---|---|\n| ${lead} | Children's services could be taken off the council from this month |\n`;
    assert.deepStrictEqual(found(table('Mar 2026'), '2026-07-01'), []);
    // a row dated a month late is still wrong, at its lead date
    assert.ok(found(table('April 2026'), '2026-07-01').includes('date:April 2026'));
    // a bullet with a dash after its date too
    assert.deepStrictEqual(found('- **March 2026** – services could be taken off the council from this month\n', '2026-08-10'), []);
  });

  it('"in N years" after a change of grade is the time the change took, not how long the grade has held', () => {
    assert.deepStrictEqual(found("Somerset's children's services climbed from inadequate to good in seven years.", '2022-12-20'), []);
    // "in the past N years" is still a length of holding
    assert.deepStrictEqual(
      found("Devon's children's services have been rated inadequate in the past seven years.", '2022-12-20').map((x) => x.split(':')[0]),
      ['number'],
    );
  });

  it('a qualified length of holding ("for more than", "for nearly") is read as the span it means', () => {
    const kinds = (t: string, asOf: string) => found(t, asOf).map((x) => x.split(':')[0]);
    assert.deepStrictEqual(kinds('The department has been rated inadequate for more than six years.', '2023-03-01'), ['number']);
    assert.deepStrictEqual(kinds('The department has been rated inadequate for more than two years.', '2023-03-01'), []);
    assert.deepStrictEqual(kinds('Ofsted has judged the department inadequate for nearly nine years.', '2025-10-01'), ['number']);
    assert.deepStrictEqual(kinds('Ofsted has judged the department inadequate for nearly six years.', '2025-10-01'), []);
    assert.deepStrictEqual(kinds('The department has been rated inadequate for about five years.', '2025-02-01'), []);
    assert.deepStrictEqual(kinds('The department has been rated inadequate for less than two years.', '2026-02-01'), ['number']);
  });

  it('a grade said bare goes on about the rating the sentence before gave ("stuck at", "been inadequate")', () => {
    const kinds = (t: string, asOf: string) => found(t, asOf).map((x) => x.split(':')[0]);
    assert.deepStrictEqual(kinds('The department has been stuck at inadequate for over nine years.', '2025-06-01'), ['number']);
    assert.deepStrictEqual(kinds('The department has been stuck at inadequate for over five years.', '2025-06-01'), []);
    const pair = (n: string) => `Ofsted rated the county's children's services inadequate in January 2020. Campaigners say they have been inadequate for ${n} years.`;
    assert.deepStrictEqual(kinds(pair('ten'), '2024-05-01'), ['number']);
    assert.deepStrictEqual(kinds(pair('four'), '2024-05-01'), []);
    // without a rating before it, a bare adjective is not a grade
    assert.deepStrictEqual(kinds('Campaigners say support for families has been inadequate for ten years.', '2024-05-01'), []);
  });

  it('a month without a year in a clause that says it is to come is the coming one ("the report is due in April")', () => {
    const years = (text: string, asOf: string) => {
      const f = fold(text);
      const ds = findDates(f, text, 0, text.length, asOfDay(asOf));
      comingMonths(ds, f, 0, text.length, asOfDay(asOf));
      return ds.map((d) => d.year);
    };
    assert.deepStrictEqual(years('Inspectors called in January, and their report is due in April.', '2026-02-20'), [2026, 2026]);
    assert.deepStrictEqual(years('The review will be published in May.', '2026-09-01'), [2027]);
    // told in the past, or with a day, it stays the last one
    assert.deepStrictEqual(years('Their report came out in April.', '2026-02-20'), [2025]);
    assert.deepStrictEqual(years('The report was due in April but came late.', '2026-02-20'), [2025]);
    assert.deepStrictEqual(years('The cabinet will meet on 14 December.', '2026-02-20'), [2025]);
  });

  it('a rise said as a fraction or a multiple is compared with the percentage the sources give', () => {
    const kinds = (t: string) => found(t, '2022-12-20').map((x) => x.split(':')[0]);
    const hart = (rise: string) => `Leader John Hart said ${rise} money had been put into the service over the last five years.`;
    assert.deepStrictEqual(kinds(hart('a quarter more')), ['number']);
    assert.deepStrictEqual(kinds(hart('three times as much')), ['number']);
    assert.deepStrictEqual(kinds('Leader John Hart said double the money now went into the service.'), ['number']);
    // the same rise said another way is right
    assert.deepStrictEqual(kinds(hart('half as much again')), []);
    assert.deepStrictEqual(kinds('Leader John Hart said one and a half times as much money was put into the service.'), []);
    // a multiple of something else, with none of the figure's words, is not the figure
    assert.deepStrictEqual(kinds('Leader John Hart said twice as many families now asked for early help.'), []);
  });

  it('a participle of doing after the event\'s own noun dates the event ("the notice was issued in", "the letter, sent in")', () => {
    const kinds = (t: string) => found(t, '2025-11-30').map((x) => x.split(':')[0]);
    assert.deepStrictEqual(kinds('An improvement notice over SEND services was served in 2018.'), ['date']);
    assert.deepStrictEqual(kinds('The SEND improvement notice, handed down in 2017, changed little.'), ['date']);
    assert.deepStrictEqual(kinds('An improvement notice over SEND services was served in 2022.'), []);
    // a participle of another noun still dates that noun's doing, not the event
    assert.deepStrictEqual(kinds('Complaints about SEND made in 2017 came before the improvement notice.'), []);
  });

  it('a person named by the description the sources give them dates their event ("Somerset\'s former children\'s lead was installed in")', () => {
    const kinds = (t: string) => found(t, '2022-12-28').map((x) => x.split(':')[0]);
    assert.deepStrictEqual(kinds("Somerset's former children's lead was installed at County Hall in October."), ['date']);
    assert.deepStrictEqual(kinds("Somerset's former children's lead was brought in at County Hall in December."), []);
  });

  it('a time reckoned from a sourced event ("two years after the joint visit", "a month before the meeting") dates the clause', () => {
    const kinds = (t: string) => found(t, '2026-01-08').map((x) => x.split(':')[0]);
    assert.deepStrictEqual(kinds('Inspectors returned a year after the joint visit and found progress had not been made.'), ['date']);
    assert.deepStrictEqual(kinds('Inspectors returned three years after the joint visit and found progress had not been made.'), []);
    assert.deepStrictEqual(kinds('Two months after the cabinet meeting, Julian Brazil called for a government takeover.'), ['date']);
    assert.deepStrictEqual(kinds('A week before the cabinet meeting, Julian Brazil called for a government takeover.'), []);
    // a loose length, or a happening the sources do not name, reckons nothing
    assert.deepStrictEqual(kinds('Inspectors returned more than a year after the joint visit and found progress had not been made.'), []);
    assert.deepStrictEqual(kinds('Inspectors returned a year after the council election and found progress had not been made.'), []);
  });

  it('"the Ofsted verdict" dated as a noun phrase is the rating the sources date, without the grade said', () => {
    const kinds = (t: string) => found(t, '2026-01-20').map((x) => x.split(':')[0]);
    assert.deepStrictEqual(kinds('The April 2020 Ofsted verdict on Devon still stands.'), ['date']);
    assert.deepStrictEqual(kinds('The January 2020 Ofsted verdict on Devon still stands.'), []);
    // another occurrence, a monitoring visit's verdict, or another council's, is not it
    assert.deepStrictEqual(kinds('The 2023 Ofsted verdict on Devon was the first since the pandemic.'), []);
    assert.deepStrictEqual(kinds("Ofsted's monitoring visit in June 2020 gave no new Ofsted verdict."), []);
    assert.deepStrictEqual(kinds("The April 2020 Ofsted verdict on Somerset's services was kinder."), []);
  });
});

