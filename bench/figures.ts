/** The shape every benchmark writes: one record per figure, printed as a table and saved as JSON. */

export interface Target {
  /** The figure passes when `value <= max`. */
  max: number;
  /** How the target reads in the table, e.g. "< 2 ms" or "≤ 1.1× bare". */
  text: string;
}

export interface Figure {
  id: string;
  /** Plain name shown in the table. */
  name: string;
  value: number;
  unit: string;
  target?: Target;
  pass?: boolean;
  /** Runs, spread and anything else worth keeping in the JSON. */
  detail?: Record<string, unknown>;
}

export function figure(f: Omit<Figure, 'pass'>): Figure {
  return f.target ? { ...f, pass: f.value <= f.target.max } : f;
}
