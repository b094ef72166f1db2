/** The report's file name: the plan's name made safe on every file system, then "-report" and the format. */
import { MAX_FILE_STEM, safeFileName } from '../../io/fileName';

export function reportFileName(planName: string, extension: string): string {
  // The plan's part is cut first, so "-report" always stays (and the whole stays under every limit of 255 bytes).
  const stem = safeFileName(planName)
    .slice(0, MAX_FILE_STEM - '-report'.length)
    .replace(/-+$/, '');
  return `${stem}-report.${extension}`;
}
