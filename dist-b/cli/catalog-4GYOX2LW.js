import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  sheetsToXlsx
} from "./chunk-D74GHX5M.js";
import {
  displayWidth,
  padEnd,
  truncate
} from "./chunk-3RLGQMEY.js";
import {
  writeFileAtomic
} from "./chunk-6ETYQEM3.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import {
  chineseNumber
} from "./chunk-F7I2VFIZ.js";
import {
  formatTarget
} from "./chunk-VEKVPWRX.js";
import "./chunk-CB5SUWAA.js";

// dist/cli/commands/catalog.js
import { resolve } from "node:path";

// dist/catalog/to-json.js
function catalogJson(catalog) {
  return {
    plan: catalog.plan,
    sections: catalog.sections.map((s) => ({ no: s.no, title: s.title })),
    tasks: catalog.tasks.map((t) => ({
      id: t.id,
      no: t.no,
      section: t.section,
      text: t.text,
      units: t.units,
      lead: t.lead,
      support: t.support,
      groups: t.groups,
      deadline: t.deadline,
      deadlineKind: t.deadlineKind,
      deadlineText: t.deadlineText,
      targets: t.targets,
      items: t.items,
      extra: t.extra
    })),
    schedule: catalog.schedule.map((s) => ({
      no: s.no,
      text: s.text,
      units: s.units,
      groups: s.groups,
      deadline: s.deadline,
      deadlineKind: s.deadlineKind,
      deadlineText: s.deadlineText
    })),
    units: catalog.units,
    mainTasks: catalog.mainTasks.map((m) => ({
      no: m.no,
      part: m.part,
      title: m.title,
      text: m.text,
      units: m.units,
      groups: m.groups
    }))
  };
}

// dist/catalog/to-table.js
var KIND_TEXT = { date: "\u65E5\u671F", recurring: "\u5468\u671F\u6027", ongoing: "\u957F\u671F", none: "\u65E0\u5177\u4F53\u65E5\u671F" };
function catalogSheets(catalog) {
  const title = (no) => catalog.sections.find((s) => s.no === no)?.title ?? "";
  const extras = [...new Set(catalog.tasks.flatMap((t) => Object.keys(t.extra)))];
  const any = (f) => catalog.tasks.some((t) => f(t).length > 0);
  const all = [
    { column: { header: "\u5E8F\u53F7", width: 6 }, value: (t) => /^\d+$/.test(t.id) ? Number(t.id) : t.id },
    { column: { header: "\u5206\u8282", width: 22 }, value: (t) => `${t.section}. ${title(t.section)}` },
    { column: { header: "\u4E3B\u8981\u76EE\u6807\u4EFB\u52A1", width: 70, wrap: true }, value: (t) => t.text },
    // With 牵头/配合 columns the units column only repeats them: left out unless it adds departments.
    { column: { header: "\u8D23\u4EFB\u5355\u4F4D", width: 36, wrap: true }, value: (t) => t.units.join("\u3001"), when: catalog.tasks.some((t) => t.units.length !== (/* @__PURE__ */ new Set([...t.lead, ...t.support])).size) },
    { column: { header: "\u7275\u5934\u5355\u4F4D", width: 20, wrap: true }, value: (t) => t.lead.join("\u3001"), when: any((t) => t.lead) },
    { column: { header: "\u914D\u5408\u5355\u4F4D", width: 24, wrap: true }, value: (t) => t.support.join("\u3001"), when: any((t) => t.support) },
    { column: { header: "\u96C6\u4F53\u8D23\u4EFB\u4E3B\u4F53", width: 24, wrap: true }, value: (t) => t.groups.join("\u3001") },
    { column: { header: "\u5B8C\u6210\u65F6\u9650", width: 16 }, value: (t) => t.deadlineText },
    { column: { header: "\u622A\u6B62\u65E5\u671F", width: 12 }, value: (t) => t.deadline ?? "" },
    { column: { header: "\u65F6\u9650\u7C7B\u578B", width: 10 }, value: (t) => KIND_TEXT[t.deadlineKind] },
    { column: { header: "\u91CF\u5316\u76EE\u6807", width: 40, wrap: true }, value: (t) => t.targets.map(formatTarget).join("\uFF1B") },
    { column: { header: "\u5BF9\u5E94\u8BC4\u4EF7\u7EC6\u5219", width: 14 }, value: (t) => t.items.join("\u3001"), when: any((t) => t.items) },
    ...extras.map((h) => ({ column: { header: h, width: 20, wrap: true }, value: (t) => t.extra[h] ?? "" }))
  ];
  const taskColumns = all.filter((c) => c.when !== false);
  return [
    {
      name: "\u4EFB\u52A1\u5206\u89E3\u8868",
      // Columns a plan does not have (牵头/配合 units, indicator items) are left out, so that the sheet prints narrow.
      columns: taskColumns.map((c) => c.column),
      rows: catalog.tasks.map((t) => taskColumns.map((c) => c.value(t)))
    },
    {
      name: "\u65E5\u7A0B\u5B89\u6392\u8868",
      columns: [
        { header: "\u5E8F\u53F7", width: 6 },
        { header: "\u9636\u6BB5\u6027\u5DE5\u4F5C\u4EFB\u52A1", width: 70, wrap: true },
        { header: "\u8D23\u4EFB\u5355\u4F4D", width: 30, wrap: true },
        { header: "\u96C6\u4F53\u8D23\u4EFB\u4E3B\u4F53", width: 24, wrap: true },
        { header: "\u5B8C\u6210\u65F6\u9650", width: 18 },
        { header: "\u622A\u6B62\u65E5\u671F", width: 12 }
      ],
      rows: catalog.schedule.map((s) => [s.no, s.text, s.units.join("\u3001"), s.groups.join("\u3001"), s.deadlineText, s.deadline ?? ""])
    },
    {
      name: "\u8D23\u4EFB\u5355\u4F4D",
      columns: [
        { header: "\u8D23\u4EFB\u5355\u4F4D", width: 26 },
        { header: "\u4EFB\u52A1\u6570", width: 8 },
        { header: "\u4EFB\u52A1\u5E8F\u53F7", width: 60, wrap: true }
      ],
      rows: catalog.units.map((u) => {
        const nos = catalog.tasks.filter((t) => t.units.includes(u)).map((t) => t.id);
        return [u, nos.length, nos.join("\u3001")];
      })
    }
  ];
}

