import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectTextNodes, PageText } from './page-text';

function page(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document;
}

describe('collectTextNodes', () => {
  it('leaves out scripts, styles and form fields but keeps inline code', () => {
    const document = page('<p>Visible</p><script>var hidden = 1;</script><style>p{}</style><textarea>draft</textarea><p>Run <code>make serve</code></p>');
    expect(collectTextNodes(document.body).map((node) => node.nodeValue)).toEqual(['Visible', 'Run ', 'make serve']);
  });
});

describe('PageText', () => {
  it('finds a quote split over elements and spans exactly its text', () => {
    const document = page('<li><span>Deployed the</span> <b>ranking model</b>\n to Kubernetes.</li><li>Other.</li>');
    const [span] = new PageText(document.body).spansFor('Deployed the ranking model to Kubernetes.');
    expect(span.startNode.nodeValue).toBe('Deployed the');
    expect(span.startOffset).toBe(0);
    expect(span.endNode.nodeValue).toBe('\n to Kubernetes.');
    expect(span.endOffset).toBe('\n to Kubernetes.'.length);
  });

  it('knows when the page replaced the text it indexed', () => {
    const document = page('<p id="p">First profile.</p>');
    const text = new PageText(document.body);
    expect(text.isCurrent()).toBe(true);
    document.body.innerHTML = '<p>Second profile.</p>';
    expect(text.isCurrent()).toBe(false);
  });

  it('finds nothing for a quote that is not on the page', () => {
    const document = page('<p>Trained models.</p>');
    expect(new PageText(document.body).spansFor('Served models.')).toEqual([]);
  });
});
