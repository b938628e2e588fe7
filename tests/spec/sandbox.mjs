// A real holdfast-sandbox on a free port, spoken to in raw HTTP so every byte it answers is seen.
import { spawnSandbox } from '../support/sandboxprocess.mjs';

export const SECRET_KEY = 'sk_test_holdfastsandbox0000000000000000';

export async function startSandbox(extraArgs = []) {
  const { base, stop } = await spawnSandbox(extraArgs);
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
  return { base, call, control, stop };
}
