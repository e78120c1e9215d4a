/**
 * The rollout work every template and framework names the same way (the schema's `intent`
 * list): a template task `covers` intents, a recommendation is one (and is merged into the
 * task that covers it) and waits for others (its anchors). Each intent has the stage where
 * it usually happens and a short name for the sentences that explain a placement.
 */
import type { Intent, LocalizedText, Stage } from '../../schemas/generated/types.ts';

interface IntentInfo {
  stage: Stage;
  /** "the CRM strategy", as it reads after "No task in this plan covers …". */
  name: LocalizedText;
}

export const INTENTS: Readonly<Record<Intent, IntentInfo>> = {
  'project-team': { stage: 'strategy', name: { en: 'forming the project team', zh: '组建项目组' } },
  'executive-sponsorship': { stage: 'strategy', name: { en: 'the executive sponsor', zh: '高层发起人' } },
  governance: { stage: 'strategy', name: { en: 'programme governance', zh: '项目治理机制' } },
  'crm-goals': { stage: 'strategy', name: { en: 'the CRM goals', zh: 'CRM 目标' } },
  'implementation-team': { stage: 'strategy', name: { en: 'the implementation team', zh: '实施团队' } },
  'environment-analysis': { stage: 'strategy', name: { en: 'the environment analysis', zh: '环境分析' } },
  'current-state': { stage: 'strategy', name: { en: 'mapping today’s processes', zh: '梳理现状流程' } },
  'customer-needs': { stage: 'strategy', name: { en: 'the customer needs analysis', zh: '客户需求分析' } },
  'customer-value-analysis': { stage: 'strategy', name: { en: 'the customer value analysis', zh: '客户价值分析' } },
  segmentation: { stage: 'strategy', name: { en: 'the customer segmentation', zh: '客户细分' } },
  'customer-profiles': { stage: 'strategy', name: { en: 'the target customer profiles', zh: '目标客户画像' } },
  'data-audit': { stage: 'strategy', name: { en: 'the customer data audit', zh: '客户数据盘点' } },
  'technology-assessment': { stage: 'strategy', name: { en: 'the technology assessment', zh: '现有技术评估' } },
  'service-promises': { stage: 'strategy', name: { en: 'the service promises', zh: '服务承诺' } },
  'crm-strategy': { stage: 'strategy', name: { en: 'the CRM strategy', zh: 'CRM 战略' } },
  'kpi-definition': { stage: 'strategy', name: { en: 'the CRM measures', zh: 'CRM 衡量指标' } },
  'change-roadmap': { stage: 'strategy', name: { en: 'the change roadmap', zh: '变革路线图' } },
  'communication-plan': { stage: 'strategy', name: { en: 'the communication plan', zh: '沟通计划' } },
  'profitability-model': { stage: 'strategy', name: { en: 'the profitability model', zh: '盈利模型' } },
  requirements: { stage: 'strategy', name: { en: 'the requirements', zh: '需求分析' } },
  'business-case': { stage: 'strategy', name: { en: 'the business case', zh: '投资论证' } },
  'benefit-baseline': { stage: 'strategy', name: { en: 'the benefit baseline', zh: '收益基线' } },
  'implementation-plan': { stage: 'strategy', name: { en: 'the detailed implementation plan', zh: '详细实施计划' } },
  'proof-of-concept': { stage: 'selection', name: { en: 'the proof of concept', zh: '概念验证' } },
  'vendor-due-diligence': { stage: 'selection', name: { en: 'the vendor reference checks', zh: '供应商资质核查' } },
  'system-selection': { stage: 'selection', name: { en: 'the system selection', zh: '系统选型' } },
  'vendor-contract': { stage: 'selection', name: { en: 'the vendor contract', zh: '供应商合同' } },
  'process-design': { stage: 'build', name: { en: 'the future process design', zh: '未来流程设计' } },
  'process-standardisation': { stage: 'build', name: { en: 'standardising the processes', zh: '流程标准化' } },
  'organisation-design': { stage: 'build', name: { en: 'the organisation design', zh: '组织设计' } },
  'roles-responsibilities': { stage: 'build', name: { en: 'the roles and responsibilities', zh: '角色与职责' } },
  'crm-staffing': { stage: 'build', name: { en: 'staffing the CRM roles', zh: 'CRM 岗位配置' } },
  'frontline-empowerment': { stage: 'build', name: { en: 'empowering the front line', zh: '一线授权' } },
  'customer-database': { stage: 'build', name: { en: 'the single customer database', zh: '统一客户数据库' } },
  'integration-design': { stage: 'build', name: { en: 'the integration design', zh: '集成设计' } },
  configuration: { stage: 'build', name: { en: 'configuring the system', zh: '系统配置' } },
  'integration-build': { stage: 'build', name: { en: 'building the interfaces', zh: '接口开发' } },
  'access-security': { stage: 'build', name: { en: 'access rights and data security', zh: '权限与数据安全' } },
  'contact-centre': { stage: 'build', name: { en: 'the contact centre', zh: '呼叫中心' } },
  facilities: { stage: 'build', name: { en: 'the workplaces and equipment', zh: '场地与设备' } },
  'customer-feedback': { stage: 'build', name: { en: 'the customer feedback loop', zh: '客户反馈闭环' } },
  'user-involvement': { stage: 'build', name: { en: 'involving the users', zh: '用户参与' } },
  'change-management': { stage: 'build', name: { en: 'the change management', zh: '变革管理' } },
  incentives: { stage: 'build', name: { en: 'the incentives', zh: '激励机制' } },
  'data-cleanup': { stage: 'migration', name: { en: 'the data clean-up', zh: '数据清理' } },
  'data-migration': { stage: 'migration', name: { en: 'the data migration', zh: '数据迁移' } },
  'user-training': { stage: 'training', name: { en: 'the user training', zh: '用户培训' } },
  pilot: { stage: 'go-live', name: { en: 'the pilot', zh: '试点' } },
  'go-live': { stage: 'go-live', name: { en: 'go-live', zh: '系统上线' } },
  'user-adoption': { stage: 'operation', name: { en: 'the user adoption programme', zh: '用户推广应用' } },
  'process-tuning': { stage: 'operation', name: { en: 'the process tuning', zh: '流程优化' } },
  maintenance: { stage: 'operation', name: { en: 'the system maintenance', zh: '系统维护' } },
  'management-reviews': { stage: 'operation', name: { en: 'the management reviews', zh: '管理评审' } },
  'demand-forecasting': { stage: 'operation', name: { en: 'the demand forecasting', zh: '需求预测' } },
  'benefit-tracking': { stage: 'operation', name: { en: 'the benefit tracking', zh: '收益跟踪' } },
};
