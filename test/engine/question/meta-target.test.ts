/**
 * Which questions ask about the article itself (its byline, editor, date, outlet, title, photo
 * credit) and which ask about the story, in both languages, with chat spellings and typos.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/engine/question/analyze.ts';

const target = (q: string): string | null => analyzeQuestion(q).meta;

describe('metadata questions', () => {
  it.each([
    ['author', ['Who wrote this?', 'Who wrote this article?', 'Siapa penulis artikel ini?', 'siapa penulisnya?', 'Siapa wartawannya?',
      'Siapa wartawan yang menulis berita ini?', 'who reported this story?', 'Who is the author?', 'who is the writter of this article']],
    ['editor', ['siapa editr artikel ini?', "who's the editer of this piece?", 'Who edited the article?', 'Siapa editornya?', 'siapa redaktur berita ini']],
    ['outlet', ['Artikel ini dari media apa?', 'wich site published this story?', 'Which outlet published this report?', 'which agency published this?',
      'Berita ini diterbitkan oleh media apa?', 'media mana yang menerbitkan berita ini?', 'situs apa?', 'Who published this article?',
      'Where was this story published?', 'which newspaper published it?']],
    ['published', ['kpn artikel ini dipublish?', 'Kapan artikel ini terbit?', 'kapan artikel ini diunggah?', 'kapan berita ini diposting?',
      'When was it published?', 'Kapan diterbitkan?', 'Kapan artikel ini ditulis?', 'What is the publication date?', 'tanggal berapa artikel ini terbit?']],
    ['photo', ['Foto di artikel ini dari mana?', 'Who took the photo?', 'Who took the photo of Kenny Wong?', 'who took the picture',
      'siapa fotografernya?', 'Siapa yang memotret?', 'sumber foto artikel ini?', 'photo credit?']],
    ['title', ['Apa judul artikel ini?', 'What is the title of this article?', 'judulnya apa?']],
  ] as const)('GIVEN questions about the article\'s %s WHEN classified THEN each asks for it', (field, questions) => {
    for (const q of questions) expect(target(q), q).toBe(field);
  });

  it.each([
    'Who wrote the letter?', 'siapa yang menulis surat itu?', 'Who is the author of the study?', 'Siapa wartawan yang ditangkap polisi?',
    'who reported the attack?', 'Who edited the video?', 'Media apa yang dikutip?', 'Which newspaper is the quote attributed to?',
    'When was the law published?', 'Kapan laporan itu dirilis?', 'When will Harrow & Finch publish full-year results?',
    'Siapa yang ada di foto itu?', 'What does the photo show?', "What is Rutte's title?", 'What is the title of the book?',
    'what media outlets reported the crash?', 'Which site will host the games?', 'Who took over in March?',
    'Apakah nama film yang diproduksi oleh PT Sinemart Pictures?',
  ])('GIVEN %j, about the story, WHEN classified THEN it is no metadata question', (q) => {
    expect(target(q)).toBeNull();
  });
});
