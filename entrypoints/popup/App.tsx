import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import type { Settings } from '../../lib/settings/schema';
import { readSnapshot, watchSnapshot, writeSnapshot } from '../../lib/settings/snapshot';

/** Container: reads and writes the settings; the view only gets props. */
export function App() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);

  useEffect(() => {
    void readSnapshot().then(setSettings);
    return watchSnapshot(setSettings);
  }, []);

  if (!settings) return null;

  return (
    <PopupView
      enabled={settings.enabled}
      onEnabledChange={(enabled) => {
        const next = { ...settings, enabled };
        setSettings(next);
        void writeSnapshot(next);
      }}
      onOpenDemo={() => {
        void browser.tabs
          .create({ url: browser.runtime.getURL('/demo.html') })
          .then(() => window.close());
      }}
    />
  );
}
