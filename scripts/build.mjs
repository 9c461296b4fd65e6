// Bundles the console and `npm run ask` entry points into dist/ so that start-up skips the
// TypeScript loader (about 0.8 s → under 1 s to the first answer). Runs on `npm ci`/`npm install`
// (the "prepare" script). It never fails an install: without a bundle, scripts/launch.mjs runs
// the TypeScript sources through tsx instead.
//
// The bundle carries the content hash of src/engine (KUTIP_ENGINE_HASH), computed by the same code
// that hashes the sources when they run directly: an index cache written by one build of the
// engine is never read by another (src/engine/persist/build-stamp.ts).
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

try {
  const { engineSourceHash } = await tsImport('../src/engine/persist/build-stamp.ts', import.meta.url);
  await build({
    // ingest-worker: the ingestion thread (src/engine/build/ingest-thread.ts).
    entryPoints: { main: 'src/main.ts', ask: 'src/cli/ask.ts', 'ingest-worker': 'src/engine/build/ingest-worker.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    define: { KUTIP_ENGINE_HASH: JSON.stringify(engineSourceHash()) },
    logLevel: 'warning',
  });
} catch (error) {
  console.warn(`kutip: the start-up bundle was not built (npm start will run the sources with tsx): ${error.message}`);
}
