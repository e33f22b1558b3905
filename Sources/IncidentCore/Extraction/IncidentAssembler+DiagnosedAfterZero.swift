/// "O Presidente garantiu que 'nenhum americano foi ferido'. Semanas depois, o Pentágono admitiu que 110 militares
/// tinham sido diagnosticados": a count diagnosed after a written US zero revises the zero, though the count's party is
/// only assumed (round 22, aw19).
extension IncidentAssembler {
    /// True for a count of people diagnosed with injuries ("110 militares tinham sido diagnosticados com lesões"),
    /// told after a written US zero among `us`.
    func isDiagnosedAfterZero(_ c: CasualtyMention, in us: [CasualtyMention]) -> Bool {
        let tokens = text.tokens
        let told = c.anchor..<min(tokens.count, max(c.endToken, c.anchor) + 6)
        return told.contains { tokens[$0].text == "diagnosed" }
            && us.contains { $0.figure.count == 0 && !$0.usesDefaultParty && $0.anchor < c.anchor }
    }
}
