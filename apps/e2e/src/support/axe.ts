import AxeBuilder from '@axe-core/playwright';
import { Page, expect } from '@playwright/test';

/** WCAG 2.2 AA as axe-core checks it (A and AA rules of 2.0, 2.1 and 2.2). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and fails with a readable list (rule, impact, the
 * elements) when anything violates WCAG 2.2 AA. Wait for the content under test first.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(violations, `axe found WCAG violations on ${page.url()}`).toEqual([]);
}
