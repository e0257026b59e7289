/** Node detail tabs, in the URL (`?tab=`). Its own module: the route validates with it without pulling in the page. */
export const NODE_TABS = ['overview', 'vms', 'images'] as const;
export type NodeTab = (typeof NODE_TABS)[number];
