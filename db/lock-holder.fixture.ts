// Test fixture: a separate process that opens the embedded database in argv[2] and holds it until stdin closes.
import { openDb } from './client';

const handle = await openDb({ kind: 'pglite', dataDir: process.argv[2]! });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', async () => {
  await handle.close();
  process.exit(0);
});
