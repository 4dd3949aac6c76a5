import { describe, expect, it } from "vitest";
import { privacyContactSchema } from "./schema";
import { privacyPage } from "./page";

const t = (key: string) => key;
const hostile = `<script>alert(1)</script>`;

describe("/privasi", () => {
  it("shows where to send a request: the office, its address, email, phone and hours, escaped", () => {
    const page = privacyPage(t, 180, {
      office: `Sekretariat ${hostile}`,
      address: "Jl. Contoh No. 1",
      email: "data@contoh.example",
      phone: "0736-21011",
      hours: "Senin-Jumat",
    }).value;
    const contact = page.slice(page.indexOf('<address id="privacy-controller"'));
    expect(contact).toContain("Sekretariat &lt;script&gt;");
    expect(contact).toContain("Jl. Contoh No. 1");
    expect(contact).toContain('<a href="mailto:data@contoh.example">data@contoh.example</a>');
    expect(contact).toContain('<a href="tel:+62736');
    expect(contact).toContain("Senin-Jumat");
    expect(page).not.toContain("<script>");
  });

  it("shows no empty contact block before the secretariat fills it", () => {
    expect(privacyPage(t, 180, null).value).not.toContain("privacy-controller");
  });
});

describe("the controller's contact form", () => {
  it("needs the office; takes blanks as none; refuses a bad email or phone with field codes", () => {
    expect(
      privacyContactSchema.safeParse({ office: "", address: "", email: "", phone: "", hours: "" }).error?.issues.map((i) => [i.path[0], i.message]),
    ).toEqual([["office", "required"]]);
    expect(privacyContactSchema.parse({ office: "Sekretariat Daerah", address: "", email: "", phone: "", hours: "" })).toEqual({
      office: "Sekretariat Daerah",
    });
    const bad = privacyContactSchema.safeParse({ office: "Sekretariat Daerah", email: "bukan email", phone: "telepon" });
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "email"],
      ["phone", "phone"],
    ]);
  });
});
