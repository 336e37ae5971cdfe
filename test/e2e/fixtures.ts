import type { FixtureArticle } from '../../src/store/fixtures/articles.js';

/**
 * Hand-written articles for the UI tests (invented town and people). The third carries markup in its text:
 * it must reach the page as visible text, never as a script or an element.
 */
export const HOSTILE_LINE = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">';

export const HARBOUR_ARTICLES: FixtureArticle[] = [
  {
    url: 'https://bay-herald.example/harbour-crane',
    outlet: 'Bay Herald',
    title: 'Crane collapses at Morvik harbour, two workers injured',
    published: '2026-05-11T08:00:00+02:00',
    text: 'MORVIK — A container crane collapsed at Morvik harbour on Monday, injuring two workers, port director Anja Lindqvist said.\n\nThe crane fell across berth four during high winds. Lindqvist said the harbour would stay closed to cargo ships until Wednesday.\n\n"We will inspect every crane before work resumes," Lindqvist said.',
  },
  {
    url: 'https://coast-daily.example/morvik-crane',
    outlet: 'Coast Daily',
    title: 'Morvik harbour shut after crane collapse',
    published: '2026-05-11T10:30:00+02:00',
    text: 'A container crane collapsed at Morvik harbour on Monday and two workers were injured, said port director Anja Lindqvist.\n\nHigh winds brought the crane down across berth four. The harbour will stay closed to cargo ships until Thursday, Lindqvist said.\n\n"Every crane will be inspected before work resumes," she said.',
  },
  {
    url: 'https://fjord-wire.example/crane',
    outlet: 'Fjord Wire',
    title: 'Two hurt as crane falls in Morvik',
    published: '2026-05-11T12:00:00+02:00',
    text: `A container crane collapsed at Morvik harbour on Monday, injuring two workers, port director Anja Lindqvist said.\n\nA reader sent us this line from a forum post: ${HOSTILE_LINE}\n\nThe harbour would stay closed to cargo ships until Wednesday, the port said.`,
  },
];
