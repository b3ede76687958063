/**
 * The modules compiled at build time (scripts/lib/matcher-table-plugin.ts,
 * highlight-css-plugin.ts).
 */
declare module 'virtual:backstory-matcher-table' {
  /** A `MatcherTable`, or undefined in development builds (the background then compiles it). */
  const table: unknown;
  export default table;
}

declare module 'virtual:backstory-content-table' {
  /** This build's `ContentTable`, parsed on the first call (typed by lib/matcher/content-table.ts). */
  const contentTable: () => unknown;
  export default contentTable;
}

/** The `::highlight()` rules as a style sheet (scripts/lib/highlight-css-plugin.ts). */
declare module 'virtual:backstory-highlights.css';
