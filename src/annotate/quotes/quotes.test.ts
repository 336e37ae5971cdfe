import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

function run(text: string, setup?: (doc: Doc) => void) {
  const doc = new Doc({ id: 't', source: 'test', text });
  setup?.(doc);
  return annotateQuotes(doc).map((s) => {
    const a = s.attrs as unknown as QuoteAttrs;
    return { kind: s.label, start: s.start, end: s.end, text: doc.slice(s), cue: a.cueText, cueStart: a.cue.start, speaker: a.speakerText, speakerStart: a.speaker?.start ?? null, mention: a.mentionText, anonymous: a.anonymous, partial: a.partial ?? false, entity: a.speakerEntity, evidence: a.evidence };
  });
}

// [name, text, expected quotes as [kind, content, cue, speaker]]
const rows: [string, string, [string, string, string, string | null][]][] = [
  ['quote then source and cue', '“The talks failed,” Nadia Rahman said.', [['direct', 'The talks failed', 'said', 'Nadia Rahman']]],
  ['quote then cue then source', '“We are ready,” said the minister.', [['direct', 'We are ready', 'said', 'the minister']]],
  ['source, cue and colon before the quote', 'Omar Farid said: “Nothing was agreed.”', [['direct', 'Nothing was agreed.', 'said', 'Omar Farid']]],
  ['source told an audience', 'Lina Haddad told a weekly briefing that the border would reopen.', [['indirect', 'the border would reopen', 'told', 'Lina Haddad']]],
  ['said that', 'Karim Aziz said that the deal was dead.', [['indirect', 'the deal was dead', 'said', 'Karim Aziz']]],
  ['said without that', 'Karim Aziz warned the deal was dead.', [['indirect', 'the deal was dead', 'warned', 'Karim Aziz']]],
  ['content first', 'The deal is dead, Karim Aziz announced on Tuesday.', [['indirect', 'The deal is dead', 'announced', 'Karim Aziz']]],
  ['according to first', 'According to Karim Aziz, the deal is dead.', [['indirect', 'the deal is dead', 'According to', 'Karim Aziz']]],
  ['accused of', 'Karim Aziz accused the rebels of breaking the truce.', [['indirect', 'the rebels of breaking the truce', 'accused', 'Karim Aziz']]],
  ['noted, reiterated, confirmed', 'Karim Aziz reiterated that the truce holds.', [['indirect', 'the truce holds', 'reiterated', 'Karim Aziz']]],
];

for (const [name, text, expected] of rows) {
  test(`quotes: ${name}`, () => {
    const got = run(text).map((q) => [q.kind, q.text, q.cue, q.speaker]);
    assert.deepEqual(got, expected);
  });
}

test('quotes: offsets of content, cue and speaker', () => {
  const text = 'Intro line.\n\n“The ferry stopped,” Varga said.';
  const [q] = run(text);
  assert.equal(q!.start, text.indexOf('The ferry'));
  assert.equal(q!.end, text.indexOf(',”'));
  assert.equal(q!.cueStart, text.indexOf('said'));
  assert.equal(q!.speakerStart, text.indexOf('Varga'));
});

test('quotes: the speaker of "he said" is the nearest preceding person', () => {
  const text = 'Information Minister Omar Malik spoke on Monday. “We will not yield,” he said.';
  const [q] = run(text);
  assert.equal(q!.speaker, 'Omar Malik');
  assert.equal(q!.mention, 'he');
  assert.equal(q!.speakerStart, text.indexOf('Omar'));
  assert.match(q!.evidence, /pronoun "he"/);
});

test('quotes: "the minister added" resolves to the person named with that role', () => {
  const text = 'Interior Minister Bilal Shah met envoy Ana Ruiz. The minister added that talks would resume.';
  const [q] = run(text);
  assert.equal(q!.speaker, 'Bilal Shah');
  assert.equal(q!.mention, 'The minister');
});

test('quotes: a quote after its attribution carries on the same statement', () => {
  const text = '“First we talk,” Varga said. “Then we decide.”';
  const [q, ...rest] = annotateQuotes(new Doc({ id: 't', source: 't', text }));
  assert.equal(rest.length, 0);
  assert.deepEqual((q!.attrs as unknown as QuoteAttrs).parts, [{ start: 1, end: 15 }, { start: 30, end: 45 }]);
  assert.equal(q!.start, 1);
  assert.equal(q!.end, 45);
});

test('quotes: quoted words inside indirect speech are a partial quote of the same speaker', () => {
  const text = 'Varga accused the regime of thriving on a ‘shadow budget’ at home.';
  const quotes = run(text);
  const partial = quotes.find((q) => q.partial)!;
  assert.deepEqual([partial.text, partial.start, partial.speaker], ['shadow budget', text.indexOf('shadow budget'), 'Varga']);
});

test('quotes: conjoined and participle cues share the subject', () => {
  const text = 'Varga reaffirmed that peace matters but warned that patience is limited.';
  const got = run(text).map((q) => [q.text, q.cue, q.speaker]);
  assert.deepEqual(got, [['peace matters', 'reaffirmed', 'Varga'], ['patience is limited', 'warned', 'Varga']]);
});

