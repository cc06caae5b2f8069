/**
 * How many of the 100 priority points each part can give. RICE says how much value per effort, demand how
 * much revenue asks for it, strategic fit whether it takes the product where the strategy says. Kept in one
 * place so the ranking and its explanation always agree.
 */
export const priorityWeights = { rice: 50, demand: 30, strategicFit: 20 } as const;
