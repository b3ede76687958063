import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import { getState, loadCachedSettings, subscribe, update } from '../../lib/settings/client';
import type { Settings } from '../../lib/settings/schema';

/** Container: reads and writes the settings; the view only gets props. */
export function App() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);

  useEffect(() => {
    // First paint from the IndexedDB cache, then the background's answer reconciles.
    void loadCachedSettings().then((cached) =>
      setSettings((current) => current ?? cached.settings),
    );
    void getState().then(
      (state) => setSettings(state.settings),
      () => undefined,
    );
    return subscribe((change) => {
      if (change.settings) setSettings(change.settings);
    });
  }, []);

  if (!settings) return null;

  return (
    <PopupView
      enabled={settings.enabled}
      onEnabledChange={(enabled) => {
        setSettings({ ...settings, enabled });
        void update({ enabled }).then((result) => {
          if (result.ok) setSettings(result.state.settings);
        });
      }}
      onOpenDemo={() => {
        void browser.tabs
          .create({ url: browser.runtime.getURL('/demo.html') })
          .then(() => window.close());
      }}
    />
  );
}
