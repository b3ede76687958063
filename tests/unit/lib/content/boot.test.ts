// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startContent } from '../../../../lib/content/boot';
import type { ContentStatus } from '../../../../lib/messaging/protocol';
import { answerLikeTheBackground } from '../../helpers/background';
import { contentContextPerTest } from '../../helpers/content-context';
import { installHighlights, paintedText } from '../../helpers/fake-highlights';

const context = contentContextPerTest();

describe('startContent', () => {
  it("counts the loader's import task in the page's main-thread time and longest task", async () => {
    const registry = installHighlights();
    answerLikeTheBackground();
    document.body.innerHTML = '<p>Talks in Syria went on.</p>';
    // Far longer than the scan here could take, so only the loader's share can reach it.
    await startContent(context(), Promise.resolve({ enabled: true }), 5000);
    await vi.waitFor(() =>
      expect(paintedText(registry)).toEqual({ 'backstory-underline-green': ['Syria'] }),
    );
    const status = await fakeBrowser.runtime.sendMessage<unknown, ContentStatus>({
      type: 'toContent/status',
    });
    expect(status.scan!.busyMs).toBeGreaterThanOrEqual(5000);
    expect(status.scan!.maxTaskMs).toBeGreaterThanOrEqual(5000);
    expect(status.scan!.busyMs).toBeLessThan(6000);
  });
});
