import { expect, test } from 'vitest';
import { propertyDefinitions, remToPx, splitProperties } from './cssTransforms';

test('rem lengths become px at 16px, class names and identifiers stay', () => {
  expect(remToPx('a{padding:.25rem;margin:-1.5rem 2rem}')).toBe('a{padding:4px;margin:-24px 32px}');
  expect(remToPx('@media (width>=40rem){x{y:1rem}}')).toBe('@media (width>=640px){x{y:16px}}');
  const selector = '.\\@min-\\[96rem\\]\\:basis-1\\/8{flex-basis:12.5%}';
  expect(remToPx(selector)).toBe(selector);
  expect(remToPx('.text-\\[0\\.8rem\\]{--x-2rem:1}')).toBe('.text-\\[0\\.8rem\\]{--x-2rem:1}');
});

test('@property rules are split from the rest', () => {
  const css =
    '@property --tw-a{syntax:"*";inherits:false}.b{c:d}@property --tw-e{syntax:"*";inherits:false;initial-value:0}';
  const { properties, rest } = splitProperties(css);
  expect(rest).toBe('.b{c:d}');
  expect(properties.split('\n')).toHaveLength(2);
});

test('@property rules become CSS.registerProperty definitions', () => {
  const css =
    '@property --tw-a{syntax:"*";inherits:false}.b{c:d}@property --tw-e{syntax:"<length>";inherits:true;initial-value:0px}';
  expect(propertyDefinitions(css)).toEqual([
    { name: '--tw-a', syntax: '*', inherits: false },
    { name: '--tw-e', syntax: '<length>', inherits: true, initialValue: '0px' },
  ]);
});
