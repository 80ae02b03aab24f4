import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadData } from './data/loadData.ts';
import { registerOfflineCache } from './pwa.ts';
import { App } from './ui/App.tsx';
import './ui/app.css';

// The data starts loading now, not after React's first render: the map waits for it.
const firstLoad = loadData();
registerOfflineCache();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App firstLoad={firstLoad} />
  </StrictMode>,
);
