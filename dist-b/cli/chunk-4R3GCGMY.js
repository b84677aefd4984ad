import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  halfWidth
} from "./chunk-AZACBMGK.js";

// dist/catalog/find-task.js
function taskRef(ref) {
  return halfWidth(String(ref)).replace(/\s+/g, "").replace(/^(?:任务|T)/i, "");
}
function findTask(catalog, ref) {
  const id = taskRef(ref);
  return catalog.tasks.find((t) => t.id === id);
}
function taskLabel(task) {
  return /^\d+$/.test(task.id) ? Number(task.id) : task.id;
}

export {
  taskRef,
  findTask,
  taskLabel
};
