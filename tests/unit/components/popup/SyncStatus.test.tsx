// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsWarnings, SyncStatus } from '../../../../components/popup/SyncStatus';
import { mount, unmountAll } from '../../helpers/mount';

afterEach(unmountAll);

describe('SyncStatus', () => {
  it.each([
    ['synced', 'Saved to your browser’s sync'],
    ['pending', 'Saved on this device, will sync'],
    ['unavailable', 'Sync unavailable: settings stay on this device'],
    ['error', 'Saved on this device; sync failed, will retry'],
  ] as const)('says %s in words', (state, text) => {
    const root = mount(<SyncStatus state={state} />);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(text);
    expect(root.querySelector('.sync')?.classList.contains(`sync--${state}`)).toBe(true);
  });

  it('the background’s own wording replaces ours, once', () => {
    const message = 'Saved on this device, will sync (the sync write limit was reached)';
    const root = mount(<SyncStatus state="pending" message={message} />);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(message);
  });
});

describe('SettingsWarnings', () => {
  it('renders nothing without warnings', () => {
    const root = mount(<SettingsWarnings warnings={[]} onDismiss={() => {}} />);
    expect(root.innerHTML).toBe('');
  });

  it('lists warnings, and offers to dismiss them only when it can', () => {
    const warnings = ['colors.person ("pink") must be one of blue, …; the default is used'];
    const onDismiss = vi.fn();
    const root = mount(<SettingsWarnings warnings={warnings} onDismiss={onDismiss} />);
    const alert = root.querySelector('[role="alert"]')!;
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(warnings);
    alert.querySelector('button')!.click();
    expect(onDismiss).toHaveBeenCalledTimes(1);

    render(null, root);
    render(<SettingsWarnings warnings={warnings} />, root);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect(root.querySelector('[role="alert"] button')).toBeNull();
  });
});
