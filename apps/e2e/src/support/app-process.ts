import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const workspaceRoot = resolve(__dirname, '../../../..');

export interface AppProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Runs the built app (`node dist/apps/api/main.js`) as `npm start` does, with extra environment. */
export function startApp(env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: workspaceRoot,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  return { child, output: () => output, exited };
}

export async function waitForOutput(app: AppProcess, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!app.output().includes(text)) {
    if (app.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`"${text}" did not appear; output so far:\n${app.output()}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}
