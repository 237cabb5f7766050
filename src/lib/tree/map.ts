import type { Tree } from './types';

/** Questions in breadth-first order from the start: the order an editor reads the tree in. */
export function mapOrder(tree: Tree): string[] {
  const order: string[] = [];
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (order.includes(id) || !tree.questions[id]) continue;
    order.push(id);
    for (const o of tree.questions[id]!.options) queue.push(o.next);
  }
  return order;
}
