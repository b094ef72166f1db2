/**
 * Local plans in the browser's storage: an index, one record per plan, and which plan is current.
 * Every write can fail (storage full, storage blocked); failures are returned, never thrown, so the
 * app can say so and keep working. Records carry a revision mark (revision and writing tab) and the
 * marks of the revisions they were saved over, so two tabs never overwrite each other's edits
 * without knowing: not even when both save at the same moment, which the revision check alone
 * cannot see (each tab reads its own copy of the storage, and the other tab's write reaches it later).
 */
import type { Plan } from '../domain/plan';
import { readPlan } from '../io/readPlan';

const PREFIX = 'ocs-topology-designer:';
const INDEX_KEY = `${PREFIX}index`;
const CURRENT_KEY = `${PREFIX}current`;
export const planKey = (id: string) => `${PREFIX}plan:${id}`;

export interface PlanEntry {
  id: string;
  name: string;
  updatedAt: number;
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

export type SaveResult =
  | { ok: true; rev: number; mark: string }
  | { ok: false; reason: 'conflict'; stored: StoredPlan }
  | { ok: false; reason: 'failed'; message: string };

/** A Storage that lives in memory: used where the browser's storage cannot be used at all. */
export class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  private map = new Map<string, string>();
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

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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
  return `The plan could not be saved in this browser (${error instanceof Error ? error.message : String(error)}). Export it as JSON to keep it.`;
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

export class LocalPlans {
  /** Why plans cannot be kept across reloads (the browser's storage is unusable); undefined when they can. */
  readonly notKept: string | undefined;
  /** This tab's name in the marks it writes. */
  readonly writer: string;

  constructor(private readonly storage: KeyValueStorage) {
    this.notKept = storage instanceof StandInStorage ? storage.reason : undefined;
    this.writer = this.newId();
  }

  /** True when this tab wrote the revision with this mark. */
  wrote(mark: string): boolean {
    return mark.endsWith(`.${this.writer}`);
  }

  list(): PlanEntry[] {
    try {
      const raw = this.storage.getItem(INDEX_KEY);
      if (!raw) return [];
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (e): e is PlanEntry =>
          typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.name === 'string' && typeof e.updatedAt === 'number',
      );
    } catch {
      return [];
    }
  }

  load(id: string): StoredPlan | undefined {
    try {
      const raw = this.storage.getItem(planKey(id));
      if (!raw) return undefined;
      const record = JSON.parse(raw) as { rev?: unknown; mark?: unknown; after?: unknown; plan?: unknown };
      const result = readPlan(record.plan);
      if (!result.ok) return undefined;
      return { plan: result.plan, ...recordHead(record) };
    } catch {
      return undefined;
    }
  }

  /** The head of a stored plan's record (undefined when none), without reading the plan. */
  storedHead(id: string): RecordHead | undefined {
    try {
      const raw = this.storage.getItem(planKey(id));
      if (!raw) return undefined;
      // The head is written first: parse it alone when the record is ours.
      const end = raw.indexOf(',"plan":');
      try {
        if (end > 0) return recordHead(JSON.parse(`${raw.slice(0, end)}}`));
      } catch {
        // Not our layout: read the whole record.
      }
      return recordHead(JSON.parse(raw));
    } catch {
      return undefined;
    }
  }

  /**
   * Save a plan over the revision marked `base` (undefined for a plan not saved yet). When the
   * stored revision is another (another tab saved since), nothing is written and the stored plan
   * is returned as a conflict.
   */
  save(id: string, plan: Plan, base: string | undefined): SaveResult {
    let written: { rev: number; mark: string };
    let head: RecordHead | undefined;
    try {
      head = this.storedHead(id);
      if (head && head.mark !== base) {
        const stored = this.load(id);
        if (stored) return { ok: false, reason: 'conflict', stored };
      }
      const rev = (head?.rev ?? 0) + 1;
      const mark = `${rev}.${this.writer}`;
      const after = head ? [head.mark, ...head.after].slice(0, LINEAGE) : [];
      this.storage.setItem(planKey(id), JSON.stringify({ rev, mark, after, plan }));
      written = { rev, mark };
    } catch (error) {
      return { ok: false, reason: 'failed', message: describeStorageError(error) };
    }
    try {
      this.touchIndex(id, plan.name);
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

  private touchIndex(id: string, name: string) {
    const entries = this.list().filter((e) => e.id !== id);
    entries.unshift({ id, name, updatedAt: Date.now() });
    this.storage.setItem(INDEX_KEY, JSON.stringify(entries));
  }

  remove(id: string): void {
    try {
      this.storage.removeItem(planKey(id));
      this.storage.setItem(INDEX_KEY, JSON.stringify(this.list().filter((e) => e.id !== id)));
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

/** The browser's localStorage when it can be used, or an in-memory stand-in and the reason. */
export function openBrowserStorage(): { storage: KeyValueStorage; problem?: string } {
  try {
    const storage = window.localStorage;
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage };
  } catch (error) {
    const problem = `This browser does not let the app store plans (${error instanceof Error ? error.message : String(error)}). You can keep working, but a reload loses the plan: export it as JSON to keep it.`;
    return { storage: new StandInStorage(problem), problem };
  }
}
