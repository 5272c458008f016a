import type { Page } from 'playwright-core';

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface ClosedPanel {
  /** data-state of the panel's region: loading, ready or error. */
  state: string | undefined;
  /** Every text in the panel, joined. */
  text: string;
}

function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

async function documentTree(page: Page, run: (root: DomNode, send: (method: string, params: object) => Promise<unknown>) => Promise<unknown>) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return await run(root, (method, params) => cdp.send(method as 'DOM.getBoxModel', params as never));
  } finally {
    await cdp.detach();
  }
}

function panelRegion(root: DomNode): DomNode | undefined {
  return [...walk(root)].find((node) => node.nodeName === 'SECTION' && attribute(node, 'aria-label') === 'Shipcheck screening');
}

/**
 * The panel as the browser's debugger sees it, closed shadow root included: how a test looks at the build
 * recruiters install, where neither the page nor Playwright's locators can reach inside. Undefined: no panel.
 */
export async function closedPanel(page: Page): Promise<ClosedPanel | undefined> {
  return (await documentTree(page, async (root) => {
    const region = panelRegion(root);
    if (!region) return undefined;
    const text = [...walk(region)]
      .filter((node) => node.nodeType === 3)
      .map((node) => node.nodeValue ?? '')
      .join(' ');
    return { state: attribute(region, 'data-state'), text };
  })) as ClosedPanel | undefined;
}

/** Clicks the panel control with this data-testid as the recruiter would: a real mouse click where it is drawn. */
export async function clickInClosedPanel(page: Page, testId: string): Promise<void> {
  const centre = (await documentTree(page, async (root, send) => {
    const region = panelRegion(root);
    const control = region && [...walk(region)].find((node) => attribute(node, 'data-testid') === testId);
    if (!control) throw new Error(`no ${testId} in the panel`);
    await send('DOM.scrollIntoViewIfNeeded', { backendNodeId: control.backendNodeId });
    const { model } = (await send('DOM.getBoxModel', { backendNodeId: control.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  })) as { x: number; y: number };
  await page.mouse.click(centre.x, centre.y);
}
