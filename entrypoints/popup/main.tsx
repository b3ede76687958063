// First, so that the IndexedDB read starts before the view's modules are evaluated (cache.ts).
import { cached } from './cache';
import { render } from 'preact';
import { PopupContainer } from '../../components/popup/PopupContainer';

// The popup shows nothing until it has the stored settings (no flash of defaults).
render(<PopupContainer cached={cached} />, document.getElementById('app')!);
