// Words that say what an entry's header names: a role, a degree, a school or an organisation, in
// English and the languages recruiters meet most often.
export const ROLE_WORD =
  /(?<![\p{L}])(?:engineer|engineering manager|scientist|developer|intern|internship|analyst|researcher|manager|lead|architect|consultant|head|director|founder|co-founder|cto|ceo|cio|vp|specialist|associate|assistant|professor|lecturer|fellow|student|mentee|programmer|administrator|officer|designer|technician|trainee|contractor|freelancer|principal|postdoc|tutor|instructor|инженер|разработчик|аналитик|стаж[её]р|руководитель|специалист|исследователь|программист|преподаватель|директор|werkstudent|praktikant|leiter|berater|wissenschaftler|ingénieur|ingénieure|développeur|développeuse|ingeniero|ingeniera|desarrollador|desarrolladora|engenheiro|engenheira|desenvolvedor|desenvolvedora|analista|científico|científica|cientista|investigador|investigadora|pesquisador|pesquisadora)(?![\p{L}])|entwickler|ingenieur/iu;
export const DEGREE_WORD =
  /(?<![\p{L}])(?:bachelor|master|masters|ms|bs|msc|nanodegree|certificate|bootcamp|coursework|m\.sc|bsc|b\.sc|b\.s|m\.s|b\.a|m\.a|ph\.?d|doctor|doctorate|mba|diploma|degree|b\.?tech|m\.?tech|b\.e|m\.e|beng|meng|major|minor|бакалавр|магистр|магистратура|бакалавриат|аспирантура|diplom|abschluss|licence|licenciatura)(?![\p{L}])/iu;
export const SCHOOL_WORD =
  /(?<![\p{L}])(?:university|universit[àáä]t?|universidad|universidade|université|college|institute|institut|school|academy|polytechnic|politecnico|hochschule|lyceum|университет|институт|академия|училище|колледж)(?![\p{L}])/iu;
export const ORG_WORD = /(?<![\p{L}])(?:inc|ltd|llc|gmbh|ag|corp|corporation|company|labs?|technologies|solutions|group|bank|ооо|ао|пао)(?![\p{L}])\.?/iu;

export function hasRoleWord(text: string): boolean {
  return ROLE_WORD.test(text);
}

/**
 * What an entry is by the words of its header: a degree names study even beside "student"; a role names
 * work even at a university ("Research Assistant, University of X"); a school alone names study.
 */
export function entryKindOfHeader(text: string): 'experience' | 'education' | undefined {
  if (DEGREE_WORD.test(text)) return 'education';
  if (ROLE_WORD.test(text)) return 'experience';
  if (SCHOOL_WORD.test(text)) return 'education';
  return undefined;
}
