import type { CardData, CardSections } from '../../lib/card/card-data';
import { formatDate, matchReason, TYPE_LABELS } from '../../lib/card/wording';
import { ClaimItem } from './ClaimItem';
import { SourceLinks } from './SourceLinks';

export interface HoverCardProps {
  /** Undefined while the card's data is on its way. */
  data: CardData | undefined;
  /** The text on the page that matched. */
  surface: string;
  /** Counted mentions of the entity on this page. */
  mentions: number;
  sections: CardSections;
  theme: 'light' | 'dark' | 'system';
  onClose: () => void;
  onHideEntity: () => void;
  onSiteOff: () => void;
}

const TITLE_ID = 'backstory-card-title';
const REASON_ID = 'backstory-card-reason';

/**
 * The hover card: who or what a name is (neutral, dated, sourced) and what the article claims about
 * it. A labelled, non-modal dialog; its text is plain content for screen readers, decorative marks
 * are hidden from them.
 */
export function HoverCard(props: HoverCardProps) {
  const { data, surface, mentions, sections, theme } = props;
  if (!data) {
    return (
      <div
        class="card"
        data-theme={theme}
        role="dialog"
        aria-label={`Backstory: ${surface}`}
        aria-busy="true"
      >
        <p class="card__loading">Loading…</p>
      </div>
    );
  }
  const { entity, claims } = data;
  const updates = entity.updates ?? [];
  const sortedClaims = [...claims].sort(
    (a, b) => a.sentence - b.sentence || a.id.localeCompare(b.id),
  );

  return (
    <div
      class="card"
      data-theme={theme}
      role="dialog"
      aria-labelledby={TITLE_ID}
      aria-describedby={REASON_ID}
    >
      <header class="card__header">
        <p class="card__type">{TYPE_LABELS[entity.type]}</p>
        <h2 id={TITLE_ID} class="card__title">
          {entity.name}
        </h2>
        <p class="card__description">{entity.description}</p>
        {entity.nativeNames.length > 0 && (
          <p class="card__native">
            {entity.nativeNames.map((native) => (
              <span
                key={native.lang + native.text}
                lang={native.lang}
                dir={native.lang === 'ar' ? 'rtl' : 'ltr'}
              >
                {native.text}
              </span>
            ))}
          </p>
        )}
        <button type="button" class="card__close" aria-label="Close" onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <p id={REASON_ID} class="card__reason">
        {matchReason(surface, entity.name, data.alias)}
        {data.alias?.note && <span class="card__reason-note"> {data.alias.note}</span>}
      </p>

      {sections.background && (
        <section class="card__section" aria-labelledby="backstory-card-background">
          <h3 id="backstory-card-background">Background</h3>
          <p>{entity.note.text}</p>
          <p class="card__asof">As of {formatDate(entity.note.asOf)}</p>
        </section>
      )}

      {sections.facts && entity.facts.length > 0 && (
        <section class="card__section" aria-labelledby="backstory-card-facts">
          <h3 id="backstory-card-facts">Key facts</h3>
          <ul class="card__list">
            {entity.facts.map((fact) => (
              <li key={fact.text}>
                {fact.text}
                {fact.asOf && <span class="card__asof"> (as of {formatDate(fact.asOf)})</span>}{' '}
                <SourceLinks sources={fact.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {sections.updates && updates.length > 0 && (
        <section class="card__section" aria-labelledby="backstory-card-updates">
          <h3 id="backstory-card-updates">Since the article</h3>
          <ul class="card__list">
            {[...updates]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((update) => (
                <li key={update.date + update.text}>
                  <time dateTime={update.date}>{formatDate(update.date)}</time>: {update.text}{' '}
                  <SourceLinks sources={update.sources} />
                </li>
              ))}
          </ul>
        </section>
      )}

      {sections.claims && sortedClaims.length > 0 && (
        <section class="card__section" aria-labelledby="backstory-card-claims">
          <h3 id="backstory-card-claims">In the article</h3>
          <ul class="card__claims">
            {sortedClaims.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} />
            ))}
          </ul>
        </section>
      )}

      <footer class="card__footer">
        <p class="card__mentions">
          {mentions === 1 ? '1 mention on this page' : `${mentions} mentions on this page`}
        </p>
        <div class="card__actions">
          <button type="button" onClick={props.onHideEntity}>
            Hide {entity.name} everywhere
          </button>
          <button type="button" onClick={props.onSiteOff}>
            Turn off on this site
          </button>
        </div>
        <p class="card__fine">
          Backstory dataset {data.datasetVersion}; facts checked up to {formatDate(data.factsAsOf)}.
          Everything here ships with the extension: nothing was fetched.
        </p>
      </footer>
    </div>
  );
}
