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
    // Belonging to the group that did it: the group's work, whatever the candidate's part was.
    ['Member of the claims-automation team that shipped a document-classification model to production.', 'team'],
    ['I was a member of the search team which launched semantic retrieval.', 'team'],
    ['Part of a 6-person squad.', 'team'],
    ['One of four engineers on the ranking team that moved every model to Triton.', 'team'],
    ['Joined the forecasting group that deployed the demand model to 300 stores.', 'team'],
    ['Supported the team’s monitoring effort with CloudWatch dashboards.', 'team'],
    ['Our team reduced manual review time by 40%.', 'team'],
    ['Participated in the migration of the team’s models to SageMaker endpoints.', 'team'],
    ['Assisted with the rollout of the churn model.', 'team'],
    // Leading the group, or the candidate as the subject with the team as company: the candidate's own.
    ['I led the team that shipped the fraud model to production.', 'self'],
    ['Led the claims-automation team that shipped a document-classification model.', 'self'],
    ['Managed a team of 4 that deployed the pricing model on EKS.', 'self'],
    ['I shipped the ranking model to production with my team.', 'self'],
    ['Deployed the churn model alongside my team in 3 weeks.', 'self'],
    ['Deployed the ranking model as part of the search team that owns the feed.', 'self'],
    ['Built the anomaly detector for the fraud team that reviews 10k cases a day.', 'self'],
    ['Maintained the team’s feature store on Redis.', 'self'],
    ['Supported the company’s 2M daily users with the search API.', 'self'],
    ['Member of Technical Staff: deployed the fraud model behind gRPC.', 'self'],
  ])('%s -> %s', (sentence, who) => {
    expect(claimantOf(tokenizeWords(sentence))).toBe(who);
  });
});
