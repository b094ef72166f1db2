import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import 'virtual:kind-icons.css';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { installPageApi } from './app/pageApi';
import { installClipboard } from './app/clipboard';

installPageApi();
installClipboard();
bootstrap();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
