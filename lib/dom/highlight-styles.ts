/**
 * The highlight styles Backstory paints with, as `::highlight()` rules. One registered highlight
 * per (style, colour) pair, named with the project prefix (style-anchors rule 9), so the rules are
 * static and a user's colour choice only changes which name an entity type's ranges go into. The
 * colours are mid-tone so that underlines read on light and dark pages alike; only the properties
 * `::highlight()` allows are used (colour, background, text-decoration).
 */

export const HIGHLIGHT_PREFIX = 'backstory';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Palette colour → [underline colour, background colour]. */
export const PALETTE = {
  blue: ['#2f74d0', 'rgba(47, 116, 208, 0.22)'],
  teal: ['#138a8a', 'rgba(19, 138, 138, 0.22)'],
  green: ['#2f8a3a', 'rgba(47, 138, 58, 0.22)'],
  amber: ['#c48a00', 'rgba(230, 170, 20, 0.28)'],
  orange: ['#d2631b', 'rgba(210, 99, 27, 0.22)'],
  red: ['#cc3340', 'rgba(204, 51, 64, 0.2)'],
  purple: ['#8a4fd0', 'rgba(138, 79, 208, 0.22)'],
  gray: ['#7a828c', 'rgba(122, 130, 140, 0.24)'],
} as const satisfies Record<string, readonly [string, string]>;

export type PaletteColor = keyof typeof PALETTE;
export const PALETTE_COLORS = Object.keys(PALETTE) as PaletteColor[];

/** The highlight that marks the match whose card is open or that has keyboard focus. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-focus`;

export function highlightName(style: HighlightStyle, color: PaletteColor): string {
  return `${HIGHLIGHT_PREFIX}-${style}-${color}`;
}

/** Every name Backstory registers a highlight under. */
export function highlightNames(): string[] {
  const names = HIGHLIGHT_STYLES.flatMap((style) =>
    PALETTE_COLORS.map((color) => highlightName(style, color)),
  );
  return [...names, FOCUS_HIGHLIGHT];
}

/** Every `::highlight()` rule, for the document and each open shadow root. */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const color of PALETTE_COLORS) {
    const [line, fill] = PALETTE[color];
    const underline = `text-decoration: underline 2px ${line};`;
    rules.push(
      `::highlight(${highlightName('underline', color)}) { ${underline} }`,
      `::highlight(${highlightName('background', color)}) { background-color: ${fill}; }`,
      `::highlight(${highlightName('both', color)}) { ${underline} background-color: ${fill}; }`,
    );
  }
  rules.push(
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.45); text-decoration: underline 2px #b36b00; }`,
  );
  return rules.join('\n');
}
