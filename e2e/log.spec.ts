import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { kindText, levelSelect, region, valueInput, openOld } from './helpers';

/**
 * A mail reply quoting a reporter's dmesg (a reserved-bit hierarchy dump, two of its lines
 * re-wrapped by the mail client, then a WARN), trace-cmd output with old/new SPTE changes,
 * a guest page-walk line and a journal WARN carrying an SPTE.
 */
const MIXED_LOG = String.raw`On Mon, Nov 30, 2026, Some One wrote:
> On Sat, Nov 28, 2026, Reporter wrote:
> > dmesg:
> > [  812.113201] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:
> > [  812.113210] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0
> > [  812.113214] kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0
> > [  812.113217] kvm: ------ spte = 0x8000000102a40907 level = 2, rsvd
> > bits = 0x0
> > [  812.113221] kvm: ------ spte = 0x80100000fe00db77 level = 1, rsvd bits =
> > 0x10000000000000
> > [  812.113230] ------------[ cut here ]------------
> > [  812.113231] WARNING: CPU: 5 PID: 4567 at arch/x86/kvm/mmu/mmu.c:4382 kvm_mmu_page_fault+0x2f1/0x6a0 [kvm]
> >
> > And from trace-cmd:
> >   CPU 5/KVM-4567  [005] d..1.   812.110001: kvm_mmu_spte_requested: gfn fe00d pfn 12345f level 1
> >   CPU 5/KVM-4567  [005] d..1.   812.110003: kvm_tdp_mmu_spte_changed: as id 0 gfn fe00d level 1 old_spte 8000000000000000 new_spte 8600000123456b77
> >   CPU 5/KVM-4567  [005] .....   812.110004: kvm_mmu_paging_element: pte 80000000fe00d063 level 1
> >   CPU 2/KVM-4567  [002] d..1.   812.310001: kvm_tdp_mmu_spte_changed: as id 0 gfn 7f3a1 level 1 old_spte 8600000123456b77 new_spte 8200000123456b75
>
> Can you also check the journal?
> Nov 30 09:12:01 host kernel: kvm: Writable SPTE is not MMU-writable: 82000001234b77`;

const logTab = (page: Page) => page.getByRole('tab', { name: 'Log' });
const valueTab = (page: Page) => page.getByRole('tab', { name: 'Value' });
const logText = (page: Page) => page.getByRole('textbox', { name: 'Log text' });
const status = (page: Page) => page.getByTestId('log-status');
const list = (page: Page) => page.getByRole('grid', { name: 'SPTEs in the log' });
const row = (page: Page, line: number, role = 'spte') =>
  list(page).locator(`[role="row"][data-line="${line}"][data-role="${role}"]`);

async function pasteMixedLog(page: Page) {
  await openOld(page);
  await logTab(page).click();
  await logText(page).fill(MIXED_LOG);
  await expect(status(page)).toHaveText('Found 9 SPTEs in 21 lines.');
}

