/** The concept graph page: drawn from build-time positions, hover highlights neighbours, click opens. */
import { expect, test } from './fixtures';

interface Graph {
  areas: { id: string; title: string }[];
  nodes: { slug: string; title: string; x: number; y: number }[];
  edges: [number, number][];
}

test('the graph page draws every note, with a legend and a list alternative', async ({ page }) => {
  await page.goto('graph/');
  const graph = (await (await page.request.get('graph/data.json')).json()) as Graph;
  const explorer = page.getByTestId('graph');
  await expect(explorer).toHaveAttribute('data-state', 'ready');
  await expect(explorer).toHaveAttribute('data-nodes', String(graph.nodes.length));
  await expect(page.locator('canvas')).not.toHaveAttribute('data-drawn', /^$/);
  await expect(page.getByTestId('graph-status')).toHaveText(`${graph.nodes.length} notes, ${graph.edges.length} links`);
  // One legend entry per area (our five and the decision log).
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(graph.areas.length);
  expect(graph.areas.map((a) => a.id)).toContain('decisions');
  // The list alternative names every note once, as a link.
  await expect(page.getByTestId('graph-list').getByRole('link')).toHaveCount(graph.nodes.length);
  // Every note in the site is a node.
  await page.goto('./');
  // The sidebar is rendered twice (phone and wide layouts); count each note once.
  const sidebarNotes = new Set(
    await page
      .getByRole('navigation', { name: 'Areas' })
      .locator('ul ul a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  );
  expect(graph.nodes.length).toBe(sidebarNotes.size);
});

test('hovering a node highlights it and names its neighbours; clicking opens the note', async ({ page }) => {
  await page.goto('graph/');
  const graph = (await (await page.request.get('graph/data.json')).json()) as Graph;
  const canvas = page.locator('canvas');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-state', 'ready');
  await expect(canvas).toHaveAttribute('data-view', /\S/);
  const degree = graph.nodes.map((_, i) => graph.edges.filter(([a, b]) => a === i || b === i).length);
  const hub = degree.indexOf(Math.max(...degree));
  const node = graph.nodes[hub]!;
  const [k, x, y] = ((await canvas.getAttribute('data-view')) ?? '').split(' ').map(Number) as [number, number, number];
  const box = (await canvas.boundingBox())!;
  const drawnBefore = Number(await canvas.getAttribute('data-drawn'));
  await page.mouse.move(box.x + node.x * k + x, box.y + node.y * k + y);
  await expect(page.getByTestId('graph-status')).toHaveText(`${node.title}: ${degree[hub]} linked notes`);
  expect(Number(await canvas.getAttribute('data-drawn'))).toBeGreaterThan(drawnBefore);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`/notes/${node.slug}/$`));
});

test('the graph pans with the keyboard and zooms with its buttons', async ({ page }) => {
  await page.goto('graph/');
  const canvas = page.locator('canvas');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-state', 'ready');
  await expect(canvas).toHaveAttribute('data-view', /\S/);
  const start = await canvas.getAttribute('data-view');
  await canvas.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(canvas).not.toHaveAttribute('data-view', start ?? '');
  const panned = await canvas.getAttribute('data-view');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(canvas).not.toHaveAttribute('data-view', panned ?? '');
});
