/**
 * File names for downloads that every common file system accepts as they are (Windows, macOS,
 * Linux): the plan's name in lower case, words joined by hyphens, letters and digits of any
 * script kept, Latin accents dropped. By construction no name holds a control or format character,
 * `< > : " / \ | ? *`, a dot or a space (so none ends in one, and none is hidden); Windows' device
 * names (`CON`, `NUL`, `COM1` …, in any case and after full-width letters are folded) get a suffix;
 * the stem is at most MAX_FILE_STEM characters (240 bytes in UTF-8 at most, under every limit of 255).
 */

export const MAX_FILE_STEM = 60;

/**
 * Names Windows gives to devices, with or without an extension (superscript digits are folded by NFKC;
 * `CONIN$` and the like lose their `$` in the slug and are no device names then).
 */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * The stem of a safe file name made from `name` (`fallback` when nothing usable is left), or the whole
 * name with `extension` (given without its dot) when there is one.
 */
export function safeFileName(name: unknown, extension?: string, fallback = 'plan'): string {
  const stem = slug(typeof name === 'string' ? name : '') || fallback;
  const safeStem = WINDOWS_DEVICE.test(stem) ? `${stem}-${fallback === stem ? 'file' : fallback}` : stem;
  return extension ? `${safeStem}.${extension}` : safeStem;
}

function slug(name: string): string {
  const letters = [
    ...name
      // Full-width and other compatibility forms to their plain letters (ＣＯＮ -> CON, ¹ -> 1) …
      .normalize('NFKC')
      // … Latin accents off (Zürich -> Zurich), then composed again for every other script.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      // Anything but letters, their marks and digits separates words.
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  ];
  // Cut by characters (code points), never inside a surrogate pair; no hyphen left at the end.
  return letters.slice(0, MAX_FILE_STEM).join('').replace(/-+$/, '');
}
