// Migrates one template database per run; vitest.setup.ts gives each test file a copy of it.
import type { TestProject } from 'vitest/node';
import { createTestTemplate, type TestDatabaseTemplate } from './db/testing';
import { parseConfig } from './lib/config/env';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseTemplate: TestDatabaseTemplate;
  }
}

export default async function setup(project: TestProject) {
  const { template, drop } = await createTestTemplate(parseConfig(process.env).databaseUrl);
  project.provide('testDatabaseTemplate', template);
  return drop;
}
