/**
 * Duty-statement style (seed 000: say what the employee does, how, and under which
 * conditions): an action verb first, no vague opener, neither a bare label nor a paragraph.
 * Curated word lists, English and Chinese; findings are info or warning, never blocking.
 */

/** Action verbs a duty statement may open with (lower case, base form; -s/-es forms accepted). */
const EN_VERBS = new Set(
  `accept achieve acknowledge administer advise allocate analyse analyze answer apply appraise approve arrange
  assess assign audit authorise authorize balance book brief budget build calculate calibrate call carry
  check classify clean close coach collect communicate compare compile complete compose conduct confer configure
  confirm consolidate consult contact control coordinate correct counsel create dispatch deliver demonstrate deploy
  design detect determine develop diagnose direct distribute document draft draw edit educate enforce enter
  escalate establish estimate evaluate examine execute explain facilitate file finalise finalize fit fix follow
  forecast forward gather greet guide hire identify implement improve inform initiate inspect install instruct
  interview investigate invoice issue keep lead liaise log maintain manage map measure mediate mentor merge
  monitor motivate negotiate notify obtain onboard open operate order organise organize oversee pack perform
  plan prepare present prevent prioritise prioritize process procure produce program programme promote propose
  protect provide publish purchase qualify quote rate receive recommend reconcile record recruit rectify refer
  refund register reinstall release remind render renew repair replace reply report represent request research
  reschedule resolve respond restore retain return review revise route run schedule score screen secure select
  sell send serve service set settle ship sign solicit solve sort specify staff standardise standardize start
  streamline structure submit summarise summarize supervise survey take teach test trace track train transfer
  translate triage troubleshoot tune update upgrade validate verify visit walk welcome write telephone phone
  email show listen break greet demonstrate sample inspect chair host hand`.split(/\s+/),
);

/** Openers that say nothing about what is done (matched at the start, case-insensitive). */
const EN_VAGUE = [
  'responsible for',
  'responsibility for',
  'handle',
  'handles',
  'handling',
  'assist with',
  'assist in',
  'assists',
  'assisting',
  'help with',
  'helps',
  'helping',
  'involved in',
  'participate in',
  'other duties',
  'various',
  'misc',
  'etc',
  'any other',
  'as required',
];

/** Condition openers: "Each morning, assign …" leads with the condition, then the verb. */
const EN_CONDITION = new Set(
  'each every when within on after before by during daily weekly monthly quarterly annually yearly upon for at in if'.split(
    ' ',
  ),
);

/** Chinese action verbs (动词) a duty statement should contain near its start. */
const ZH_VERBS =
  `负责 制定 组织 受理 处理 编制 跟踪 回访 建立 维护 收集 整理 分析 撰写 审核 审批 监督 检查
  指导 培训 协调 统计 汇总 上报 派单 接听 记录 录入 更新 安排 调度 评估 考核 落实 执行 推进 开展 实施 策划 设计
  编写 管理 核实 解答 答复 反馈 回复 发放 送货 安装 维修 检修 巡检 排除 抽检 质检 监控 预测 拟定 起草 提交 确保
  保障 提供 优化 改进 主持 召开 督促 核对 结算 办理 登记 归档 发布 宣传 联络 接待 调查 测评 评审 复核 清点 盘点
  配送 调试 测试 排查 指派 分配 制作 编排 确认 通知 上门 走访 参与 牵头 解决 接管 演示 讲解 抽查 抽听 细化 评分
  告知 通报 修订 演练 剔除 返工 联系 拜访 接收 核查 分发 签订 报送 跟进 催办 接单 派工 培养 辅导 招聘`.split(
    /\s+/,
  );

/** Chinese vague openers (协助: merely "assist"; 其他: "other …"; 完成领导交办: "whatever the boss says"). */
const ZH_VAGUE = ['协助', '其他', '其它', '配合', '完成领导交办', '领导交办', '相关工作', '等工作'];

export const hasCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

export type DutyStyleFinding =
  | { readonly code: 'DUTY_VAGUE_OPENER'; readonly opener: string }
  | { readonly code: 'DUTY_NO_ACTION_VERB'; readonly start: string }
  | {
      readonly code: 'DUTY_TOO_SHORT' | 'DUTY_TOO_LONG';
      readonly length: number;
      readonly cjk: boolean;
    };

/** Length limits: English in words, Chinese in characters. */
export const DUTY_LIMITS = {
  enMinWords: 4,
  enMaxWords: 45,
  zhMinChars: 8,
  zhMaxChars: 90,
} as const;

function enVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (EN_VERBS.has(w)) return true;
  if (w.endsWith('ies') && EN_VERBS.has(`${w.slice(0, -3)}y`)) return true;
  if (w.endsWith('es') && EN_VERBS.has(w.slice(0, -2))) return true;
  return w.endsWith('s') && EN_VERBS.has(w.slice(0, -1));
}

/** The style findings of one duty statement (empty when it reads well). */
export function checkDutyStyle(statement: string): DutyStyleFinding[] {
  const text = statement.normalize('NFKC').trim();
  if (text === '') return [];
  const out: DutyStyleFinding[] = [];
  if (hasCjk(text)) {
    const vague = ZH_VAGUE.find((v) => text.startsWith(v));
    if (vague) out.push({ code: 'DUTY_VAGUE_OPENER', opener: vague });
    // Chinese duty statements often lead with the condition (每月…、投诉结案后3个工作日内…),
    // so the verb may stand anywhere; a statement with none is a noun phrase.
    else if (!ZH_VERBS.some((v) => text.includes(v)))
      out.push({ code: 'DUTY_NO_ACTION_VERB', start: [...text].slice(0, 6).join('') });
    const chars = [...text.replace(/\s+/g, '')].length;
    if (chars < DUTY_LIMITS.zhMinChars)
      out.push({ code: 'DUTY_TOO_SHORT', length: chars, cjk: true });
    if (chars > DUTY_LIMITS.zhMaxChars)
      out.push({ code: 'DUTY_TOO_LONG', length: chars, cjk: true });
    return out;
  }
  const lower = text.toLowerCase();
  const vague = EN_VAGUE.find(
    (v) => lower === v || lower.startsWith(`${v} `) || lower.startsWith(`${v},`),
  );
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
  if (vague) out.push({ code: 'DUTY_VAGUE_OPENER', opener: text.slice(0, vague.length) });
  else {
    const first = words[0] ?? '';
    const leadsWithCondition = EN_CONDITION.has(first.toLowerCase().replace(/[^a-z]/g, ''));
    const verbSoon = words
      .slice(leadsWithCondition ? 1 : 0, leadsWithCondition ? 7 : 1)
      .some(enVerb);
    if (!verbSoon) out.push({ code: 'DUTY_NO_ACTION_VERB', start: words.slice(0, 3).join(' ') });
  }
  if (words.length < DUTY_LIMITS.enMinWords)
    out.push({ code: 'DUTY_TOO_SHORT', length: words.length, cjk: false });
  if (words.length > DUTY_LIMITS.enMaxWords)
    out.push({ code: 'DUTY_TOO_LONG', length: words.length, cjk: false });
  return out;
}
