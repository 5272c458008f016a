import { describe, expect, it } from 'vitest';
import { entryKindOfHeader } from './entry-words';

describe('entryKindOfHeader', () => {
  it.each([
    ['Ingeniera de ML, Kestrel Seguros', 'experience'],
    ['Engenheira de Dados — Banco Exemplo', 'experience'],
    ['Desenvolvedor Backend, Loja Exemplo', 'experience'],
    ['Científica de Datos, Ejemplo SA', 'experience'],
    ['Máster en Ciencia de Datos, Universidad de Granada', 'education'],
  ])('%s names %s', (header, kind) => {
    expect(entryKindOfHeader(header)).toBe(kind);
  });

  it.each(['Análisis de datos con Python', 'Kestrel Seguros', 'Engenharia de dados'])('%s names neither', (header) => {
    expect(entryKindOfHeader(header)).toBeUndefined();
  });
});
