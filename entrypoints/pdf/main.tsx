import '../../lib/model/zod';
import { createRoot } from 'react-dom/client';
import { PAGE_CSS } from '../../components/shared/page-styles';
import { PdfApp } from './pdf-app';
import { PDF_PAGE_CSS } from './pdf-page-styles';

const sheet = new CSSStyleSheet();
sheet.replaceSync(PAGE_CSS + PDF_PAGE_CSS);
document.adoptedStyleSheets = [sheet];
createRoot(document.getElementById('root')!).render(<PdfApp />);
