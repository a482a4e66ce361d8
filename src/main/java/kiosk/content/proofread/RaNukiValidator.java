package kiosk.content.proofread;

import cc.redpen.model.Sentence;
import cc.redpen.tokenizer.TokenElement;
import cc.redpen.validator.Validator;
import java.util.List;
import java.util.Set;
import kiosk.content.check.Messages;

/**
 * ら抜き言葉: 食べれる for 食べられる, 見れる for 見られる. Kiosk's own rule: RedPen 1.9's
 * JapaneseBrokenExpression flags every ichidan verb in its irrealis form that no られる follows, so 足りない
 * and 忘れない too (56 false warnings on the sample magazine, none true). Here only a れる after such a
 * verb is one, and the few ら抜き forms the dictionary holds as words of their own (見れる, 来れる).
 */
final class RaNukiValidator extends Validator {

    /** Base forms of the ら抜き verbs that IPADIC lists as words, and so does not split into verb and れる. */
    private static final Set<String> LISTED = Set.of("見れる", "来れる", "着れる", "寝れる", "出れる", "居れる");

    private final Messages messages;

    RaNukiValidator(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void validate(Sentence sentence) {
        List<TokenElement> tokens = sentence.getTokens();
        for (int i = 0; i < tokens.size(); i++) {
            TokenElement verb = tokens.get(i);
            List<String> tags = verb.getTags();
            if (!tags.get(0).equals("動詞") || tags.size() < 7) {
                continue;
            }
            if (LISTED.contains(tags.get(6))) {
                String stem = tags.get(6).substring(0, tags.get(6).length() - 2);
                report(sentence, verb.getOffset(), verb.getSurface(),
                        stem + "ら" + verb.getSurface().substring(stem.length()));
            } else if (i + 1 < tokens.size() && tags.get(1).equals("自立") && tags.get(4).equals("一段")
                    && tags.get(5).equals("未然形") && isRe(tokens.get(i + 1))) {
                TokenElement re = tokens.get(i + 1);
                report(sentence, verb.getOffset(), verb.getSurface() + re.getSurface(),
                        verb.getSurface() + "ら" + re.getSurface());
            }
        }
    }

    /** The suffix れる (れ, れる, れれ ...), not られる. */
    private static boolean isRe(TokenElement token) {
        List<String> tags = token.getTags();
        return tags.size() >= 7 && tags.get(0).equals("動詞") && tags.get(1).equals("接尾") && tags.get(6).equals("れる");
    }

    private void report(Sentence sentence, int offset, String found, String better) {
        addErrorWithPosition(messages.text("proofread.raNuki", found, better), sentence, offset, offset + found.length());
    }
}
