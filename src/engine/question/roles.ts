/**
 * Role nouns ("Bupati", "coach", "Sekretaris Jenderal"): capitalized in Indonesian but not names.
 * A question about a role must find the role in the text: "Who is the mayor of Semarang?" over
 * an article without a mayor is not answered with whoever else is named.
 */
const ROLES = ['presiden', 'wakil', 'menteri', 'perdana', 'kepala', 'ketua', 'direktur', 'gubernur', 'bupati', 'walikota', 'wali',
  'camat', 'lurah', 'sekretaris', 'jenderal', 'sekjen', 'panglima', 'kapolri', 'kapolda', 'kapolres', 'pelatih', 'kapten', 'manajer',
  'juru', 'bicara', 'jubir', 'rektor', 'dekan', 'komisaris', 'dirut', 'ceo', 'pemimpin', 'raja', 'ratu', 'duta', 'besar', 'hakim',
  'jaksa', 'penulis', 'editor', 'redaktur', 'wartawan', 'president', 'vice', 'minister', 'prime', 'secretary', 'general', 'chief',
  'executive', 'director', 'governor', 'mayor', 'regent', 'chairman', 'chairwoman', 'chair', 'head', 'coach', 'captain', 'manager',
  'spokesperson', 'spokesman', 'spokeswoman', 'king', 'queen', 'ambassador', 'judge', 'prosecutor', 'founder', 'owner', 'leader',
  'commander', 'chancellor', 'senator', 'goalkeeper', 'striker', 'analyst', 'editor'];

const ROLE_SET = new Set(ROLES);

/** Whether a folded word names a role or office rather than a person. */
export function isRoleWord(folded: string): boolean {
  return ROLE_SET.has(folded);
}
