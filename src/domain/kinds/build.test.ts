import { describe, expect, it } from 'vitest';
import { PlanDraft } from '../../rules/draft';
import { addNode } from '../operations';
import { emptyPlan, NODE_KINDS } from '../plan';
import type { OcsVersion } from '../plan';
import { templatePlan } from '../templates';
import { buildNode, defaultZone } from './index';

const at = { x: 0, y: 0 };

describe('the node builder', () => {
  it('gives a back end the SQL Server of its version: 2005 SP2 on 2007, 2008 on R2', () => {
    expect(buildNode('back-end-sql', '2007', { id: 'a', name: 'a.x', position: at }).sqlVersion).toBe('2005-sp2');
    expect(buildNode('back-end-sql', '2007-r2', { id: 'a', name: 'a.x', position: at }).sqlVersion).toBe('2008');
    expect(buildNode('sql-server', '2007-r2', { id: 'a', name: 'a.x', position: at })).toMatchObject({
      sqlVersion: '2008',
      sqlEdition: 'standard',
    });
  });

  it('gives the new kinds their defaults and every node its zone', () => {
    expect(buildNode('edge-server', '2007', { id: 'e', name: 'e.x', position: at })).toMatchObject({
      zone: 'perimeter',
      edgeServices: ['access', 'web-conferencing', 'av'],
      avNat: 'none',
    });
    expect(buildNode('media-gateway', '2007', { id: 'g', name: 'g.x', position: at }).gatewayType).toBe('basic');
    expect(buildNode('cwa-server', '2007', { id: 'c', name: 'c.x', position: at }).cwaUsers).toBe('both');
    expect(buildNode('pstn', '2007', { id: 'p', name: 'p.x', position: at }).zone).toBe('external');
    for (const kind of NODE_KINDS) expect(buildNode(kind, '2007', { id: 'n', name: 'n.x', position: at }).zone).toBe(defaultZone(kind));
    // is64bit is left to its default by version, never written.
    for (const kind of NODE_KINDS) expect(buildNode(kind, '2007-r2', { id: 'n', name: 'n.x', position: at })).not.toHaveProperty('is64bit');
  });

  it('is the one way to build a node: the palette, the fixes and the templates agree', () => {
    for (const v of ['2007', '2007-r2'] as OcsVersion[]) {
      for (const kind of NODE_KINDS) {
        const fromPalette = addNode(emptyPlan('x', v), kind, at);
        const palette = fromPalette.plan.nodes[0];
        const draft = new PlanDraft(emptyPlan('x', v)).addNode(kind, at);
        const { id: _a, name: _b, position: _c, ...paletteFields } = palette;
        const { id: _d, name: _e, position: _f, ...draftFields } = draft;
        expect(draftFields, `${kind} on ${v}`).toEqual(paletteFields);
      }
      const sql = templatePlan('consolidated', v).nodes.find((n) => n.kind === 'back-end-sql')!;
      expect(sql.sqlVersion).toBe(v === '2007-r2' ? '2008' : '2005-sp2');
    }
  });

  it('lets explicit fields win over the defaults', () => {
    expect(
      buildNode('edge-server', '2007', { id: 'e', name: 'e.x', position: at }, { edgeServices: ['access'], zone: 'internal' }),
    ).toMatchObject({
      edgeServices: ['access'],
      zone: 'internal',
    });
  });
});
