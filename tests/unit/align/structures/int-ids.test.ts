import { describe, expect, it } from "vitest";
import { IntIds } from "../../../../core/align/structures/int-ids";

describe("IntIds", () => {
  it("gives dense ids in order of first appearance and finds them again", () => {
    const ids = new IntIds(2);
    expect([ids.add(70), ids.add(5), ids.add(70), ids.add(0)]).toEqual([0, 1, 0, 2]);
    expect([ids.get(5), ids.get(0), ids.get(6)]).toEqual([1, 2, -1]);
    expect(ids.size).toBe(3);
  });

  it("grows past its first capacity", () => {
    const ids = new IntIds(1);
    for (let key = 0; key < 5000; key++) ids.add(key * 7919);
    for (let key = 0; key < 5000; key++) expect(ids.get(key * 7919)).toBe(key);
  });
});
