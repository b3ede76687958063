import type { EntityType } from '../../data/schema';

export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** What the popup knows about the active tab's page. */
export type PageState =
  | { kind: 'loading' }
  /** The browser does not let extensions run here (its own pages, the web store, other extensions). */
  | { kind: 'unsupported' }
  /** The content script did not answer (a tab loaded before the extension, or invalidated). */
  | { kind: 'unreachable' }
  | { kind: 'off'; reason: 'off' | 'site-off' }
  | { kind: 'ready'; entities: readonly PageEntity[] };

export interface PageEntitiesProps {
  page: PageState;
  site: string | undefined;
  onReveal: (entity: string) => void;
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
      return 'Backstory cannot run on this page: browsers keep extensions off their own pages, their web stores and other extensions’ pages.';
    case 'unreachable':
      return 'Backstory is not running in this tab yet. Reload the page to start it.';
    case 'off':
      return page.reason === 'off'
        ? 'Backstory is turned off. Turn it on above to highlight names.'
        : `Backstory is off on ${site ?? 'this site'}. Turn it on for this site above.`;
    case 'ready':
      return 'No names from this story on this page.';
  }
}

/** "On this page": the entities the content script found, by type, with counts; click to jump. */
export function PageEntities({ page, site, onReveal }: PageEntitiesProps) {
  const entities = page.kind === 'ready' ? page.entities : [];
  return (
    <section class="panel" aria-labelledby="on-this-page">
      <h2 id="on-this-page" class="panel__title">
        On this page
      </h2>
      {entities.length === 0 ? (
        <p class="empty" role="status">
          {emptyMessage(page, site)}
        </p>
      ) : (
        GROUPS.map(({ type, heading }) => {
          const group = entities.filter((entity) => entity.type === type);
          if (group.length === 0) return null;
          return (
            <div key={type} class="entity-group">
              <h3 class="entity-group__title">{heading}</h3>
              <ul class="entity-list">
                {group.map((entity) => (
                  <li key={entity.id}>
                    <button
                      type="button"
                      class={`entity entity--${entity.type}`}
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
    </section>
  );
}
