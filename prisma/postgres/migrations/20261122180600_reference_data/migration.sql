-- Reference data every environment needs (not demo data): the kinds of service unit and the
-- default scoring settings of domain.md (weights 50/25/25, zones red <= 50.99, yellow <= 80.99,
-- deadlines 5 working days / 14 / 30 days, sample floor 30).
INSERT INTO "UnitType" ("code", "nameId", "nameEn") VALUES
  ('rumah-sakit', 'Rumah sakit', 'Hospital'),
  ('dinas', 'Dinas / badan (OPD)', 'Agency (OPD)'),
  ('puskesmas', 'Puskesmas', 'Community health centre'),
  ('kecamatan', 'Kantor kecamatan', 'District office'),
  ('kelurahan', 'Kantor kelurahan', 'Urban village office'),
  ('bumd', 'Perusahaan daerah (BUMD)', 'City-owned company');

INSERT INTO "ScoringSettings" ("scope", "weightSatisfaction", "weightComplaints", "weightStandards",
  "zoneRedMax", "zoneYellowMax", "verifyDays", "answerDays", "closeDays", "sampleFloor", "updatedAt")
VALUES ('default', 50, 25, 25, 50.99, 80.99, 5, 14, 30, 30, CURRENT_TIMESTAMP);
