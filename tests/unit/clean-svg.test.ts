import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSvg } from '@/lib/diagrams/clean-svg';
import { diagramCache } from '@/lib/diagrams/diagram-cache';

const POISONED = `<svg xmlns="http://www.w3.org/2000/svg" id="m1" onload="alert(1)">
<style><![CDATA[#m1 .node{fill:red} body{display:none} @import url(https://example.com/x.css); #m1 .x{background:url(https://example.com/t.png)}]]></style>
<script>alert(2)</script>
<a href="javascript:alert(3)"><text>x</text></a><a href="/notes/cqrs/"><text>ok</text></a>
<foreignObject><div class="label" onclick="alert(4)"><iframe src="https://example.com"></iframe><span style="position:fixed;inset:0">y</span></div></foreignObject>
<animate attributeName="href" to="javascript:alert(5)"/><set attributeName="onclick" to="alert(6)"/>
</svg>`;

describe('SVGs from the content folder are cleaned before a page inlines or publishes them', () => {
  it('drops scripts, handlers, animations, unsafe addresses and CSS that reaches outside the drawing', () => {
    const clean = cleanSvg(POISONED, { labels: true });
    for (const trace of ['alert', 'onload', 'onclick', 'iframe', 'body{', '@import', 'url(', 'position:fixed', 'animate', '<set'])
      expect(clean).not.toContain(trace);
    expect(clean).toContain('#m1 .node{fill:red}');
    expect(clean).toContain('href="/notes/cqrs/"');
    expect(clean).toContain('<div class="label"><span>y</span></div>');
  });

  it('drops HTML altogether from a standalone image', () => {
    expect(cleanSvg(POISONED, { labels: false })).not.toContain('foreignObject');
  });

  it("leaves Mermaid's own diagrams whole: every rule and label kept", () => {
    const dir = path.join(process.cwd(), 'content/.diagrams');
    for (const name of readdirSync(dir).slice(0, 5)) {
      const svg = readFileSync(path.join(dir, name), 'utf8');
      const clean = cleanSvg(svg, { labels: true });
      expect(clean.match(/<foreignObject/g)?.length).toBe(svg.match(/<foreignObject/g)?.length);
      expect(clean.match(/\{/g)?.length).toBe(svg.match(/\{/g)?.length);
    }
  });

  it('reads no cached diagram that is a link to another file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-diagrams-'));
    const cache = diagramCache(dir, 'test');
    const secret = path.join(dir, '..', `secret-${path.basename(dir)}.txt`);
    writeFileSync(secret, 'TOKEN=abc');
    symlinkSync(secret, cache.file('graph LR; a-->b'));
    expect(cache.read('graph LR; a-->b')).toBeUndefined();
  });
});
