/** Words of the workshop's storage notices (full quota, damaged or older values, another tab), in both languages. */
import { bilingual } from './lib/bilingual.ts';

export const STORAGE = bilingual({
  en: {
    notSaved: 'Not saved.',
    quota: (savedAt: string) =>
      `This browser's storage is full, so your latest changes are not saved in it. Everything on screen is still here, and nothing saved before was lost${savedAt ? ` (the saved copy is from ${savedAt})` : ''}. Export the engagement as YAML now; the warning goes away once a save succeeds.`,
    unavailable: (detail: string) =>
      `This browser's storage cannot be written (${detail}), so your latest changes are not saved in it. Everything on screen is still here. Export the engagement as YAML now.`,
    exportNow: 'Export YAML now',
    conflict: (savedAt: string) =>
      `This engagement was changed in another tab or window${savedAt ? ` (saved at ${savedAt})` : ''}. Your changes here are kept on screen but not saved until you choose.`,
    conflictDamaged:
      'The stored copy of this engagement was changed elsewhere and can no longer be read. Your changes here are kept on screen but not saved until you choose.',
    loadOther: "Load the other tab's version",
    keepMine: 'Keep mine (overwrite)',
    exportMine: 'Export mine as YAML',
    loadedOther: "The other tab's version is open.",
    older: (title: string) =>
      `“${title}” was saved by an older version of crmkit and has been brought up to date. The original is kept in this browser.`,
    downloadOriginal: 'Download the original',
    dismiss: 'Dismiss',
    leaveUnsaved:
      'Your latest changes are not saved in this browser. Export them as YAML before you leave, or they are lost.',
    leave: 'Leave without them',
    stay: 'Stay',
    damaged: (id: string, detail: string) =>
      `The stored engagement “${id}” is damaged and cannot be opened (${detail}). Nothing has been deleted.`,
    newer: (id: string) =>
      `The stored engagement “${id}” was saved by a newer version of crmkit and cannot be opened here. Nothing has been changed.`,
    restoreLastGood: (savedAt: string) => `Restore the last good copy${savedAt ? ` (saved ${savedAt})` : ''}`,
    downloadStored: 'Download the stored text',
    restoredLastGood: (title: string) => `“${title}” is back from its last good copy. The damaged text was downloaded.`,
  },
  zh: {
    notSaved: '未保存。',
    quota: (savedAt: string) =>
      `本浏览器的存储空间已满，最近的修改没有保存进去。屏幕上的内容都还在，之前保存的内容也没有丢失${savedAt ? `（已保存的副本时间为 ${savedAt}）` : ''}。请立即导出 YAML；保存成功后此提示会消失。`,
    unavailable: (detail: string) =>
      `无法写入本浏览器的存储（${detail}），最近的修改没有保存进去。屏幕上的内容都还在。请立即导出 YAML。`,
    exportNow: '立即导出 YAML',
    conflict: (savedAt: string) =>
      `此咨询项目已在另一个标签页或窗口中被修改${savedAt ? `（保存于 ${savedAt}）` : ''}。这里的修改仍显示在屏幕上，但在您做出选择前不会保存。`,
    conflictDamaged:
      '此咨询项目的存储副本已在别处被修改，且已无法读取。这里的修改仍显示在屏幕上，但在您做出选择前不会保存。',
    loadOther: '载入另一个标签页的版本',
    keepMine: '保留我的版本（覆盖）',
    exportMine: '将我的版本导出为 YAML',
    loadedOther: '已打开另一个标签页的版本。',
    older: (title: string) => `“${title}”由旧版 crmkit 保存，已更新为当前格式。原始内容仍保留在本浏览器中。`,
    downloadOriginal: '下载原始内容',
    dismiss: '关闭',
    leaveUnsaved: '最近的修改尚未保存在本浏览器中。离开前请先导出为 YAML，否则这些修改将丢失。',
    leave: '不保存，离开',
    stay: '留在此页',
    damaged: (id: string, detail: string) => `已保存的咨询项目“${id}”已损坏，无法打开（${detail}）。没有删除任何内容。`,
    newer: (id: string) => `已保存的咨询项目“${id}”由更新版本的 crmkit 保存，无法在此打开。没有做任何更改。`,
    restoreLastGood: (savedAt: string) => `恢复最后一份完好的副本${savedAt ? `（保存于 ${savedAt}）` : ''}`,
    downloadStored: '下载存储的原文',
    restoredLastGood: (title: string) => `已从最后一份完好的副本恢复“${title}”。损坏的原文已下载。`,
  },
});
