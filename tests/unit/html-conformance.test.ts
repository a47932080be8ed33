import { describe, expect, it } from 'vitest';
import { conformanceProblems } from '@/lib/testing/html-conformance';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('conformanceProblems', () => {
  it('passes a page that conforms, inline SVG with styles and a figure captioned last included', async () => {
    const body =
      '<main><figure><svg viewBox="0 0 1 1" style="max-width:1px"><foreignObject><div>label</div></foreignObject></svg><figcaption id="c">Figure: x</figcaption></figure><details><summary>Table</summary><table><tr><td>1</td></tr></table></details><p>a<br/>b</p></main>';
    expect(await conformanceProblems(page(body), 'ok.html')).toEqual([]);
  });

  it('reports a figcaption that is neither first nor last in its figure, at file, line and column', async () => {
    const body = '<figure><svg></svg><figcaption>c</figcaption>\n<details><summary>s</summary>x</details></figure>';
    expect(await conformanceProblems(page(body), 'retry.html')).toEqual([
      expect.stringMatching(/^retry\.html:2:2 element-permitted-order: Element <details> must be used before <figcaption>/),
    ]);
  });

  it("reports duplicate ids, a <div> as a list's child and elements closed out of order", async () => {
    const problems = await conformanceProblems(page('<h2 id="a">x</h2><p id="a">y</p><ul><div>z</div></ul><b><i>w</b></i>'), 'bad.html');
    expect(problems.map((problem) => problem.split(' ')[1])).toEqual(
      expect.arrayContaining(['no-dup-id:', 'element-permitted-content:', 'close-order:']),
    );
  });
});
