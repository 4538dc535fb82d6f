/** Ctrl/Cmd+Z undoes, Ctrl+Shift+Z / Ctrl+Y redoes, except inside text fields (native undo). */

import { useEffect } from 'react';
import type { InspectorStore } from '../store';

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function undoCommand(e: Key): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Text entry keeps the browser's own undo for what is being typed. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type)
  );
}

/** Runs undo/redo for a key event; true when it did (the caller then prevents the default). */
export function handleUndoKey(store: InspectorStore, e: Key & { target: EventTarget | null }): boolean {
  const cmd = undoCommand(e);
  if (cmd === null || isTextEntry(e.target)) return false;
  store.getState()[cmd]();
  return true;
}

/** Full app only: the shortcuts also work when nothing is focused. */
export function useGlobalUndoKeys(store: InspectorStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.target !== document.body) return;
      if (handleUndoKey(store, e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
