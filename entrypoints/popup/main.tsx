import { render } from 'preact';
import { PopupContainer } from '../../components/popup/PopupContainer';

render(<PopupContainer />, document.getElementById('app')!);