test('quotes: an aside between source and cue', () => {
  const text = 'Varga, speaking after the meeting, said the border stays shut.';
  assert.deepEqual(run(text).map((q) => [q.text, q.cue, q.speaker]), [['the border stays shut', 'said', 'Varga']]);
});

test('quotes: a parenthetical "he said" splits the content into parts', () => {
  const text = 'Ali Raza chaired the talks. Patience, he said, had worn thin.';
  const doc = new Doc({ id: 't', source: 't', text });
  const [q] = annotateQuotes(doc);
  const a = q!.attrs as unknown as QuoteAttrs;
  assert.equal(a.speakerText, 'Ali Raza');
  assert.deepEqual(a.parts?.map((p) => doc.slice(p)), ['Patience', 'had worn thin']);
});

test('quotes: speakerEntity comes from the entities layer', () => {
  const text = 'Nadia Rahman arrived. “We are ready,” she said.';
  const [q] = run(text, (doc) => doc.setLayer('entities', [{ start: 0, end: 12, label: 'PERSON', attrs: { form: 'Nadia Rahman', entity: 'e:nadia-rahman' } }]));
  assert.equal(q!.entity, 'e:nadia-rahman');
  assert.equal(q!.speakerStart, 0);
});

test('quotes: "it" and "the ministry" resolve to an ORG', () => {
  const text = 'The Ministry of Water issued figures. The ministry said that reserves were low.';
  const [q] = run(text, (doc) => doc.setLayer('entities', [{ start: 4, end: 21, label: 'ORG', attrs: { form: 'Ministry of Water', entity: 'e:mow' } }]));
  assert.equal(q!.entity, 'e:mow');
});

test('quotes: a statement by an institution goes to its named spokesperson', () => {
  const text = 'Foreign Office spokesperson Tahira Baig said in a statement that talks ended. The statement concluded: “There will be no compromise.”';
  const quotes = run(text);
  assert.deepEqual(quotes.map((q) => q.speaker), ['Tahira Baig', 'Tahira Baig']);
});

test('quotes: sentences come from the sentences layer when present', () => {
  const text = 'Dr. Ali Khan said the vote. Was fair';
  // a sentences layer that (wrongly) cuts after "vote." bounds the indirect content there
  const quotes = run(text, (doc) => doc.setLayer('sentences', [{ start: 0, end: 27 }, { start: 28, end: 36 }]));
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['the vote', 'Ali Khan']]);
});

test('quotes: a statement of an institution goes to the institution', () => {
  const text = 'The FO said in a statement that the talks had ended.';
  const [q] = run(text);
  assert.deepEqual([q!.text, q!.speaker, q!.speakerStart, q!.cue], ['the talks had ended', 'FO', 4, 'said']);
});

test('quotes: a quote with no speech verb is the words of its sentence\'s named subject', () => {
  const text = 'Earlier that day, Lena Park called the plan “a reckless gamble” in parliament.';
  const [q] = run(text);
  assert.deepEqual([q!.text, q!.speaker, q!.cue], ['a reckless gamble', 'Lena Park', 'called']);
  assert.match(q!.evidence, /subject of the sentence/);
});

test('quotes: an inner cue inside reported content is part of the outer statement', () => {
  const text = 'Omar Farid said voters told him they want change.';
  assert.deepEqual(run(text).map((q) => [q.text, q.cue, q.speaker]), [['voters told him they want change', 'said', 'Omar Farid']]);
});

test('quotes: a relative clause\'s content ends at its comma', () => {
  const text = 'Bilal Shah, who said he votes every year, said the lines were long.';
  assert.deepEqual(run(text).map((q) => [q.text, q.cue, q.mention]), [['he votes every year', 'said', 'who'], ['the lines were long', 'said', 'Bilal Shah']]);
});

test('quotes: a full stop inside the marks ends the sentence; a new clause after it is not the attribution', () => {
  const text = 'Lena Park spoke. “The vote came too late.” He says voters were misled.';
  const got = run(text).map((q) => [q.kind, q.text, q.cue]);
  assert.deepEqual(got[got.length - 1], ['indirect', 'voters were misled', 'says']);
  assert.notDeepEqual(got[0], ['direct', 'The vote came too late.', 'says']);
});

test('quotes: content never starts inside a dateline', () => {
  const rows: [string, string][] = [
    ['KARACHI (STAFF REPORT): The port has reopened, Harbour Master Ali Noor said.', 'The port has reopened'],
    ['Lahore (City Desk)Prices rose again, Minister Sana Iqbal said.', 'Prices rose again'],
  ];
  for (const [text, content] of rows) {
    const [q] = run(text);
    assert.deepEqual([q!.text, q!.start], [content, text.indexOf(content)]);
  }
});

test('quotes: a party code in brackets is not a dateline', () => {
  const text = 'Sen. Jane Roe (R-TX) said the vote would fail.';
  assert.deepEqual(run(text).map((q) => [q.text, q.mention]), [['the vote would fail', 'Sen. Jane Roe (R-TX)']]);
});

