import type { TestProject } from 'vitest/node';
import { startMockServer } from '../mocks/server';
import { CONTRACT_TIME_SCALE } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    contractTarget: string;
    contractEmulated: boolean;
  }
}

/** `--target mock-server`: serve the emulators over real HTTP on a free port for this run. */
export default async function setup(project: TestProject) {
  const target = process.env.CONTRACT_TARGET ?? '';
  if (target !== 'mock-server') {
    project.provide('contractTarget', target);
    project.provide('contractEmulated', false);
    return undefined;
  }
  const server = await startMockServer(0, { timeScale: CONTRACT_TIME_SCALE }, () => {});
  project.provide('contractTarget', `http://127.0.0.1:${server.port}/{provider}`);
  project.provide('contractEmulated', true);
  return () => server.close();
}
