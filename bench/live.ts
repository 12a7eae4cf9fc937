// Live coverage under load: N Server-Sent Events readers on one instance, entries posted from another
// process (as another instance would), and the time from "post" to "seen" at every reader.
import http from 'node:http';

export type LiveReaders = {
  connected: () => number;
  /** Resolves with one latency (ms) per reader that saw `marker`, after `timeoutMs` at most. */
  waitFor: (marker: string, postedAt: number, timeoutMs: number) => Promise<number[]>;
  close: () => void;
};

/** Opens `count` SSE connections to `url`, a few at a time (as readers arriving on a page would). */
export async function openLiveReaders(url: string, count: number): Promise<LiveReaders> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const listeners = new Set<(chunk: string, at: number) => void>();
  const requests: http.ClientRequest[] = [];
  let open = 0;
  const connectOne = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.get(url, { agent, headers: { accept: 'text/event-stream' } }, (response) => {
        if (response.statusCode !== 200) return reject(new Error(`SSE answered ${response.statusCode}`));
        open++;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          const at = Date.now();
          for (const listener of listeners) listener(chunk, at);
        });
        response.on('close', () => open--);
        resolve();
      });
      request.on('error', reject);
      requests.push(request);
    });
  for (let i = 0; i < count; i += 25) await Promise.all(Array.from({ length: Math.min(25, count - i) }, connectOne));
  return {
    connected: () => open,
    waitFor: (marker, postedAt, timeoutMs) =>
      new Promise((resolve) => {
        const latencies: number[] = [];
        // Each reader's chunks arrive on its own socket; count each reader once by its listener call order.
        const listener = (chunk: string, at: number) => {
          if (chunk.includes(marker)) latencies.push(at - postedAt);
          if (latencies.length >= open) finish();
        };
        const timer = setTimeout(() => finish(), timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(latencies);
        };
        listeners.add(listener);
      }),
    close: () => {
      for (const request of requests) request.destroy();
      agent.destroy();
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
