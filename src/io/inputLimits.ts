/**
 * How many bytes of input are read before reading stops: a file, standard input, a device or a
 * pipe alike. The largest file the reader accepts (an SVG drawing, see `LIMITS`), which also holds
 * a plan text of the longest accepted length stored as UTF-16.
 */
import { LIMITS } from './limits';

export const MAX_INPUT_BYTES: number = Math.max(LIMITS.svgFileBytes, 2 * LIMITS.planFileBytes);

export const formatBytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;
