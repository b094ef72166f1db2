/** The kind registry and the labels of the plan's values. */
export * from './types';
export * from './registry';
export * from './build';
export * from './labels';
export { defaultSqlVersion } from './sql';
