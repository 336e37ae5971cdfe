import { Doc, type DocInit } from '../core/doc.js';

/**
 * Hand-written articles for the cluster tests (fictional places and people). Three stories, each with two
 * events a week apart, and one article on its own.
 */
interface Row {
  id: string;
  title: string;
  published?: string;
  text: string;
}

const ROWS: Row[] = [
  // Story: Velmora dock strike. Event 1: the walk-out and failed talks (4–5 March).
  { id: 'port-1', title: 'Velmora dockers strike over night-shift pay', published: '2025-03-04T09:00:00Z', text: 'Dockers at the port of Velmora walked off the job on Tuesday after talks with the Velmora Port Authority over night-shift pay collapsed. Union leader Tomas Brevik said the strike would halt grain loading at every berth. Port authority spokeswoman Ilse Marank said cargo ships were being turned away.' },
  { id: 'port-2', title: 'Grain exports stall as Velmora port strike begins', published: '2025-03-04T15:00:00Z', text: 'Grain ships queued outside Velmora as the dockers strike shut cargo berths on Tuesday. Tomas Brevik of the dockers union blamed the Velmora Port Authority for the collapse of pay talks, while grain traders warned of delayed exports.' },
  { id: 'port-3', title: 'Velmora strike talks fail again', published: '2025-03-05T10:00:00Z', text: 'A second round of talks between the Velmora dockers union and the port authority broke up on Wednesday without agreement. Ilse Marank said the authority had offered a higher night-shift rate; Tomas Brevik called the offer an insult and said the strike at Velmora port would go on.' },
  // Event 2: the deal a week later (11–12 March).
  { id: 'port-4', title: 'Velmora dockers accept pay deal, ending strike', published: '2025-03-11T18:00:00Z', text: 'Velmora dockers voted to accept a new pay agreement on Tuesday, ending the port strike after a week. Under the deal brokered by mediator Anneke Voss, night-shift crews receive a raise of nine percent. Tomas Brevik said members would return to the berths at dawn.' },
  { id: 'port-5', title: 'Ships load again at Velmora after deal', published: '2025-03-12T08:00:00Z', text: 'Cranes were moving again at Velmora on Wednesday as dockers returned to work under the agreement negotiated by mediator Anneke Voss. The first grain ship left the port in the morning, and the port authority said the backlog would clear within days.' },
  // Story: Karsavi earthquake. Event 1: the main quake (2 June).
  { id: 'quake-1', title: 'Strong earthquake strikes Karsavi province', published: '2025-06-02T06:00:00Z', text: 'A magnitude 6.4 earthquake struck Karsavi province early on Monday, collapsing houses in the mountain town of Oduri. Rescue teams searched the rubble and the provincial governor Lev Aranyi said at least twelve people had died.' },
  { id: 'quake-2', title: 'Rescuers dig through rubble in Oduri after Karsavi quake', published: '2025-06-02T14:00:00Z', text: 'Rescuers in Oduri pulled survivors from collapsed houses on Monday after the earthquake in Karsavi province. Governor Lev Aranyi appealed for tents and blankets as the death toll from the magnitude 6.4 quake rose to eighteen.' },
  // Event 2: a strong aftershock a week later (9 June).
  { id: 'quake-3', title: 'Aftershock rattles Karsavi, damaging Oduri hospital', published: '2025-06-09T11:00:00Z', text: 'A magnitude 5.1 aftershock shook Karsavi province on Monday, a week after the deadly earthquake, cracking the walls of the Oduri hospital. Patients were moved into tents, and Lev Aranyi said the aftershock had caused no new deaths.' },
  { id: 'quake-4', title: 'Oduri hospital evacuated after Karsavi aftershock', published: '2025-06-09T16:00:00Z', text: 'Doctors evacuated the Oduri hospital on Monday after an aftershock of magnitude 5.1 hit Karsavi province. Governor Lev Aranyi said engineers would inspect the hospital before patients returned from the tents.' },
  // Story: Lunaria central bank. Event 1: the rate decision (17 September).
  { id: 'bank-1', title: 'Lunaria central bank raises interest rate to 4.5 percent', published: '2025-09-17T12:00:00Z', text: 'The central bank of Lunaria raised its benchmark interest rate by half a point to 4.5 percent on Wednesday to fight inflation. Governor Mirela Castan said the bank was ready to raise rates again if prices kept rising.' },
  { id: 'bank-2', title: 'Lunarian rate rise surprises markets', published: '2025-09-17T17:00:00Z', text: 'Bond markets in Lunaria fell on Wednesday after the central bank raised its interest rate to 4.5 percent. Analysts had expected a smaller rise; governor Mirela Castan pointed to stubborn inflation in food and rent.' },
  // Event 2: testimony to parliament a week later (24 September).
  { id: 'bank-3', title: 'Castan defends rate rise before Lunarian parliament', published: '2025-09-24T13:00:00Z', text: 'Central bank governor Mirela Castan told the finance committee of the Lunarian parliament on Wednesday that the interest rate rise was needed to tame inflation. Committee chairman Oskar Feld pressed her on the cost to mortgage holders during three hours of testimony.' },
  { id: 'bank-4', title: 'Lawmakers grill Lunaria central bank governor', published: '2025-09-24T18:00:00Z', text: 'Members of the finance committee questioned governor Mirela Castan for three hours on Wednesday over the interest rate rise. Oskar Feld, the committee chairman, said mortgage holders in Lunaria deserved a clearer plan; Castan said the testimony would be published in full.' },
  // An article on its own.
  { id: 'match-1', title: 'Rovers beat Harbour City in cup final', published: '2025-05-18T20:00:00Z', text: 'Rovers won the cup final against Harbour City by three goals to one on Sunday. Striker Dario Pell scored twice in the second half before a crowd of forty thousand at the national stadium.' },
];

export function fixtureDocs(options: { dates?: boolean; titles?: boolean } = {}): Doc[] {
  return ROWS.map((r) => {
    const init: DocInit = { id: r.id, source: `${r.id}.txt`, text: r.text, meta: {} };
    if (options.titles !== false) init.meta!.title = r.title;
    if (options.dates !== false && r.published) init.meta!.published = r.published;
    return new Doc(init);
  });
}

export const STORIES = {
  port: ['port-1', 'port-2', 'port-3', 'port-4', 'port-5'],
  quake: ['quake-1', 'quake-2', 'quake-3', 'quake-4'],
  bank: ['bank-1', 'bank-2', 'bank-3', 'bank-4'],
  match: ['match-1'],
};

export const EVENTS = {
  port: [['port-1', 'port-2', 'port-3'], ['port-4', 'port-5']],
  quake: [['quake-1', 'quake-2'], ['quake-3', 'quake-4']],
  bank: [['bank-1', 'bank-2'], ['bank-3', 'bank-4']],
};

/** Deterministic shuffle (a fixed linear congruential generator), for order-independence tests. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
