import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../bot/paths.js';

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** From spawn to the first 200 of /healthz. */
  startupMs: number;
  stop(): Promise<void>;
}

/** A free loopback port, asked of the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the compiled server exactly as production does (`node dist/bot/cli/main.js serve`)
 * and polls /healthz every 10 ms until it answers.
 */
export async function spawnServer(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<SpawnedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [join(packageRoot(), 'dist/bot/cli/main.js'), 'serve'], {
    cwd: packageRoot(),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { url, child, startupMs: performance.now() - started, stop };
    await new Promise((r) => setTimeout(r, 10));
  }
  await stop();
  throw new Error(`server did not answer /healthz within ${timeoutMs} ms: ${stderr}`);
}
