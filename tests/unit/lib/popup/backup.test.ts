// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  describeErrors,
  downloadText,
  readImportFile,
} from '../../../../lib/popup/backup';

afterEach(() => {
  vi.useRealTimers();
});

describe('describeErrors', () => {
  it('names the field of each problem, once', () => {
    expect(
      describeErrors([
        { path: 'settings.theme', message: 'must be one of system, light, dark' },
        { path: '', message: 'the file is empty' },
        { path: 'settings.theme', message: 'must be one of system, light, dark' },
      ]),
    ).toEqual(['settings.theme: must be one of system, light, dark', 'the file is empty']);
  });

  it('never returns an empty list for a failure', () => {
    expect(describeErrors([])).toEqual(['The file could not be imported.']);
  });
});

describe('readImportFile', () => {
  it('reads the text', async () => {
    expect(await readImportFile(new Blob(['{"a":1}']))).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('refuses a file far larger than settings', async () => {
    const big = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.resolve('') } as unknown as Blob;
    const result = await readImportFile(big);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/at most 5 MB/);
  });

  it('says so when the file cannot be read', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await readImportFile(broken)).toEqual({
      ok: false,
      error: 'The file could not be read.',
    });
  });
});

describe('downloadText', () => {
  it('clicks a hidden download link to a blob URL, then removes it and revokes the URL', async () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backstory/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; hidden: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, hidden: this.hidden });
    });

    downloadText('{"x":1}', 'backstory-settings-2026-11-25.json');

    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([
      { href: 'blob:backstory/1', download: 'backstory-settings-2026-11-25.json', hidden: true },
    ]);
    const blob = create.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"x":1}');
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith('blob:backstory/1');
  });
});
