/**
 * The record store contract: every repository and query, run unchanged against SQLite
 * (sqlite.test.ts) and PostgreSQL (postgres.services.test.ts). `open` must return a fresh,
 * isolated, unmigrated store each time; the suite migrates and closes it.
 */
import { atomicityContract } from './contract/atomicity-contract.js';
import { casesContract } from './contract/cases-contract.js';
import { consoleInboxContract } from './contract/console-inbox-contract.js';
import { logsContract } from './contract/logs-contract.js';
import { noticesContract } from './contract/notices-contract.js';
import { runtimeContract } from './contract/runtime-contract.js';
import type { OpenStore } from './contract/store-fixture.js';
import { statusContract } from './contract/status-contract.js';
import { sweepContract } from './contract/sweep-contract.js';

export function storeContract(open: OpenStore): void {
  atomicityContract(open);
  casesContract(open);
  sweepContract(open);
  noticesContract(open);
  statusContract(open);
  runtimeContract(open);
  logsContract(open);
  consoleInboxContract(open);
}
