import { spawn } from 'node:child_process';
import path from 'node:path';
import { lineWriter } from '../src/cli/stdout';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('lineWriter', () => {
  it('writes every byte in order through short writes and a full pipe (EAGAIN)', () => {
    const got: number[] = [];
    let calls = 0;
    const write = (_fd: number, bytes: Uint8Array, offset: number) => {
      calls++;
      if (calls % 3 === 0) throw errno('EAGAIN');
      const n = Math.min(5, bytes.length - offset);
      got.push(...bytes.subarray(offset, offset + n));
      return n;
    };
    const out = lineWriter(9, write);
    out('Eget kapital vid årets slut');
    out('2026');
    expect(Buffer.from(got).toString()).toBe('Eget kapital vid årets slut\n2026\n');
  });

  it('drops the rest quietly once the reader has gone (EPIPE), and says other errors', () => {
    const written: string[] = [];
    let gone = false;
    const out = lineWriter(9, (_fd, bytes, offset) => {
      if (gone) throw errno('EPIPE');
      written.push(Buffer.from(bytes.subarray(offset)).toString());
      return bytes.length - offset;
    });
    out('a');
    gone = true;
    expect(() => out('b')).not.toThrow();
    expect(() => out('c')).not.toThrow();
    expect(written).toEqual(['a\n']);
    expect(() => lineWriter(9, () => { throw errno('EIO'); })('x')).toThrow('EIO');
  });
});

it('the command line waits for a slow reader instead of queueing its output in memory', async () => {
  // The bundled CLI's writer (npm test builds dist/cli.js first), 4 MB of lines into a pipe nobody reads for a while.
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  const script = `const { writeLine } = require(${JSON.stringify(cli)}); for (let i = 0; i < 4000; i++) writeLine(String(i).padEnd(999, '.')); process.stderr.write('skrivet');`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.pause();
  const chunks: Buffer[] = [];
  const closed = new Promise((r) => child.on('close', r));
  let blocked: string;
  try {
    await new Promise((r) => setTimeout(r, 800));
    blocked = stderr;
  } finally {
    // Read everything whatever happened, so that the child can end.
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
  }
  const status = await closed;
  // Queued in node, all 4 MB would be "written" at once; written through the descriptor, the child waits.
  expect(blocked).toBe('');
  const lines = Buffer.concat(chunks).toString().split('\n');
  expect(status).toBe(0);
  expect(stderr).toBe('skrivet');
  expect(lines).toHaveLength(4001);
  expect(lines[3999]).toBe('3999'.padEnd(999, '.'));
});
