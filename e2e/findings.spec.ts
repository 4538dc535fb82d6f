import { expect, test } from '@playwright/test';
import { RULES, RULES_BY_ID } from '../src/core/index.ts';
import { bit, decodeAs, finding, kindText, open, region, openOld } from './helpers';

const SEVERITY_TEXT = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** Each rule's own example (the one the unit tests and `spte findings` use). */
/** Findings about a whole pasted text (K001, K002) are read in the Log tab, not from one value. */
const CASES = RULES.filter((r) => r.example.params === undefined && r.appliesTo.input !== 'text');
/** Examples that need a parameter changed in the Parameters panel. */
const WITH_PARAMS = RULES.filter((r) => r.example.params !== undefined);

test('only M003 needs a changed parameter (MMIO caching), tested below', () => {
  expect(WITH_PARAMS.map((r) => [r.id, r.example.params])).toEqual([
    ['SPTE-M003', { mmio_caching_param: false }],
  ]);
});

test.describe('findings', () => {
  for (const rule of CASES) {
    const ex = rule.example;
    test(`${rule.id} ${rule.title}`, async ({ page }) => {
      // Open on the example's kernel, then choose the host and level and type the value.
      await open(page, `#v=0x8600000123456b77&preset=ept-ad&level=1&kernel=${ex.kernel}`);
      await decodeAs(page, `0x${ex.value.toString(16)}`, ex.preset, ex.level);
      const item = finding(page, rule.id);
      await expect(item).toBeVisible();
      await expect(item).toContainText(rule.id);
      await expect(item).toContainText(rule.title);
      await expect(item).toContainText(SEVERITY_TEXT[rule.severity]);
      await expect(item).toHaveAttribute('data-severity', rule.severity);
      const button = item.getByRole('button', { name: /^Highlight bit/ });
      if ((await button.count()) > 0) {
        const label = (await button.textContent()) ?? '';
        const bits = [...label.split('(')[0]!.matchAll(/\d+/g)].map((m) => Number(m[0]));
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        for (const b of bits) await expect(bit(page, b)).toHaveAttribute('data-pinned', 'true');
        await button.click();
        await expect(bit(page, bits[0]!)).not.toHaveAttribute('data-pinned');
      }
    });
  }

  test('SPTE-M003 MMIO pattern with MMIO caching disabled', async ({ page }) => {
    const ex = RULES_BY_ID.get('SPTE-M003')!.example;
    await open(page, `#v=0x8600000123456b77&preset=ept-ad&level=1&kernel=${ex.kernel}`);
    await decodeAs(page, `0x${ex.value.toString(16)}`, ex.preset, ex.level);
    await expect(finding(page, 'SPTE-M003')).toHaveCount(0);
    await page.getByRole('button', { name: /^Parameters/ }).click();
    await page.getByLabel('MMIO caching (kvm.mmio_caching)').uncheck();
    await expect(finding(page, 'SPTE-M003')).toContainText('MMIO pattern with MMIO caching disabled');
    await expect(finding(page, 'SPTE-M003')).toHaveAttribute('data-severity', 'info');
  });
});

test.describe('deliberate oddities are explained, not flagged', () => {
  const ODDITIES = [
    { what: 'MMIO', value: '0x0000000012345006', preset: 'ept-ad', id: 'SPTE-M001', kind: 'MMIO SPTE' },
    { what: 'frozen', value: '0x80000000000005a0', preset: 'ept-ad', id: 'SPTE-F001', kind: 'frozen' },
    {
      what: 'non-present',
      value: '0x8000000000000000',
      preset: 'ept-ad',
      id: 'SPTE-N001',
      kind: 'non-present',
    },
    {
      what: 'access-tracked',
      value: '0x8750000123456a70',
      preset: 'ept-noad',
      id: 'SPTE-T001',
      kind: 'access-tracked',
    },
  ];
  for (const o of ODDITIES)
    test(o.what, async ({ page }) => {
      await openOld(page);
      await decodeAs(page, o.value, o.preset);
      await expect(kindText(page)).toHaveText(new RegExp(`^${o.kind}`));
      const panel = region(page, 'Findings');
      await expect(panel).toContainText('No problems.');
      await expect(panel.locator('li[data-severity="error"], li[data-severity="warning"]')).toHaveCount(0);
      await expect(finding(page, o.id)).toHaveAttribute('data-severity', 'info');
      await expect(finding(page, o.id)).toContainText('Info');
    });
});
