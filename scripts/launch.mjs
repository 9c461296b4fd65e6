// `npm start` / `npm run ask`: run the prebuilt bundle (dist/, made by scripts/build.mjs) when it
// is at least as new as the sources, else the TypeScript sources through tsx. The Discord bot
// always runs from the sources with tsx: it loads commands/ at run time and its shard processes
// are started with the same loader.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENTRIES = { main: 'src/main.ts', ask: 'src/cli/ask.ts' };
const root = fileURLToPath(new URL('..', import.meta.url));
const [name = 'main', ...args] = process.argv.slice(2);
const source = ENTRIES[name];
if (!source) {
  console.error(`launch: unknown entry "${name}" (one of ${Object.keys(ENTRIES).join(', ')})`);
  process.exit(2);
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// The same rule as src/config.ts: a token in the environment or in .env means the Discord bot.
function wantsBot() {
  if (name !== 'main') return false;
  if (process.env.DISCORD_TOKEN?.trim()) return true;
  const envFile = `${root}/.env`;
  return existsSync(envFile) && /^\s*DISCORD_TOKEN\s*=\s*["']?[^\s"'#]/m.test(readFileSync(envFile, 'utf8'));
}

const bundle = `${root}/dist/${name}.mjs`;
if (!wantsBot() && existsSync(bundle) && statSync(bundle).mtimeMs >= newest(`${root}/src`)) {
  process.argv.splice(2, 1);
  await import(new URL(`../dist/${name}.mjs`, import.meta.url).href);
} else {
  const child = spawn(process.execPath, ['--import', 'tsx', `${root}/${source}`, ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
