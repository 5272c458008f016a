import '../../lib/model/zod';
import { PASTE_CSS } from '../../components/panel/paste-resume-form';
import { PAGE_CSS } from '../../components/shared/page-styles';
import { renderExtensionPage } from '../../components/shared/render-extension-page';
import { PdfApp } from './pdf-app';
import { PDF_PAGE_CSS } from './pdf-page-styles';

renderExtensionPage(PAGE_CSS + PDF_PAGE_CSS + PASTE_CSS, <PdfApp />);
