/**
 * Deterministic, realistic-looking site keys for size tests: one to three pronounceable words (from
 * a vocabulary of a few thousand), sometimes digits or a hyphen, sometimes a subdomain, and a
 * top-level domain drawn with rough real-world weights. Mean length is about 17 characters, like
 * news and blog hostnames.
 */
const CONSONANTS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'ch',
  'sh',
  'th',
  'st',
  'tr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const TLDS = [
  'com',
  'com',
  'com',
  'com',
  'org',
  'net',
  'co.uk',
  'de',
  'fr',
  'io',
  'ru',
  'info',
  'news',
  'ca',
  'com.au',
  'it',
  'nl',
  'es',
];
const SUBDOMAINS = ['news', 'blog', 'm', 'en', 'edition', 'shop', 'forum', 'www2', 'live'];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function realisticHostnames(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const vocabulary = Array.from({ length: 3000 }, () => {
    let word = '';
    const syllables = 2 + Math.floor(next() * 2);
    for (let i = 0; i < syllables; i++) word += pick(CONSONANTS) + pick(VOWELS);
    return word;
  });
  const hosts = new Set<string>();
  while (hosts.size < count) {
    const words = 1 + Math.floor(next() * 2.2);
    let name = Array.from({ length: words }, () => pick(vocabulary)).join(next() < 0.2 ? '-' : '');
    if (next() < 0.15) name += Math.floor(next() * 1000);
    const sub = next() < 0.25 ? `${pick(SUBDOMAINS)}.` : '';
    hosts.add(`${sub}${name}.${pick(TLDS)}`);
  }
  return [...hosts];
}
