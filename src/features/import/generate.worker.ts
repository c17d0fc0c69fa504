// The import worker: builds decks from articles off the main thread. Loaded by deck-generator.ts on
// first use, so the extractor (and compromise, its language model) never loads with the first screen.
import { createGenerate, type WorkerRequest, type WorkerResponse } from './generate.ts';
import { shippedEraFiles } from './shipped-eras.ts';

const generate = createGenerate(shippedEraFiles());

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  let response: WorkerResponse;
  try {
    response = {
      id,
      ok: true,
      result: generate(request, (progress) => self.postMessage({ id, progress } satisfies WorkerResponse)),
    };
  } catch (e) {
    response = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
};
