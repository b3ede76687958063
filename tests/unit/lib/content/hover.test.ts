// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardHost } from '../../../../lib/card/card-host';
import type { CardModule } from '../../../../lib/card/card-module';
import { HoverController } from '../../../../lib/content/hover';
import { contentSettings } from '../../../../lib/content/settings-view';
import { localMatchService } from '../../../../lib/dom/match-service';
import type { MatchRecord } from '../../../../lib/dom/match-store';
import { PageScanner } from '../../../../lib/dom/page-scanner';
import { Painter } from '../../../../lib/dom/painter';
import { contentTableOf } from '../../../../lib/matcher';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { fakePlatform, installStaticRange } from '../../helpers/fake-highlights';
import { simpleMatcher } from '../../helpers/simple-matcher';

const matcher = simpleMatcher([{ text: 'Syria', entity: 'syria', type: 'place' }]);
const settings = contentSettings(DEFAULT_SETTINGS, true);

let controller: AbortController;
let scanner: PageScanner;
let painter: Painter;

beforeAll(installStaticRange);

beforeEach(() => {
  controller = new AbortController();
  painter = new Painter(fakePlatform());
  scanner = new PageScanner({
    document,
    matcher: localMatchService(matcher),
    table: contentTableOf(matcher.table),
    painter,
    settings: settings.scanner,
    signal: controller.signal,
    ownUiTag: 'backstory-card',
  });
});

afterEach(() => controller.abort());

/** The page's one painted name. */
async function shownName(): Promise<MatchRecord> {
  document.body.innerHTML = '<p>Talks in Syria went on.</p>';
  scanner.start();
  await scanner.whenIdle();
  const [record] = scanner.shownInOrder();
  if (!record) throw new Error('nothing painted');
  return record;
}

/** The card bundle: a card host that records what it is asked to show. */
function cardModule(): CardModule & { show: ReturnType<typeof vi.fn> } {
  const show = vi.fn();
  const host: CardHost = {
    isOpen: false,
    show,
    update: () => undefined,
    hide: () => undefined,
    isHost: () => false,
    destroy: () => undefined,
  };
  return { show, createCardHost: () => host };
}

function hoverWith(loadCardModule: () => Promise<CardModule>, isValid = () => true) {
  return new HoverController({
    doc: document,
    scanner,
    painter,
    signal: controller.signal,
    isValid,
    settings: () => settings.hover,
    shadowRoots: () => [],
    loadCardModule,
    fetchCard: () => Promise.resolve(undefined),
    hideEntity: () => undefined,
    turnOffSite: () => undefined,
  });
}

describe('HoverController', () => {
  it('opens nothing, and rejects nothing, when the card’s bundle fails to load', async () => {
    const record = await shownName();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hover = hoverWith(() => Promise.reject(new Error('import failed')));
    // The hover delay's timer calls `void open(…)`: a rejection there would go unhandled.
    await expect(hover.open(record, { focus: false })).resolves.toBeUndefined();
    expect(hover.openRecord).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('does not keep a failed load: the next hover loads the bundle again and shows the card', async () => {
    const record = await shownName();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const module = cardModule();
    const load = vi
      .fn<() => Promise<CardModule>>()
      .mockRejectedValueOnce(new Error('import failed'))
      .mockResolvedValue(module);
    const hover = hoverWith(load);
    await hover.open(record, { focus: false });
    await hover.open(record, { focus: false });
    expect(load).toHaveBeenCalledTimes(2);
    expect(module.show).toHaveBeenCalledOnce();
    expect(hover.openRecord).toBe(record);
    expect(hover.report.moduleLoaded).toBe(true);
  });

  it('opens no card, not even from what is loaded, once the extension is gone', async () => {
    const record = await shownName();
    const module = cardModule();
    let valid = true;
    const hover = hoverWith(
      () => Promise.resolve(module),
      () => valid,
    );
    await hover.open(record, { focus: false });
    hover.close();
    valid = false;
    await hover.open(record, { focus: false });
    expect(module.show).toHaveBeenCalledOnce();
    expect(hover.openRecord).toBeUndefined();
  });
});
