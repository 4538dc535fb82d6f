import { useInspector, useInspectorStore } from '../store';
import { selectCanRedo, selectCanUndo } from '../store/selectors';
import { buttonBase } from './styles';

export function UndoRedo() {
  const store = useInspectorStore();
  const canUndo = useInspector(selectCanUndo);
  const canRedo = useInspector(selectCanRedo);
  return (
    <div role="group" aria-label="History" className="flex gap-2">
      <button
        type="button"
        className={buttonBase}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => store.getState().undo()}
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        className={buttonBase}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        onClick={() => store.getState().redo()}
      >
        Redo <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
