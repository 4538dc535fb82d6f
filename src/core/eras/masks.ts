/**
 * Kernel-specific mask derivation lives in ../masks.ts (one path for every kernel); this
 * module keeps the older import path.
 */

export { deriveMasks as deriveKernelMasks } from '../masks';
