// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../../components/popup/Panel';
import { Popup, type PopupProps } from '../../../../components/popup/Popup';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { mount, unmountAll } from '../../helpers/mount';

afterEach(unmountAll);

/** Preact renders a state change in a microtask; let it run. */
const rendered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function popupProps(extra: Partial<PopupProps> = {}): PopupProps {
  const none = () => {};
  return {
    settings: DEFAULT_SETTINGS,
    site: { key: 'example.com', enabled: true },
    page: { kind: 'ready', scanning: false, entities: [] },
    sync: { state: 'synced' },
    warnings: [],
    notices: [],
    entityNames: {},
    importErrors: [],
    importDone: false,
    canUndoReset: false,
    onChange: none,
    onSiteChange: none,
    onReveal: none,
    onGrant: none,
    onRestoreEntity: none,
    onRestoreSite: none,
    onExport: none,
    onImport: none,
    onReset: none,
    onUndoReset: none,
    onOpenDemo: none,
    ...extra,
  };
}

describe('Panel', () => {
  function mountPanel() {
    const root = mount(
      <Panel title="Things">
        <input class="body" />
      </Panel>,
    );
    return { root, details: root.querySelector('details')! };
  }

  it('renders its body only once opened, from a click on its summary', async () => {
    const { root, details } = mountPanel();
    expect(details.querySelector('summary')?.textContent).toBe('Things');
    expect(root.querySelector('.body')).toBeNull();
    details.querySelector('summary')!.click();
    await rendered();
    expect(root.querySelector('.body')).not.toBeNull();
  });

  it('renders its body when opened any other way (toggle), and keeps it when closed', async () => {
    const { root, details } = mountPanel();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await rendered();
    const body = root.querySelector<HTMLInputElement>('.body')!;
    expect(body).not.toBeNull();
    body.value = 'half-typed';
    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    await rendered();
    expect(root.querySelector<HTMLInputElement>('.body')).toBe(body);
    expect(body.value).toBe('half-typed');
  });

  it('a toggle that closes it renders nothing', async () => {
    const { root, details } = mountPanel();
    details.dispatchEvent(new Event('toggle'));
    await rendered();
    expect(root.querySelector('.body')).toBeNull();
  });
});

describe('Popup', () => {
  it('first renders no panel body: only the switches, the page and the summaries', () => {
    const root = mount(<Popup {...popupProps()} />);
    expect(root.querySelectorAll('input[role="switch"]')).toHaveLength(2);
    expect([...root.querySelectorAll('summary')].map((s) => s.textContent)).toEqual([
      'Highlights',
      'Hover card',
      'Hidden names and sites',
      'Sync and backup',
    ]);
    for (const details of root.querySelectorAll('details')) {
      expect(details.children).toHaveLength(1); // the summary
    }
  });

  it('shows warnings about the stored settings outside the panels, and can dismiss them', () => {
    const onDismissWarnings = vi.fn();
    const warnings = ['The settings synced from another device were damaged; defaults used.'];
    const root = mount(<Popup {...popupProps({ warnings, onDismissWarnings })} />);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.closest('details')).toBeNull();
    expect(alert.textContent).toContain(warnings[0]);
    alert.querySelector('button')!.click();
    expect(onDismissWarnings).toHaveBeenCalledTimes(1);
  });

  it('says on the closed sync panel when the settings have not synced, and not when they have', () => {
    const summary = (root: HTMLElement) =>
      [...root.querySelectorAll('summary')].find((s) => s.textContent?.startsWith('Sync'))!;
    const pending = mount(<Popup {...popupProps({ sync: { state: 'pending' } })} />);
    expect(summary(pending).textContent).toBe('Sync and backup · Saved on this device, will sync');
    render(<Popup {...popupProps()} />, pending);
    expect(summary(pending).textContent).toBe('Sync and backup');
  });
});
