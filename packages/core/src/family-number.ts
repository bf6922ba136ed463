/**
 * Address family numbers that carry their AF_ name in the type.
 *
 * At run time a `FamilyNumber<'AF_INET'>` is a plain number (this platform's
 * AF_INET); the name exists only for the type checker, so that a socket's
 * address type can follow the family it was created with (see
 * `AddressTypes`). Any number is still accepted where a family is expected.
 */
declare const familyBrand: unique symbol;

export type FamilyNumber<Name extends string = string> = number & { readonly [familyBrand]?: Name };
