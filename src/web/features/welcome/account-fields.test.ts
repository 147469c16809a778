import { describe, expect, it } from "vitest";
import { accountErrors } from "./account-fields.ts";

describe("accountErrors", () => {
  it("accepts a name, an e-mail address and a password of 12 characters", () => {
    expect(accountErrors({ name: "Sanne", email: "sanne@example.nl", password: "twelve-chars" })).toEqual({});
  });

  it("names every problem", () => {
    expect(accountErrors({ name: " ", email: "sanne", password: "short" })).toEqual({
      name: "form.error.required",
      email: "form.error.email",
      password: "form.error.passwordLength",
    });
  });
});
