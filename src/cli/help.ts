export const VERSION = '0.1.0';

export const HELP = `service-org — validate roles, reporting lines and responsibility matrices in Excel workbooks

Usage:
  service-org audit FILE... [options]      check workbooks (.xlsx or .csv) and print their findings
  service-org template OUT.xlsx [options]  write a blank input template, or the bundled example
  service-org --help | --version

audit options:
  --json               print {files:[{file, findings:[...], summary}]} instead of text
  --lang en|zh-CN      language of messages (default: from LANG, else en)
  --map MAPPING.json   column mapping for foreign sheets (see mappings/ and the README)
  --combine            read all FILEs as one workbook (e.g. an organogram's senior and junior CSVs)
  --out OUT.xlsx       write a copy of the workbook with a Findings sheet added (one FILE, or --combine)
  --quiet              print only errors (text output)

template options:
  --example            write the bundled example (a customer-service department) instead of a blank template
  --lang en|zh-CN      language of sheet names, headers and the example (default: from LANG, else en)

Exit codes (audit): 0 no errors · 1 errors found · 2 unusable input (unreadable file, bad mapping, no Roles table)

Examples:
  service-org audit examples/service-org-example.en.xlsx
  service-org audit clients/*.xlsx --json > findings.json
  service-org audit --map mappings/uk-organogram.json --combine senior.csv junior.csv
  service-org template roles.xlsx --lang zh-CN
`;
