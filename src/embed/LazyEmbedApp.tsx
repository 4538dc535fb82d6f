import { lazy } from 'react';

// The iframe widget is loaded only when asked for, so the full page does not download it.
export const LazyEmbedApp = lazy(() => import('./EmbedApp.tsx'));
