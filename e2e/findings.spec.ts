import { expect, test } from '@playwright/test';
import { RULES } from '../src/core/index.ts';
import { bit, decodeAs, finding, kindText, open, region, openOld } from './helpers';

/** A value that triggers each finding (found with `npm run spte -- decode --preset X VALUE`). */
const CASES: { id: string; value: string; preset?: string; level?: number; mainline?: boolean }[] = [
  { id: 'SPTE-W001', value: '0x8400000123456b77' },
  { id: 'SPTE-W002', value: '0x8200000123456b77' },
  { id: 'SPTE-W003', value: '0x8600000123456b77' },
  { id: 'SPTE-A001', value: '0x8630000123456b77' },
  { id: 'SPTE-A002', value: '0x0010000123456e67', preset: 'npt' },
  { id: 'SPTE-A003', value: '0x8620000123456b77' },
  { id: 'SPTE-A004', value: '0x8610000123456b77' },
  { id: 'SPTE-T001', value: '0x8750000123456a70', preset: 'ept-noad' },
  { id: 'SPTE-T002', value: '0x8640000123456b77' },
  { id: 'SPTE-R001', value: '0x8600400123456b77' },
  { id: 'SPTE-R002', value: '0x8600000123456b57' },
  { id: 'SPTE-P001', value: '0x0600000123456b77' },
  { id: 'SPTE-P002', value: '0x8600000123456b70' },
  { id: 'SPTE-P003', value: '0x8000000123456903', level: 2 },
  { id: 'SPTE-P004', value: '0x8600000123456907', level: 2 },
  { id: 'SPTE-P005', value: '0x8600000123456bf7' },
  { id: 'SPTE-P006', value: '0x0000000123456e67', preset: 'npt-sme' },
  { id: 'SPTE-M001', value: '0x0000000012345006' },
  { id: 'SPTE-M002', value: '0x0000000012345806' },
  { id: 'SPTE-M004', value: '0x0000000012345006', preset: 'ept-ad-l1tf' },
  { id: 'SPTE-M005', value: '0x0008000012345006' },
  { id: 'SPTE-F001', value: '0x80000000000005a0' },
  { id: 'SPTE-N001', value: '0x8000000000000000' },
  { id: 'SPTE-N002', value: '0x0000000000000000' },
  { id: 'SPTE-N003', value: '0x8000000000000010' },
  { id: 'SPTE-L001', value: '0x8600000123456b77', level: 5 },
  // The 7.2 layout (mainline): user-execute (bit 10) without R, W or X.
  { id: 'SPTE-P007', value: '0x80a0000123456c70', mainline: true },
];

const SEVERITY_TEXT = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** Rules about older kernels; the page decodes for mainline, where they cannot fire. */
const OLDER_KERNELS_ONLY = ['SPTE-W004'];

test('every finding in the catalogue has a case here (M003 needs a custom host, below)', () => {
  expect([...CASES.map((c) => c.id), 'SPTE-M003', ...OLDER_KERNELS_ONLY].sort()).toEqual(
    RULES.map((r) => r.id).sort(),
  );
});

test.describe('findings', () => {
  for (const c of CASES) {
    const rule = RULES.find((r) => r.id === c.id)!;
    test(`${c.id} ${rule.title}`, async ({ page }) => {
      // The cases use the 6.13 – 7.1 layout unless marked mainline (7.2).
      if (c.mainline) await open(page);
      else await openOld(page);
      await decodeAs(page, c.value, c.preset, c.level);
      const item = finding(page, c.id);
      await expect(item).toBeVisible();
      await expect(item).toContainText(c.id);
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
    await openOld(page);
    await decodeAs(page, '0x0000000012345006');
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
