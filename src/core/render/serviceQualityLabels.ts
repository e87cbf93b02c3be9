import type { GapStatus } from '../analyze/fiveGapModel';
import type { ImprovementPriorities } from '../analyze/improvementPriorities';
import type { Lang } from '../i18n/lang';

/** The survey as the explain lines describe it. */
export interface SurveyFacts {
  readonly respondents: number;
  readonly items: number;
  readonly min: number;
  readonly max: number;
  readonly sheet: string;
}

/**
 * Every word the service-quality output shows (the Service Quality sheet and the Gap
 * Summary's Service quality section), in one language. Dimension names, weight sources,
 * quadrants and the five gaps' texts come from src/core/i18n.
 */
export interface ServiceQualityLabels {
  readonly sheet: string;
  readonly title: string;
  readonly subtitle: string;
  /** A numbered section title: `1. Survey results`, `一、问卷结果`. */
  readonly numbered: (n: number, title: string) => string;
  /** Separator of lists inside one cell (ids). */
  readonly listSeparator: string;

  readonly sections: {
    /** The Gap Summary's section (number 6 there). */
    readonly gapSummary: string;
    readonly results: string;
    readonly priorities: string;
    readonly items: string;
    readonly fiveGaps: string;
  };
  readonly surveyExplain: (facts: SurveyFacts) => string;
  readonly noSurvey: string;

  readonly keyFigures: string;
  readonly kf: {
    readonly expectation: string;
    readonly perception: string;
    readonly gap: string;
    readonly csi: string;
    readonly csiFormula: (min: number, max: number) => string;
  };

