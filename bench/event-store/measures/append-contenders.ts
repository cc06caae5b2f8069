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
  readonly namedStatements?: boolean;
  /** Suffix of its entry in a levers run's results (ours only). */
  readonly leverKey?: string;
}

const ours = (
  label: string,
  schema: string,
  namedStatements: boolean,
  leverKey?: string,
): AppendContender => ({
  label,
  leverKey,
  side: 'ours',
  schema,
  table: `"${schema}".events`,
  truncateSql: `TRUNCATE "${schema}".events RESTART IDENTITY`,
  namedStatements,
});

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
export const appendContenders: readonly AppendContender[] = [
  ours('ours', BenchSchemas.append, false),
  emmett,
  pgBound,
];

/**
 * The profiling run (`--only levers`): our store as it is, with each proposed change alone and both
 * together (without the NOTIFY trigger = the trigger disabled in a separate schema; named statements =
 * the pool wrapped), against Emmett.
 */
export const leverContenders: readonly AppendContender[] = [
  ours('ours', BenchSchemas.append, false, 'as_is'),
  ours('ours+named', BenchSchemas.append, true, 'named_statements'),
  ours('ours-notify', BenchSchemas.appendWithoutNotify, false, 'without_notify'),
  ours('ours+named-notify', BenchSchemas.appendWithoutNotify, true, 'named_statements_without_notify'),
  emmett,
];
