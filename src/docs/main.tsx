import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../index.css';
import { EmbedDocs } from './EmbedDocs';

const container = document.getElementById('root');
if (!container) throw new Error('embed.html is missing <div id="root">');

createRoot(container).render(
  <StrictMode>
    <EmbedDocs />
  </StrictMode>,
);