  readonly dimensions: {
    readonly heading: string;
    readonly headers: readonly string[];
    readonly none: string;
  };
  readonly charts: {
    readonly radarTitle: (min: number, max: number) => string;
    readonly expectation: string;
    readonly perception: string;
    readonly gapTitle: string;
    readonly gap: string;
  };
  readonly weights: {
    readonly heading: string;
    readonly headers: readonly string[];
    readonly source: (label: string) => string;
  };
  readonly priorities: {
    readonly explain: string;
    readonly top: (n: number) => string;
    readonly all: string;
    readonly headers: readonly string[];
    readonly none: string;
    readonly more: (n: number) => string;
  };
  readonly grid: {
    readonly heading: string;
    readonly explain: (
      basis: ImprovementPriorities['importanceBasis'],
      importance: string,
      performance: string,
    ) => string;
    readonly headers: readonly string[];
    readonly none: string;
  };
  readonly items: {
    readonly explain: string;
    readonly heading: string;
    readonly headers: readonly string[];
    readonly none: string;
    readonly more: (n: number) => string;
  };
  readonly checklist: {
    readonly explain: string;
    readonly heading: string;
    readonly headers: readonly string[];
    readonly headersWithCauses: readonly string[];
    readonly none: string;
    readonly status: Readonly<Record<GapStatus, string>>;
    /** A signal found, with how many show it and the first of them. */
    readonly found: (label: string, count: number, ids: string) => string;
    /** A signal found that names nothing (e.g. no listening function at all). */
    readonly foundBare: (label: string) => string;
    readonly notFound: (label: string) => string;
    readonly notMeasurable: (label: string) => string;
  };
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The service-quality output's words in English and Chinese. */
export const serviceQualityLabels: Readonly<Record<Lang, ServiceQualityLabels>> = {
  en: {
    sheet: 'Service Quality',
    title: 'Service Quality',
    subtitle:
      'SERVQUAL survey: expectation against perception, weights, CSI, improvement priorities and the five-gap model',
    numbered: (n, title) => `${n}. ${title}`,
    listSeparator: ', ',
    sections: {
      gapSummary: 'Service quality',
      results: 'Survey results',
      priorities: 'Improvement priorities',
      items: 'Survey items',
      fiveGaps: 'Five-gap model',
    },
    surveyExplain: (s) =>
      `SERVQUAL survey on sheet “${s.sheet}”: ${s.respondents} respondents, ${s.items} items, scale ${s.min}–${s.max}. Gap = perception − expectation; below zero, customers get less than they expect.`,
    noSurvey:
      'No Survey table. To add one: a sheet named Survey (or 问卷) with RespondentId, Dimension, Item, Expectation, Perception and optional Importance; the template has it.',
    keyFigures: 'Service-quality key figures',
    kf: {
      expectation: 'Weighted expectation',
      perception: 'Weighted perception',
      gap: 'Weighted gap (SERVQUAL score)',
      csi: 'Customer satisfaction index (CSI, 0–100)',
      csiFormula: (min, max) =>
        `CSI = 100 × (Σwᵢ·P̄ᵢ − min)/(max − min), on the ${min}–${max} scale`,
    },
    dimensions: {
      heading: 'Expectation, perception and gap by dimension (chart data)',
      headers: [
        'Dimension',
        'Weight',
        'Expectation',
        'Perception',
        'Gap',
        '95% CI low',
        '95% CI high',
        'Respondents',
      ],
      none: 'None — the survey has no items.',
    },
    charts: {
      radarTitle: (min, max) => `Expectation and perception by dimension (scale ${min}–${max})`,
      expectation: 'Expectation',
      perception: 'Perception',
      gapTitle: 'Gap (perception − expectation) by dimension',
      gap: 'Gap',
    },
    weights: {
      heading: 'Weights of the dimensions',
      headers: ['Dimension', 'Given', 'Normalised weight'],
      source: (label) => `Weights: ${label}.`,
    },
    priorities: {
      explain:
        'Items whose perception falls short of expectation, ranked by score = dimension weight × shortfall (−gap): improve the first first.',
      top: (n) => `Improvement priorities: top ${n}`,
      all: 'Items below expectation, in order of priority',
      headers: ['Rank', 'Item', 'Dimension', 'Gap', 'Weight', 'Score'],
      none: 'None — every item meets or exceeds expectation.',
      more: (n) => `… and ${n} more ${n === 1 ? 'item' : 'items'} below expectation`,
    },
    grid: {
      heading: 'Importance–performance grid',
      explain: (basis, i, p) =>
        `${
          basis === 'importance'
            ? 'Importance: the item’s mean Importance answer'
            : 'Importance: the weight of the item’s dimension (no Importance answers)'
        }; performance: its mean perception. Split at the means: importance ${i}, performance ${p}.`,
      headers: ['Item', 'Dimension', 'Importance', 'Performance', 'Quadrant'],
      none: 'None — no item has a perception.',
    },
    items: {
      explain:
        'Means over the respondents who answered both expectation and perception; the 95% interval of the gap (t distribution). A dash: too few answers.',
      heading: 'Every item, in questionnaire order',
      headers: [
        'Item',
        'Dimension',
        'Expectation',
        'Perception',
        'Gap',
        '95% CI low',
        '95% CI high',
        'Answers',
        'Importance',
      ],
      none: 'None — the survey has no items.',
      more: (n) => `… and ${n} more ${n === 1 ? 'item' : 'items'}`,
    },
    checklist: {
      explain:
        'What this workbook shows about each gap of the five-gap model, with its usual causes and remedies. Promises to customers (gap 4) are not in an organisation workbook.',
      heading: 'Five-gap model checklist',
      headers: ['Gap', 'Status', 'What the data shows', 'Remedy'],
      headersWithCauses: ['Gap', 'Status', 'What the data shows', 'Causes', 'Remedy'],
      none: 'None — the five-gap checklist was not computed.',
      status: { found: 'Found', 'not-found': 'Not found', 'not-measurable': 'Not measurable' },
      found: (label, n, ids) => `${label}: ${n} (${ids})`,
      foundBare: (label) => label,
      notFound: (label) => `${label}: not found`,
      notMeasurable: (label) => `${label} (not measurable)`,
    },
  },
  'zh-CN': {
    sheet: '服务质量',
    title: '服务质量',
    subtitle: '服务质量问卷（SERVQUAL）：期望与感知、权重、客户满意指数、改善重点与五差距模型',
    numbered: (n, title) => `${CHINESE_NUMBERS[n - 1] ?? String(n)}、${title}`,
    listSeparator: '、',
    sections: {
      gapSummary: '服务质量',
      results: '问卷结果',
      priorities: '改善重点',
      items: '题项明细',
      fiveGaps: '五差距模型',
    },
    surveyExplain: (s) =>
      `问卷来自工作表“${s.sheet}”：${s.respondents} 位受访者，${s.items} 个题项，${s.min}–${s.max} 分量表。差距 = 感知 − 期望，低于零表示顾客得到的服务低于期望。`,
    noSurvey:
      '工作簿中没有问卷表。如需评价服务质量，请添加名为“问卷”（Survey）的工作表，列为受访者编号、维度、题项、期望、感知及可选的重要性；模板中已有此表。',
    keyFigures: '服务质量关键指标',
    kf: {
      expectation: '加权期望',
      perception: '加权感知',
      gap: '加权差距（SERVQUAL 得分）',
      csi: '客户满意指数 CSI（0–100）',
      csiFormula: (min, max) =>
        `CSI = 100 ×（Σwᵢ·P̄ᵢ − 最低分）/（最高分 − 最低分），${min}–${max} 分量表`,
    },
    dimensions: {
      heading: '各维度的期望、感知与差距（图表数据）',
      headers: [
        '维度',
        '权重',
        '期望',
        '感知',
        '差距',
        '95% 置信区间下限',
        '95% 置信区间上限',
        '受访者数',
      ],
      none: '无 —— 问卷没有题项。',
    },
    charts: {
      radarTitle: (min, max) => `各维度期望与感知（${min}–${max} 分）`,
      expectation: '期望',
      perception: '感知',
      gapTitle: '各维度差距（感知 − 期望）',
      gap: '差距',
    },
    weights: {
      heading: '各维度权重',
      headers: ['维度', '给定值', '归一化权重'],
      source: (label) => `权重来源：${label}。`,
    },
    priorities: {
      explain: '感知低于期望的题项，按得分 = 维度权重 × 差距的绝对值排序，得分高者优先改善。',
      top: (n) => `改善重点：前 ${n} 项`,
      all: '低于期望的题项（按改善优先顺序）',
      headers: ['排序', '题项', '维度', '差距', '权重', '得分'],
      none: '无 —— 所有题项均达到或超过期望。',
      more: (n) => `…… 另有 ${n} 个低于期望的题项`,
    },
    grid: {
      heading: '重要性–绩效矩阵',
      explain: (basis, i, p) =>
        `${
          basis === 'importance'
            ? '重要性：题项重要性评分的平均值'
            : '重要性：题项所属维度的权重（问卷没有重要性评分）'
        }；绩效：感知的平均值。以平均值划分象限：重要性 ${i}，绩效 ${p}。`,
      headers: ['题项', '维度', '重要性', '绩效（感知）', '象限'],
      none: '无 —— 没有题项有感知评分。',
    },
    items: {
      explain:
        '期望与感知的平均值只计同时回答了两项的受访者；差距的 95% 置信区间按 t 分布计算。“—”表示答卷不足。',
      heading: '全部题项（按问卷顺序）',
      headers: [
        '题项',
        '维度',
        '期望',
        '感知',
        '差距',
        '95% 置信区间下限',
        '95% 置信区间上限',
        '有效答卷',
        '重要性',
      ],
      none: '无 —— 问卷没有题项。',
      more: (n) => `…… 另有 ${n} 个题项`,
    },
    checklist: {
      explain:
        '对照五差距模型，逐一列出本工作簿数据反映的情况、形成原因和改进方法。对客户的承诺（缺口四）不在组织数据之中，无法衡量。',
      heading: '五差距模型检查表',
      headers: ['缺口', '状况', '数据显示', '改进方法'],
      headersWithCauses: ['缺口', '状况', '数据显示', '形成原因', '改进方法'],
      none: '无 —— 未计算五差距检查表。',
      status: { found: '发现', 'not-found': '未发现', 'not-measurable': '无法衡量' },
      found: (label, n, ids) => `${label}：${n}（${ids}）`,
      foundBare: (label) => label,
      notFound: (label) => `${label}：未发现`,
      notMeasurable: (label) => `${label}（无法衡量）`,
    },
  },
};
