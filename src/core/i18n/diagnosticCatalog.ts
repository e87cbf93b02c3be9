import type { Severity } from '../model/diagnostic';

/** Which part of the input or analysis a code belongs to (used to group findings). */
export type DiagnosticArea =
  | 'input'
  | 'cells'
  | 'roles'
  | 'structure'
  | 'responsibilities'
  | 'workload'
  | 'staffing'
  | 'jobs'
  | 'policy'
  | 'mapping'
  | 'survey';

export interface DiagnosticSpec {
  readonly severity: Severity;
  readonly area: DiagnosticArea;
  /** Message templates; `{name}` is replaced by the diagnostic's params. */
  readonly en: string;
  readonly zh: string;
  /** One line: why this is a finding, traced to DOMAIN.md or HR/spreadsheet practice. */
  readonly rationale: string;
}

/**
 * Every diagnostic code the product emits. Codes are stable: never rename one,
 * add a new code instead. docs/diagnostics.md is generated from this table
 * (`npm run docs:diagnostics`) and a test keeps the two in step.
 */
export const DIAGNOSTIC_CATALOG = {
  // ── Finding the input tables ────────────────────────────────────────────────
  INPUT_NO_ROLES: {
    severity: 'error',
    area: 'input',
    en: 'No Roles table found. Add an Excel table or a sheet named "Roles" (岗位) with RoleId and Title columns in row 1, or map another sheet’s columns. Sheets seen: {sheets}.',
    zh: '未找到岗位表。请添加名为“岗位”（Roles）的表格或工作表，第 1 行包含“岗位编号”和“岗位名称”列，或为其他工作表设置列映射。已有工作表：{sheets}。',
    rationale:
      'Every output is built from the roles; without them there is nothing to validate (PRODUCT.md, Inputs).',
  },
  INPUT_NO_RESPONSIBILITIES: {
    severity: 'warning',
    area: 'input',
    en: 'No Responsibilities table found: responsibility gaps, workload and duties cannot be checked. Add a table or sheet named "Responsibilities" (职责).',
    zh: '未找到职责表：无法检查职责空白、工作量和岗位职责。请添加名为“职责”（Responsibilities）的表格或工作表。',
    rationale:
      'The primary/partial/support matrix is how gaps and overlaps are found (DOMAIN.md §1).',
  },
  INPUT_EMPTY_TABLE: {
    severity: 'warning',
    area: 'input',
    en: 'The {table} table has headers but no data rows.',
    zh: '{table}表只有表头，没有数据行。',
    rationale:
      'An empty table is usually a paste that went to the wrong sheet; saying so beats silently producing empty outputs.',
  },
  HEADER_MISSING_REQUIRED: {
    severity: 'error',
    area: 'input',
    en: 'The {table} table has no "{column}" column (required). Rename a header or map the column.',
    zh: '{table}表缺少必需的“{column}”列。请修改表头或设置列映射。',
    rationale:
      'Required columns of the workbook contract (PRODUCT.md, Inputs); nothing can be read reliably without them.',
  },
  HEADER_DUPLICATE: {
    severity: 'warning',
    area: 'input',
    en: 'Header "{header}" is a second "{column}" column; only the first (at {first}) is read.',
    zh: '表头“{header}”与 {first} 重复对应“{column}”列，只读取第一列。',
    rationale:
      'Two columns for one field make it ambiguous which value counts; the first wins and the user is told.',
  },
  HEADER_UNKNOWN: {
    severity: 'info',
    area: 'input',
    en: 'Column "{header}" is not part of the {table} table and is ignored.',
    zh: '“{header}”列不属于{table}表的内容，已忽略。',
    rationale:
      'Extra columns are allowed (users keep notes beside the data) but should not vanish unannounced.',
  },
  HEADER_BLANK: {
    severity: 'warning',
    area: 'input',
    en: 'A column without a header holds data; it is ignored.',
    zh: '有一列没有表头但含有数据，已忽略。',
    rationale:
      'Data under a blank header cannot be attributed to a field; it is skipped, never guessed.',
  },
  // ── Cell values ─────────────────────────────────────────────────────────────
  CELL_ERROR_VALUE: {
    severity: 'warning',
    area: 'cells',
    en: '{column} holds the Excel error {value}; the cell is treated as blank.',
    zh: '“{column}”单元格为 Excel 错误值 {value}，按空白处理。',
    rationale:
      'Error values (#N/A from a failed lookup, #REF!) mean the source formula broke; the value is unknown, not zero.',
  },
  CELL_NUMBER_AS_TEXT: {
    severity: 'info',
    area: 'cells',
    en: '{column} holds the number {value} where text is expected; it is read as the text "{value}".',
    zh: '“{column}”应为文本，但单元格是数字 {value}，按文本“{value}”读取。',
    rationale:
      'A number in a text field is often an id or title mangled by Excel (leading zeros lost, 1E+15); worth a look.',
  },
  CELL_NOT_A_NUMBER: {
    severity: 'warning',
    area: 'cells',
    en: '{column} should be a number but holds "{value}"; {fallback} is used.',
    zh: '“{column}”应为数字，但单元格内容为“{value}”，改用 {fallback}。',
    rationale:
      'Headcount, effort and policy values drive calculations; a non-number must not silently count as zero.',
  },
  CELL_NUMBER_OUT_OF_RANGE: {
    severity: 'warning',
    area: 'cells',
    en: '{column} is {value}, outside the allowed range {range}; {fallback} is used.',
    zh: '“{column}”为 {value}，超出允许范围 {range}，改用 {fallback}。',
    rationale:
      'A negative headcount or effort is impossible; it is replaced, and the user is told, rather than skewing totals.',
  },
  CELL_TEXT_TOO_LONG: {
    severity: 'warning',
    area: 'cells',
    en: '{column} holds {length} characters; Excel cells hold at most {max}, so outputs show it shortened.',
    zh: '“{column}”含 {length} 个字符，超过 Excel 单元格上限 {max}，输出中将被截短。',
    rationale: 'Excel refuses cells over 32,767 characters; outputs must still be writable.',
  },
  CELL_MERGED: {
    severity: 'warning',
    area: 'cells',
    en: 'Merged cells {range} inside the {table} table: only the top-left cell’s value is read; unmerge and fill each row.',
    zh: '{table}表中有合并单元格 {range}：只读取左上角的值，请取消合并并逐行填写。',
    rationale:
      'Merging (common in printed position tables) leaves the other rows blank, so their values would be lost.',
  },
  ROW_HIDDEN: {
    severity: 'info',
    area: 'cells',
    en: 'Rows {rows} of the {table} table are hidden; they are read like any other row.',
    zh: '{table}表第 {rows} 行被隐藏；这些行照常读取。',
    rationale: 'Hidden or filtered rows still count; the user should know what is included.',
  },
  SHEET_AT_ROW_LIMIT: {
    severity: 'warning',
    area: 'cells',
    en: 'The {table} table reaches row {row}, the last row of the sheet: data beyond Excel’s limit may have been cut off when the file was made.',
    zh: '{table}表延伸到工作表最后一行（第 {row} 行），生成文件时超出 Excel 上限的数据可能已被截断。',
    rationale: 'An export that fills all 1,048,576 rows was almost certainly truncated by Excel.',
  },
  DATE_FROM_SERIAL: {
    severity: 'info',
    area: 'cells',
    en: '{column} holds the number {value}, read as the Excel date {date}; format the cell as a date.',
    zh: '“{column}”为数字 {value}，按 Excel 日期读取为 {date}；请将单元格设置为日期格式。',
    rationale:
      'An unformatted date serial is unreadable to people and easy to corrupt; the analysis date must be a real date (DOMAIN.md §2).',
  },
  DATE_FROM_TEXT: {
    severity: 'info',
    area: 'cells',
    en: '{column} holds the text "{value}", read as the date {date}; enter it as a real date so Excel can sort and filter it.',
    zh: '“{column}”为文本“{value}”，读取为日期 {date}；请录入为真正的日期，以便 Excel 排序和筛选。',
    rationale:
      'Text dates do not sort or filter as dates; reading them is a courtesy, not a guarantee.',
  },
  DATE_AMBIGUOUS: {
    severity: 'warning',
    area: 'cells',
    en: '{column} "{value}" could be day/month or month/day; it is read as {date}. Use YYYY-MM-DD.',
    zh: '“{column}”的“{value}”可能是日/月或月/日，按 {date} 读取。请使用 YYYY-MM-DD 格式。',
    rationale:
      '03/04/2024 is 3 April in the UK and 4 March in the US; a stale-description check must not depend on a guess.',
  },
  DATE_INVALID: {
    severity: 'warning',
    area: 'cells',
    en: '{column} "{value}" is not a date; it is treated as missing.',
    zh: '“{column}”的“{value}”不是日期，按缺失处理。',
    rationale:
      'The job analysis date shows whether a description is out of date (DOMAIN.md §2); an unreadable one is as good as missing.',
  },
  // ── Roles and reporting lines ───────────────────────────────────────────────
  ROLE_ID_BLANK: {
    severity: 'warning',
    area: 'roles',
    en: 'Role "{title}" has no RoleId; it gets the generated id {id}. Give it an id so other sheets can refer to it.',
    zh: '岗位“{title}”没有岗位编号，已生成编号 {id}。请补充编号，以便其他表引用。',
    rationale:
      'Ids tie the matrix and reporting lines to a role; a generated id is stable but nobody can type it.',
  },
  ROLE_IDS_GENERATED: {
    severity: 'info',
    area: 'roles',
    en: '{count} rows of {sheet} have no id column; each gets a stable generated id (same content, same id).',
    zh: '{sheet}中 {count} 行没有编号列，已为每行生成稳定编号（内容不变，编号不变）。',
    rationale:
      'Exports such as organogram junior grades have no ids; generated ids keep them in the organisation.',
  },
  ROLE_DUPLICATE_ID: {
    severity: 'error',
    area: 'roles',
    en: 'RoleId {id} is already used at {first} by a different role; this row is ignored.',
    zh: '岗位编号 {id} 已在 {first} 被另一个岗位使用，本行已忽略。',
    rationale:
      'An id must name one role, or reporting lines and the matrix point at the wrong post (d3 stratify: "duplicate").',
  },
  ROLE_DUPLICATE_ID_MERGED: {
    severity: 'warning',
    area: 'roles',
    en: 'RoleId {id} repeats {first} with the same title and manager (a job share?); the rows are merged, headcount {headcount}.',
    zh: '岗位编号 {id} 与 {first} 重复，且岗位名称和直接上级相同（岗位分担？），已合并，编制 {headcount}。',
    rationale:
      'Published organograms list job shares as repeated post ids; merging keeps the headcount right and the repeat visible.',
  },
  ROLE_TITLE_BLANK: {
    severity: 'error',
    area: 'roles',
    en: 'Role {id} has no Title; its id is shown instead.',
    zh: '岗位 {id} 没有岗位名称，以编号代替显示。',
    rationale:
      'Job descriptions and charts are read by title; settle one naming method first (DOMAIN.md §1, 设置岗位名称).',
  },
  ROLE_MANAGER_UNKNOWN: {
    severity: 'error',
    area: 'structure',
    en: 'Role {id} reports to "{manager}", which is not a RoleId in the roles; it is drawn as a head.',
    zh: '岗位 {id} 的直接上级“{manager}”不是已有的岗位编号，暂按最高岗位处理。',
    rationale:
      'Every position has a supervisor except the head (DOMAIN.md §3); a dangling link breaks the chart (d3 stratify: "missing").',
  },
  ROLE_MANAGER_BY_TITLE: {
    severity: 'info',
    area: 'structure',
    en: 'Role {id} reports to "{manager}", read as the title of role {managerId}; use the RoleId to be safe.',
    zh: '岗位 {id} 的直接上级“{manager}”按岗位名称匹配到 {managerId}；建议填写岗位编号。',
    rationale:
      'HR users often type the manager’s title; a unique title is accepted, but an id survives renaming.',
  },
  ROLE_SELF_REPORT: {
    severity: 'error',
    area: 'structure',
    en: 'Role {id} reports to itself; it is drawn as a head.',
    zh: '岗位 {id} 的直接上级是它自己，暂按最高岗位处理。',
    rationale: 'A role cannot supervise itself; usually a copy-paste slip in ReportsTo.',
  },
  ORG_CYCLE: {
    severity: 'error',
    area: 'structure',
    en: 'Reporting lines form a loop: {chain}. The loop is cut at {id}.',
    zh: '汇报关系形成循环：{chain}。已在 {id} 处断开。',
    rationale:
      'A loop has no head, so layers and spans are undefined (DOMAIN.md §3; d3 stratify: "cycle").',
  },
  ORG_MULTIPLE_HEADS: {
    severity: 'info',
    area: 'structure',
    en: 'Role {id} is one of {count} heads (roles that report to nobody); the chart shows a forest.',
    zh: '岗位 {id} 是 {count} 个最高岗位之一（无直接上级），组织图将并列显示多棵树。',
    rationale:
      'Several heads are allowed (a workbook may hold several units) but often mean a missing link.',
  },
  // ── Responsibilities ───────────────────────────────────────────────────────
  FUNC_ID_BLANK: {
    severity: 'warning',
    area: 'responsibilities',
    en: 'Function "{statement}" has no FunctionId; it gets the generated id {id}.',
    zh: '职能“{statement}”没有职能编号，已生成编号 {id}。',
    rationale: 'Ids let findings and job descriptions refer to a function stably.',
  },
  FUNC_DUPLICATE_ID: {
    severity: 'error',
    area: 'responsibilities',
    en: 'FunctionId {id} is already used at {first}; this row is ignored.',
    zh: '职能编号 {id} 已在 {first} 使用，本行已忽略。',
    rationale: 'One id must mean one function, or assignments are counted twice.',
  },
  FUNC_STATEMENT_BLANK: {
    severity: 'error',
    area: 'responsibilities',
    en: 'Function {id} has no duty statement.',
    zh: '职能 {id} 没有职责描述。',
    rationale:
      'A duty statement says what is done, how and when (DOMAIN.md §2); without it the job description is empty.',
  },
  FUNC_STATEMENT_CONFLICT: {
    severity: 'warning',
    area: 'responsibilities',
    en: 'Function {id} is described differently here than at {first}; the first statement is used.',
    zh: '职能 {id} 在此处的描述与 {first} 不同，采用第一处描述。',
    rationale: 'In a long table the same function must keep one statement.',
  },
  MATRIX_NO_ROLE_COLUMNS: {
    severity: 'error',
    area: 'responsibilities',
    en: 'The Responsibilities matrix has no role columns after FunctionId, Function, Area and Effort.',
    zh: '职责矩阵在职能编号、职能、领域、工作量之后没有岗位列。',
    rationale: 'Without role columns no function has an owner; every function would be a gap.',
  },
  MATRIX_UNKNOWN_ROLE: {
    severity: 'error',
    area: 'responsibilities',
    en: 'Matrix column "{header}" is neither a RoleId nor a unique Title; the column is ignored.',
    zh: '矩阵列“{header}”既不是岗位编号也不是唯一的岗位名称，该列已忽略。',
    rationale:
      'Assignments to an unknown role would be lost silently; the column header must name a role.',
  },
  MATRIX_AMBIGUOUS_ROLE: {
    severity: 'error',
    area: 'responsibilities',
    en: 'Matrix column "{header}" matches the title of several roles ({ids}); use a RoleId as the header.',
    zh: '矩阵列“{header}”与多个岗位（{ids}）的名称相同，请以岗位编号作为表头。',
    rationale: 'A title shared by several roles cannot say whose duty it is.',
  },
  MATRIX_DUPLICATE_ROLE: {
    severity: 'warning',
    area: 'responsibilities',
    en: 'Matrix column "{header}" is role {id} again (first at {first}); its cells are read too, and a repeated function keeps its first class.',
    zh: '矩阵列“{header}”再次对应岗位 {id}（首次在 {first}），该列照常读取，重复的职能保留第一次的类别。',
    rationale:
      'Two columns for one role usually come from a copied column; the user decides which is right.',
  },
  CLASS_CODE_INVALID: {
    severity: 'error',
    area: 'responsibilities',
    en: '"{value}" is not a class code; use P, Pa or S (Primary, Partial, Support; 主, 部, 支). The cell is ignored.',
    zh: '“{value}”不是有效的职责类别；请使用 主、部、支（主责、部分、支持；P、Pa、S）。该单元格已忽略。',
    rationale:
      'The three classes fix how positions collaborate (DOMAIN.md §1); anything else cannot be counted.',
  },
  LONG_ROLE_UNKNOWN: {
    severity: 'error',
    area: 'responsibilities',
    en: 'RoleId "{role}" is not in the roles; this assignment is ignored.',
    zh: '岗位编号“{role}”不在岗位表中，该条分配已忽略。',
    rationale: 'An assignment to an unknown role is a duty nobody will see in a job description.',
  },
  ASSIGNMENT_DUPLICATE: {
    severity: 'warning',
    area: 'responsibilities',
    en: 'Role {role} is assigned function {fn} again (first at {first}); the first class is kept.',
    zh: '岗位 {role} 再次被分配职能 {fn}（首次在 {first}），保留第一次的类别。',
    rationale:
      'A role has one class per function; a second entry is a conflict to resolve, not a second duty.',
  },
  // ── Analyses: responsibility ────────────────────────────────────────────────
  FUNC_UNASSIGNED: {
    severity: 'error',
    area: 'responsibilities',
    en: 'Function {id} is assigned to nobody: a responsibility gap (职责空白). Give it a primary owner.',
    zh: '职能 {id} 没有分配给任何岗位，职责出现空白。请指定主责岗位。',
    rationale:
      'Seed 000: 一项职能没有人负主责，就是岗位职责出现了空白 — a function nobody owns is a gap in the duty map.',
  },
  FUNC_NO_PRIMARY: {
    severity: 'error',
    area: 'responsibilities',
    en: 'Function {id} has support roles ({roles}) but no primary owner: a responsibility gap (职责空白).',
    zh: '职能 {id} 只有支持岗位（{roles}），没有主责岗位，职责出现空白。',
    rationale:
      'Seed 000: only a clearly named owner keeps each step of the service process flowing (只有明确责任人).',
  },
  FUNC_PARTIAL_NO_PRIMARY: {
    severity: 'warning',
    area: 'responsibilities',
    en: 'Function {id} is shared by partial roles ({roles}) but nobody owns it as primary; name one owner.',
    zh: '职能 {id} 由部分负责岗位（{roles}）分担，但没有主责岗位；请明确一个负责人。',
    rationale: 'Seed 000: 谁主管谁负责 — shared work without an owner is where hand-offs fail.',
  },
  FUNC_OVERLAP: {
    severity: 'error',
    area: 'responsibilities',
    en: 'Function {id} has {count} primary owners ({roles}); name one, or allow JointOwnership in Policy.',
    zh: '职能 {id} 有 {count} 个主责岗位（{roles}）；请只保留一个，或在规则中允许共同主责。',
    rationale:
      'Seed 000: 谁主管谁负责 — several owners blur accountability (an overlap), unless joint ownership is policy.',
  },
  FUNC_JOINT_OWNERSHIP: {
    severity: 'info',
    area: 'responsibilities',
    en: 'Function {id} has {count} primary owners ({roles}), allowed by the JointOwnership policy.',
    zh: '职能 {id} 有 {count} 个主责岗位（{roles}），规则允许共同主责。',
    rationale:
      'Joint ownership is allowed by policy, but reviewers should still see where it happens.',
  },
  ROLE_NO_PRIMARY: {
    severity: 'error',
    area: 'responsibilities',
    en: 'Role {id} owns no function as primary (only partial or support work).',
    zh: '岗位 {id} 没有主责职能（只有部分或支持性工作）。',
    rationale:
      'Seed 000: 每一个岗位都要有相应的主责 — every position must own at least one primary responsibility.',
  },
  ROLE_NO_FUNCTIONS: {
    severity: 'warning',
    area: 'responsibilities',
    en: 'Role {id} has no function in the Responsibilities matrix.',
    zh: '岗位 {id} 在职责矩阵中没有任何职能。',
    rationale:
      'A role with no duties cannot have a job description; either the matrix lacks its column or the role is redundant.',
  },
  ROLE_SINGLE_FUNCTION: {
    severity: 'info',
    area: 'responsibilities',
    en: 'Role {id} has a single function: a candidate for job enlargement.',
    zh: '岗位 {id} 只承担一项职能，可考虑工作扩大化。',
    rationale:
      'DOMAIN.md §2: narrow, monotonous jobs are remedied by job enlargement (more kinds of tasks).',
  },
  ROLE_TOO_MANY_PRIMARIES: {
    severity: 'warning',
    area: 'responsibilities',
    en: 'Role {id} owns {count} functions as primary, more than the {max} Policy allows.',
    zh: '岗位 {id} 承担 {count} 项主责职能，超过规则允许的 {max} 项。',
    rationale:
      'Authority must match responsibility (权责对等); one role owning too much becomes a bottleneck.',
  },
  // ── Analyses: workload ──────────────────────────────────────────────────────
  ROLE_OVERLOADED: {
    severity: 'warning',
    area: 'workload',
    en: 'Role {id} carries {load} h/week against a capacity of {capacity} h ({percent}), above {limit}.',
    zh: '岗位 {id} 每周工作量 {load} 小时，工作能力 {capacity} 小时（{percent}），超过 {limit}。',
    rationale:
      'Seed 000: 有些职务工作量大，经常无法按时完成工作 — over-loaded jobs are the first trigger for redesign.',
  },
  ROLE_UNDERLOADED: {
    severity: 'warning',
    area: 'workload',
    en: 'Role {id} carries {load} h/week against a capacity of {capacity} h ({percent}), below {limit}.',
    zh: '岗位 {id} 每周工作量 {load} 小时，工作能力 {capacity} 小时（{percent}），低于 {limit}。',
    rationale:
      'Seed 000: 有些职务工作量小，上班有很多空余时间 — idle capacity is the other side of the imbalance.',
  },
  ROLE_NO_CAPACITY: {
    severity: 'warning',
    area: 'workload',
    en: 'Role {id} has {load} h/week of work but a headcount of 0.',
    zh: '岗位 {id} 每周有 {load} 小时工作量，但编制为 0。',
    rationale: 'Work assigned to a role with no posts will not be done.',
  },
  FUNC_NO_EFFORT: {
    severity: 'info',
    area: 'workload',
    en: 'Function {id} has no Effort; its hours are not counted in anyone’s workload.',
    zh: '职能 {id} 未填写工作量，其工时未计入任何岗位。',
    rationale:
      'Missing effort is counted, not guessed: workload figures are only as complete as the matrix.',
  },
  // ── Analyses: structure ─────────────────────────────────────────────────────
  SPAN_TOO_NARROW: {
    severity: 'warning',
    area: 'structure',
    en: 'Role {id} manages {span} people, fewer than the {min} Policy asks for{level}.',
    zh: '岗位 {id} 的管理幅度为 {span} 人，少于规则要求的 {min} 人{level}。',
    rationale:
      'DOMAIN.md §3: for a given size, narrow spans mean more layers (管理层次与管理幅度呈反比).',
  },
  SPAN_TOO_WIDE: {
    severity: 'warning',
    area: 'structure',
    en: 'Role {id} manages {span} people, more than the {max} Policy allows{level}.',
    zh: '岗位 {id} 的管理幅度为 {span} 人，超过规则允许的 {max} 人{level}。',
    rationale:
      'A span wider than a manager can supervise weakens the supervision every position is owed (DOMAIN.md §3).',
  },
  SPAN_MANAGER_OF_ONE: {
    severity: 'warning',
    area: 'structure',
    en: 'Role {id} manages a single person: a manager of one adds a layer without spreading the work.',
    zh: '岗位 {id} 只管理 1 人：增加了管理层次却没有分担工作。',
    rationale:
      'Consulting practice: managers of one are the first layer to remove when delayering (seed 001: too many layers cause gap 1).',
  },
  ORG_LAYERS_ABOVE_MINIMUM: {
    severity: 'info',
    area: 'structure',
    en: 'The organisation under {id} has {layers} layers; {headcount} people need only {minimum} at a span of {span}.',
    zh: '{id} 下属组织有 {layers} 个管理层次；{headcount} 人在管理幅度 {span} 下最少只需 {minimum} 层。',
    rationale:
      'DOMAIN.md §3 and seed 001: 管理层次较多，影响沟通效率 — extra layers slow communication and cause service gap 1.',
  },
  ORG_MAX_LAYERS_EXCEEDED: {
    severity: 'warning',
    area: 'structure',
    en: 'The organisation under {id} has {layers} layers, more than the {max} Policy allows.',
    zh: '{id} 下属组织有 {layers} 个管理层次，超过规则允许的 {max} 层。',
    rationale:
      'A layer limit set in Policy is the organisation’s own rule (seed 001: too many layers hurt communication).',
  },
  ROLE_TWO_MANAGERS: {
    severity: 'error',
    area: 'structure',
    en: 'Role {id} reports to {managers}: two managers break unity of command; {first} is used.',
    zh: '岗位 {id} 同时向 {managers} 汇报，违反命令统一原则；暂按 {first} 处理。',
    rationale: 'DOMAIN.md §3: unity of command (命令统一) — every position has one boss.',
  },
  // ── Analyses: staffing ──────────────────────────────────────────────────────
  ROLE_VACANCY: {
    severity: 'info',
    area: 'staffing',
    en: 'Role {id} has {vacant} of {headcount} posts unfilled.',
    zh: '岗位 {id} 编制 {headcount} 人，空缺 {vacant} 人。',
    rationale:
      'Seed 000: the department position table (部门职位设置表) plans authorised headcount; vacancies are where work goes undone.',
  },
  ROLE_OVERSTAFFED: {
    severity: 'warning',
    area: 'staffing',
    en: 'Role {id} has {filled} people in post against a headcount of {headcount}.',
    zh: '岗位 {id} 在岗 {filled} 人，超出编制 {headcount} 人。',
    rationale:
      'People beyond the authorised headcount (编制) are unplanned cost and usually unrecorded roles.',
  },
  // ── Job descriptions ────────────────────────────────────────────────────────
  JD_PURPOSE_MISSING: {
    severity: 'warning',
    area: 'jobs',
    en: 'Role {id} has no Purpose: its job description cannot say why the position exists.',
    zh: '岗位 {id} 未填写岗位目的，岗位说明书无法说明设岗目的。',
    rationale:
      'DOMAIN.md §2: the job description states the scope of the position (its first use).',
  },
  JD_QUALIFICATIONS_MISSING: {
    severity: 'warning',
    area: 'jobs',
    en: 'Role {id} has no Qualifications: employees cannot compare themselves with the job’s requirements.',
    zh: '岗位 {id} 未填写任职资格，员工无法对照岗位要求。',
    rationale:
      'DOMAIN.md §2: the job description lists the abilities the position requires (its second use).',
  },
  JD_REPORTING_LINE_MISSING: {
    severity: 'error',
    area: 'jobs',
    en: 'Role {id} reports to nobody and manages nobody, while {head} heads the organisation: fill in ReportsTo.',
    zh: '岗位 {id} 既无直接上级也无直接下级，而组织的最高岗位是 {head}：请填写直接上级。',
    rationale:
      'DOMAIN.md §2–3: who reports to you, whom you report to (谁向你汇报，你又向谁汇报) — every position but the head has a supervisor.',
  },
  JD_ANALYSIS_DATE_MISSING: {
    severity: 'warning',
    area: 'jobs',
    en: 'Role {id} has no job analysis date, so nobody can tell whether its description is out of date.',
    zh: '岗位 {id} 未填写工作分析日期，无法判断岗位说明书是否过时。',
    rationale: 'Seed 000: 对工作分析日期，便于发现是否由于工作发生变化而使工作说明过时.',
  },
  JD_ANALYSIS_DATE_STALE: {
    severity: 'warning',
    area: 'jobs',
    en: 'Role {id} was last analysed on {date}, more than {months} months before {asOf}: review its description.',
    zh: '岗位 {id} 的工作分析日期为 {date}，距 {asOf} 已超过 {months} 个月，请复核岗位说明书。',
    rationale:
      'Seed 000: the analysis date reveals descriptions made obsolete by changed work; Policy StaleAfterMonths sets the limit.',
  },
  JD_TOO_FEW_DUTIES: {
    severity: 'warning',
    area: 'jobs',
    en: 'Role {id} has only {count} of the {min} primary or partial duties a job description should list.',
    zh: '岗位 {id} 只有 {count} 项主责或部分职责，少于岗位说明书应列的 {min} 项。',
    rationale:
      'HR practice: a job description lists 4–8 essential duties; Policy MinDuties (default 3) sets the floor.',
  },
  JD_TOO_MANY_DUTIES: {
    severity: 'warning',
    area: 'jobs',
    en: 'Role {id} has {count} primary or partial duties, more than the {max} a job description should list: group them or split the job.',
    zh: '岗位 {id} 有 {count} 项主责或部分职责，超过 {max} 项，请归并职责或拆分岗位。',
    rationale:
      'HR practice: more than about 8–10 essential duties means the job is two jobs; Policy MaxDuties sets the ceiling.',
  },
  DUTY_VAGUE_OPENER: {
    severity: 'warning',
    area: 'jobs',
    en: 'Function {id} opens with the vague "{opener}": say what is done, how, and under which condition.',
    zh: '职能 {id} 以含糊的“{opener}”开头：请写明做什么、怎么做、在什么条件下做。',
    rationale:
      'Seed 000: duty statements say what the employee does, how, and when (应切题而准确…怎么做和在什么情况下履行职责).',
  },
  DUTY_NO_ACTION_VERB: {
    severity: 'info',
    area: 'jobs',
    en: 'Function {id} does not start with an action verb ("{start}…"); lead with what is done.',
    zh: '职能 {id} 开头没有动作动词（“{start}…”），请以具体动作开头。',
    rationale:
      'HR practice: an action verb + object + standard or condition makes a duty checkable (DOMAIN.md §2).',
  },
  DUTY_TOO_SHORT: {
    severity: 'info',
    area: 'jobs',
    en: 'Function {id} is described in only {length} {unit}: add the standard or condition.',
    zh: '职能 {id} 的描述只有 {length} 个{unit}，请补充标准或条件。',
    rationale:
      'Seed 000: a duty statement says how and under which conditions, which takes more than a label.',
  },
  DUTY_TOO_LONG: {
    severity: 'info',
    area: 'jobs',
    en: 'Function {id} is described in {length} {unit}: split it or shorten it to one duty.',
    zh: '职能 {id} 的描述长达 {length} 个{unit}，请拆分或精简为一项职责。',
    rationale: 'Seed 000: 简要说明 — a duty statement is brief; a paragraph is several duties.',
  },
  TITLE_DUPLICATE_IN_DEPARTMENT: {
    severity: 'warning',
    area: 'jobs',
    en: 'Title "{title}" is used again in {department} (first by {first}); give each position its own title.',
    zh: '岗位名称“{title}”在{department}中重复使用（首次为 {first}），请为每个岗位确定唯一名称。',
    rationale: 'Seed 000: 设置岗位名称 首先确定岗位的称呼方法 — one naming method, unique titles.',
  },
  TITLE_LEVEL_MISMATCH: {
    severity: 'warning',
    area: 'jobs',
    en: 'Title "{title}" is used at Level "{level}" here and "{otherLevel}" for {other}: one title, one level.',
    zh: '岗位名称“{title}”在此为“{level}”层级，在 {other} 为“{otherLevel}”层级：同一名称应对应同一层级。',
    rationale:
      'Seed 000: a consistent naming method means a title tells the level; the same title at two levels misleads.',
  },
  // ── Service-quality survey ──────────────────────────────────────────────────
  SURVEY_COLUMNS_MISSING: {
    severity: 'error',
    area: 'survey',
    en: 'The {table} table has neither Expectation and Perception columns (long form) nor paired answer columns such as "R1 E" / "R1 P" (wide form); the survey is not analysed.',
    zh: '{table}表既没有“期望”“感知”列（长表），也没有成对的答案列（宽表，如“R1 E”/“R1 P”），问卷不予分析。',
    rationale:
      'DOMAIN.md §4: gap 5 is perceived against expected service; without both answers there is nothing to measure.',
  },
  SURVEY_WIDE_UNPAIRED: {
    severity: 'warning',
    area: 'survey',
    en: 'Column "{header}" holds the {column} of item "{item}", but no column holds its {field}; the column is ignored.',
    zh: '“{header}”列是题项“{item}”的{column}，但没有对应的{field}列，该列已忽略。',
    rationale:
      'A gap is perception minus expectation per respondent (DOMAIN.md §4, gap 5); half a pair cannot give one.',
  },
  SURVEY_RESPONDENT_MISSING: {
    severity: 'warning',
    area: 'survey',
    en: 'Row {row} of the survey has no RespondentId; its answers are left out.',
    zh: '问卷第 {row} 行没有受访者编号，该行答案不计入。',
    rationale:
      'Gaps are paired per respondent and repeats are found by respondent; an answer of nobody can be neither.',
  },
  SURVEY_ITEM_MISSING: {
    severity: 'warning',
    area: 'survey',
    en: 'Respondent {respondent} has a row without an Item; its answers are left out.',
    zh: '受访者 {respondent} 有一行没有题项，该行答案不计入。',
    rationale:
      'Answers are averaged per item and dimension (DOMAIN.md §4); an answer to no question cannot be placed.',
  },
  SURVEY_DIMENSION_UNKNOWN: {
    severity: 'warning',
    area: 'survey',
    en: 'Dimension "{value}" of item "{item}" is not a service-quality dimension (Reliability, Responsiveness, Assurance, Empathy, Tangibles, Communication, Credibility, Security, Understanding the customer); the item’s answers are left out.',
    zh: '题项“{item}”的维度“{value}”不是服务质量维度（可靠性、响应性、保证性、移情性、有形性、交流性、可信性、安全性、理解顾客），该题项的答案不计入。',
    rationale:
      'Seed 001 names the dimensions (可靠性, 响应性, 保证性, 移情性, 有形性; 交流性, 可信性, 安全性, 理解顾客); an unknown one cannot be weighted (DOMAIN.md §4).',
  },
  SURVEY_DIMENSION_MISSING: {
    severity: 'warning',
    area: 'survey',
    en: 'Item "{item}" has no Dimension and its code names none (e.g. REL1, R1, 可靠性1); its answers are left out.',
    zh: '题项“{item}”没有维度，其编号也未指明维度（如 REL1、R1、可靠性1），该题项的答案不计入。',
    rationale:
      'Scores are weighted by dimension (DOMAIN.md §4: reliability 32% … tangibles 11%); an item of no dimension has no weight.',
  },
  SURVEY_ITEM_DIMENSION_CONFLICT: {
    severity: 'warning',
    area: 'survey',
    en: 'Item "{item}" is filed under {dimension} here but under {firstDimension} at {at}; {firstDimension} is used.',
    zh: '题项“{item}”在此归入{dimension}，但在 {at} 归入{firstDimension}；采用{firstDimension}。',
    rationale:
      'An item measures one dimension (DOMAIN.md §4); filing it under two would count its answers in both.',
  },
  SURVEY_DUPLICATE_RESPONSE: {
    severity: 'warning',
    area: 'survey',
    en: 'Respondent {respondent} answers item "{item}" again (first at {first}); only the first answer counts.',
    zh: '受访者 {respondent} 再次回答题项“{item}”（首次在 {first}），只计第一次的答案。',
    rationale:
      'One answer per respondent and item: a repeated row would count one customer twice in the means and the CSI (DOMAIN.md §4).',
  },
  SURVEY_DUPLICATE_RESPONDENT: {
    severity: 'warning',
    area: 'survey',
    en: 'Respondent {respondent} has a second row (first at {first}); only the first row counts.',
    zh: '受访者 {respondent} 有第二行（首次在 {first}），只计第一行。',
    rationale:
      'One row per respondent in the wide form: a repeated row would count one customer twice in the means and the CSI (DOMAIN.md §4).',
  },
  SURVEY_ANSWER_BLANK: {
    severity: 'info',
    area: 'survey',
    en: 'Respondent {respondent} left the {column} of item "{item}" blank: it is left out, not counted as zero, and so is this respondent’s gap for the item.',
    zh: '受访者 {respondent} 未填写题项“{item}”的{column}：该答案不计入（不按零分处理），该受访者此题的差距也不计入。',
    rationale:
      'A skipped question is no opinion, not the lowest score; the gap (DOMAIN.md §4, gap 5) needs both answers of a respondent.',
  },
  SURVEY_ANSWER_NOT_A_NUMBER: {
    severity: 'warning',
    area: 'survey',
    en: 'The {column} of item "{item}" for respondent {respondent} is "{value}", not a number on the scale; the answer is left out.',
    zh: '受访者 {respondent} 对题项“{item}”的{column}为“{value}”，不是量表分值，该答案不计入。',
    rationale:
      'Seed 002 (衡量尺度考量): an answer is a point on one scale; text or an error value must not silently become a score.',
  },
  SURVEY_ANSWER_OUT_OF_SCALE: {
    severity: 'warning',
    area: 'survey',
    en: 'The {column} of item "{item}" for respondent {respondent} is {value}, outside the {min}–{max} scale; the answer is left out.',
    zh: '受访者 {respondent} 对题项“{item}”的{column}为 {value}，超出 {min}–{max} 的量表范围，该答案不计入。',
    rationale:
      'Seed 002 (衡量尺度考量): answers are read on the Policy scale (LikertMin–LikertMax); a 9 on a 1–7 scale is a slip, not a score.',
  },
  SURVEY_SCALE_INVALID: {
    severity: 'error',
    area: 'survey',
    en: 'Policy sets the survey scale from {min} to {max}; the lowest answer must be below the highest, so {fallback} is used.',
    zh: '规则设置的问卷量表为 {min} 至 {max}；最低分必须小于最高分，改用 {fallback}。',
    rationale:
      'The CSI is scaled between the lowest and the highest answer (seed 002, CSI); an empty or inverted scale leaves it undefined.',
  },
  SURVEY_IMPORTANCE_INCOMPLETE: {
    severity: 'warning',
    area: 'survey',
    en: 'Importance is answered, but not for {dimensions}: weights cannot be derived for every dimension, so the Policy weights (seed 001 by default) are used.',
    zh: '问卷有重要性评分，但{dimensions}没有：无法为每个维度推算权重，改用规则中的权重（默认为参考权重）。',
    rationale:
      'Weights must cover every dimension measured (DOMAIN.md §4, relative importance); mixing importance means with percentages would compare unlike units.',
  },
  // ── Policy ──────────────────────────────────────────────────────────────────
  POLICY_UNKNOWN_SETTING: {
    severity: 'warning',
    area: 'policy',
    en: 'Policy setting "{setting}" is unknown and ignored. Known settings: {known}.',
    zh: '规则“{setting}”无法识别，已忽略。可用规则：{known}。',
    rationale: 'A misspelt setting would otherwise silently leave the default in force.',
  },
  POLICY_INVALID_VALUE: {
    severity: 'error',
    area: 'policy',
    en: 'Policy "{setting}" = "{value}" is invalid ({expected}); the default {fallback} is used.',
    zh: '规则“{setting}”的值“{value}”无效（{expected}），改用默认值 {fallback}。',
    rationale: 'Analyses are judged by these values; an invalid one must not be guessed at.',
  },
  POLICY_DUPLICATE_SETTING: {
    severity: 'warning',
    area: 'policy',
    en: 'Policy "{setting}" is set again (first at {first}); the first value is used.',
    zh: '规则“{setting}”重复设置（首次在 {first}），采用第一次的值。',
    rationale:
      'Two values for one rule make the result depend on row order; the first wins and the user is told.',
  },
  // ── Column mapping ──────────────────────────────────────────────────────────
  MAPPING_SOURCE_UNUSED: {
    severity: 'warning',
    area: 'mapping',
    en: 'The column mapping names sheet "{pattern}" for {table}, but no sheet matches.',
    zh: '列映射为{table}指定了工作表“{pattern}”，但没有匹配的工作表。',
    rationale:
      'A mapping that matches nothing usually means a renamed sheet; the data it meant is missing.',
  },
  MAPPING_COLUMN_NOT_FOUND: {
    severity: 'error',
    area: 'mapping',
    en: 'The column mapping maps {field} to "{column}", but {sheet} has no such header.',
    zh: '列映射将{field}对应到“{column}”，但{sheet}中没有该表头。',
    rationale:
      'A mapped column that is absent means the field is read as blank everywhere; better to stop and say so.',
  },
} as const satisfies Record<string, DiagnosticSpec>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOG;

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_CATALOG) as DiagnosticCode[];
