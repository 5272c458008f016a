import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textLines } from './text-lines';

function lines(html: string): string[] {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return textLines(document.getElementById('root') as unknown as Element);
}

describe('textLines', () => {
  it.each([
    [
      'keeps the aria-hidden copy of a visible/hidden pair as its own line',
      '<span aria-hidden="true">Data Scientist</span><span class="visually-hidden">Data Scientist</span><span aria-hidden="true">Jan 2020 - Present</span><span class="x">Jan 2020 to Present</span>',
      ['Data Scientist', 'Jan 2020 - Present'],
    ],
    [
      'drops the second of two adjacent identical siblings when the aria hook is gone',
      '<span>Northwind · Full-time</span><span>Northwind · Full-time</span>',
      ['Northwind · Full-time'],
    ],
    [
      'treats copies that differ only in line breaks as the same string',
      '<span aria-hidden="true">First line.<br>Second line.</span><span class="sr">First line. Second line.</span>',
      ['First line.', 'Second line.'],
    ],
    ['breaks lines at block elements and <br>', '<p>one<br>two</p><div>three</div>', ['one', 'two', 'three']],
    ['keeps inline elements on one line', '<p>Built <b>fraud</b> models with <a href="#">XGBoost</a></p>', ['Built fraud models with XGBoost']],
    [
      'skips scripts, styles, embedded JSON, images and controls',
      '<script>var x = 1</script><style>p{}</style><code id="bpr-guid-1">{"firstName":"Other"}</code><button>…see more</button><img alt="logo"><p>kept</p>',
      ['kept'],
    ],
    ['keeps escaped markup as text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', ['<script>alert(1)</script>']],
    ['keeps two different neighbours', '<span>Python</span><span>SQL</span>', ['PythonSQL']],
  ])('%s', (_name, html, expected) => {
    expect(lines(html)).toEqual(expected);
  });
});

describe('textLines on code', () => {
  it('keeps visible inline code and skips hidden code blocks', () => {
    expect(
      lines(
        '<p>A FastAPI app (<code>serve.py</code>) exposes <code>/predict</code></p><code style="display: none" id="bpr-guid-7">{"a":1}</code><code id="datalet-bpr-guid-7">{}</code>',
      ),
    ).toEqual(['A FastAPI app (serve.py) exposes /predict']);
  });
});
