/**
 * What a "site" is for the per-site switch: the page's hostname, lowercased, without a leading
 * `www.`. Turning a site off also turns off its subdomains (`example.com` covers
 * `news.example.com`), but not the other way round. Used by the content script at start, so it is
 * small and pure.
 */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const HOST_CHARS = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The site key of a URL (`https://www.Example.com/a` → `example.com`) or a bare hostname
 * (`WWW.example.com.` → `example.com`). Returns `''` where there is no site: not http(s), or not
 * parseable.
 *
 * @example
 *   siteKey('https://news.example.co.uk:8080/x'); // 'news.example.co.uk'
 */
export function siteKey(urlOrHostname: string): string {
  const input = urlOrHostname.trim();
  if (input === '') return '';
  let hostname: string;
  try {
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(input)) {
      const url = new URL(input);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
      hostname = url.hostname;
    } else {
      // The URL parser lowercases, converts to punycode and drops any port or path.
      hostname = new URL(`http://${input}`).hostname;
    }
  } catch {
    return '';
  }
  hostname = hostname.replace(/\.$/, '');
  if (hostname.startsWith('www.') && hostname.length > 4) hostname = hostname.slice(4);
  return hostname;
}

/**
 * Hostnames the URL parser leaves exactly as they are: lowercase ASCII labels, none of them
 * punycode (`xn--`, which the parser checks), the last one not a number (which it would read as an
 * IPv4 address). Most stored site keys are such; the others go through the parser.
 */
const PLAIN_HOST = /^(?!www\.)(?!(?:.*\.)?xn--)[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const NUMERIC_LABEL = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/;

/**
 * True for a string that is already a site key (the form stored in `disabledSites`). Content
 * scripts check every stored key on every page, so the common form is recognised without parsing a
 * URL (the same answer, checked against the parser in tests).
 */
export function isSiteKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 253) return false;
  if (PLAIN_HOST.test(value) && !NUMERIC_LABEL.test(value)) return true;
  return parsesAsItself(value);
}

/** The definition of a site key: a hostname that `siteKey` (the URL parser) gives back unchanged. */
export function parsesAsItself(value: string): boolean {
  return (HOST_CHARS.test(value) || IPV6.test(value)) && siteKey(value) === value;
}

/**
 * The keys that can turn a hostname's site off: its own key and each parent domain's
 * (`a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`, `com`). An IP address has
 * no parents.
 */
export function siteKeysFor(hostname: string): string[] {
  const key = siteKey(hostname);
  if (!key) return [];
  if (IPV4.test(key) || key.startsWith('[')) return [key];
  const labels = key.split('.');
  return labels.map((_, index) => labels.slice(index).join('.'));
}

/**
 * Is Backstory on for this hostname's site, as far as the per-site switch goes? (The global switch
 * is `settings.enabled`.)
 *
 * @example
 *   isSiteEnabled({ disabledSites: ['example.com'] }, 'news.example.com'); // false
 */
export function isSiteEnabled(
  settings: { readonly disabledSites: readonly string[] },
  hostname: string,
): boolean {
  if (settings.disabledSites.length === 0) return true;
  const disabled = new Set(settings.disabledSites);
  return !siteKeysFor(hostname).some((key) => disabled.has(key));
}
