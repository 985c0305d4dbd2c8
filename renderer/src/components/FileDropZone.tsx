import { useEffect, useRef, useState } from 'react';
import { isModalDialogOpen } from '../lib/modalDialog';
import { filesOfDrop, type DroppedFile, type DroppedItem } from '../stores/droppedFiles';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Entries must be taken while the drop event runs: the browser empties the list afterwards. */
function itemsOf(transfer: DataTransfer): DroppedItem[] {
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  if (items.length === 0) return [...transfer.files].map((file) => ({ entry: null, file }));
  return items.map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
}

/**
 * Makes the whole window, on every screen, a drop target for files, with an overlay that says
 * what a drop will do. The Library's import buttons stay the way in for keyboard users.
 */
export function FileDropZone({ busy, onFiles }: { busy: boolean; onFiles(files: DroppedFile[]): void }) {
  const [dragging, setDragging] = useState(false);
  const onFilesRef = useRef(onFiles);
  const busyRef = useRef(busy);
  useEffect(() => {
    onFilesRef.current = onFiles;
    busyRef.current = busy;
  });

  useEffect(() => {
    // Entering a child fires before leaving its parent, so a counter knows when the drag left the window.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(!isModalDialogOpen());
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer !== null)
        event.dataTransfer.dropEffect = busyRef.current || isModalDialogOpen() ? 'none' : 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.dataTransfer === null) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      // A modal dialog has the person's attention (and maybe unsaved input): the drop does nothing.
      if (busyRef.current || isModalDialogOpen()) return;
      void filesOfDrop(itemsOf(event.dataTransfer)).then((files) => onFilesRef.current(files));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay">
      <div className="drop-overlay-panel">
        <svg className="drop-overlay-icon" viewBox="0 0 48 48" aria-hidden="true">
          <path
            d="M24 6v24m-9-9 9 9 9-9M8 30v8a4 4 0 0 0 4 4h24a4 4 0 0 0 4-4v-8"
            fill="none"
            stroke="currentColor"
            strokeWidth="3.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {busy ? (
          <p className="drop-overlay-title">Wait for the current import to finish</p>
        ) : (
          <>
            <p className="drop-overlay-title">Drop to import career paths</p>
            <p className="drop-overlay-hint">Markdown files (.md), or a folder of them</p>
          </>
        )}
      </div>
    </div>
  );
}
