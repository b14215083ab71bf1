/**
 * Choices for react-admin inputs from an enumeration of @tracker/contracts: the value is the
 * contract's value and the label a translation key, which react-admin translates.
 */
export const choicesOf = (prefix: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));
