import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Runner } from '../../src/excel/excel-host';
import type { FakeExcel } from './fake-excel';
import { answer, errorBody, type RequestBody } from './fake-excel-wire';

/**
 * The real Excel library of @microsoft/office-js (the script Excel on the web loads,
 * excel-web-16.00), run in jsdom. Its requests go through
 * OfficeExtension.HttpUtility.setCustomSendRequestFunc to a fake workbook (fake-excel-wire.ts),
 * so request bodies, sizes and round trips are those of the real serialisation.
 */
const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

/** Excel on the web refuses a request or a response over 5 MB. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

export interface WireRequest {
  flags: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

interface SendRequest {
  url: string;
  body: RequestBody | string;
}

type OfficeWindow = Window & {
  Excel: { run: (options: object, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
  OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(f: (r: SendRequest) => Promise<{ statusCode: number; headers: object; body: string }>): void } };
};

let loaded: { window: OfficeWindow; backends: Map<string, Backend>; current: { backend: Backend | null } } | null = null;

interface Backend {
  excel: FakeExcel;
  requests: WireRequest[];
}

function load() {
  if (loaded) return loaded;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
    virtualConsole: new VirtualConsole(),
  });
  const window = dom.window as unknown as OfficeWindow;
  (window as unknown as { eval(s: string): void }).eval(readFileSync(LIBRARY, 'utf8'));
  const backends = new Map<string, Backend>();
  const current: { backend: Backend | null } = { backend: null };
  // What the library asks Office.context.requirements (DelayForCellEdit, and ExcelApi before
  // methods newer than 1.1), answered for the workbook of the run in progress.
  // Office.context is a getter over OSF._OfficeAppFactory, which office.js sets up inside Office.
  const officeContext = {
    requirements: {
      isSetSupported: (name: string, version?: string) => {
        const excel = current.backend?.excel;
        if (!excel) return false;
        if (name === 'DelayForCellEdit') return excel.isSetSupported('ExcelApi', '1.11');
        return excel.isSetSupported(name, version ?? '1.1');
      },
    },
  };
  const osf = (window as unknown as { OSF: { _OfficeAppFactory?: unknown } }).OSF;
  osf._OfficeAppFactory = { ...(osf._OfficeAppFactory as object), getContext: () => officeContext };
  window.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const base = request.url.slice(0, request.url.indexOf('/ProcessQuery'));
    const backend = backends.get(base);
    if (!backend) throw new Error(`no backend for ${request.url}`);
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    const body = (typeof request.body === 'string' ? JSON.parse(request.body) : request.body) as RequestBody;
    const flags = Number(/flags=(\d+)/.exec(request.url)?.[1] ?? 0);
    const requestBytes = Buffer.byteLength(text, 'utf8');
    const response =
      requestBytes > REQUEST_LIMIT
        ? errorBody(Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' }))
        : await answer(backend.excel, body, flags);
    let responseText = JSON.stringify(response);
    const responseBytes = Buffer.byteLength(responseText, 'utf8');
    if (responseBytes > REQUEST_LIMIT) responseText = JSON.stringify(errorBody(Object.assign(new Error('response too large'), { code: 'ResponsePayloadSizeLimitExceeded' })));
    backend.requests.push({ flags, requestBytes, responseBytes, actions: body.Actions.length });
    return { statusCode: 200, headers: {}, body: responseText };
  });
  loaded = { window, backends, current };
  return loaded;
}

let sessions = 0;

/**
 * A Runner for ExcelHost that runs batches through the real library's Excel.run against the
 * fake workbook, and the log of the requests it sent.
 */
export function realExcel(excel: FakeExcel): { run: Runner; requests: WireRequest[] } {
  const lib = load();
  const url = `https://finsam.test/session${++sessions}`;
  const backend: Backend = { excel, requests: [] };
  lib.backends.set(url, backend);
  const run: Runner = async (options, batch) => {
    lib.current.backend = backend;
    return (await lib.window.Excel.run({ ...options, session: url }, batch as (ctx: Excel.RequestContext) => Promise<unknown>)) as never;
  };
  return { run, requests: backend.requests };
}

/** The library's window, for checks on what it defines (no `notes` in the npm build). */
export function officeWindow(): OfficeWindow {
  return load().window;
}
