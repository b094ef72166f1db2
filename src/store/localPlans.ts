/**
 * Local plans in the browser's storage: an index, one record per plan, and which plan is current.
 * Every write can fail (storage full, storage blocked); failures are returned, never thrown, so the
 * app can say so and keep working. A save counts only when its record reads back as written. The
 * records are the truth: the index is only their list, rebuilt from them where it is damaged or
 * stale (another tab wrote it at the same moment). A record that cannot be read is never written
 * over nor removed unasked, and why it cannot be read is told (cut off, not JSON, null, a newer
 * version, not a valid plan). Records carry a revision mark (revision and writing tab) and the
 * marks of the revisions they were saved over, so two tabs never overwrite each other's edits
 * without knowing: not even when both save at the same moment, which the revision check alone
 * cannot see (each tab reads its own copy of the storage, and the other tab's write reaches it later).
 */
import type { OcsVersion, Plan } from '../domain/plan';
import { PLAN_VERSION } from '../domain/plan';
import { readPlan } from '../io/readPlan';

const PREFIX = 'ocs-topology-designer:';
const INDEX_KEY = `${PREFIX}index`;
const CURRENT_KEY = `${PREFIX}current`;
export const planKey = (id: string) => `${PREFIX}plan:${id}`;

export interface PlanEntry {
  id: string;
  name: string;
  updatedAt: number;
  /** What the list shows of the plan (absent in entries written before they were kept). */
  ocsVersion?: OcsVersion;
  servers?: number;
  pools?: number;
  /** Why the plan's record cannot be read; absent when it can (or has not been read yet). */
  unreadable?: string;
}

export interface StoredPlan {
  plan: Plan;
  rev: number;
  /** This revision's mark, `<rev>.<writer>`: two tabs saving the same revision write different marks. */
  mark: string;
  /** The marks of the revisions this one was saved over, newest first (the last LINEAGE of them). */
  after: string[];
}

/** The head of a record: everything but the plan. */
type RecordHead = Omit<StoredPlan, 'plan'>;

const LINEAGE = 32;

/** Why a stored plan cannot be read: `message` completes "… could not be read: ". */
export interface RecordProblem {
  kind: 'missing' | 'storage' | 'truncated' | 'not-json' | 'null' | 'newer-version' | 'invalid';
  message: string;
  /** The plan version of a plan saved by a newer version of the app. */
  version?: number;
}

export type Inspection = { ok: true; stored: StoredPlan } | { ok: false; problem: RecordProblem };

export type SaveResult =
  | { ok: true; rev: number; mark: string }
  | { ok: false; reason: 'conflict'; stored: StoredPlan }
  /** The stored record was replaced by one this app cannot read: it is left as it is. */
  | { ok: false; reason: 'unreadable'; problem: RecordProblem }
  | { ok: false; reason: 'failed'; message: string };

/** A Storage that lives in memory: used where the browser's storage cannot be used at all. */
export class MemoryStorage implements KeyValueStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

/** What the app needs of a Storage; `key` and `length` let the list be rebuilt from the records. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/** The in-memory stand-in used when the browser's storage cannot be used: nothing in it survives a reload. */
export class StandInStorage extends MemoryStorage {
  constructor(readonly reason: string) {
    super();
  }
}

export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String(error))) {
    return 'The browser’s storage for this site is full, so the plan could not be saved. Export it as JSON to keep it, or delete old local plans.';
  }
  return `The plan could not be saved in this browser (${errorText(error)}). Export it as JSON to keep it.`;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * True when `text` is the beginning of a JSON text that stops too early (a string or a bracket
 * left open, or nothing after a colon or comma), false when it is broken in another way.
 */
export function looksTruncated(text: string): boolean {
  const open: string[] = [];
  let inString = false;
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') {
      if (open.pop() !== (c === '}' ? '{' : '[')) return false;
    }
    if (!/\s/.test(c)) last = c;
  }
  return inString || open.length > 0 || last === ':' || last === ',';
}

