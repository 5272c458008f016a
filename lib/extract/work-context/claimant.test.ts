import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../text/word-tokens';
import { claimantOf } from './claimant';

describe('claimantOf', () => {
  it.each([
    ['Deployed the fraud model behind FastAPI on EKS.', 'self'],
    ['I deployed the fraud model behind FastAPI on EKS.', 'self'],
    ['Built our ranking service in Go.', 'self'],
    ['Led the team that shipped the ranking service to 2M users.', 'self'],
    ['Managed a team of 5 engineers deploying models weekly.', 'self'],
    ['Improved the company’s churn model recall by 8%.', 'self'],
    ['Supported 2M daily users with the search API.', 'self'],
    ['We deployed the fraud model behind FastAPI on EKS.', 'team'],
    ['My team shipped the recommendation service to 2M users.', 'team'],
    ['Our platform serves 40k predictions per second.', 'team'],
    ['The team migrated every model to SageMaker endpoints.', 'team'],
    ['Part of the team that deployed the pricing model.', 'team'],
    ['The org’s ML platform serves 300 models in production.', 'team'],
    ['Helped deploy the ranking model to production.', 'team'],
    ['Contributed to the migration of models to Kubernetes.', 'team'],
    ['Supported the team in deploying models to production.', 'team'],
  ])('%s -> %s', (sentence, who) => {
    expect(claimantOf(tokenizeWords(sentence))).toBe(who);
  });
});
