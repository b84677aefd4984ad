import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/catalog/columns.js
var ROLE_WORDS = [
  ["no", /^(?:序号|编号|序|项目编号|任务编号|任务序号|No\.?)$/i],
  ["lead", /^(?:牵头(?:责任)?(?:单位|部门))/],
  ["support", /^(?:配合|协办|协助|参与|协同)(?:责任)?(?:单位|部门)/],
  ["units", /^(?:责任(?:单位|部门|主体|科室)|主体责任单位|主责(?:单位|部门)|主办(?:单位|部门)|承办(?:单位|部门)|承担(?:单位|部门)|落实(?:单位|部门)|负责(?:单位|部门)|实施(?:单位|主体))/],
  ["deadline", /(?:完成时限|完成时间|完成日期|时间节点|时限要求|完成期限|时间要求|时间安排|进度安排|时间进度|截止(?:时间|日期)|^时限|^时间$)/],
  ["items", /(?:对应指标|评价指标|对应细则|指标序号|对应评价|评分项|对应条款)/],
  [
    "text",
    /(?:主要目标任务|工作任务|任务内容|具体任务|工作内容|主要任务|目标任务|阶段性工作任务|创建任务|重点任务|工作措施|具体措施|任务措施|任务名称|工作事项|任务事项|重点工作|工作要点|具体工作|^任务$|^事项$|创建内容)/
  ]
];
function rolesOf(headers) {
  return headers.map((h) => h === "" ? "extra" : ROLE_WORDS.find(([, re]) => re.test(h))?.[0] ?? "extra");
}
function headerKey(cell) {
  return cell.replace(/<\/?b>|\*\*/g, "").replace(/\s+/g, "");
}
function recognizeHeader(cells) {
  const headers = cells.map(headerKey);
  const roles = rolesOf(headers);
  const textCols = roles.flatMap((r, i) => r === "text" ? [i] : []);
  if (textCols.length === 0)
    return void 0;
  if (!roles.some((r) => r === "no" || r === "units" || r === "lead" || r === "deadline"))
    return void 0;
  const seen = /* @__PURE__ */ new Set();
  const final = roles.map((r, i) => {
    if (r === "extra" || r === "text")
      return r;
    if (seen.has(r))
      return headers[i] === headers[roles.indexOf(r)] ? "extra" : r === "units" ? "units" : "extra";
    seen.add(r);
    return r;
  });
  return { roles: final, headers, schedule: textCols.some((i) => headers[i].includes("\u9636\u6BB5")) };
}
function recognizeSubHeader(cells) {
  const headers = cells.map(headerKey);
  if (headers.some((h) => /^\d+(?:\.\d+)*[、.．]?$/.test(h)))
    return void 0;
  const roles = rolesOf(headers);
  if (!roles.some((r) => r === "lead" || r === "support" || r === "units" || r === "deadline"))
    return void 0;
  return { roles, headers, schedule: false };
}
function refineHeader(upper, lower) {
  const roles = upper.roles.map((r, i) => {
    const l = lower.roles[i] ?? "extra";
    return l !== "extra" && (r === "extra" || r === "units" || r === l) ? l : r;
  });
  const headers = upper.headers.map((h, i) => lower.headers[i] && lower.headers[i] !== h ? lower.headers[i] : h);
  return { roles, headers, schedule: upper.schedule || lower.schedule };
}
function signature(c) {
  return (c.schedule ? "schedule:" : "") + c.roles.join(",");
}

export {
  recognizeHeader,
  recognizeSubHeader,
  refineHeader,
  signature
};