function recordHead(record: { rev?: unknown; mark?: unknown; after?: unknown }): RecordHead {
  const rev = typeof record.rev === 'number' ? record.rev : 0;
  return {
    rev,
    // Records written before marks existed: the revision stands for the mark.
    mark: typeof record.mark === 'string' ? record.mark : String(rev),
    after: Array.isArray(record.after) ? record.after.filter((m): m is string => typeof m === 'string') : [],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record's text as a record and its plan, or why it is not one. */
function readRecord(raw: string): Inspection {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    return looksTruncated(raw)
      ? {
          ok: false,
          problem: {
            kind: 'truncated',
            message: `its stored text is cut off after ${raw.length.toLocaleString('en-US')} characters (it was not completely written)`,
          },
        }
      : { ok: false, problem: { kind: 'not-json', message: `its stored text is not valid JSON (${errorText(error)})` } };
  }
  if (record === null || (isRecord(record) && record.plan === null)) {
    return { ok: false, problem: { kind: 'null', message: 'its stored record is null: it holds no plan' } };
  }
  if (!isRecord(record)) return { ok: false, problem: { kind: 'invalid', message: 'its stored record is not a plan record' } };
  const plan = record.plan;
  if (isRecord(plan) && typeof plan.version === 'number' && plan.version > PLAN_VERSION) {
    return {
      ok: false,
      problem: {
        kind: 'newer-version',
        version: plan.version,
        message: `it was saved by a newer version of OCS Topology Designer (plan version ${plan.version}; this version reads up to version ${PLAN_VERSION}). Open it with the newer version`,
      },
    };
  }
  const result = readPlan(plan);
  if (!result.ok) return { ok: false, problem: { kind: 'invalid', message: `it is not a valid plan: ${result.error.message}` } };
  return { ok: true, stored: { plan: result.plan, ...recordHead(record) } };
}

function summary(plan: Plan): Pick<PlanEntry, 'ocsVersion' | 'servers' | 'pools'> {
  return { ocsVersion: plan.ocsVersion, servers: plan.nodes.length, pools: plan.pools.length };
}

function isEntry(e: unknown): e is PlanEntry {
  return isRecord(e) && typeof e.id === 'string' && typeof e.name === 'string' && typeof e.updatedAt === 'number';
}

export class LocalPlans {
  /** Why plans cannot be kept across reloads (the browser's storage is unusable); undefined when they can. */
  readonly notKept: string | undefined;
  /** This tab's name in the marks it writes. */
  readonly writer: string;
  /** Why each plan found unreadable could not be read, by id (until it is read again, or removed). */
  private readonly problems = new Map<string, RecordProblem>();

  /**
   * @param writesFail why nothing can be saved although the stored plans can be read (storage full),
   *   as found when the storage was opened; saving is still tried, and works again once there is room.
   */
  constructor(
    private readonly storage: KeyValueStorage,
    readonly writesFail?: string,
  ) {
    this.notKept = storage instanceof StandInStorage ? storage.reason : undefined;
    this.writer = this.newId();
  }

  /** True when this tab wrote the revision with this mark. */
  wrote(mark: string): boolean {
    return mark.endsWith(`.${this.writer}`);
  }

  /** The index as stored: its entries, and whether it needs to be written again (damaged). */
  private readIndex(): { entries: PlanEntry[]; damaged: boolean } {
    try {
      const raw = this.storage.getItem(INDEX_KEY);
      if (raw === null) return { entries: [], damaged: false };
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed)) return { entries: [], damaged: true };
      const entries = parsed.filter(isEntry);
      return { entries, damaged: entries.length !== parsed.length };
    } catch {
      return { entries: [], damaged: true };
    }
  }

  /** The ids of every stored record, or undefined when the storage cannot list its keys. */
  private recordIds(): string[] | undefined {
    const { storage } = this;
    if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return undefined;
    const prefix = planKey('');
    const ids: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
      }
    } catch {
      return undefined;
    }
    return ids;
  }

  /**
   * The local plans, most recent first: the index, checked against the records. A record missing
   * from the index (the index is damaged, or two tabs wrote it at once) is listed all the same, and
   * the index is written again; an entry whose record is gone is dropped.
   */
  list(): PlanEntry[] {
    return this.entries();
  }

  /** The list; `saving` is a plan whose entry the caller writes itself (its record is not read for one). */
  private entries(saving?: string): PlanEntry[] {
    const index = this.readIndex();
    const ids = this.recordIds();
    let entries = index.entries;
    let rebuilt = index.damaged;
    if (ids) {
      const stored = new Set(ids);
      const seen = new Set<string>();
      entries = entries.filter((e) => stored.has(e.id) && !seen.has(e.id) && seen.add(e.id));
      if (entries.length !== index.entries.length) rebuilt = true;
      for (const id of ids) {
        if (seen.has(id) || id === saving) continue;
        entries.push(this.entryFromRecord(id));
        rebuilt = true;
      }
      if (rebuilt) entries.sort((a, b) => b.updatedAt - a.updatedAt);
    }
    if (rebuilt && saving === undefined) {
      try {
        this.storage.setItem(INDEX_KEY, JSON.stringify(entries));
      } catch {
        // The list is right here; the stored index is mended by the next save that can write.
      }
    }
    for (const id of this.problems.keys()) if (ids && !ids.includes(id)) this.problems.delete(id);
    return entries.map((e) => {
      const problem = this.problems.get(e.id);
      return problem ? { ...e, unreadable: problem.message } : e;
    });
  }

  /** An index entry made from a record alone. */
  private entryFromRecord(id: string): PlanEntry {
    let raw: string | null = null;
    try {
      raw = this.storage.getItem(planKey(id));
    } catch {
      // Listed all the same, under its id.
    }
    const result = raw === null ? undefined : readRecord(raw);
    let savedAt = 0;
    try {
      const head: unknown = raw === null ? undefined : JSON.parse(raw);
      if (isRecord(head) && typeof head.savedAt === 'number') savedAt = head.savedAt;
    } catch {
      // A damaged record: no date.
    }
    if (result?.ok) {
      this.problems.delete(id);
      return { id, name: result.stored.plan.name, updatedAt: savedAt, ...summary(result.stored.plan) };
    }
    if (result) this.problems.set(id, result.problem);
    return { id, name: `Unreadable plan ${id}`, updatedAt: savedAt };
  }

  /** Read a stored plan, or say why it cannot be read. */
  inspect(id: string): Inspection {
    let raw: string | null;
    try {
      raw = this.storage.getItem(planKey(id));
    } catch (error) {
      return { ok: false, problem: { kind: 'storage', message: `the browser’s storage could not be read (${errorText(error)})` } };
    }
    if (raw === null) {
      this.problems.delete(id);
      return { ok: false, problem: { kind: 'missing', message: 'it is no longer stored in this browser' } };
    }
    const result = readRecord(raw);
    if (result.ok) this.problems.delete(id);
    else this.problems.set(id, result.problem);
    return result;
  }

  /** Every listed plan that cannot be read, with why (each record is read once; `known` is one just read). */
  unreadablePlans(known?: string): { entry: PlanEntry; problem: RecordProblem }[] {
    const out: { entry: PlanEntry; problem: RecordProblem }[] = [];
    for (const entry of this.list()) {
      if (entry.id === known) continue;
      const result = this.inspect(entry.id);
      if (!result.ok && result.problem.kind !== 'missing') out.push({ entry, problem: result.problem });
    }
    return out;
  }

  /** The stored text of a plan's record, as it is (to download a damaged one); undefined when none. */
  rawRecord(id: string): string | undefined {
    try {
      return this.storage.getItem(planKey(id)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  load(id: string): StoredPlan | undefined {
    const result = this.inspect(id);
    return result.ok ? result.stored : undefined;
  }

  /** The head of a stored plan's record (undefined when none or unreadable), without reading the plan. */
  storedHead(id: string): RecordHead | undefined {
    try {
      const head = this.headOf(id);
      return head && 'rev' in head ? head : undefined;
    } catch {
      return undefined;
    }
  }

  /** The head of a record; `{ damaged }` when its text is no record; throws when the storage cannot be read. */
  private headOf(id: string): RecordHead | { damaged: true } | undefined {
    const raw = this.storage.getItem(planKey(id));
    if (raw === null) return undefined;
    // The head is written first: parse it alone when the record is ours.
    const end = raw.indexOf(',"plan":');
    try {
      if (end > 0) return recordHead(JSON.parse(`${raw.slice(0, end)}}`));
    } catch {
      // Not our layout: read the whole record.
    }
    try {
      const record: unknown = JSON.parse(raw);
      return isRecord(record) ? recordHead(record) : { damaged: true };
    } catch {
      return { damaged: true };
    }
  }

  /**
   * Save a plan over the revision marked `base` (undefined for a plan not saved yet). When the
   * stored revision is another (another tab saved since), nothing is written and the stored plan
   * is returned as a conflict; when the stored record cannot be read, nothing is written either.
   * A save counts only when the storage could be read and the record reads back as written.
   */
  save(id: string, plan: Plan, base: string | undefined): SaveResult {
    let written: { rev: number; mark: string };
    let head: RecordHead | { damaged: true } | undefined;
    const key = planKey(id);
    try {
      head = this.headOf(id);
      if (head && ('damaged' in head || head.mark !== base)) {
        const stored = this.inspect(id);
        if (stored.ok) return { ok: false, reason: 'conflict', stored: stored.stored };
        return { ok: false, reason: 'unreadable', problem: stored.problem };
      }
      const rev = (head?.rev ?? 0) + 1;
      const mark = `${rev}.${this.writer}`;
      const after = head ? [head.mark, ...head.after].slice(0, LINEAGE) : [];
      const text = JSON.stringify({ rev, mark, after, savedAt: Date.now(), plan });
      this.storage.setItem(key, text);
      if (this.storage.getItem(key) !== text) throw new Error('what was stored does not read back as written');
      written = { rev, mark };
    } catch (error) {
      return { ok: false, reason: 'failed', message: describeStorageError(error) };
    }
    this.problems.delete(id);
    try {
      this.touchIndex(id, plan);
    } catch (error) {
      if (!head) {
        // A new plan missing from the list could not be found again: take it back out.
        this.remove(id);
        return { ok: false, reason: 'failed', message: describeStorageError(error) };
      }
      // A listed plan is saved; only its line in the list is stale until the next save. Reporting
      // a failure here would make the next save see its own record as another tab's.
    }
    return { ok: true, ...written };
  }

  private touchIndex(id: string, plan: Plan) {
    const entries = this.entries(id)
      .filter((e) => e.id !== id)
      .map(({ unreadable: _, ...e }) => e);
    entries.unshift({ id, name: plan.name, updatedAt: Date.now(), ...summary(plan) });
    this.storage.setItem(INDEX_KEY, JSON.stringify(entries));
  }

  remove(id: string): void {
    try {
      this.storage.removeItem(planKey(id));
      this.problems.delete(id);
      this.storage.setItem(
        INDEX_KEY,
        JSON.stringify(
          this.list()
            .filter((e) => e.id !== id)
            .map(({ unreadable: _, ...e }) => e),
        ),
      );
    } catch {
      // Removing can only fail where storage is blocked: there is then nothing stored to remove.
    }
  }

  currentId(): string | undefined {
    try {
      return this.storage.getItem(CURRENT_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }

  setCurrentId(id: string): void {
    try {
      this.storage.setItem(CURRENT_KEY, id);
    } catch {
      // Not fatal: the next start opens the most recent plan instead.
    }
  }

  newId(): string {
    const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
    return random.replace(/-/g, '').slice(0, 12);
  }
}

/**
 * The browser's localStorage, and what is wrong with it. Storage that cannot be read at all is
 * replaced by an in-memory stand-in (nothing survives a reload). Storage that can be read but not
 * written (full) is kept: the saved plans stay listed and open as usual; only new changes cannot
 * be saved, and `writesFail` says so.
 */
export function openBrowserStorage(): { storage: KeyValueStorage; problem?: string; writesFail?: string } {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem(INDEX_KEY);
  } catch (error) {
    const problem = `This browser does not let the app store plans (${errorText(error)}). You can keep working, but a reload loses the plan: export it as JSON to keep it.`;
    return { storage: new StandInStorage(problem), problem };
  }
  try {
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage };
  } catch (error) {
    const full = /quota/i.test(`${error instanceof Error ? error.name : ''} ${errorText(error)}`);
    const writesFail = `${full ? 'The browser’s storage for this site is full' : `The browser does not let the app save (${errorText(error)})`}: your saved plans are listed and open as usual, but new changes cannot be saved. Delete old plans (Plans) to make room, or export this plan as JSON.`;
    return { storage, problem: writesFail, writesFail };
  }
}
