// An extraction worker thread: loads the bundled knowledge once, then extracts each batch of articles the main
// thread sends and answers with the results in the batch's order. A bug in extraction is not caught here: the
// worker dies with the error, and the main thread throws it again with its stack.
import { parentPort } from 'node:worker_threads';
import { DiplographError } from '../errors.js';
import { loadKnowledge, type Knowledge } from '../knowledge/load.js';
import { extractArticle } from './extract-one.js';
import type { ExtractRequest, WorkerMessage } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('extract-worker: must run as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

let knowledge: Knowledge | undefined;
try {
  knowledge = loadKnowledge();
} catch (error) {
  // Broken data files are the user's to fix: the main thread reports them as it would without workers.
  if (!(error instanceof DiplographError)) throw error;
  post({ kind: 'fatal', code: error.code, message: error.message });
}

port.on('message', (request: ExtractRequest) => {
  if (!knowledge) return;
  const k = knowledge;
  post({ kind: 'done', id: request.id, results: request.articles.map((a) => extractArticle(a, k)) });
});
