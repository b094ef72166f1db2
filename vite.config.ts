import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { kindIconCss } from './src/app/canvas/KindIcon';

const KIND_ICONS = 'virtual:kind-icons.css';

/**
 * The kind icons' stylesheet, generated from the one table of kinds and colours at build time: a
 * stylesheet of the app's own, so the Content-Security-Policy needs no allowance for inline styles.
 */
function kindIcons(): Plugin {
  return {
    name: 'kind-icons',
    resolveId: (id) => (id === KIND_ICONS ? `\0${KIND_ICONS}` : undefined),
    load: (id) => (id === `\0${KIND_ICONS}` ? kindIconCss() : undefined),
  };
}

/**
 * The policy in index.html is for the built app. The dev server's hot reload runs inline scripts
 * and styles, which the policy forbids: there it is left out (`npm start` is not what users get).
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), kindIcons(), cspOnlyInBuild()],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: false },
});
