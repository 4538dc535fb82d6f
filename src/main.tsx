import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import App from './ui/App.tsx';
import { isEmbedUrl, normaliseEmbedUrl } from './embed/embedMode.ts';
import { LazyEmbedApp } from './embed/LazyEmbedApp.tsx';
import { registerServiceWorker } from './sw/register.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html is missing <div id="root">');

// `?embed=1` (or `#embed=1`): the compact widget for an iframe, without the page around it.
const embed = isEmbedUrl(window.location.href);
if (embed) history.replaceState(history.state, '', normaliseEmbedUrl(window.location.href));

createRoot(container).render(
  <StrictMode>
    {embed ? (
      <Suspense fallback={null}>
        <LazyEmbedApp />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);

registerServiceWorker();
