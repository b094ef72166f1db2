import { describe, expect, it } from 'vitest';
import { copyFragment } from '../domain/fragment';
import { templatePlan } from '../domain/templates';
import { MAX_FRAGMENT_ITEMS, MAX_FRAGMENT_TEXT_LENGTH, readFragmentText } from './readFragment';

const plan = templatePlan('consolidated');
const fragment = copyFragment(plan, ['fe1', 'fe2', 'hlb1']);

describe('reading a fragment from the clipboard', () => {
  it('reads back what a copy wrote', () => {
    const read = readFragmentText(JSON.stringify(fragment));
    expect(read).toEqual({ kind: 'fragment', fragment: JSON.parse(JSON.stringify(fragment)) });
  });

  it('takes a whole plan file as a fragment of everything in it', () => {
    const read = readFragmentText(JSON.stringify(plan));
    expect(read.kind).toBe('fragment');
    if (read.kind !== 'fragment') return;
    expect(read.fragment.nodes).toHaveLength(plan.nodes.length);
    expect(read.fragment.pools).toHaveLength(1);
  });

  it('leaves text that is not ours to the caller', () => {
    expect(readFragmentText('fe01.contoso.com')).toEqual({ kind: 'none' });
    expect(readFragmentText('{"hello": 1}')).toEqual({ kind: 'none' });
    expect(readFragmentText('{not json')).toEqual({ kind: 'none' });
  });

  it('refuses a damaged fragment with a message that says where', () => {
    const bad = { ...fragment, nodes: [{ ...fragment.nodes[0], kind: 'toaster' }, ...fragment.nodes.slice(1)] };
    const read = readFragmentText(JSON.stringify(bad));
    expect(read.kind).toBe('invalid');
    if (read.kind === 'invalid') expect(read.message).toMatch(/nodes\[0\]\.kind/);
    const dangling = { ...fragment, links: [{ id: 'x', from: 'fe1', to: 'nowhere' }] };
    const read2 = readFragmentText(JSON.stringify(dangling));
    expect(read2.kind).toBe('invalid');
    if (read2.kind === 'invalid') expect(read2.message).toMatch(/nowhere/);
  });

  it('has limits: too long a text, too many items', () => {
    const long = `{"format":"ocs-topology-fragment","pad":"${'x'.repeat(MAX_FRAGMENT_TEXT_LENGTH)}"}`;
    expect(readFragmentText(long).kind).toBe('invalid');
    const many = {
      ...fragment,
      links: [],
      nodes: Array.from({ length: MAX_FRAGMENT_ITEMS + 1 }, (_, i) => ({ ...fragment.nodes[0], id: `n${i}` })),
    };
    expect(readFragmentText(JSON.stringify(many)).kind).toBe('invalid');
  });
});
