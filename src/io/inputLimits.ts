/**
 * How many bytes of input are read before reading stops: a file, standard input, a device or a
 * pipe alike. Twice the longest plan text the reader accepts, so that a plan of the largest
 * accepted length still fits when it is stored as UTF-16.
 */
export const MAX_INPUT_BYTES = 40_000_000;

export const formatBytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;
