import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerOfflineCache } from './pwa.ts';
import { App } from './ui/App.tsx';
import './ui/app.css';

registerOfflineCache();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
