/** The page: toolbar, palette, canvas, inspector and findings. */
import { lazy, Suspense, useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { RenameEditor } from './canvas/RenameEditor';
import { handleKeyDown } from './commands';
import { DeletePoolDialog } from './dialogs/DeletePoolDialog';
import { FindBox } from './find/FindBox';
import { FindingsPanel } from './findings/FindingsPanel';
import { Inspector } from './inspector/Inspector';
import { ContextMenu } from './menu/ContextMenu';
import { Notices } from './notices/Notices';
import { Palette } from './palette/Palette';
import { SharedBanner } from './SharedBanner';
import { Toolbar } from './toolbar/Toolbar';
import { useUi } from './uiStore';
import { Welcome } from './Welcome';

const ReportPanel = lazy(() => import('./report/reportModule').then((m) => ({ default: m.ReportPanel })));

export function App() {
  const collapsed = useUi((s) => s.collapsed);
  const reportShown = useUi((s) => s.report !== 'closed');
  useEffect(() => {
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
  return (
    <ReactFlowProvider>
      <div className="flex h-screen flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <Toolbar />
        <SharedBanner />
        <div className="flex min-h-0 flex-1">
          {!collapsed.palette && <Palette />}
          <main className="relative flex min-w-0 flex-1 flex-col">
            <div className="relative min-h-0 flex-1">
              <Canvas>
                <Welcome />
              </Canvas>
              <FindBox />
            </div>
            {reportShown && (
              <Suspense fallback={null}>
                <ReportPanel />
              </Suspense>
            )}
          </main>
          {!collapsed.details && (
            <aside
              aria-label="Details"
              data-testid="details-panel"
              className="flex w-80 shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900"
            >
              <Inspector />
              <FindingsPanel />
            </aside>
          )}
        </div>
        <Notices />
        <DeletePoolDialog />
        <ContextMenu />
        <RenameEditor />
      </div>
    </ReactFlowProvider>
  );
}
