import { describe, expect, it } from "vitest";
import { publicAddressProblem } from "./public-address.mjs";

describe("the public address check", () => {
  it("names PUBLIC_BASE_URL when neither setting is set", () => {
    expect(publicAddressProblem({})).toEqual({ problem: "unset", setting: "PUBLIC_BASE_URL", value: null });
  });
  it("flags an address on this machine, in the setting in force", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3128/", "http://[::1]:3000", "http://app.localhost", "not a url"]) {
      expect(publicAddressProblem({ NEXTAUTH_URL: url })).toMatchObject({ problem: "local", setting: "NEXTAUTH_URL", value: url });
    }
    expect(publicAddressProblem({ PUBLIC_BASE_URL: "http://localhost:3000", NEXTAUTH_URL: "https://rapor.bengkulukota.go.id" })).toMatchObject({
      problem: "local",
      setting: "PUBLIC_BASE_URL",
    });
  });
  it("is content with a real address, PUBLIC_BASE_URL first", () => {
    expect(publicAddressProblem({ PUBLIC_BASE_URL: "https://rapor.bengkulukota.go.id" })).toBeNull();
    expect(publicAddressProblem({ NEXTAUTH_URL: "https://rapor.bengkulukota.go.id/" })).toBeNull();
    expect(publicAddressProblem({ PUBLIC_BASE_URL: "https://rapor.example", NEXTAUTH_URL: "http://localhost:3000" })).toBeNull();
  });
});
