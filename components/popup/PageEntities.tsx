import type { EntityType } from '../../data/schema';
import type { PageState } from '../../lib/popup/page-state';

export type { PageEntity, PageState } from '../../lib/popup/page-state';

export interface PageEntitiesProps {
  page: PageState;
  site: string | undefined;
  onReveal: (entity: string) => void;
  /** Ask for access to the page's site (must run in the click handler: a user gesture). */
  onGrant: () => void;
  /** Said after a jump that did not work (the name is no longer on the page). */
  notice?: string | undefined;
}

const GROUPS: { type: EntityType; heading: string }[] = [
  { type: 'person', heading: 'People' },
  { type: 'place', heading: 'Places' },
  { type: 'organization', heading: 'Organisations' },
  { type: 'media', heading: 'Media' },
  { type: 'event', heading: 'Events' },
];

function emptyMessage(page: PageState, site: string | undefined): string {
  switch (page.kind) {
    case 'loading':
      return 'Looking at this page…';
    case 'unsupported':
      return page.by === 'browser'
        ? 'Backstory cannot run on this page: browsers keep extensions off their own pages, their web stores and other extensions’ pages.'
        : 'Backstory does not highlight this kind of page (it is not an ordinary web page).';
    case 'unreachable':
      return 'Backstory is not running in this tab. If the page was open before Backstory was installed or updated, reload it. Browsers do not let extensions run on their own pages or web stores.';
    case 'permission':
      return `Backstory has not been allowed to read ${site ?? 'this site'}. Allow it to highlight names here; nothing leaves your browser.`;
    case 'off':
      return page.reason === 'off'
        ? 'Backstory is turned off. Turn it on above to highlight names.'
        : `Backstory is off on ${site ?? 'this site'}. Turn it on for this site above.`;
    case 'ready':
      return page.scanning ? 'Still reading this page…' : 'No names from this story on this page.';
  }
}

/** "On this page": the entities the content script found, by type, with counts; click to jump. */
export function PageEntities({ page, site, onReveal, onGrant, notice }: PageEntitiesProps) {
  const entities = page.kind === 'ready' ? page.entities : [];
  return (
    <section class="panel" aria-labelledby="on-this-page" aria-busy={page.kind === 'loading'}>
      <h2 id="on-this-page" class="panel__title">
        On this page
      </h2>
      {entities.length === 0 ? (
        <div class="empty-state">
          <p class="empty" role="status">
            {emptyMessage(page, site)}
          </p>
          {page.kind === 'permission' && (
            <button type="button" class="small-button small-button--primary" onClick={onGrant}>
              {site ? `Allow on ${site}` : 'Allow on all websites'}
            </button>
          )}
        </div>
      ) : (
        GROUPS.map(({ type, heading }) => {
          const group = entities.filter((entity) => entity.type === type);
          if (group.length === 0) return null;
          return (
            <div key={type} class="entity-group">
              <h3 class="entity-group__title" id={`group-${type}`}>
                {heading}
              </h3>
              <ul class="entity-list" aria-labelledby={`group-${type}`}>
                {group.map((entity) => (
                  <li key={entity.id}>
                    <button
                      type="button"
                      class={`entity entity--${entity.type}`}
                      data-entity={entity.id}
                      onClick={() => onReveal(entity.id)}
                      aria-label={`${entity.name}, ${entity.count} ${entity.count === 1 ? 'mention' : 'mentions'}: show the first one`}
                    >
                      <span class="entity__name">{entity.name}</span>
                      <span class="entity__count" aria-hidden="true">
                        ×{entity.count}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
      {notice && (
        <p class="muted" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
