// Runs once when a server process starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First, so requests are stamped with their socket address as early as possible (sign-in limit).
  const { installPeerAddressStamp } = await import('./lib/auth/peer-address');
  installPeerAddressStamp();
  const { startServer } = await import('./lib/runtime/server-start');
  await startServer();
}