test('quotes: a name the entities layer missed still serves as an antecedent', () => {
  const text = 'Interior Minister Bilal Shah met Ana Ruiz of the UN. “We agreed,” she said.';
  const [q] = run(text, (doc) => doc.setLayer('entities', [{ start: 33, end: 41, label: 'PERSON', attrs: { form: 'Ana Ruiz', entity: 'e:ruiz' } }]));
  // the tagged PERSON (Ana Ruiz) is nearer, so she is the antecedent; the guessed Bilal Shah is also known
  assert.deepEqual([q!.speaker, q!.entity], ['Ana Ruiz', 'e:ruiz']);
  const [r] = run('Interior Minister Bilal Shah arrived. “We agreed,” he said.', (doc) => doc.setLayer('entities', []));
  assert.equal(r!.speaker, 'Bilal Shah');
});

test('quotes: “A,” said Rep. X. “B.” is one statement; the dots of the title do not end the attribution', () => {
  const text = '“The levy stays,” said Rep. Mara Lind. “We counted every vote.”';
  const got = run(text);
  assert.equal(got.length, 1);
  assert.deepEqual([got[0]!.start, got[0]!.end, got[0]!.speaker, got[0]!.speakerStart], [1, 62, 'Mara Lind', 28]);
});

test("quotes: doubled apostrophes as quote marks (''…,'' Ms. Ruiz said)", () => {
  const text = "''The audit found nothing,'' Ms. Ruiz said. ''Nothing at all.''";
  const got = run(text);
  assert.deepEqual(got.map((q) => [q.kind, q.start, q.end, q.cue, q.speaker]), [['direct', 2, 61, 'said', 'Ruiz']]);
  assert.equal(text.slice(2, 26), 'The audit found nothing,'.slice(0, 24));
});

test('quotes: a poll group heads a source ("Six in 10 voters say …"), named by no one', () => {
  const text = 'Six in 10 voters say the economy matters most.';
  const got = run(text);
  assert.deepEqual(got.map((q) => [q.start, q.end, q.cue, q.mention, q.speaker, q.anonymous]), [[21, 45, 'say', 'Six in 10 voters', 'Six in 10 voters', false]]);
});

test('quotes: “A,” Varga said, “B.” shares one attribution between two marks: one statement in two parts', () => {
  const text = '“Frankly,” Varga said, “the ferry will not run this winter.”';
  const doc = new Doc({ id: 't', source: 'test', text });
  const spans = annotateQuotes(doc);
  assert.equal(spans.length, 1);
  const a = spans[0]!.attrs as unknown as QuoteAttrs;
  assert.deepEqual([spans[0]!.start, spans[0]!.end, a.speakerText], [1, 59, 'Varga']);
  // each part is the words inside its marks
  assert.deepEqual(a.parts, [{ start: 1, end: 9 }, { start: 24, end: 59 }]);
});

test('quotes: a Title Case quote inside an attribution ("Meet the Press") is a title, not a statement', () => {
  const text = 'Nobody watched "Meet the Press" that week.';
  assert.deepEqual(run(text), []);
});

test('quotes: "X said … and added, “…”": the direct quote shares the subject; the reported clause stops before "and"', () => {
  const text = 'Lena Ortiz said she welcomed the ruling and added, “We will appeal nothing.”';
  assert.deepEqual(run(text).map((q) => [q.kind, q.start, q.end, q.cue, q.speaker]), [
    ['indirect', 16, 39, 'said', 'Lena Ortiz'],
    ['direct', 52, 75, 'added', 'Lena Ortiz'],
  ]);
});

test('quotes: a source with an apposition after the quote; a short description before the cue', () => {
  const text = '“The port stays shut,” Mayor Ines Falk, a critic of the plan, told reporters.\n\n“Costs will rise,” the harbour master said of the levy.';
  assert.deepEqual(run(text).map((q) => [q.start, q.end, q.mention, q.speaker, q.speakerStart]), [
    [1, 20, 'Mayor Ines Falk', 'Ines Falk', 29],
    [80, 95, 'the harbour master', 'the harbour master', 98],
  ]);
});

test('quotes: “…,” said the designer, who …: a described source after the cue, carried to the next quote', () => {
  const text = '“Nobody asked us,” said the designer, who left in May. “We found out from the news.”';
  const got = run(text);
  assert.deepEqual(got.map((q) => [q.start, q.end, q.mention, q.speakerStart]), [[1, 83, 'the designer', 24]]);
});

test('quotes: "…, said Name, a fellow at …" and "…, the prime minister’s spokesman said" take the content before', () => {
  const text = 'Her plan offers no upside for the port, said Dana Rusk, a fellow at the Harbor Institute.\nThe ferry will run, the prime minister’s spokesman said.';
  assert.deepEqual(run(text).map((q) => [q.start, q.end, q.mention]), [
    [0, 38, 'Dana Rusk'],
    [90, 108, 'the prime minister’s spokesman'],
  ]);
});
