/** The report's citations: the sources' one table (domain/sources.ts), as frozen lists shared by the rows. */
import { R_SOURCES } from '../domain/sources';
import type { SourceTag } from '../domain/sources';
import type { ReportSource } from './types';

/** The pages the report cites: the same table as the rules'. */
export const REPORT_SOURCES = R_SOURCES;

export type ReportSourceId = SourceTag;

interface Cited {
  list?: ReportSource[];
  next?: Map<ReportSourceId, Cited>;
}
const CITED: Cited = {};

/** The sources with these tags, in the order given: one frozen list per set of tags, shared by the rows that cite it. */
export function cite(...ids: ReportSourceId[]): ReportSource[] {
  return citeList(ids);
}

/** `cite` of a list of tags (no list spread into arguments and gathered again for each row). */
export function citeList(ids: readonly ReportSourceId[]): ReportSource[] {
  // A trie of the tags: no key string is built for each of the report's many rows.
  let node = CITED;
  for (const id of ids) {
    let next = node.next?.get(id);
    if (!next) {
      next = {};
      (node.next ??= new Map()).set(id, next);
    }
    node = next;
  }
  node.list ??= Object.freeze(
    ids.map((id) => Object.freeze({ id, label: REPORT_SOURCES[id].label, url: REPORT_SOURCES[id].url })),
  ) as ReportSource[];
  return node.list;
}
