/**
 * The matcher table compiled at build time (scripts/lib/matcher-table-plugin.ts): a `MatcherTable`,
 * or undefined in development builds (the background then compiles the table itself).
 */
declare module 'virtual:backstory-matcher-table' {
  const table: unknown;
  export default table;
}
