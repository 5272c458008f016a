import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../text/word-tokens';
import { findMlSystem, findMlTitle, findMlWork } from './ml-lexicon';

const system = (text: string) => {
  const found = findMlSystem(text, tokenizeWords(text));
  return found && text.slice(found.start, found.end);
};

describe('ML lexicon', () => {
  it.each([
    ['Fine-tuned a BERT classifier for support tickets.', 'Fine-tuned'],
    ['Redesigned the high-risk classification model with the policy team.', 'classification model'],
    ['Lead engineer for the visa predictive platform.', 'predictive platform'],
    ['Trained the churn models every week.', 'Trained the churn models'],
    ['Built the online feature store on Redis and Kafka with two other engineers.', 'online feature store'],
    ['It now answers 2 million lookups per second, and teams stopped arguing about training–serving skew.', 'training–serving skew'],
  ])('ML work in %s', (text, match) => {
    const found = findMlWork(text);
    expect(found && text.slice(found.start, found.end)).toBe(match);
  });

  it.each([
    'Designed the data model for the billing service.',
    'Built the ETL jobs that feed finance dashboards.',
    'Led the regression test suite.',
    'Shipped new store features and feature flags for the online store.',
    'Fixed clock skew between the training servers in the lab.',
  ])('no ML work in %s', (text) => expect(findMlWork(text)).toBeUndefined());

  it.each([
    ['Deployed the fraud model behind FastAPI on EKS.', 'model'],
    ['Cut inference cost on the GPU fleet by 40%.', 'inference'],
    ['Shipped AI features to the mobile app.', 'AI'],
    ['Moved the predictions API to Cloud Run.', 'predictions'],
    ['Maintained a GPT integration handling over 200 real-time conversations.', 'GPT'],
    ['The retrieval and ranking stack now serves 9,000 requests per second.', 'ranking stack'],
    ['Mise en production du modèle de tarification sur Azure.', 'modèle'],
    ['Desplegamos el modelo de riesgo en AWS.', 'modelo'],
    ['Inferenz auf Edge-Geräten in zwei Werken.', 'Inferenz'],
    ['Put a RAG assistant over the C++ and scikit-learn docs.', 'RAG'],
    ['Moved the LLMs behind a gateway on AWS (S3, EKS).', 'LLMs'],
    ['Logged every ChatGPT call to Weights & Biases.', 'ChatGPT'],
  ])('an ML system in %s', (text, match) => expect(system(text)).toBe(match));

  it.each([
    'Designed the data models and dbt models for the warehouse.',
    'Deployed the marketing web page on Netlify.',
    'Moved the REST APIs to Kubernetes.',
    'Set up CI/CD for the SQL databases with GitHub Actions.',
    'Served as a delegate at Model United Nations.',
    'Rebuilt the Power BI semantic model refreshed hourly.',
    'Wrote a rag-tag set of scripts for the nlp course.',
    'Fixed the configuration drift of the Terraform state.',
    'Ranked first in the regional ranking of sales teams.',
    'Conception du modèle de données pour le service de facturation.',
    'Definí el modelo de negocio de la tienda en línea.',
    'Ai Chen and I rebuilt the C++ billing service.',
    'Compared llms and genai tools for the ml reading group.',
    'Wrote ml notes about rag rugs in a Jürgen-style wiki.',
  ])('no ML system in %s', (text) => expect(system(text)).toBeUndefined());

  it.each([
    ['Senior Machine Learning Engineer', true],
    ['Data Scientist II', true],
    ['Backend Developer', false],
    ['Aim Trainer', false],
  ])('title %s names ML: %s', (title, ml) => expect(findMlTitle(title) !== undefined).toBe(ml));
});
