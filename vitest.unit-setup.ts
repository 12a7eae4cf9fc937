// The unit project has no database: a unit test file that loads db/client.ts after all (an import
// scripts/test-sets.ts could not see) fails here, naming the project it belongs in.
import { vi } from 'vitest';

vi.mock('./db/client', () => {
  throw new Error('This test file loads db/client.ts, so it is an integration test: scripts/test-sets.ts should have put it in the integration project.');
});
