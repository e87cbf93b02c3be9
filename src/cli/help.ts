export const VERSION = '0.1.0';

export const HELP = `service-org — validate roles, reporting lines and responsibility matrices in Excel workbooks

Usage:
  service-org audit FILE... [options]         check workbooks (.xlsx or .csv) and print their findings
  service-org jd FILE... --out DIR [options]  write one job description (岗位说明书) per role, and an index.md
  service-org chart FILE --svg OUT.svg [--png OUT.png] [options]
                                              draw the org chart, with the findings badged on the boxes
  service-org quality FILE... [--out DIR] [options]
                                              report the service-quality survey: gaps, CSI, priorities, five gaps
  service-org template OUT.xlsx [options]     write a blank input template, or the bundled example
  service-org --help | --version

audit options:
  --json               print {files:[{file, findings:[...], summary}]} instead of text
  --lang en|zh-CN      language of messages (default: from LANG, else en)
  --map MAPPING.json   column mapping for foreign sheets (see mappings/ and the README)
  --combine            read all FILEs as one workbook (e.g. an organogram's senior and junior CSVs)
  --out OUT.xlsx       write a copy of the workbook with a Findings sheet added (one FILE, or --combine)
  --quiet              print only errors (text output)
  --as-of YYYY-MM-DD   judge job analysis dates as of this day (default: today)

jd options:
  --out DIR            folder to write into: one file per role, named after its RoleId, and index.md
                       (several FILEs without --combine get a subfolder each)
  --format docx|md     Word documents (default) or Markdown
  --lang en|zh-CN      language of the job descriptions (default: from LANG, else en)
  --map MAPPING.json   column mapping for foreign sheets
  --combine            read all FILEs as one workbook
  --as-of YYYY-MM-DD   judge job analysis dates as of this day (default: today)
  --quiet              print only the summary line, not the roles that need attention

chart options:
  --svg OUT.svg        write the chart as SVG (at least one of --svg and --png)
  --png OUT.png        write it as PNG too (needs a Chinese font for Chinese titles: fonts-noto-cjk)
  --scale N            PNG pixels per SVG pixel (default 2; less if need be: at most 16384 px a side, 64 Mpx)
  --root ID            draw only this role and those below it (a RoleId, or a unique title)
  --depth N            draw N layers (1 = the heads only); a box says how many roles it folds (+42)
  --collapse ID[,ID]   fold these roles' subtrees into their boxes (RoleIds or unique titles)
  --lang en|zh-CN      language of the labels and tooltips (default: from LANG, else en)
  --map MAPPING.json   column mapping for foreign sheets
  --combine            read all FILEs as one workbook (an organogram's senior and junior CSVs)
  --as-of YYYY-MM-DD   judge job analysis dates as of this day (default: today)

quality options:
  --out DIR            also write service-quality-radar.svg/.png and service-quality-gaps.svg/.png there
                       (several FILEs without --combine get a subfolder each)
  --json               print {files:[{file, serviceQuality, fiveGaps}]} instead of text
  --scale N            PNG pixels per SVG pixel (default 2)
  --lang en|zh-CN      language of the report and the charts (default: from LANG, else en)
  --map MAPPING.json   column mapping for foreign sheets
  --combine            read all FILEs as one workbook
  --as-of YYYY-MM-DD   judge job analysis dates as of this day (default: today)
  The survey is a sheet named Survey (问卷): RespondentId, Dimension, Item, Expectation, Perception,
  optional Importance; \`service-org template --example\` writes one.

template options:
  --example            write the bundled example (a customer-service department) instead of a blank template
  --lang en|zh-CN      language of sheet names, headers and the example (default: from LANG, else en)

Exit codes (audit): 0 no errors · 1 errors found · 2 unusable input (unreadable file, bad mapping, no Roles table)
Exit codes (jd):    0 every job description valid · 1 some need attention · 2 unusable input
Exit codes (chart): 0 chart written · 2 unusable input or a --root that names no role
Exit codes (quality): 0 survey analysed · 2 unusable input or no survey found

Examples:
  service-org audit examples/service-org-example.en.xlsx
  service-org audit clients/*.xlsx --json > findings.json
  service-org audit --map mappings/uk-organogram.json --combine senior.csv junior.csv
  service-org jd examples/service-org-example.zh-CN.xlsx --out jd --lang zh-CN
  service-org chart examples/service-org-example.zh-CN.xlsx --svg chart.svg --png chart.png --lang zh-CN
  service-org chart --map mappings/uk-organogram.json --combine senior.csv junior.csv --svg ho.svg --depth 3
  service-org quality examples/service-org-example.zh-CN.xlsx --out quality --lang zh-CN
  service-org template roles.xlsx --lang zh-CN
`;
