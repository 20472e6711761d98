// `base` with `more`'s properties set on a copy, in the order a spread gives ({ ...base, ...more }). A spread that adds
// properties gives each copy a hidden class of its own in V8 (node 20): the events and mentions the pipeline passes
// on would each have one, and every later stage would read them through megamorphic lookups. Object.assign shares them.
export function extended<T extends object, U extends object>(base: T, more: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, more);
}
