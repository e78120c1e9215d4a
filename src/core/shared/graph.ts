/** Dependency graphs of tasks: cycles, in a form both the template checks and the scheduler use. */

/**
 * Every elementary cycle found by depth-first search, each once, starting from its
 * first task in file order. Iterative, so long dependency chains cannot overflow the stack.
 */
export function findCycles(graph: Map<string, { dependsOn: string[] }>): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const cycles: string[][] = [];
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'active');
    path.push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const deps = graph.get(frame.id)?.dependsOn ?? [];
      if (frame.next < deps.length) {
        const dep = deps[frame.next++] ?? '';
        const depState = state.get(dep);
        if (depState === 'active') {
          cycles.push(path.slice(path.indexOf(dep)));
        } else if (depState === undefined && graph.has(dep)) {
          state.set(dep, 'active');
          path.push(dep);
          stack.push({ id: dep, next: 0 });
        }
      } else {
        state.set(frame.id, 'done');
        path.pop();
        stack.pop();
      }
    }
  }
  return cycles;
}

/** Does task `from` wait for task `to`, directly or through other tasks? */
export function dependsOnTransitively(
  from: string,
  to: string,
  byId: ReadonlyMap<string, { dependsOn: readonly { task: string }[] }>,
): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() ?? '';
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const d of byId.get(id)?.dependsOn ?? []) stack.push(d.task);
  }
  return false;
}
