import { cue, each, verb, type SignalRow } from './signal-rows';

/**
 * Spanish and German words for shipping and operating software, with the same kinds as the English
 * lexicon: resumes in either language state the same work ("desplegué el modelo", "in den
 * Produktivbetrieb überführt"), and without them a concrete statement reads as a bare tool list.
 */
export const SPANISH_GERMAN_SIGNALS: SignalRow[] = [
  ...cue('deployment', [
    'en producción', 'a producción', 'puesta en producción', 'paso a producción', 'entorno de producción',
    'entornos de producción', 'sistemas en producción', 'en produccion', 'a produccion',
    'in produktion', 'produktivbetrieb', 'produktivsetzung', 'produktivumgebung', 'produktionsumgebung',
    'produktivsystem', 'produktivsysteme', 'live geschaltet', 'inbetriebnahme', 'in betrieb genommen',
  ]),
  ...cue('monitoring', ['alertas', 'alertamiento', 'alarmierung', 'observabilidad']),
  ...cue('drift', ['deriva de datos', 'deriva del modelo', 'deriva de los datos', 'datendrift', 'modelldrift']),
  ...cue('retraining', ['reentrenamiento', 'reentrenamientos', 'reentrenar', 'nachtraining', 'neutraining']),
  ...cue('ci-cd', ['integración continua', 'despliegue continuo', 'entrega continua', 'kontinuierliche integration']),
  ...cue('on-call', ['guardias', 'rufbereitschaft', 'bereitschaftsdienst', 'incidencias']),
  ...cue('slo', [
    'latencia', 'disponibilidad', 'tiempo de respuesta', 'tiempos de respuesta', 'latenz', 'verfügbarkeit',
    'antwortzeit', 'antwortzeiten',
  ]),
  ...verb('deployment', [
    'desplegar', 'desplegué', 'desplegó', 'desplegamos', 'desplegado', 'desplegada', 'desplegados', 'desplegadas',
    'despliego', 'despliega', 'despliegan', 'despliegue', 'despliegues', 'lancé', 'lanzamos', 'lanzamiento',
    'deployt', 'deployen', 'bereitgestellt', 'bereitstellung', 'bereitstellen', 'ausgerollt', 'ausrollen',
    'ausgeliefert', 'auslieferung',
  ]),
  ...verb('serving', ['servido', 'servida', 'servidos', 'servidas', 'sirve', 'sirven', 'sirviendo', 'gehostet']),
  ...verb('monitoring', [
    'monitorización', 'monitorizar', 'monitoricé', 'monitorizado', 'monitoreo', 'monitoreé', 'überwachung',
    'überwacht', 'überwachen',
  ]),
  ...verb('scale', ['escalé', 'escalamos', 'escalado', 'escalar', 'skaliert', 'skalierung', 'skalieren']),
  ...verb('infrastructure', [
    'mantuve', 'mantengo', 'mantenimiento', 'operé', 'opero', 'migré', 'migramos', 'betrieben', 'betreibe',
    'betreue', 'betreut', 'migriert',
  ]),
  ...each(
    [
      'servicio', 'servicios', 'sistema', 'sistemas', 'plataforma', 'plataformas', 'aplicación',
      'aplicaciones', 'servidor', 'servidores', 'recomendador', 'código', 'infraestructura', 'dienst', 'dienste', 'systeme', 'plattform', 'anwendung', 'anwendungen', 'infrastruktur',
      'empfehlungssystem',
    ],
    { kind: 'software' },
  ),
  ...each(['modelo', 'modelos', 'modell', 'modelle', 'modells'], { kind: 'model' }),
  ...each(
    [
      'con experiencia', 'experiencia en', 'experiencia con', 'conocimientos de', 'conocimientos en',
      'familiarizado con', 'familiarizada con', 'curso', 'cursos', 'erfahrung mit', 'erfahrung in', 'erfahrung im',
      'kenntnisse in', 'kenntnisse im', 'kurs', 'kurse', 'trabajo con', 'trabajé con', 'he trabajado con',
      'trabajo sobre todo con', 'trabajo principalmente con', 'arbeite mit', 'gearbeitet mit', 'arbeite vor allem mit',
      'arbeite hauptsächlich mit',
    ],
    { kind: 'hedge' },
  ),
  ...each(
    [
      'producción audiovisual', 'producción de vídeo', 'jefe de producción', 'jefa de producción',
      'línea de producción', 'planta de producción', 'fábrica', 'produktionsleiter', 'produktionslinie',
      'filmproduktion', 'fabrik',
    ],
    { kind: 'offtopic' },
  ),
];