test.describe('paste a log', () => {
  test('every SPTE is listed with its line, role, level, kind and worst finding; nothing else', async ({
    page,
  }) => {
    await pasteMixedLog(page);
    await expect(list(page).getByRole('row')).toHaveCount(10); // header + 9
    const lines = await list(page)
      .locator('[role="row"][data-line]')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.getAttribute('data-line')} ${r.getAttribute('data-role')}`),
      );
    expect(lines).toEqual([
      '5 spte',
      '6 spte',
      '7 spte',
      '9 spte',
      '16 old',
      '16 new',
      '18 old',
      '18 new',
      '21 spte',
    ]);

    await expect(row(page, 5)).toContainText('0x8000000102a3e907');
    await expect(row(page, 5).getByRole('gridcell').nth(2)).toHaveText('level 4');
    await expect(row(page, 5)).toContainText('non-leaf');
    await expect(row(page, 9)).toContainText('shadow-present leaf');
    await expect(row(page, 9)).toContainText('SPTE-W002 Writable without MMU-writable');
    await expect(row(page, 16, 'old')).toContainText('0x8000000000000000');
    await expect(row(page, 16, 'old')).toContainText('non-present');
    await expect(row(page, 16, 'new')).toContainText('0x8600000123456b77');
    // The journal WARN prints no level: decoded at level 1.
    await expect(row(page, 21).getByRole('gridcell').nth(2)).toContainText('no level (read at 1)');
    await expect(row(page, 21)).toContainText('kvm: Writable SPTE is not MMU-writable: 82000001234b77');

    // The guest PTE, gfns, pfns and addresses are not SPTEs.
    for (const notAnSpte of [
      '0x80000000fe00d063',
      '0x00000000000fe00d',
      '0x000000000007f3a1',
      '0x000000000012345f',
    ])
      await expect(list(page)).not.toContainText(notAnSpte);
    await expect(list(page).locator('[data-line="17"]')).toHaveCount(0);
  });

  test('the log’s wording suggests kernels; a click applies one', async ({ page }) => {
    await pasteMixedLog(page);
    const hints = region(page, 'Kernel hints from the log');
    await expect(hints).toContainText('The log’s wording points to kernel 6.3 and later.');
    await expect(hints).toContainText('6.3 and later (line 4)');
    await hints.getByRole('button', { name: 'Use 6.10 – 6.12' }).click();
    await valueTab(page).click();
    await expect(page.getByRole('combobox', { name: 'Kernel version' })).toHaveValue('6.12');
    await expect(page).toHaveURL(/&kernel=6\.12$/);
  });

  test('clicking a row opens it in the inspector at its level, as one undo step', async ({ page }) => {
    await pasteMixedLog(page);
    await row(page, 6).click();
    await expect(valueTab(page)).toHaveAttribute('aria-selected', 'true');
    await expect(valueInput(page)).toHaveValue('0x8000000102a3f907');
    await expect(levelSelect(page)).toHaveValue('3');
    await expect(kindText(page)).toHaveText('non-leaf');
    await expect(page).toHaveURL(/#v=0x8000000102a3f907&preset=ept-ad&level=3&kernel=7\.1$/);

    await page.getByRole('button', { name: /Undo/ }).click();
    await expect(valueInput(page)).toHaveValue('0x8600000123456b77');
    await expect(levelSelect(page)).toHaveValue('1');

    // The log is still there, as pasted.
    await logTab(page).click();
    await expect(logText(page)).toHaveValue(MIXED_LOG);
    await expect(list(page).getByRole('row')).toHaveCount(10);

    // Keyboard: the row opened last is still the active one; arrows move, Enter opens.
    await list(page).focus();
    await expect(row(page, 6)).toHaveAttribute('data-active', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(valueInput(page)).toHaveValue('0x8000000102a40907');
    await expect(levelSelect(page)).toHaveValue('2');
  });

  test('a hierarchy dump is one walk, root to leaf, with the broken level flagged', async ({ page }) => {
    await pasteMixedLog(page);
    const walk = region(page, 'Walk');
    await expect(walk).toContainText('Walk 1 of 1 · lines 5–9');
    const levels = walk.getByRole('list', { name: 'Walk, root to leaf' }).getByRole('listitem');
    await expect(levels).toHaveCount(4);
    expect(await levels.evaluateAll((items) => items.map((i) => i.getAttribute('data-level')))).toEqual([
      '4',
      '3',
      '2',
      '1',
    ]);
    await expect(levels.nth(0)).toContainText('non-leaf');
    await expect(levels.nth(0)).not.toContainText('broken');
    await expect(levels.nth(3)).toHaveAttribute('data-broken', 'true');
    await expect(levels.nth(3)).toContainText('broken');
    await expect(levels.nth(3)).toContainText('SPTE-W002 Writable without MMU-writable');
    await expect(walk.getByTestId('walk-summary')).toHaveText(
      'Broken at level 1: Writable without MMU-writable.',
    );
    await walk.getByRole('button', { name: 'Open level 4 (line 5) in the inspector' }).click();
    await expect(levelSelect(page)).toHaveValue('4');
  });

  test('old/new pairs and picked rows are diffed: changed bits, transition, flush decisions', async ({
    page,
  }) => {
    await pasteMixedLog(page);
    const diff = region(page, 'Diff');
    await expect(diff).toContainText('kvm_tdp_mmu_spte_changed, line 16 (pair 1 of 2)');
    await expect(diff.getByTestId('transition-name')).toHaveText('Map: non-present → present');

    await diff.getByRole('button', { name: 'Next pair' }).click();
    await expect(diff.getByTestId('transition-name')).toHaveText(
      'Write-protect for shadowing: W and MMU-writable cleared',
    );
    await expect(diff.getByTestId('changed-bits')).toHaveText('changed bits: 58, 1 (MMU-writable, W)');
    await expect(diff.getByRole('img', { name: /changed bits: 58, 1/ })).toBeVisible();
    await expect(diff.locator('[data-marked]')).toHaveCount(4); // two bits, in both rows
    const leaf = diff.getByRole('row', { name: /leaf_spte_change_needs_tlb_flush/ });
    await expect(leaf).toContainText('true');
    await expect(leaf).toContainText('flush: MMU-writable cleared');
    await expect(diff.getByRole('row', { name: /tdp_map_flush/ })).toContainText('true');
    await expect(diff.getByRole('row', { name: /mmu_spte_update_flush/ })).toContainText(
      'flush (shadow MMU mmu_spte_update)',
    );

    // Any two rows, picked with Compare.
    await list(page).getByRole('checkbox', { name: 'Compare line 5 spte' }).check();
    await list(page).getByRole('checkbox', { name: 'Compare line 9 spte' }).check();
    await expect(diff).toContainText('Line 5 (spte) and line 9 (spte)');
    await expect(diff.getByTestId('transition-name')).toContainText('Unrecognised change');
    await expect(diff.getByTestId('changed-bits')).toContainText('changed bits: 52, 32, 31, 30,');
    await expect(valueTab(page)).toHaveAttribute('aria-selected', 'false');
    await diff.getByRole('button', { name: 'Clear comparison' }).click();
    await expect(diff).toContainText('kvm_tdp_mmu_spte_changed, line 18');
  });

  test('a value its message prints as present is labelled present, not MMIO, under a kernel that reads its bits as MMIO', async ({
    page,
  }) => {
    // The page's kernel (7.1) is the user's choice: auto leaves it, and there W+X without R is EPT's MMIO pattern.
    await openOld(page);
    await logTab(page).click();
    await logText(page).fill(
      'kvm: spte = 0x0000000123456b76, level = 1, rsvd bits = 0x0\nkvm: ------ spte = 0x0000000123456b76 level = 1, rsvd bits = 0x0',
    );
    await expect(status(page)).toHaveText('Found 2 SPTEs in 2 lines.');
    // The make_spte WARN and the "…on MMU-present spte" walk both say the value is present.
    for (const line of [1, 2]) {
      const kind = row(page, line).getByRole('gridcell').nth(4);
      await expect(kind).toHaveText(/^present \(per its message\)/);
      await expect(kind).toContainText('its bits alone would read as MMIO SPTE');
    }
  });

  test('text with no SPTE says so and opens the list of lines that are read', async ({ page }) => {
    await openOld(page);
    await logTab(page).click();
    const help = page.getByRole('group').filter({ has: page.getByText('Which lines are read') });
    await expect(help).not.toHaveAttribute('open');
    await logText(page).fill('kvm_mmu_paging_element: pte 80000000fe00d063 level 1\nhello 0x1234');
    await expect(status(page)).toHaveText('Found 0 SPTEs in 2 lines.');
    await expect(page.getByText('No line of this text is one the kernel prints an SPTE in.')).toBeVisible();
    await expect(page.getByText('kvm_tdp_mmu_spte_changed', { exact: true })).toBeVisible();
    await expect(page.getByText(/Recognised and skipped.*kvm_mmu_paging_element/)).toBeVisible();
  });

  test('a 100,000-line paste is read off the main thread and listed', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openOld(page);
    await logTab(page).click();
    // 100,000 lines: 25,000 old/new changes, 25,000 SPTE traces, and 50,000 lines without an SPTE.
    await page.evaluate(async () => {
      const lines: string[] = [];
      for (let i = 0; i < 100_000; i++) {
        const g = (0x1000 + i).toString(16);
        if (i % 4 === 0)
          lines.push(
            `kvm_tdp_mmu_spte_changed: as id 0 gfn ${g} level 1 old_spte 86000001${g}b77 new_spte 86000001${g}b75`,
          );
        else if (i % 4 === 1) lines.push('kvm_mmu_paging_element: pte 80000000fe00d063 level 1');
        else if (i % 4 === 2) lines.push(`[ 1000.${i}] unrelated line ${i} 0x${g}`);
        else lines.push(`kvm_mmu_set_spte: gfn ${g} spte 86000002${g}b77 (rwxu) level 1 at 10a3c0f28`);
      }
      await navigator.clipboard.writeText(lines.join('\n'));
    });
    await logText(page).focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(status(page)).toHaveText('Found 75,000 SPTEs in 100,000 lines.', { timeout: 60_000 });
    await expect(page.getByRole('group', { name: 'Log text' })).toContainText('Pasted log: 100,000 lines');
    await expect(list(page)).toHaveAttribute('aria-rowcount', '75001');
    // Only the rows in view are in the page.
    expect(await list(page).getByRole('row').count()).toBeLessThan(60);
    await list(page).focus();
    await page.keyboard.press('End');
    await expect(row(page, 100_000)).toBeVisible();
    // The page still answers clicks.
    await row(page, 100_000).click();
    await expect(valueInput(page)).toHaveValue('0x860000021969fb77');
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe: Log mode with a walk and a diff (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await pasteMixedLog(page);
      await list(page).getByRole('checkbox', { name: 'Compare line 18 old' }).check();
      await list(page).focus();
      await page.keyboard.press('ArrowDown');
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
});
