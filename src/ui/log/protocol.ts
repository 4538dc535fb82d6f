/** Messages between the page and the log worker. */

import type { HostParams } from '../../core';
import type { LogChunk, LogRow, LogSummary } from './process';

export type ToWorker = {
  type: 'read';
  /** Answers carry the id of the request they belong to; a newer request cancels older ones. */
  id: number;
  text: string;
  params: HostParams;
  kernel: string;
};

export type FromWorker =
  | ({ type: 'chunk'; id: number } & LogChunk)
  | ({ type: 'done'; id: number } & LogSummary)
  | { type: 'error'; id: number; message: string };

export type { LogRow };
