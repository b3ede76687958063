// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncStatus, type SyncStatusProps } from '../../../../components/popup/SyncStatus';

let host: HTMLElement | undefined;

function mount(props: SyncStatusProps): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<SyncStatus {...props} />, host);
  return host;
}

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
});

describe('SyncStatus', () => {
  it.each([
    ['synced', 'Synced across your devices'],
    ['pending', 'Saved on this device, will sync'],
    ['unavailable', 'Sync unavailable: settings stay on this device'],
    ['error', 'Saved on this device; sync failed, will retry'],
  ] as const)('says %s in words', (state, text) => {
    const root = mount({ state, warnings: [] });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(text);
    expect(root.querySelector('.sync')?.classList.contains(`sync--${state}`)).toBe(true);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('the background’s own wording replaces ours, once', () => {
    const message = 'Saved on this device, will sync (the sync write limit was reached)';
    const root = mount({ state: 'pending', message, warnings: [] });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(message);
  });

  it('lists warnings, and offers to dismiss them only when it can', () => {
    const warnings = ['colors.person ("pink") must be one of blue, …; the default is used'];
    const onDismissWarnings = vi.fn();
    const root = mount({ state: 'synced', warnings, onDismissWarnings });
    const alert = root.querySelector('[role="alert"]')!;
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(warnings);
    alert.querySelector('button')!.click();
    expect(onDismissWarnings).toHaveBeenCalledTimes(1);

    render(null, root);
    render(<SyncStatus state="synced" warnings={warnings} />, root);
    expect(root.querySelector('[role="alert"] button')).toBeNull();
  });
});
