/**
 * Local plans in the browser's storage: an index, one record per plan, and which plan is current.
 * Every write can fail (storage full, storage blocked); failures are returned, never thrown, so the
 * app can say so and keep working. Records carry a revision so two tabs never overwrite each
 * other's edits without knowing.
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
}

export type SaveResult =
  | { ok: true; rev: number }
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

export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String(error))) {
    return 'The browser’s storage for this site is full, so the plan could not be saved. Export it as JSON to keep it, or delete old local plans.';
  }
  return `The plan could not be saved in this browser (${error instanceof Error ? error.message : String(error)}). Export it as JSON to keep it.`;
}

export class LocalPlans {
  constructor(private readonly storage: KeyValueStorage) {}

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
      const record = JSON.parse(raw) as { rev?: unknown; plan?: unknown };
      const result = readPlan(record.plan);
      if (!result.ok) return undefined;
      return { plan: result.plan, rev: typeof record.rev === 'number' ? record.rev : 0 };
    } catch {
      return undefined;
    }
  }

  /** The stored revision of a plan (0 when none), without reading the plan. */
  storedRev(id: string): number {
    try {
      const raw = this.storage.getItem(planKey(id));
      if (!raw) return 0;
      const m = /^\{"rev":(\d+)/.exec(raw);
      if (m) return Number(m[1]);
      const rev = (JSON.parse(raw) as { rev?: unknown }).rev;
      return typeof rev === 'number' ? rev : 0;
    } catch {
      return 0;
    }
  }

  /**
   * Save a plan over revision `baseRev`. When the stored revision is newer (another tab saved
   * since), nothing is written and the stored plan is returned as a conflict.
   */
  save(id: string, plan: Plan, baseRev: number): SaveResult {
    try {
      const storedRev = this.storedRev(id);
      if (storedRev > baseRev) {
        const stored = this.load(id);
        if (stored) return { ok: false, reason: 'conflict', stored };
      }
      const rev = Math.max(storedRev, baseRev) + 1;
      this.storage.setItem(planKey(id), JSON.stringify({ rev, plan }));
      this.touchIndex(id, plan.name);
      return { ok: true, rev };
    } catch (error) {
      return { ok: false, reason: 'failed', message: describeStorageError(error) };
    }
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
    return {
      storage: new MemoryStorage(),
      problem: `This browser does not let the app store plans (${error instanceof Error ? error.message : String(error)}). You can keep working, but a reload loses the plan: export it as JSON to keep it.`,
    };
  }
}
