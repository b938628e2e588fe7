// A real holdfast-sandbox on a free port, spoken to in raw HTTP so every byte it answers is seen.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

export const SECRET_KEY = 'sk_test_holdfastsandbox0000000000000000';

export async function startSandbox(extraArgs = []) {
  const binary = process.env.HOLDFAST_SANDBOX_BIN;
  if (!binary) throw new Error('HOLDFAST_SANDBOX_BIN is not set: run through ctest or export it.');
  const child = spawn(binary, ['--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`holdfast-sandbox exited with ${code}`)));
    setTimeout(() => reject(new Error('holdfast-sandbox did not report its port')), 15000).unref();
  });
  const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine);
  if (!match) throw new Error(`unexpected first line: ${firstLine}`);
  const base = match[1];
  // One call: method, path, form parameters (an object of strings or a ready string), extra headers.
  async function call(method, path, form = '', headers = {}) {
    const body = typeof form === 'string' ? form : new URLSearchParams(form).toString();
    const get = method === 'GET' || method === 'DELETE';
    const url = base + path + (get && body ? `?${body}` : '');
    const response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${SECRET_KEY}`, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: get ? undefined : body,
    });
    const text = await response.text();
    return { method, path, status: response.status, json: JSON.parse(text) };
  }
  async function control(path, body = {}) {
    const response = await fetch(base + path, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }
  async function stop() {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  return { base, call, control, stop };
}
