import { describe, expect, it } from 'vitest';
import { MAX_FILE_STEM } from '../../io/fileName';
import { reportFileName } from './reportFileName';

describe('the report file name', () => {
  it('is the plan name made safe, then "-report" and the format', () => {
    expect(reportFileName('R2 remote access', 'md')).toBe('r2-remote-access-report.md');
    expect(reportFileName('Zürich: HQ / Edge', 'xlsx')).toBe('zurich-hq-edge-report.xlsx');
    expect(reportFileName('CON', 'html')).toBe('con-plan-report.html');
    expect(reportFileName('', 'json')).toBe('plan-report.json');
  });

  it('keeps "-report" on a long name, within the stem limit', () => {
    const name = reportFileName('a very long plan name '.repeat(10), 'xlsx');
    expect(name).toMatch(/[a-z]-report\.xlsx$/);
    expect(name.length - '.xlsx'.length).toBeLessThanOrEqual(MAX_FILE_STEM);
  });
});
