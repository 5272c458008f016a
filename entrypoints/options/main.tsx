import '../../lib/model/zod';
import { createRoot } from 'react-dom/client';
import { PAGE_CSS } from '../../components/shared/page-styles';
import { OptionsForm } from './options-form';

const sheet = new CSSStyleSheet();
sheet.replaceSync(PAGE_CSS);
document.adoptedStyleSheets = [sheet];
createRoot(document.getElementById('root')!).render(<OptionsForm />);
