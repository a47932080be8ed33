/**
 * A docs folder written for GitHub and Docusaurus (tests/fixtures/imported-wiki/content/docs):
 * admonitions, titled code blocks with marked lines, details, footnotes and relative links,
 * with the tools' own frontmatter keys set aside.
 */
import { expect, test } from '../fixtures';

test('Docusaurus admonitions become callouts, with their titles', async ({ page }) => {
  await page.goto('notes/getting-started/');
  const article = page.locator('article');
  await expect(article.locator('[data-callout="tip"]')).toContainText('Before you begin');
  await expect(article.locator('[data-callout="note"]')).toContainText('Docusaurus notes render as callouts too.');
  await expect(article.locator('[data-callout="danger"]')).toContainText('Data loss');
  await expect(article).not.toContainText(':::');
});

test("GitHub's Markdown in a .md note: a titled code block with its marked line, details, a footnote", async ({ page }) => {
  await page.goto('notes/getting-started/');
  const article = page.locator('article');
  await expect(article.getByText('config.ts', { exact: true })).toBeVisible();
  await expect(article.locator('mark.code-line')).toHaveText('  port: 3000,');
  await article.getByText('Why port 3000?').click();
  await expect(article.getByText('It is the default of every tool we use.')).toBeVisible();
  await expect(article.locator('a[href="#user-content-fn-1"]')).toHaveCount(1);
  await expect(article.locator('[id="user-content-fn-1"]')).toContainText('The source.');
});

test('relative links between files of the folder lead to their notes and headings', async ({ page }) => {
  await page.goto('notes/getting-started/');
  await page.locator('article').getByRole('link', { name: 'the install guide' }).click();
  await expect(page).toHaveURL(/\/notes\/install\/#requirements$/);
  await expect(page.locator('#requirements')).toBeVisible();
});
