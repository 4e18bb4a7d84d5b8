/** Set Story Date reads a date as a writer types it. */
import * as assert from 'assert';
import { formatDay, formatDayShort, parseStoryDate } from '../../src/extension/storyDate';

describe('story date input', () => {
  const today = '2026-03-04';
  it('reads ISO, UK day-first, written-out dates and today', () => {
    for (const [input, want] of [
      ['2022-12-15', '2022-12-15'], ['15/12/2022', '2022-12-15'], ['5/1/2023', '2023-01-05'], ['15.12.2022', '2022-12-15'],
      ['15 December 2022', '2022-12-15'], ['15 Dec 2022', '2022-12-15'], ['15th December, 2022', '2022-12-15'],
      ['December 15, 2022', '2022-12-15'], ['Thursday 15 December 2022', '2022-12-15'], ['  15  december  2022 ', '2022-12-15'],
      ['today', today], ['Today', today], ['yesterday', '2026-03-03'], ['1 Sept 2025', '2025-09-01'],
    ] as const) assert.strictEqual(parseStoryDate(input, today), want, input);
  });

  it('rejects what is not a real day', () => {
    for (const input of ['', '2025-02-30', '31/04/2022', '12/31/2022', '15 Decembre 2022', '15 De 2022', 'next week', '2022', 'December 2022', '15/12/22'])
      assert.strictEqual(parseStoryDate(input, today), undefined, input);
  });

  it('prints a day as a British writer does', () => {
    assert.strictEqual(formatDay('2022-12-14'), '14 December 2022');
    assert.strictEqual(formatDayShort('2025-12-05'), '5 Dec 2025');
  });
});
