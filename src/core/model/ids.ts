/** Branded string types: an id of one kind cannot be passed where another is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Identifier of a role (a position, 岗位). */
export type RoleId = Brand<string, 'RoleId'>;
/** Identifier of a function (a duty, 职能). */
export type FunctionId = Brand<string, 'FunctionId'>;
/** An A1 reference to a cell or range, without sheet name: `B7`, `A5:A9`. */
export type A1 = Brand<string, 'A1'>;

export const roleId = (s: string): RoleId => s as RoleId;
export const functionId = (s: string): FunctionId => s as FunctionId;
export const a1 = (s: string): A1 => s as A1;
