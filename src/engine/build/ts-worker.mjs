// Starts a TypeScript worker thread when Kutip runs from its sources: worker threads do not inherit
// the loader of `node --import tsx` (nor vitest's), so this plain module registers tsx's loader
// through its public API, then imports the entry given in workerData. The bundle (dist/) needs none
// of this: its worker is plain JavaScript.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
