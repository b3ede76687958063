import { sourceLabel } from '../../lib/card/wording';

export interface SourceLinksProps {
  sources: readonly string[];
}

/** A fact's sources, each one click away in a new tab, without passing our page as referrer. */
export function SourceLinks({ sources }: SourceLinksProps) {
  return (
    <span class="sources">
      <span class="sources__label">{sources.length === 1 ? 'Source: ' : 'Sources: '}</span>
      {sources.map((url, index) => (
        <>
          {index > 0 && ', '}
          <a key={url} href={url} target="_blank" rel="noopener noreferrer" title={url}>
            {sourceLabel(url)}
          </a>
        </>
      ))}
    </span>
  );
}
