/**
 * Print: the diagram alone, as exported (SVG, links routed), fitted to the page. The picture is put
 * in a holder outside the app's root; while the print is on, the print stylesheet (index.css) hides
 * the app and scales the picture to the page.
 */
import { planStore, sessionStore } from '../stores';

export const PRINT_HOLDER = 'print-diagram';

export async function printDiagram() {
  try {
    const { diagramSvg } = await import('./exporting');
    const plan = planStore.getState().plan;
    const svg = await diagramSvg(plan);
    let holder = document.getElementById(PRINT_HOLDER);
    if (!holder) {
      holder = document.createElement('div');
      holder.id = PRINT_HOLDER;
      holder.dataset.testid = PRINT_HOLDER;
      document.body.append(holder);
    }
    const old = holder.querySelector('img')?.src;
    const img = new Image();
    img.alt = plan.name;
    img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await img.decode();
    holder.replaceChildren(img);
    if (old) URL.revokeObjectURL(old);
    // The print stylesheet shows the holder instead of the app while this class is set.
    document.documentElement.classList.add(PRINT_HOLDER);
    window.addEventListener('afterprint', () => document.documentElement.classList.remove(PRINT_HOLDER), { once: true });
    window.print();
  } catch (error) {
    sessionStore.getState().notify('error', `Printing failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
