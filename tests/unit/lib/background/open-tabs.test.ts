import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  injectIntoOpenTabs,
  manifestContentScripts,
  type ContentScriptFiles,
  type OpenTabsPlatform,
} from '../../../../lib/background/open-tabs';

const SCRIPTS: ContentScriptFiles[] = [
  { js: ['content-scripts/content.js'], css: ['content-scripts/content.css'], allFrames: true },
];

/** Every injection asked for, in order, as `css|js tabId files allFrames`. */
let calls: string[];
/** The tab whose page refuses scripts (as the browser's own pages do). */
let refused: number | undefined;
/** Tabs the browser has discarded (fakeBrowser's `tabs.create` cannot make one). */
let discarded: Set<number>;
/** Whether listing the tabs fails. */
let queryFails: boolean;

/**
 * FakeBrowser's tabs, with the discarded ones marked, and a recorder for `scripting`, which
 * fakeBrowser leaves unimplemented.
 */
const platform: OpenTabsPlatform = {
  tabs: {
    async query(info) {
      if (queryFails) throw new Error('no tabs');
      const tabs = await fakeBrowser.tabs.query(info);
      return tabs.map((open) => ({ ...open, discarded: discarded.has(open.id!) }));
    },
  },
  scripting: {
    insertCSS({ target, files }) {
      calls.push(`css ${target.tabId} ${files?.join()} ${target.allFrames}`);
      return Promise.resolve();
    },
    executeScript({ target, files }) {
      if (target.tabId === refused)
        return Promise.reject(new Error('Cannot access contents of the page.'));
      calls.push(`js ${target.tabId} ${files?.join()} ${target.allFrames}`);
      return Promise.resolve([]);
    },
  },
};

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  refused = undefined;
  discarded = new Set();
  queryFails = false;
});

async function tab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

describe('manifestContentScripts', () => {
  it("lists each content script's files and frames", () => {
    expect(
      manifestContentScripts({
        content_scripts: [
          {
            matches: ['https://*/*'],
            js: ['a.js'],
            css: ['a.css'],
            all_frames: true,
          },
          { matches: ['https://*/*'], js: ['b.js'] },
        ],
      }),
    ).toEqual([
      { js: ['a.js'], css: ['a.css'], allFrames: true },
      { js: ['b.js'], css: [], allFrames: false },
    ]);
    expect(manifestContentScripts({})).toEqual([]);
  });
});

describe('injectIntoOpenTabs', () => {
  it('injects the style sheet, then the script, into every frame of each open web tab', async () => {
    const news = await tab('https://news.example/article');
    const local = await tab('http://127.0.0.1:8080/page.html');
    await tab('chrome://extensions/');
    await tab('https://chromewebstore.google.com/detail/abc');
    await tab('about:blank');
    const report = await injectIntoOpenTabs(platform, SCRIPTS);
    expect(report).toEqual({ tabs: 2, injected: 2 });
    expect(calls).toEqual([
      `css ${news} content-scripts/content.css true`,
      `js ${news} content-scripts/content.js true`,
      `css ${local} content-scripts/content.css true`,
      `js ${local} content-scripts/content.js true`,
    ]);
  });

  it('goes on past a tab that refuses, and leaves discarded tabs to load afresh', async () => {
    const first = await tab('https://a.example/');
    refused = await tab('https://b.example/');
    discarded.add(await tab('https://c.example/'));
    const last = await tab('https://d.example/');
    const report = await injectIntoOpenTabs(platform, SCRIPTS);
    expect(report).toEqual({ tabs: 3, injected: 2 });
    expect(calls.filter((call) => call.startsWith('js'))).toEqual([
      `js ${first} content-scripts/content.js true`,
      `js ${last} content-scripts/content.js true`,
    ]);
  });

  it('does nothing, and does not throw, when the tabs cannot be listed', async () => {
    queryFails = true;
    await expect(injectIntoOpenTabs(platform, SCRIPTS)).resolves.toEqual({
      tabs: 0,
      injected: 0,
    });
    expect(calls).toEqual([]);
  });
});
