import { describe, expect, it } from "vitest";
import { KNOWN_ACTIONS } from "../features/activity/activity-action.ts";
import { en, type UiKey } from "./en.ts";
import { nl } from "./nl.ts";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("UI texts", () => {
  it("have the same placeholders in Dutch and English", () => {
    for (const key of Object.keys(en) as UiKey[]) {
      expect({ key, placeholders: placeholders(nl[key]) }).toEqual({
        key,
        placeholders: placeholders(en[key]),
      });
    }
  });

  it("are never empty", () => {
    for (const key of Object.keys(en) as UiKey[]) {
      expect(en[key].trim(), key).not.toBe("");
      expect(nl[key].trim(), key).not.toBe("");
    }
  });

  it("name every activity the log knows", () => {
    for (const action of KNOWN_ACTIONS) {
      expect(en).toHaveProperty([`activity.action.${action}`]);
      expect(nl).toHaveProperty([`activity.action.${action}`]);
    }
  });
});
