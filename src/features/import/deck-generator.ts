// The Import screen's way to the deck generator: a module Web Worker made on first use, so the
// extractor never loads with the app. Behind a small interface, so tests can put a fake in its place.
import type {
  GenerateProgress,
  GenerateRequest,
  GenerateResult,
  WorkerRequest,
  WorkerResponse,
} from './generate.ts';

export interface DeckGenerator {
  /**
   * Builds a deck from articles, telling `onProgress` how far it has come. Rejects with
   * GeneratorError or GenerationCancelled.
   */
  generate(request: GenerateRequest, onProgress?: (p: GenerateProgress) => void): Promise<GenerateResult>;
  /** Stops the work under way: its promises reject with GenerationCancelled. */
  cancel(): void;
}

/** The generator failed: the worker did not start, crashed, or threw on this input. */
export class GeneratorError extends Error {
  override name = 'GeneratorError';
}

/** The person stopped the generator. */
export class GenerationCancelled extends Error {
  override name = 'GenerationCancelled';
  constructor() {
    super('Stopped.');
  }
}

interface Pending {
  onProgress?: ((p: GenerateProgress) => void) | undefined;
  resolve: (result: GenerateResult) => void;
  reject: (error: Error) => void;
}

function startWorker(): Worker {
  return new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * A generator backed by one worker, started on the first request and started again after a crash or
 * a cancel. Requests are answered in turn.
 */
export function createWorkerGenerator(start: () => Worker = startWorker): DeckGenerator {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    const waiting = [...pending.values()];
    pending.clear();
    worker?.terminate();
    worker = null;
    for (const p of waiting) p.reject(error);
  };

  const running = (): Worker => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      const p = pending.get(response.id);
      if (!p) return;
      if ('progress' in response) {
        p.onProgress?.(response.progress);
        return;
      }
      pending.delete(response.id);
      if (response.ok) p.resolve(response.result);
      else p.reject(new GeneratorError(response.message));
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      failAll(new GeneratorError(event.message || 'the fact finder could not start'));
    };
    w.onmessageerror = () => failAll(new GeneratorError('the fact finder sent an unreadable answer'));
    worker = w;
    return w;
  };

  return {
    generate(request, onProgress) {
      return new Promise<GenerateResult>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { onProgress, resolve, reject });
        try {
          running().postMessage({ id, request } satisfies WorkerRequest);
        } catch (e) {
          pending.delete(id);
          reject(new GeneratorError(e instanceof Error ? e.message : String(e)));
        }
      });
    },
    cancel() {
      failAll(new GenerationCancelled());
    },
  };
}
