/**
 * Lines to standard output, each written before the command goes on. Node queues what a pipe's
 * reader has not taken yet (`validate --json | jq`): 50 000 findings, 27 MB of JSON, were held
 * whole in memory as that queue, 70 MB at the peak. Writing through the descriptor blocks the
 * command instead, as a C program's printf does, and the queue never forms.
 */
import { writeSync } from 'node:fs';

type WriteSync = (fd: number, bytes: Uint8Array, offset: number) => number;

// A pipe's end is non-blocking in node: when it is full, wait a moment for the reader.
const pause = new Int32Array(new SharedArrayBuffer(4));

function code(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

/**
 * A line writer on a descriptor. After the reader has gone (`| head`) the rest is dropped
 * quietly: the command still finishes its work (a forecast still writes its workbook).
 */
export function lineWriter(fd: number, write: WriteSync = writeSync): (line: string) => void {
  let readerGone = false;
  return (line) => {
    if (readerGone) return;
    const bytes = Buffer.from(`${line}\n`);
    for (let at = 0; at < bytes.length; ) {
      try {
        at += write(fd, bytes, at);
      } catch (e) {
        if (code(e) === 'EAGAIN') Atomics.wait(pause, 0, 0, 2);
        else if (code(e) === 'EPIPE') {
          readerGone = true;
          return;
        } else throw e;
      }
    }
  };
}

/** One line to standard output. */
export const writeLine = lineWriter(1);
