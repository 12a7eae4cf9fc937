// The newsroom's tables, with the row types beside each, one file per domain. drizzle-kit generates
// db/migrations from this folder (drizzle.config.ts); the app imports everything from '@/db/schema'.
export * from './columns';
export * from './media';
export * from './staff';
export * from './sign-in-factors';
export * from './tags';
export * from './articles';
export * from './site';
export * from './imports';
export * from './live';
