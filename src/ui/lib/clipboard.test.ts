// @vitest-environment jsdom
// Copy on plain-http hosts: no Clipboard API outside secure contexts, so the text goes
// through a selected off-screen textarea and the browser's copy command.
import { afterEach, expect, test, vi } from 'vitest';
import { writeClipboard } from './clipboard';

afterEach(() => vi.unstubAllGlobals());

test('without a secure context the text is selected and copied with execCommand', async () => {
  vi.stubGlobal('isSecureContext', false);
  let selected = '';
  const exec = vi.fn(() => {
    selected = document.querySelector('textarea')?.value ?? '';
    return true;
  });
  document.execCommand = exec;
  await writeClipboard('0x8600000123456b77');
  expect(exec).toHaveBeenCalledWith('copy');
  expect(selected).toBe('0x8600000123456b77');
  expect(document.querySelector('textarea')).toBeNull();
});

test('a refused copy is an error the caller reports', async () => {
  vi.stubGlobal('isSecureContext', false);
  document.execCommand = () => false;
  await expect(writeClipboard('x')).rejects.toThrow(/refused/);
});
