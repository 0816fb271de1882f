-- 0014 (issue 9): the county-wide register of equipment and platform accounts looks items up by
-- serial or login, whatever their station: issuing checks when a serial was last recovered, and
-- `register items --all` finds where a recovered item went next. Without these each lookup read
-- the whole table (quadratic over a province's register). Indexes only: no row changes.
CREATE INDEX equipment_by_serial ON equipment (serial, issued_on);
CREATE INDEX platform_account_by_login ON platform_account (login, platform, granted_on);
