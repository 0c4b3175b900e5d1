/**
 * The one home of the `<list>[<index>].<member>` scheme: how an entry's member of a list parameter
 * (`insured_member_details[0].name`) is named in form controls, form values and validation issues.
 * It lives in the contract because the validator reports issues under these names too.
 */

/** The name of row `index`'s `member` in the list parameter `list`. */
export const itemName = (list: string, index: number, member: string) => `${list}[${index}].${member}`;

/** What every control of one row begins with: `insured_member_details[0].`. */
export const rowPrefix = (list: string, index: number) => `${list}[${index}].`;

/** `insured_member_details[0].name` → its list, row index and member; undefined for any other name. */
export function parseItemName(name: string): { parent: string; index: number; member: string } | undefined {
  const match = /^(.+)\[(\d+)\]\.(.+)$/.exec(name);
  return match ? { parent: match[1]!, index: Number(match[2]), member: match[3]! } : undefined;
}

/** Whether `name` is `list` itself or one of its rows' members. */
export const inList = (name: string, list: string) => name === list || name.startsWith(`${list}[`);
