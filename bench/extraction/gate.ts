/**
 * Quality gate for HTML extraction, like trafilatura's tests/eval_gate.py: runs both benchmarks and exits
 * non-zero when F1 falls below the pinned floors, or when the corpus is not the one the floors were pinned
 * on (its file-list hash changed). Speed is printed by the benches but not gated (the machine is shared).
 * Run: node --import tsx bench/extraction/gate.ts
 */
import { runScrapinghub } from './scrapinghub.js';
import { runTrafilaturaEval } from './trafilatura-eval.js';

// Pinned a little under the figures when last set (scrapinghub 0.967, trafilatura-eval 0.933); only ever raised.
const FLOORS = {
  scrapinghub: { f1: 0.965, hash: 'acfc908e50a422f0' },
  'trafilatura-eval': { f1: 0.927, hash: '680a0ee34ea9920e' },
};

let failed = false;
function check(name: keyof typeof FLOORS, f1: number, hash: string): void {
  const floor = FLOORS[name];
  if (hash !== floor.hash) {
    console.log(`FAIL ${name}: corpus hash ${hash} differs from the pinned ${floor.hash}; re-pin the floors on the new corpus`);
    failed = true;
  } else if (f1 < floor.f1) {
    console.log(`FAIL ${name}: F1 ${f1.toFixed(3)} is below the floor ${floor.f1}`);
    failed = true;
  } else console.log(`ok   ${name}: F1 ${f1.toFixed(3)} >= ${floor.f1}`);
}

const sh = runScrapinghub({ quiet: true, rounds: 1, peer: false });
check('scrapinghub', sh.ours.f1, sh.hash);
const te = runTrafilaturaEval({ quiet: true, rounds: 1, peer: false });
check('trafilatura-eval', te.ours.f1, te.hash);
process.exit(failed ? 1 : 0);
