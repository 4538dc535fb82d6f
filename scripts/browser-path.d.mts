export declare const ENV_VAR: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE';
export declare const SYSTEM_CANDIDATES: readonly string[];

export type ChromiumDetection =
  | { source: 'env' | 'system' | 'playwright'; path: string; error?: undefined }
  | { source: 'none'; path: null; error?: string };

export declare function isExecutable(path: string): boolean;
export declare function playwrightBundledPath(): string | null;
export declare function detectChromium(env?: NodeJS.ProcessEnv): ChromiumDetection;
export declare function chromiumExecutablePath(env?: NodeJS.ProcessEnv): string | undefined;
