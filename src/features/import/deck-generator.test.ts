import { describe, expect, it } from 'vitest';
import { createWorkerGenerator, GenerationCancelled, GeneratorError } from './deck-generator.ts';
import type { GenerateRequest, GenerateResult, WorkerRequest, WorkerResponse } from './generate.ts';

/** Stands in for the module worker: records messages; the test answers them. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: WorkerResponse) {
    this.onmessage?.(new MessageEvent('message', { data: response }));
  }
  crash(message: string) {
    this.onerror?.(new ErrorEvent('error', { message, cancelable: true }));
  }
}

const request: GenerateRequest = { deckId: 'imported-a', title: 'A', articles: [] };
const result = { deck: { id: 'imported-a' }, dropped: [], found: {} } as unknown as GenerateResult;

function setup() {
  const workers: FakeWorker[] = [];
  const generator = createWorkerGenerator(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { generator, workers };
}

describe('worker generator', () => {
  it('starts the worker on the first request only, and matches answers to requests by id', async () => {
    const { generator, workers } = setup();
    expect(workers).toHaveLength(0);
    const first = generator.generate(request);
    const second = generator.generate({ ...request, title: 'B' });
    expect(workers).toHaveLength(1);
    const [w] = workers;
    if (!w) throw new Error('no worker');
    expect(w.sent.map((m) => m.request.title)).toEqual(['A', 'B']);
    w.answer({ id: w.sent[1]?.id ?? 0, ok: false, message: 'bad input' });
    w.answer({ id: w.sent[0]?.id ?? 0, ok: true, result });
    await expect(first).resolves.toBe(result);
    await expect(second).rejects.toThrow(new GeneratorError('bad input'));
    expect(w.terminated).toBe(false);
  });

  it('fails every waiting request when the worker crashes, then starts a new one', async () => {
    const { generator, workers } = setup();
    const waiting = generator.generate(request);
    workers[0]?.crash('Failed to fetch the worker script');
    await expect(waiting).rejects.toThrow(GeneratorError);
    expect(workers[0]?.terminated).toBe(true);
    const again = generator.generate(request);
    expect(workers).toHaveLength(2);
    workers[1]?.answer({ id: workers[1]?.sent[0]?.id ?? 0, ok: true, result });
    await expect(again).resolves.toBe(result);
  });

  it('cancels: the request rejects as cancelled and the worker is let go', async () => {
    const { generator, workers } = setup();
    const waiting = generator.generate(request);
    generator.cancel();
    await expect(waiting).rejects.toThrow(GenerationCancelled);
    expect(workers[0]?.terminated).toBe(true);
  });
});