// dist/sheet/to-csv.js
function sheetToCsv(sheet) {
  const lines = [sheet.columns.map((c) => c.header), ...sheet.rows].map((row) => row.map(csvCell).join(","));
  return lines.join("\r\n") + "\r\n";
}
function csvCell(value) {
  const s = value === null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// dist/cli/commands/catalog.js
async function catalogCommand(catalog, options, io) {
  switch (options.format) {
    case "json":
      io.out(JSON.stringify(catalogJson(catalog), null, 2) + "\n");
      return 0;
    case "csv": {
      const csv = sheetToCsv(catalogSheets(catalog)[0]);
      if (options.out === void 0)
        io.out(csv);
      else {
        await writeFileAtomic(resolve(io.cwd, options.out), "\uFEFF" + csv);
        io.err(`\u5DF2\u5199\u51FA ${options.out}
`);
      }
      return 0;
    }
    case "xlsx": {
      const out = resolve(io.cwd, options.out ?? `${options.outputDir}/\u4EFB\u52A1\u5206\u89E3\u8868.xlsx`);
      await writeFileAtomic(out, await sheetsToXlsx(catalogSheets(catalog), { date: options.date }));
      io.out(`\u5DF2\u5199\u51FA ${out}
`);
      return 0;
    }
    case "table":
      io.out(catalogTable(catalog, io.columns));
      return 0;
    default:
      throw new UsageError(`\u4E0D\u652F\u6301\u7684\u683C\u5F0F\u201C${String(options.format)}\u201D`, "\u53EF\u7528\u683C\u5F0F\uFF1Atable\u3001json\u3001csv\u3001xlsx");
  }
}
function catalogTable(catalog, columns) {
  const lines = [];
  const unitWidth = 30;
  const head = `${padEnd("\u5E8F\u53F7", 5)}${padEnd("\u622A\u6B62\u65E5\u671F", 12)}${padEnd("\u8D23\u4EFB\u5355\u4F4D", unitWidth + 2)}\u4EFB\u52A1`;
  for (const section of catalog.sections) {
    lines.push("", `${chineseNumber(section.no)}\u3001${section.title}`, head);
    for (const t of catalog.tasks.filter((x) => x.section === section.no)) {
      const units = truncate([...t.units, ...t.groups].join("\u3001"), unitWidth);
      const when = t.deadline ?? (t.deadlineKind === "none" ? t.deadlineText : `${t.deadlineText}`);
      const prefix = `${padEnd(t.id, 5)}${padEnd(truncate(when, 11), 12)}${padEnd(units, unitWidth + 2)}`;
      lines.push(prefix + truncate(t.text, Math.max(20, columns - displayWidth(prefix))));
      const indent = " ".repeat(17);
      if (t.lead.length > 0 || t.support.length > 0)
        lines.push(`${indent}\u7275\u5934\uFF1A${t.lead.join("\u3001") || "\u2014"}\uFF1B\u914D\u5408\uFF1A${t.support.join("\u3001") || "\u2014"}`);
      for (const target of t.targets)
        lines.push(`${indent}\u76EE\u6807\uFF1A${formatTarget(target)}`);
      if (t.items.length > 0)
        lines.push(`${indent}\u5BF9\u5E94\u8BC4\u4EF7\u7EC6\u5219\uFF1A${t.items.map((i) => `\uFF08${i}\uFF09`).join("")}`);
      for (const [k, v] of Object.entries(t.extra))
        lines.push(`${indent}${k}\uFF1A${truncate(v, Math.max(20, columns - 20))}`);
    }
  }
  const withTargets = catalog.tasks.filter((t) => t.targets.length > 0).length;
  lines.push("", `\u5171 ${catalog.sections.length} \u8282\u3001${catalog.tasks.length} \u9879\u4EFB\u52A1\uFF08${withTargets} \u9879\u542B\u91CF\u5316\u76EE\u6807\uFF09\uFF0C${catalog.schedule.length} \u4E2A\u65E5\u7A0B\u9636\u6BB5\uFF0C${catalog.mainTasks.length} \u9879\u4E3B\u8981\u4EFB\u52A1\uFF0C${catalog.units.length} \u4E2A\u8D23\u4EFB\u5355\u4F4D\u3002`, `\u65B9\u6848\uFF1A${catalog.plan}`);
  return lines.join("\n") + "\n";
}
export {
  catalogCommand,
  catalogTable
};
