import { describe, expect, it } from 'vitest';
import { cycles, importGraph, importsOf } from './check-cycles.mjs';

describe('the circular import check', () => {
  it('reads static imports and re-exports, type-only ones too, not dynamic imports', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './side-effect';",
      "const lazy = () => import('./lazy');",
      "import {\n  e,\n  f,\n} from './ef';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a', '../b', './c', './d', './side-effect', './ef']);
  });

  it('finds modules that import each other, directly or around a longer circle', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(cycles(graph).map((c) => [...c].sort())).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      cycles(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('src has none', () => {
    expect(cycles(importGraph(['src']))).toEqual([]);
  });
});
