import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from './db.js';
import { storeContract } from './store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-pglite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
storeContract('pglite', () => openStore({ dir }));
