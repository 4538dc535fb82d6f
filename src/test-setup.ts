// Vitest setup (vite.config.ts `test.setupFiles`). The default environment is `node`;
// component tests opt into a DOM with a `// @vitest-environment jsdom` comment.

// Adds jest-dom matchers (toBeInTheDocument, toHaveTextContent, …) to `expect`.
// Loading it is DOM-free, so this is safe in the node environment too.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  // Tell React that tests wrap updates in act(), and unmount rendered trees between tests
  // (Testing Library only does that automatically when Vitest `globals` are on).
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
