import { FakeContext, type FakeExcel } from './fake-excel';

/**
 * Answers a request of the real Office.js library (the body its HttpRequestExecutor posts to
 * ".../ProcessQuery?flags=N") from the fake workbook, so the real library's serialisation,
 * request flags and response handling are what the host runs against. The protocol, as read
 * from excel-web-16.00.debug.js: `ObjectPaths` name objects (1 the workbook, 3 a method's
 * result, 4 a property, 5 an indexer's item), `Actions` act on them in order (1 instantiate,
 * 2 query with QueryInfo.Select, 3 call a method, 4 set a property); the response's `Results`
 * hold `{ ActionId, Value }` per query or method result, with PascalCase property names and
 * collections as `{ _Items: [...] }`, and `Error: { Code, Message }` when the batch failed.
 * The fake is the behaviour: each action becomes the same call on the fake's proxies, and one
 * request is one fake sync.
 */
interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of an object path passed as that argument (0 or absent for a value). */
  ReferencedObjectPathIds?: number[];
}

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}

export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

const DELAY_FOR_CELL_EDIT = 64;

type Obj = Record<string, unknown>;

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function fail(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}

export function answer(excel: FakeExcel, body: RequestBody, flags: number): unknown {
  const ctx = new FakeContext(excel, (flags & DELAY_FOR_CELL_EDIT) !== 0);
  const root = Object.assign(Object.create(ctx.workbook), { application: ctx.application });
  const objects = new Map<number, Obj>();
  const resolve = (id: number): Obj => {
    const known = objects.get(id);
    if (known) return known;
    const path = body.ObjectPaths[String(id)];
    const args = argumentsOf(path.ArgumentInfo);
    const parent = path.ParentObjectPathId === undefined ? null : resolve(path.ParentObjectPathId);
    let obj: unknown;
    if (path.ObjectPathType === 1) obj = root;
    else if (path.ObjectPathType === 4) obj = parent![camel(path.Name)];
    else if (path.ObjectPathType === 3) obj = call(parent!, path.Name, args) ?? {};
    else if (path.ObjectPathType === 5) obj = call(parent!, 'GetItem', args);
    else fail('InvalidRequest', `object path type ${path.ObjectPathType}`);
    // Excel answers ApiNotFound for an object this build does not have (notes without 1.18).
    if (obj === undefined || obj === null) fail('ApiNotFound', `${path.Name} finns inte i den här Excel`);
    objects.set(id, obj as Obj);
    return obj as Obj;
  };
  const argumentsOf = (info: ArgumentInfo | undefined): unknown[] =>
    (info?.Arguments ?? []).map((a, i) => (info?.ReferencedObjectPathIds?.[i] ? resolve(info.ReferencedObjectPathIds[i]) : a));
  const results: { ActionId: number; value: () => unknown }[] = [];
  try {
    for (const action of body.Actions) {
      const args = argumentsOf(action.ArgumentInfo);
      const target = resolve(action.ObjectPathId);
      if (action.ActionType === 1) {
        // Instantiate: a missing sheet or table fails here, as in Excel.
        const check = target.resolve;
        if (typeof check === 'function') ctx.queue(() => void check.call(target));
      } else if (action.ActionType === 2) {
        const select = action.QueryInfo?.Select ?? [];
        (target.load as (p: string) => void).call(target, select.join(','));
        results.push({ ActionId: action.Id, value: () => queried(target, select) });
      } else if (action.ActionType === 3) {
        if (action.Name === '_KeepReference') continue;
        if (action.Name === '_ValidateArraySize') {
          // The library splits a large array into row chunks and first asks Excel to check the size.
          const [rows, cols] = args as number[];
          ctx.queue(() => {
            const { rect } = (target.resolve as () => { rect: { top: number; bottom: number; left: number; right: number } }).call(target);
            if (rect.bottom - rect.top + 1 !== rows || rect.right - rect.left + 1 !== cols) fail('InvalidArgument', 'array size');
          });
          continue;
        }
        const result = call(target, action.Name, args);
        if (result && typeof result === 'object' && 'value' in result) results.push({ ActionId: action.Id, value: () => (result as { value: unknown }).value });
      } else if (action.ActionType === 4) {
        if (!(camel(action.Name) in target)) fail('ApiNotFound', `${action.Name}`);
        target[camel(action.Name)] = args[0];
      }
    }
    return ctxSync(ctx).then(() => ({ Results: results.map((r) => ({ ActionId: r.ActionId, Value: r.value() })) }));
  } catch (e) {
    return Promise.resolve(errorBody(e));
  }
}

async function ctxSync(ctx: FakeContext): Promise<void> {
  await ctx.sync();
}

export function errorBody(e: unknown): unknown {
  const err = e as { code?: string; message?: string };
  return { Error: { Code: err.code ?? 'GeneralException', Message: err.message ?? String(e), HttpStatusCode: 400, Location: '' } };
}

function call(target: Obj, name: string, args: unknown[]): unknown {
  const fn = target[camel(name)];
  if (typeof fn !== 'function') fail('ApiNotFound', `${name}`);
  return (fn as (...a: unknown[]) => unknown).apply(target, args);
}

function isNull(target: Obj): boolean {
  try {
    return (target as { isNullObject?: boolean }).isNullObject === true;
  } catch {
    return false;
  }
}

/** A query's Value: the selected properties, PascalCase, nested by "/", collections as _Items. */
function queried(target: Obj, select: string[]): unknown {
  if (isNull(target)) return null;
  if ('items' in target) return { _Items: (target.items as Obj[]).map((item) => pick(item, select)) };
  return pick(target, select);
}

function pick(target: Obj, select: string[]): Obj {
  const out: Obj = {};
  for (const path of select) {
    const parts = path.split('/');
    let from: Obj = target;
    let into: Obj = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) into[pascal(part)] = from[part];
      else {
        from = from[part] as Obj;
        into = (into[pascal(part)] ??= {}) as Obj;
      }
    });
  }
  return out;
}
