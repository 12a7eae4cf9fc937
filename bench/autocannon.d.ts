// The slice of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Stats = { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  type Result = { requests: Stats; latency: Stats; errors: number; timeouts: number; non2xx: number };
  function autocannon(options: { url: string; connections: number; duration: number; timeout?: number }): Promise<Result>;
  export default autocannon;
}
