// The slice of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Stats = { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number; total: number };
  type Result = { requests: Stats; latency: Stats; errors: number; timeouts: number; non2xx: number; statusCodeStats?: Record<string, { count: number }> };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
    headers?: Record<string, string>;
    /** Cycled through by every connection. */
    requests?: { path: string; method?: string }[];
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
