/**
 * Render Preact components into the test document (happy-dom): `mount` a node into a fresh host,
 * and `unmountAll` after each test (`afterEach(unmountAll)`).
 */
import { render, type ComponentChild } from 'preact';

const hosts: HTMLElement[] = [];

/** Render `node` into a new element appended to the body; returns that element. */
export function mount(node: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  hosts.push(host);
  return host;
}

/** Unmount and remove every host `mount` made. */
export function unmountAll(): void {
  for (const host of hosts.splice(0)) {
    render(null, host);
    host.remove();
  }
}
