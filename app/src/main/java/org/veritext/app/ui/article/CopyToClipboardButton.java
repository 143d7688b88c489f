package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.veritext.app.ui.error.Notifications;

/**
 * Copies a text to the clipboard. The copy happens in the browser, in the click itself (a clipboard write needs the
 * user's gesture, which a round trip to the server would lose); the server only hears whether it worked and says so.
 * Where the clipboard API is refused it falls back to the older copy command on a hidden text field.
 */
final class CopyToClipboardButton extends Button {

    private final String label;

    CopyToClipboardButton(String label, String text) {
        super(label);
        this.label = label;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getElement().setProperty("copyText", text);
        getElement().setAttribute("data-copied", "false");
        getElement().addEventListener("veritext-copied", copied -> {
            boolean worked = copied.getEventData().get("event.detail").asBoolean();
            getElement().setAttribute("data-copied", String.valueOf(worked));
            if (worked) {
                setText("Copied");
            } else {
                Notifications.error("The browser did not let us copy. Select the text and copy it by hand.");
                setText(this.label);
            }
        }).addEventData("event.detail");
        addAttachListener(attach -> getElement().executeJs("""
                if (this.__copy) { return; }
                this.__copy = () => {
                    const text = this.copyText || '';
                    const done = worked => this.dispatchEvent(new CustomEvent('veritext-copied', {detail: worked}));
                    const byCommand = () => {
                        const area = document.createElement('textarea');
                        area.value = text;
                        area.setAttribute('readonly', '');
                        area.style.position = 'fixed';
                        area.style.opacity = '0';
                        this.parentNode.appendChild(area);
                        area.select();
                        let worked = false;
                        try { worked = document.execCommand('copy'); } catch (e) { worked = false; }
                        area.remove();
                        return worked;
                    };
                    if (navigator.clipboard && window.isSecureContext) {
                        navigator.clipboard.writeText(text).then(() => done(true), () => done(byCommand()));
                    } else {
                        done(byCommand());
                    }
                };
                this.addEventListener('click', this.__copy);
                """));
    }
}
