// A real holdfast-sandbox on a free port (HOLDFAST_SANDBOX_BIN), for the Node tests: the process and
// the address it answers on. Stopped with stop().
import { spawn } from 'node:child_process';
import readline from 'node:readline';

export async function spawnSandbox(extraArgs = []) {
  const binary = process.env.HOLDFAST_SANDBOX_BIN;
  if (!binary) throw new Error('HOLDFAST_SANDBOX_BIN is not set: run through ctest or export it.');
  const child = spawn(binary, ['--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`holdfast-sandbox exited with ${code}`)));
    setTimeout(() => reject(new Error('holdfast-sandbox did not report its port')), 15000).unref();
  });
  const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(firstLine);
  if (!match) throw new Error(`unexpected first line: ${firstLine}`);
  async function stop() {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  return { child, base: match[1], port: Number(match[2]), stop };
}
