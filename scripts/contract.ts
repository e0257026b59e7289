/**
 * npm run contract [-- --target URL|mock-server] [--allow-mutations] [--provider dbc|idc51|vsd|zstack]
 * Default target: the in-process emulators. A URL may contain {provider}; without --allow-mutations a real
 * target only gets the read-only checks.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const env = { ...process.env };
const vitestArgs = ['vitest', 'run', '--config', 'vitest.contract.config.ts'];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--target') env.CONTRACT_TARGET = args[++i];
  else if (arg?.startsWith('--target=')) env.CONTRACT_TARGET = arg.slice('--target='.length);
  else if (arg === '--allow-mutations') env.CONTRACT_ALLOW_MUTATIONS = '1';
  // A filter, not a path: a provider may keep its contract in several files (zstack, zstack-snapshots).
  else if (arg === '--provider') vitestArgs.push(`contract/${args[++i]}`);
  else if (arg !== undefined) vitestArgs.push(arg);
}
const result = spawnSync('npx', vitestArgs, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
