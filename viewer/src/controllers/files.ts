// Opening another graph: the toolbar's file picker and drag-and-drop anywhere on the page. The file's text goes
// to `open`; whether it is a usable graph is decided there, and a bad one gets a message, never a blank page.
import { el } from '../dom.js';

export interface FilesController {
  pick(): void;
  dispose(): void;
}

/** Files bigger than this are refused before reading: a browser tab cannot lay out more anyway. */
const MAX_BYTES = 512 * 1024 * 1024;

export function createFilesController(overlay: HTMLElement, open: (name: string, text: string) => void, fail: (message: string) => void): FilesController {
  const input = el('input', { className: 'file-input', attrs: { type: 'file', accept: '.json,.gexf,application/json,application/xml,text/xml', 'aria-label': 'Open a graph file' } });
  input.hidden = true;
  document.body.appendChild(input);

  const read = async (file: File): Promise<void> => {
    if (file.size > MAX_BYTES) { fail(`${file.name} is ${(file.size / 2 ** 20).toFixed(0)} MB; the viewer opens files up to ${MAX_BYTES / 2 ** 20} MB.`); return; }
    try {
      open(file.name, await file.text());
    } catch (error) {
      fail(`${file.name} could not be read: ${(error as Error).message}`);
    }
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void read(file);
  });

  let depth = 0; // dragenter/dragleave fire for every child crossed; count them to know when the drag leaves the page
  const hasFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
  const onEnter = (e: DragEvent): void => { if (!hasFiles(e)) return; e.preventDefault(); depth++; overlay.hidden = false; };
  const onOver = (e: DragEvent): void => { if (!hasFiles(e)) return; e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; };
  const onLeave = (e: DragEvent): void => { if (!hasFiles(e)) return; depth = Math.max(0, depth - 1); if (depth === 0) overlay.hidden = true; };
  const onDrop = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 1) fail(`${files.length} files were dropped; drop one graph at a time.`);
    else if (files[0]) void read(files[0]);
  };
  window.addEventListener('dragenter', onEnter);
  window.addEventListener('dragover', onOver);
  window.addEventListener('dragleave', onLeave);
  window.addEventListener('drop', onDrop);

  return {
    pick: () => input.click(),
    dispose() {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      input.remove();
    },
  };
}
