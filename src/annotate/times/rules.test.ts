import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './resolve.js';

/**
 * One row per normalisation rule: a sentence, the publication time, the phrase and the value it must get.
 * The phrase's offsets are checked too (its first occurrence in the sentence).
 */
type Row = [text: string, published: string, phrase: string, value: string | undefined];

function check(rows: Row[]): void {
  for (const [text, published, phrase, value] of rows) {
    const start = text.indexOf(phrase);
    const spans = findTimes(text, published);
    const span = spans.find((s) => s.start === start && s.end === start + phrase.length);
    assert.ok(span, `${text}: no span "${phrase}" at ${start} among ${JSON.stringify(spans.map((s) => [s.start, text.slice(s.start, s.end)]))}`);
    assert.equal(typeof span.attrs.value === 'object' ? span.attrs.value.start : span.attrs.value, value, text);
  }
}

// Wednesday 15 March 2023 unless a row says otherwise.
const WED = '2023-03-15';

test('a weekday after a future cue is the next one; "next to" and capitalised names are no cues', () => {
  check([
    ['The deadline was extended until Monday.', WED, 'Monday', '2023-03-20'],
    ['Talks will resume on Tuesday.', WED, 'Tuesday', '2023-03-21'],
    ['The dividend is payable Friday.', WED, 'Friday', '2023-03-17'],
    // "next to" is a place, so the bias to the past stands.
    ['A bomb exploded next to the embassy on Monday.', WED, 'Monday', '2023-03-13'],
    // "United" is a name, not a past verb that would close the future clause.
    ['The father would be traveling to the United States Thursday.', WED, 'Thursday', '2023-03-16'],
    // "could" is past ability in reports.
    ['The family could not be located Tuesday.', WED, 'Tuesday', '2023-03-14'],
    // "succeed" is no past tense: the future clause stays open.
    ['He will succeed the chairman Feb. 1.', '2023-10-26', 'Feb. 1', '2024-02-01'],
  ]);
});

test('"last Monday" is in the week before publication; "next Wednesday" is after the publication day', () => {
  check([
    ['The board met last Monday.', WED, 'last Monday', '2023-03-06'],
    ['The board met last Wednesday.', WED, 'last Wednesday', '2023-03-08'],
    ['The vote comes next Wednesday.', WED, 'next Wednesday', '2023-03-22'],
  ]);
});

test('a number chrono reads as an hour is cut off the date it follows or precedes', () => {
  check([
    ['It may buy a stake after Jan. 1, 2024 at 1,015 francs a share.', WED, 'Jan. 1, 2024', '2024-01-01'],
    ['The index fell 1.4%, or 6.43, on Friday, to 437.68.', WED, 'Friday', '2023-03-10'],
  ]);
});

test('"year-ago" counts from the current period when the last one mentioned lies in an earlier year', () => {
  check([
    ['Net was $3 million, against a loss in the 2022 period. The year-ago results included a charge.', '2023-11-02', 'The year-ago', '2022'],
    ['Profit rose in the third quarter. The year-ago quarter had a loss.', '2023-11-02', 'The year-ago quarter', '2022-Q3'],
  ]);
});

test('a quarter with a stated year keeps that year', () => {
  check([['It earned $376,000 in the 2022 quarter.', '2023-10-30', 'the 2022 quarter', '2022-Q3']]);
});

test('"the near future" and "the near term" point to the future', () => {
  check([
    ['It plans an offering in the near future.', WED, 'the near future', 'FUTURE_REF'],
    ['We face the challenges of the near term.', WED, 'the near term', 'FUTURE_REF'],
  ]);
});

test('"January this year", "June last year", "April next year" are one month of that year', () => {
  check([
    ['In January this year, police searched the house.', '2023-03-15', 'January this year', '2023-01'],
    ['But in June last year, the leaders fell out.', '2023-03-15', 'June last year', '2022-06'],
    ['They join in April next year.', '2023-12-03', 'April next year', '2024-04'],
  ]);
});

test('"more" and "additional" before the unit, halves after the number or the unit', () => {
  check([
    ['The talks could take two more weeks.', WED, 'two more weeks', 'P2W'],
    ['He stays for an additional year.', WED, 'an additional year', 'P1Y'],
    ['She spent 5 1/2 hours on the ground.', WED, '5 1/2 hours', 'PT5H30M'],
    ['The loan runs 2 1/2 years.', WED, '2 1/2 years', 'P2Y6M'],
    ['The speech lasted an hour and a half.', WED, 'an hour and a half', 'PT1H30M'],
    ['They waited half a day.', WED, 'half a day', 'PT12H'],
  ]);
});

test('"a.m." ends no sentence: a clock time joins the weekday after it, and "until" makes it the coming one', () => {
  check([['The agency extended its deadline until 9 a.m. EST Tuesday. The talks went on.', '2000-04-03', '9 a.m. EST Tuesday', '2000-04-04T09:00']]);
});

test('"last night" is the night before; "yesterday" after a part of day still names the day before', () => {
  check([
    ['CBS News first reported last night that the tomb was opened.', '1998-01-20', 'last night', '1998-01-19TNI'],
    ['In London at mid-afternoon yesterday, shares were up.', '1989-11-02', 'mid-afternoon yesterday', '1989-11-01TAF'],
    ['The plant closed yesterday morning.', '1989-11-02', 'yesterday morning', '1989-11-01TMO'],
  ]);
});

test('a plan told in the past perfect is past: "had been due to expire Friday evening"', () => {
  check([
    ['The offer had been due to expire Friday evening.', '1989-10-30', 'Friday evening', '1989-10-27TEV'],
    ['The offer is due to expire Friday evening.', '1989-10-30', 'Friday evening', '1989-11-03TEV'],
  ]);
});

test('"that year", "that day" name the period of the date last mentioned', () => {
  check([
    ['He fled in June 2021 and returned later that year.', WED, 'later that year', '2021'],
    ['The bomb went off on Oct. 23, 2022; that day he was home.', WED, 'that day', '2022-10-23'],
  ]);
});
