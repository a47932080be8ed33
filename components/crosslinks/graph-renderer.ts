/**
 * Draws the concept graph on a canvas and handles zoom, pan, hover and click. Plain DOM:
 * drawing happens at most once per animation frame, only what is in view is drawn, and
 * hit-testing uses a quadtree, so panning stays well under a frame at 1,000 notes.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { areaStyle, shapePoints } from '@/lib/graph/area-style';
import { adjacency, type GraphData, type GraphNode } from '@/lib/graph/graph-data';
import { nearestLabels } from '@/lib/graph/labels';

type Point = { x: number; y: number };

const RADIUS = 6;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 8;
/** Pointer travel (px) under which a press counts as a click, not a pan. */
const CLICK_SLOP = 4;
/** Zoom from which every note in view is named; below it, only the hovered note and its neighbours. */
const LABEL_ZOOM = 2;

export interface RendererEvents {
  open(node: GraphNode): void;
  hover(node: GraphNode | undefined, neighbours: number): void;
}

export function createGraphRenderer(canvas: HTMLCanvasElement, graph: GraphData, events: RendererEvents) {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  const ctx = context;
  const neighbours = adjacency(graph);
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => graph.nodes[i]!.x)
    .y((i) => graph.nodes[i]!.y)
    .addAll(graph.nodes.map((_, i) => i));
  const view = { k: 1, x: 0, y: 0 };
  let hovered: number | undefined;
  let frame = 0;

  const size = () => ({ width: canvas.clientWidth, height: canvas.clientHeight });
  const toWorld = (px: number, py: number) => ({ x: (px - view.x) / view.k, y: (py - view.y) / view.k });

  /** Fits every node in view. */
  function reset() {
    const { width, height } = size();
    const xs = graph.nodes.map((n) => n.x);
    const ys = graph.nodes.map((n) => n.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    view.k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, 0.9 * Math.min(width / Math.max(1, maxX - minX), height / Math.max(1, maxY - minY))));
    view.x = width / 2 - view.k * ((minX + maxX) / 2);
    view.y = height / 2 - view.k * ((minY + maxY) / 2);
    schedule();
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  /** Theme colours, read once and again when the theme changes: getComputedStyle in every frame would force style work. */
  function readColours() {
    const css = getComputedStyle(document.documentElement);
    const dark = document.documentElement.dataset.theme === 'dark';
    return {
      dark,
      line: css.getPropertyValue('--line').trim(),
      ink: css.getPropertyValue('--ink').trim(),
      accent: css.getPropertyValue('--accent').trim(),
      surface: css.getPropertyValue('--surface').trim(),
    };
  }

  /** The notes to label in this frame: the hovered one and its neighbours, or once zoomed in, those nearest the centre. */
  function labelled(lit: Set<number> | undefined, visible: (n: GraphNode) => boolean, min: Point, max: Point): number[] {
    if (lit) return [...lit].filter((i) => visible(graph.nodes[i]!));
    if (view.k < LABEL_ZOOM) return [];
    const inView = graph.nodes.flatMap((node, i) => (visible(node) ? [i] : []));
    return nearestLabels(graph.nodes, inView, { x: (min.x + max.x) / 2, y: (min.y + max.y) / 2 });
  }

  function draw() {
    frame = 0;
    const started = performance.now();
    const { width, height } = size();
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const c = palette;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    // Only what is in view (with a margin for node size) is drawn.
    const margin = 20 / view.k;
    const min = toWorld(0, 0);
    const max = toWorld(width, height);
    const visible = (n: GraphNode) => n.x >= min.x - margin && n.x <= max.x + margin && n.y >= min.y - margin && n.y <= max.y + margin;
    const lit = hovered === undefined ? undefined : new Set([hovered, ...(neighbours[hovered] ?? [])]);

    ctx.lineWidth = 1 / view.k;
    ctx.strokeStyle = c.line;
    ctx.globalAlpha = lit ? 0.35 : 1;
    ctx.beginPath();
    const highlighted: [GraphNode, GraphNode][] = [];
    for (const [a, b] of graph.edges) {
      const [from, to] = [graph.nodes[a]!, graph.nodes[b]!];
      if (!crossesView(from, to, min, max)) continue;
      if (lit && (a === hovered || b === hovered)) {
        highlighted.push([from, to]);
        continue;
      }
      ctx.moveTo(from.x, from.y);
      ctx.lineTo(to.x, to.y);
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
    if (highlighted.length) {
      ctx.strokeStyle = c.accent;
      ctx.lineWidth = 2 / view.k;
      ctx.beginPath();
      for (const [from, to] of highlighted) {
        ctx.moveTo(from.x, from.y);
        ctx.lineTo(to.x, to.y);
      }
      ctx.stroke();
    }

    // One path per area and state keeps fill calls few; shapes keep areas apart without colour.
    const radius = Math.max(RADIUS, 3 / view.k);
    for (let area = 0; area < graph.areas.length; area += 1) {
      for (const dimmed of [true, false]) {
        ctx.beginPath();
        graph.nodes.forEach((node, i) => {
          if (node.area !== area || !visible(node) || (lit ? !lit.has(i) : false) !== dimmed) return;
          tracePath(ctx, areaStyle(area).shape, node.x, node.y, i === hovered ? radius * 1.6 : radius);
        });
        ctx.globalAlpha = dimmed ? 0.25 : 1;
        ctx.fillStyle = c.dark ? areaStyle(area).dark : areaStyle(area).light;
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;

    // Labels: the hovered note and its neighbours always; once zoomed in enough to read them, the
    // notes nearest the centre of the view (lib/graph/labels.ts).
    ctx.font = `${12 / view.k}px ui-sans-serif, system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillStyle = c.ink;
    ctx.strokeStyle = c.surface;
    ctx.lineWidth = 3 / view.k;
    for (const i of labelled(lit, visible, min, max)) {
      const node = graph.nodes[i]!;
      const y = node.y - (radius + 5 / view.k);
      ctx.strokeText(node.title, node.x, y);
      ctx.fillText(node.title, node.x, y);
    }
    // Read by the e2e tests and `npm run bench:graph`: frames drawn, the last frame's cost, the view.
    const drawn = (Number(canvas.dataset.drawn) || 0) + 1;
    if (drawn === 1) performance.mark('graph:first-draw');
    canvas.dataset.drawn = String(drawn);
    canvas.dataset.drawMs = (performance.now() - started).toFixed(2);
    canvas.dataset.view = `${view.k} ${view.x} ${view.y}`;
  }

  function nodeAt(px: number, py: number): number | undefined {
    const { x, y } = toWorld(px, py);
    return tree.find(x, y, Math.max(RADIUS * 2, 10 / view.k));
  }

  function setHovered(index: number | undefined) {
    if (index === hovered) return;
    hovered = index;
    canvas.style.cursor = index === undefined ? 'grab' : 'pointer';
    events.hover(index === undefined ? undefined : graph.nodes[index], index === undefined ? 0 : (neighbours[index]?.length ?? 0));
    schedule();
  }

  function zoomAt(factor: number, px: number, py: number) {
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
    view.x = px - ((px - view.x) * k) / view.k;
    view.y = py - ((py - view.y) * k) / view.k;
    view.k = k;
    schedule();
  }

  function panBy(dx: number, dy: number) {
    view.x += dx;
    view.y += dy;
    schedule();
  }

  let press: { x: number; y: number; moved: boolean } | undefined;
  const local = (event: PointerEvent | WheelEvent) => {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const onDown = (event: PointerEvent) => {
    canvas.setPointerCapture(event.pointerId);
    press = { ...local(event), moved: false };
  };
  const onMove = (event: PointerEvent) => {
    const point = local(event);
    if (press) {
      if (!press.moved && Math.hypot(point.x - press.x, point.y - press.y) < CLICK_SLOP) return;
      press.moved = true;
      panBy(point.x - press.x, point.y - press.y);
      press.x = point.x;
      press.y = point.y;
      return;
    }
    setHovered(nodeAt(point.x, point.y));
  };
  const onUp = (event: PointerEvent) => {
    const wasClick = press && !press.moved;
    press = undefined;
    if (!wasClick) return;
    const point = local(event);
    const index = nodeAt(point.x, point.y);
    if (index !== undefined) events.open(graph.nodes[index]!);
  };
  const onLeave = () => {
    if (!press) setHovered(undefined);
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const point = local(event);
    zoomAt(Math.exp(-event.deltaY * 0.0015), point.x, point.y);
  };
  const onKey = (event: KeyboardEvent) => {
    const step = 60;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => panBy(step, 0),
      ArrowRight: () => panBy(-step, 0),
      ArrowUp: () => panBy(0, step),
      ArrowDown: () => panBy(0, -step),
      '+': () => zoomAt(1.25, size().width / 2, size().height / 2),
      '=': () => zoomAt(1.25, size().width / 2, size().height / 2),
      '-': () => zoomAt(0.8, size().width / 2, size().height / 2),
      '0': reset,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  let palette = readColours();
  const resize = new ResizeObserver(schedule);
  // The theme toggle flips data-theme on <html>.
  const theme = new MutationObserver(() => {
    palette = readColours();
    schedule();
  });

  // One signal removes every listener on destroy.
  const listening = new AbortController();
  const { signal } = listening;
  canvas.addEventListener('pointerdown', onDown, { signal });
  canvas.addEventListener('pointermove', onMove, { signal });
  canvas.addEventListener('pointerup', onUp, { signal });
  canvas.addEventListener('pointerleave', onLeave, { signal });
  canvas.addEventListener('wheel', onWheel, { passive: false, signal });
  canvas.addEventListener('keydown', onKey, { signal });
  resize.observe(canvas);
  theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  reset();

  return {
    zoomIn: () => zoomAt(1.25, size().width / 2, size().height / 2),
    zoomOut: () => zoomAt(0.8, size().width / 2, size().height / 2),
    reset,
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      theme.disconnect();
      listening.abort();
    },
  };
}

export type GraphRenderer = ReturnType<typeof createGraphRenderer>;

/** Whether an edge may cross the view: its bounding box meets it (cheap, and close enough for culling). */
function crossesView(a: GraphNode, b: GraphNode, min: { x: number; y: number }, max: { x: number; y: number }): boolean {
  return Math.max(a.x, b.x) >= min.x && Math.min(a.x, b.x) <= max.x && Math.max(a.y, b.y) >= min.y && Math.min(a.y, b.y) <= max.y;
}

function tracePath(ctx: CanvasRenderingContext2D, shape: Parameters<typeof shapePoints>[0], x: number, y: number, r: number) {
  const points = shapePoints(shape, x, y, r);
  if (points.length === 0) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  ctx.moveTo(points[0]![0], points[0]![1]);
  for (const [px, py] of points.slice(1)) ctx.lineTo(px, py);
  ctx.closePath();
}
