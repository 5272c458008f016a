import { cue, each, verb, type SignalRow } from './signal-rows';

/**
 * French, Portuguese, Italian, Dutch and Polish words for shipping and operating software, with the
 * same kinds as the English lexicon: "mis en production", "colocado em produção", "messo in
 * produzione", "in productie genomen", "wdrożony na produkcję" state the same work as "deployed to
 * production", and without them a concrete statement in those languages reads as a bare tool list.
 */
export const ROMANCE_GERMANIC_SLAVIC_SIGNALS: SignalRow[] = [
  ...cue('deployment', [
    'mise en production', 'mis en production', 'mise en prod', 'en production', 'environnement de production',
    'em produção', 'para produção', 'ambiente de produção', 'colocado em produção', 'colocada em produção',
    'in produzione', 'messo in produzione', 'messa in produzione', 'ambiente di produzione',
    'in productie', 'naar productie', 'productieomgeving',
    'na produkcję', 'na produkcji', 'środowisko produkcyjne', 'środowisku produkcyjnym', 'wdrożenie produkcyjne',
  ]),
  ...cue('serving', ['inférence en temps réel', 'inferência em tempo real', 'inferenza in tempo reale']),
  ...cue('monitoring', ['alertes', 'avvisi', 'observabilité', 'observabilidade', 'osservabilità']),
  ...cue('drift', ['dérive des données', 'dérive du modèle', 'deriva dos dados', 'deriva dei dati', 'dryf danych']),
  ...cue('retraining', ['réentraînement', 'réentraînements', 'retreinamento', 'riaddestramento', 'hertraining']),
  ...cue('ci-cd', ['intégration continue', 'déploiement continu', 'integração contínua', 'integrazione continua', 'ciągła integracja']),
  ...cue('on-call', ['astreinte', 'astreintes', 'plantão', 'reperibilità', 'dyżury']),
  ...cue('slo', [
    'latence', 'disponibilité', 'temps de réponse', 'latência', 'disponibilidade', 'tempo de resposta', 'latenza',
    'disponibilità', 'tempo di risposta', 'latentie', 'beschikbaarheid', 'responstijd', 'opóźnienie', 'dostępność',
  ]),
  ...verb('deployment', [
    'déployé', 'déployée', 'déployés', 'déployées', 'déployer', 'déploiement', 'déploiements', 'déploie', 'livré', 'livrée',
    'implantado', 'implantada', 'implantação', 'implantei', 'implantamos',
    'distribuito', 'distribuita', 'rilasciato', 'rilasciata', 'rilascio',
    'uitgerold', 'uitrol', 'gedeployed',
    'wdrożyłem', 'wdrożyłam', 'wdrożony', 'wdrożona', 'wdrożenie', 'wdrożenia',
  ]),
  ...verb('serving', ['servi', 'servie', 'hébergé', 'hébergée', 'hospedado', 'servito', 'ospitato', 'gehost']),
  ...verb('monitoring', [
    'monitoré', 'monitorée', 'monitoramento', 'monitorado', 'monitoraggio', 'monitorato', 'bewaking',
    'gemonitord', 'monitorowanie', 'monitorowałem',
  ]),
  ...verb('scale', ['traitées', 'traités', 'traite', 'processadas', 'processados', 'verwerkt', 'przetwarzane']),
  ...verb('infrastructure', ['maintenu', 'maintenue', 'exploité', 'mantido', 'mantenuto', 'beheerd', 'utrzymywałem']),
  ...each(
    [
      'serveur', 'serveurs', 'plateforme', 'système', 'systèmes', 'aplicação', 'infraestrutura', 'piattaforma', 'applicazione', 'servizio',
      'servizi', 'applicatie', 'systeem', 'platforma', 'aplikacja', 'usługa', 'serwis',     ],
    { kind: 'software' },
  ),
  ...each(['modèle', 'modèles', 'modello', 'modelli', 'modellen', 'modele', 'modelu', 'modeli'], { kind: 'model' }),
  ...each(
    [
      'expérience en', 'expérience avec', 'connaissances en', 'notions de', 'familiarisé avec', 'familiarisée avec',
      'formation en', 'experiência com', 'experiência em', 'conhecimentos de', 'esperienza con', 'esperienza in',
      'conoscenza di', 'ervaring met', 'kennis van', 'doświadczenie w', 'znajomość',
    ],
    { kind: 'hedge' },
  ),
  ...each(
    ['production audiovisuelle', 'production vidéo', 'chaîne de production', 'ligne de production', 'produzione video', 'linha de produção', 'productielijn', 'usine'],
    { kind: 'offtopic' },
  ),
];
