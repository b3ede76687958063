/**
 * The card's sentences that depend on data: why a spelling matched, how a claim is labelled, how a
 * check reads. Kept apart from the components so the wording is tested on its own.
 */
import type { AliasKind, CheckStatus, EntityType } from '../../data/schema';

const LANGUAGE_NAMES: Record<string, string> = {
  ar: 'Arabic',
  ru: 'Russian',
  uk: 'Ukrainian',
  tr: 'Turkish',
  en: 'English',
};

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
  media: 'Media',
  event: 'Event',
};

/** Letters from Cyrillic or Greek that stand in for Latin ones ("Vеrshinin"). */
const LOOKALIKE = /[\u0370-\u03ff\u0400-\u04ff]/u;
const LATIN = /[A-Za-z]/;

/**
 * "Matched “Ash-Sharara”, the article’s spelling of Ahmed al-Sharaa." The `surface` is the text on
 * the page; `aliasText` the dataset spelling it matched.
 */
export function matchReason(
  surface: string,
  name: string,
  alias: { text: string; kind: AliasKind; lang?: string } | undefined,
): string {
  const quoted = `“${surface}”`;
  let reason: string;
  switch (alias?.kind) {
    case undefined:
    case 'name':
      reason = `Matched ${quoted}.`;
      break;
    case 'article':
      reason = `Matched ${quoted}, the article’s spelling of ${name}.`;
      break;
    case 'variant':
      reason = `Matched ${quoted}, another spelling of ${name}.`;
      break;
    case 'short':
      reason = `Matched ${quoted}, a short form of ${name}.`;
      break;
    case 'title':
      reason = `Matched ${quoted}, ${name} with a title.`;
      break;
    case 'abbreviation':
      reason = `Matched ${quoted}, an abbreviation for ${name}.`;
      break;
    case 'former':
      reason = `Matched ${quoted}, a former name of ${name}.`;
      break;
    case 'native':
      reason = `Matched ${quoted}, ${name} in ${LANGUAGE_NAMES[alias.lang ?? ''] ?? 'its own script'}.`;
      break;
    case 'demonym':
      reason = `Matched ${quoted}, the adjective for ${name}.`;
      break;
  }
  if (LATIN.test(surface) && LOOKALIKE.test(surface)) {
    reason += ' The page writes it with look-alike letters from another alphabet.';
  }
  return reason;
}

/** "Reported, according to Syria TV" / "Reported; the article names no source" / "Framing". */
export function claimLabel(
  kind: 'reported' | 'framing',
  attribution: string | null | undefined,
): string {
  if (kind === 'framing') return 'Framing: the article’s interpretation';
  if (attribution) return `Reported, according to ${attribution}`;
  return 'Reported; the article names no source';
}

export const CHECK_LABELS: Record<CheckStatus, string> = {
  consistent: 'Other reporting agrees',
  disagrees: 'Other reporting disagrees',
  partly: 'Other reporting partly disagrees',
  unsupported: 'Not found in other reporting',
  outdated: 'Outdated since the article',
  context: 'Missing context',
};

/** "13 December 2025" from `2025-12-13`, "December 2025" from `2025-12`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (!monthName) return year ?? iso;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A source link's label: the site's host name without `www.`. */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
