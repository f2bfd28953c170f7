import type { CaseDeadlineTables } from './tables/case-deadline-tables.js';
import type { CaseTables } from './tables/case-tables.js';
import type { DeliveryTables } from './tables/delivery-tables.js';
import type { LogTables } from './tables/log-tables.js';
import type { NoticeTables } from './tables/notice-tables.js';
import type { RuntimeTables } from './tables/runtime-tables.js';

/**
 * Every table of the record store, as Kysely sees it: `Kysely<Database>`. Column names are the
 * SQL names (snake_case); repositories map rows to camelCase records.
 */
export interface Database extends CaseTables, NoticeTables, RuntimeTables, LogTables, DeliveryTables, CaseDeadlineTables {}

/** Which store backs a `Kysely<Database>`. */
export type StoreDialect = 'sqlite' | 'postgres';
