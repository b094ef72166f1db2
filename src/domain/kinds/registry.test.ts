import { describe, expect, it } from 'vitest';
import { KIND_STYLE, kindIcon } from '../../io/svgIcons';
import { NODE_KINDS, OCS_VERSIONS, ZONES } from '../plan';
import { KIND_INFO, KINDS, kindInVersion, kindLabel, kindShort, PALETTE_GROUPS } from './index';

const HEX = /^#[0-9a-f]{6}$/;

describe('the kind registry', () => {
  it('declares every kind once, completely', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...NODE_KINDS].sort());
    for (const kind of NODE_KINDS) {
      const d = KINDS[kind];
      expect(d.kind).toBe(kind);
      for (const text of [d.label, d.description, d.tag, d.short, d.namePrefix]) expect(text.trim(), kind).not.toBe('');
      expect(d.namePrefix, kind).toMatch(/^[a-z]+$/);
      expect(d.look.icon, kind).toMatch(/^M/);
      expect(d.look.light, kind).toMatch(HEX);
      expect(d.look.dark, kind).toMatch(HEX);
      expect(d.zones.length, kind).toBeGreaterThan(0);
      for (const z of d.zones) expect(ZONES).toContain(z);
      expect(d.versions.length, kind).toBeGreaterThan(0);
      expect(PALETTE_GROUPS).toContain(d.group);
      // A kind some version lacks says why.
      if (d.versions.length < OCS_VERSIONS.length) expect(d.missingReason, kind).toMatch(/OCS 2007 has no/);
    }
  });

  it('gives every kind its own tag, name prefix, icon and colour', () => {
    for (const key of ['tag', 'namePrefix'] as const) expect(new Set(NODE_KINDS.map((k) => KINDS[k][key])).size).toBe(NODE_KINDS.length);
    expect(new Set(NODE_KINDS.map((k) => KINDS[k].look.light)).size).toBe(NODE_KINDS.length);
    // The back end and the SQL Server share the database drawing's idea but not the drawing itself.
    expect(new Set(NODE_KINDS.map((k) => KINDS[k].look.icon)).size).toBe(NODE_KINDS.length);
  });

  it('puts the new kinds where topology.md section 2 says', () => {
    expect(KINDS['edge-server'].zones).toEqual(['perimeter']);
    expect(KINDS['reverse-proxy'].zones).toEqual(['perimeter']);
    expect(KINDS.pstn.zones).toEqual(['external']);
    expect(KINDS['hardware-load-balancer'].zones).toEqual(['internal', 'perimeter']);
    for (const k of ['group-chat-server', 'group-chat-compliance-server', 'application-sharing-server'] as const) {
      expect(kindInVersion(k, '2007'), k).toBe(false);
      expect(kindInVersion(k, '2007-r2'), k).toBe(true);
    }
    expect(NODE_KINDS.filter((k) => !kindInVersion(k, '2007'))).toHaveLength(3);
  });

  it("offers the deployment report's fields where they belong (plan format 2)", () => {
    for (const kind of NODE_KINDS) {
      // Every computer and device has an address (a load balancer's is its VIP); the telephone network has none.
      expect(KINDS[kind].fields.includes('ip'), kind).toBe(kind !== 'pstn');
      expect(KINDS[kind].fields.includes('externalFqdns'), kind).toBe(kind === 'edge-server');
      expect(KINDS[kind].fields.includes('externalIps'), kind).toBe(kind === 'edge-server');
      expect(KINDS[kind].fields.includes('gatewayIp'), kind).toBe(kind === 'mediation-server');
    }
  });

  it('names a kind by version where the versions differ', () => {
    expect(kindLabel('archiving-server', '2007')).toBe('Archiving and CDR Server');
    expect(kindLabel('archiving-server', '2007-r2')).toBe('Archiving Server');
    expect(kindLabel('monitoring-server', '2007')).toBe('QoE Monitoring Server');
    expect(kindLabel('monitoring-server', '2007-r2')).toBe('Monitoring Server');
    expect(kindLabel('front-end-server', '2007')).toBe(kindLabel('front-end-server', '2007-r2'));
  });

  it('shortens a kind by version as it labels it: the 2007 words where 2007 names it differently', () => {
    expect(kindShort('archiving-server', '2007')).toBe('Archiving and CDR');
    expect(kindShort('archiving-server', '2007-r2')).toBe('Archiving');
    expect(kindShort('monitoring-server', '2007')).toBe('QoE Monitoring');
    expect(kindShort('monitoring-server', '2007-r2')).toBe('Monitoring');
    for (const kind of NODE_KINDS) {
      const def = KINDS[kind];
      // A kind named by version is shortened by version too, and a version without a name of its own takes the R2 words.
      expect(Object.keys(def.shortByVersion ?? {}), kind).toEqual(Object.keys(def.labelByVersion ?? {}));
      for (const v of ['2007', '2007-r2'] as const) {
        if (!def.labelByVersion?.[v]) expect([kindLabel(kind, v), kindShort(kind, v)], kind).toEqual([def.label, def.short]);
      }
    }
  });

  it('is what the SVG export reads: one colour and one drawing per kind (the canvas: app/canvas/KindIcon.test.ts)', () => {
    for (const kind of NODE_KINDS) {
      const { light, icon } = KINDS[kind].look;
      expect(KIND_STYLE[kind].color).toBe(light);
      expect(kindIcon(kind, 0, 0)).toContain(`d="${icon}"`);
      expect(kindIcon(kind, 0, 0)).toContain(`stroke="${light}"`);
      expect(KIND_INFO[kind].label).toBe(KINDS[kind].label);
    }
  });
});
