// Many rows in few statements: a batch write inserts its rows in chunks, so no statement carries
// thousands of parameters (PostgreSQL takes at most 65,535; an article row has about twenty).

export const ROWS_PER_STATEMENT = 100;

export async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await insert(rows.slice(i, i + ROWS_PER_STATEMENT));
}
