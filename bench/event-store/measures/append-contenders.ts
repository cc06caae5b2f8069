import { BenchSchemas } from '../bench-database';
import type { AppendSide } from '../tasks';

/** One contender in an append case: which worker side runs, against which tables. */
export interface AppendContender {
  /** Name in the progress lines and the trials file. */
  readonly label: string;
  readonly side: AppendSide;
  readonly schema: string;
  /** The table its events land in (checked after every trial). */
  readonly table: string;
  /** Empties its tables before each trial. */
  readonly truncateSql: string;
}

const ours: AppendContender = {
  label: 'ours',
  side: 'ours',
  schema: BenchSchemas.append,
  table: `"${BenchSchemas.append}".events`,
  truncateSql: `TRUNCATE "${BenchSchemas.append}".events RESTART IDENTITY`,
};

const emmett: AppendContender = {
  label: 'emmett',
  side: 'emmett',
  schema: 'public',
  table: 'emt_messages',
  truncateSql: 'TRUNCATE emt_messages, emt_streams; ALTER SEQUENCE emt_global_message_position RESTART',
};

const pgBound: AppendContender = {
  label: 'pg',
  side: 'pg',
  schema: BenchSchemas.pgBound,
  table: `"${BenchSchemas.pgBound}".events`,
  truncateSql: `TRUNCATE "${BenchSchemas.pgBound}".events RESTART IDENTITY`,
};

/** The published comparison: our store as it is, Emmett, and the database bound. */
export const appendContenders: readonly AppendContender[] = [ours, emmett, pgBound];
