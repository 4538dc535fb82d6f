import { expect, test, type Page } from '@playwright/test';
import { hostSelect, open } from './helpers';

/** The SEV-SNP report (AMDESE/AMDSEV issue 235): an NPT host on a 6.9 development kernel. */
const SNP_REPORT = String.raw`[ 1039.036906] kvm: Invalid SPTE change: cannot replace a present leaf
               SPTE with another present leaf SPTE mapping a
               different PFN!
               as_id: 0 gfn: 24805 old_spte: 68b805e67 new_spte: 1a9069e27 level: 1
[ 1039.036937] ------------[ cut here ]------------
[ 1039.036991] kernel BUG at arch/x86/kvm/mmu/tdp_mmu.c:475!
[ 1039.037024] CPU: 19 PID: 3244 Comm: qemu-system-x86 Not tainted 6.9.0-rc7-snp-host-05b10142ac6a #2
[ 1039.037058] RIP: 0010:handle_changed_spte+0x9fb/0xa00 [kvm]`;

const decision = (page: Page) => page.getByRole('region', { name: 'Kernel and host read from the log' });
const valueLine = (page: Page) => page.getByRole('group', { name: 'Kernel and host choice' });
const list = (page: Page) => page.getByRole('grid', { name: 'SPTEs in the log' });

test('a pasted report is read with the kernel and host it comes from, and one click overrides', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('tab', { name: 'Log' }).click();
  await page.getByRole('textbox', { name: 'Log text' }).fill(SNP_REPORT);
  await expect(page.getByTestId('log-status')).toHaveText('Found 2 SPTEs in 8 lines.');

  // The decision line, with its evidence, applied to the list: NPT leaves are fine there.
  await expect(page.getByTestId('log-decision')).toContainText('Read as 5.18 – 6.9 on AMD NPT');
  await expect(page.getByTestId('log-decision')).toContainText('kernel 6.9.0-rc7-snp-host');
  await expect(page.getByTestId('log-decision')).toContainText('AMD traces');
  await expect(decision(page)).toContainText('The list is decoded for this reading.');
  await expect(list(page)).not.toContainText('SPTE-W002');

  // Applying the log's decision is auto: the Value tab says so, with the log's evidence.
  await page.getByRole('tab', { name: 'Value' }).click();
  await expect(valueLine(page)).toContainText('Read as 5.18 – 6.9 on AMD NPT (auto, from the log');
  await expect(valueLine(page)).toContainText('kernel 6.9.0-rc7-snp-host');
  await expect(valueLine(page).getByRole('button', { name: 'Back to auto' })).toHaveCount(0);

  // Overriding with Intel EPT reads the same values differently (W without MMU-writable there).
  await hostSelect(page).selectOption('ept-ad');
  await expect(valueLine(page)).toContainText('Your choice');
  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(list(page)).toContainText('SPTE-W002');
  // The override is not silently replaced; the decision offers to go back.
  await expect(
    decision(page).getByRole('button', { name: 'Use 5.18 – 6.9 on AMD NPT', exact: true }),
  ).toBeVisible();
  await decision(page).getByRole('button', { name: 'Use 5.18 – 6.9 on AMD NPT', exact: true }).click();
  await expect(list(page)).not.toContainText('SPTE-W002');
  // That click is the user's choice, not auto's.
  await page.getByRole('tab', { name: 'Value' }).click();
  await expect(valueLine(page)).toContainText('Your choice');
  await expect(valueLine(page).getByRole('button', { name: 'Back to auto' })).toBeVisible();
});

/** Old walk wording (5.12 and before) around a leaf only 6.10 – 7.1 builds: a kernel between releases. */
const BETWEEN_RELEASES = String.raw`[  212.100001] get_mmio_spte: detect reserved bits on spte, addr 0xfe00d000, dump hierarchy:
[  212.100003] ------ spte 0x8000000102a3e907 level 4.
[  212.100005] ------ spte 0x8000000102a3f907 level 3.
[  212.100006] ------ spte 0x8000000102a40907 level 2.
[  212.100007] ------ spte 0x8600000123456b77 level 1.
[  212.100030]  vmx_handle_exit+0x12/0x40 [kvm_intel]`;

test('wording that the values rule out is shown, but its era is not offered; the conflict is the finding', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('tab', { name: 'Log' }).click();
  await page.getByRole('textbox', { name: 'Log text' }).fill(BETWEEN_RELEASES);
  await expect(page.getByTestId('log-status')).toHaveText('Found 4 SPTEs in 6 lines.');
  await expect(decision(page).getByRole('note')).toContainText('SPTE-K001');

  const hints = page.getByRole('region', { name: 'Kernel hints from the log' });
  await expect(hints).toContainText('The log’s wording points to kernel up to 5.12.');
  await expect(hints).toContainText('Not offered: 5.10 – 5.12. The SPTE values in the log rule it out.');
  await expect(hints.getByRole('button', { name: /^Use / })).toHaveCount(0);
});
