// Runs once when a server process starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First, so every request is checked and stamped before Next handles it (see the module).
  const { installRequestHook } = await import('./lib/runtime/request-hook');
  installRequestHook();
  const { startServer } = await import('./lib/runtime/server-start');
  await startServer();
}
