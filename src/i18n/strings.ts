/** The same keys as a reference resource, with string values: what every other language must supply. */
export type DeepStrings<T> = T extends string ? string : { [K in keyof T]: DeepStrings<T[K]> };
