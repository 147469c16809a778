import { describe, expect, it } from "vitest";
import { invitationLink } from "./invitation-link.ts";

describe("invitationLink", () => {
  it("turns the server's path into a full link on this site", () => {
    expect(invitationLink("https://aware.example.nl", "/invite/abc123")).toBe(
      "https://aware.example.nl/invite/abc123",
    );
    expect(invitationLink("http://localhost:8080", "/invite/a%2Fb")).toBe(
      "http://localhost:8080/invite/a%2Fb",
    );
  });
});
