/*
 * <claim-text>: shows a news article's text with its claims highlighted, and turns the
 * user's text selection into offsets for new claims.
 *
 * Contract (the Java view depends on it):
 *   properties  text             the article text, normalised: "\n" line ends, paragraphs
 *                                separated by blank lines
 *               claims           [{id, start, end}], UTF-16 offsets into text, end exclusive
 *               selectedClaimId  id of the claim shown as selected, or null
 *   methods     scrollToClaim(id), flashClaims([id]), requestClaim(), clearSelection()
 *   events      claim-selection-change {start, end, quote}  ({-1, -1, ''} = no selection)
 *               claim-create {start, end, quote}
 *               claim-click {id}
 *
 * Plain JavaScript in the light DOM: no build step, and selections that cross shadow roots
 * are unreliable. Article text is untrusted, so it only ever goes into text nodes.
 */
(() => {
    'use strict';

    if (customElements.get('claim-text')) {
        return; // the script was loaded twice
    }

    const NO_SELECTION = Object.freeze({start: -1, end: -1, quote: ''});
    const SELECTION_DEBOUNCE_MS = 100;
    const FLASH_MS = 1200;
    /** A paragraph break: a line end followed by one or more blank lines. */
    const PARAGRAPH_BREAK = /\n(?:[^\S\n]*\n)+/g;
    const WHITESPACE = /\s/;
    /** Properties Vaadin may set before this script has defined the element. */
    const UPGRADED_PROPERTIES = ['text', 'claims', 'selectedClaimId'];

    const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
    const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;
    const GRAPHEMES = typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('und', {granularity: 'grapheme'}) : null;
    const sameDetail = (a, b) => a.start === b.start && a.end === b.end && a.quote === b.quote;

    /**
     * The grapheme-cluster boundary at offset, or else the start (before = true) or end of the
     * cluster offset falls in: a family emoji joined by U+200D, an emoji with its skin tone, a
     * flag's two regional indicators, a letter with a combining accent. A line end is always a
     * boundary, so only the line around offset is segmented, however long the article. Without
     * Intl.Segmenter, whole code points at least.
     */
    function clusterBoundary(text, offset, before) {
        if (offset <= 0 || offset >= text.length) {
            return offset;
        }
        if (GRAPHEMES === null) {
            const splitsPair = isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
            return splitsPair ? offset + (before ? -1 : 1) : offset;
        }
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const lineEnd = text.indexOf('\n', offset);
        const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
        const cluster = GRAPHEMES.segment(line).containing(offset - lineStart);
        if (cluster === undefined || lineStart + cluster.index === offset) {
            return offset; // at the line's end, or at the start of a cluster
        }
        return lineStart + cluster.index + (before ? 0 : cluster.segment.length);
    }

    /** [start, end) of each paragraph; the blank lines between them are not part of any. */
    function splitBlocks(text) {
        const blocks = [];
        let start = 0;
        for (const separator of text.matchAll(PARAGRAPH_BREAK)) {
            if (separator.index > start) {
                blocks.push([start, separator.index]);
            }
            start = separator.index + separator[0].length;
        }
        if (start < text.length) {
            blocks.push([start, text.length]);
        }
        return blocks;
    }

    /** Index of the first element of a sorted array for which isAtOrAfter is true. */
    function lowerBound(array, isAtOrAfter) {
        let low = 0;
        let high = array.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (isAtOrAfter(array[middle])) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    class ClaimText extends HTMLElement {
        constructor() {
            super();
            this._text = '';
            this._claims = [];
            this._selectedClaimId = null;
            /** Milliseconds the last render took (building and swapping the DOM, not layout). */
            this.lastRenderMillis = 0;

            this._renderQueued = false;
            this._renderedText = ''; // the text the current DOM shows; offsets refer to it
            this._textNodes = []; // {node, start} for every rendered text node, in document order
            this._nodeStart = new WeakMap(); // rendered Text node -> its start offset
            this._marks = []; // {start, end, element} for highlighted segments, sorted by start
            this._claimsById = new Map();
            this._selectedMarks = [];
            this._flashMarks = [];
            this._flashTimer = 0;

            // The last selection made inside the element. Kept while the page selection moves
            // elsewhere (e.g. onto the "Create claim" button), so requestClaim() still sees it.
            this._selection = NO_SELECTION;
            this._reported = NO_SELECTION; // last claim-selection-change detail, to skip duplicates
            this._syncTimer = 0;
            this._caretFrame = 0;

            // Non-editable text shows no caret, so keyboard users get a drawn one.
            this._caret = document.createElement('span');
            this._caret.className = 'ct-caret';
            this._caret.setAttribute('aria-hidden', 'true');

            this._syncSelection = this._syncSelection.bind(this);
            this._onSelectionChange = this._onSelectionChange.bind(this);
            this._updateCaret = this._updateCaret.bind(this);
            this._resizeObserver = new ResizeObserver(() => this._scheduleCaretUpdate());
            this.addEventListener('keydown', (event) => this._onKeyDown(event));
            this.addEventListener('keyup', () => this._syncSelection());
            this.addEventListener('mouseup', () => this._syncSelection());
            this.addEventListener('click', (event) => this._onClick(event));
            this.addEventListener('focus', () => this._scheduleCaretUpdate());
            this.addEventListener('blur', () => this._scheduleCaretUpdate());

            // Vaadin may have set properties on the element before this class existed; those
            // became plain own properties that would shadow the accessors below.
            for (const name of UPGRADED_PROPERTIES) {
                if (Object.prototype.hasOwnProperty.call(this, name)) {
                    const value = this[name];
                    delete this[name];
                    this[name] = value;
                }
            }
        }

        connectedCallback() {
            if (!this.hasAttribute('tabindex')) {
                this.setAttribute('tabindex', '0');
            }
            if (!this.hasAttribute('role')) {
                this.setAttribute('role', 'document');
            }
            if (!this.hasAttribute('aria-label')) {
                this.setAttribute('aria-label', 'Article text');
            }
            document.addEventListener('selectionchange', this._onSelectionChange);
            this._resizeObserver.observe(this);
            if (!this._caret.isConnected) {
                this._scheduleRender();
            }
        }

        disconnectedCallback() {
            document.removeEventListener('selectionchange', this._onSelectionChange);
            this._resizeObserver.disconnect();
            clearTimeout(this._syncTimer);
            cancelAnimationFrame(this._caretFrame);
            this._syncTimer = 0;
            this._caretFrame = 0;
        }

        get text() {
            return this._text;
        }

        set text(value) {
            this._text = value == null ? '' : String(value);
            this._scheduleRender();
        }

        get claims() {
            return this._claims;
        }

        set claims(value) {
            this._claims = Array.isArray(value) ? value : [];
            this._scheduleRender();
        }

        get selectedClaimId() {
            return this._selectedClaimId;
        }

        set selectedClaimId(value) {
            this._selectedClaimId = value == null || value === '' ? null : String(value);
            if (!this._renderQueued) {
                this._markSelected();
            } // else the pending render marks it
        }

        /** Scrolls the claim's first segment to the middle of the view and flashes the claim. */
        scrollToClaim(id) {
            this._flushRender();
            const claim = this._claimsById.get(String(id));
            const segments = claim ? this._segmentsOf(claim) : [];
            if (segments.length === 0) {
                return;
            }
            segments[0].scrollIntoView({block: 'center', inline: 'nearest'});
            this._flash(segments);
        }

        /** Flashes the highlights of these claims (say, changed by a colleague), without scrolling. */
        flashClaims(ids) {
            this._flushRender();
            const segments = [];
            for (const id of Array.isArray(ids) ? ids : []) {
                const claim = this._claimsById.get(String(id));
                if (claim) {
                    segments.push(...this._segmentsOf(claim));
                }
            }
            if (segments.length > 0) {
                this._flash(segments);
            }
        }

        /** Dispatches claim-create for the current selection, if there is one. */
        requestClaim() {
            this._syncSelection();
            if (this._selection.start >= 0) {
                this._dispatch('claim-create', {...this._selection});
            }
        }

        /** Removes the selection and reports it (always, even if it was already empty). */
        clearSelection() {
            const selection = document.getSelection();
            if (selection && selection.rangeCount > 0 && this._touches(selection.getRangeAt(0))) {
                selection.removeAllRanges();
            }
            clearTimeout(this._syncTimer);
            this._syncTimer = 0;
            this._selection = NO_SELECTION;
            this._report(NO_SELECTION, true);
            this._scheduleCaretUpdate();
        }

        // ---------------------------------------------------------------- rendering

        /** text and claims usually arrive together, in either order: render once for both. */
        _scheduleRender() {
            if (!this._renderQueued) {
                this._renderQueued = true;
                queueMicrotask(() => this._flushRender());
            }
        }

        _flushRender() {
            if (this._renderQueued) {
                this._renderQueued = false;
                this._render();
            }
        }

        _render() {
            const started = performance.now();
            const text = this._text;
            const textChanged = text !== this._renderedText;
            // Swapping the DOM destroys a selection inside it; put it back if the text is the same.
            const restore = textChanged ? null : this._selectionOffsets();

            const claims = this._validClaims(text);
            const fragment = document.createDocumentFragment();
            const textNodes = [];
            const nodeStart = new WeakMap();
            const marks = [];

            // One sweep over the boundaries (claim starts, claim ends, paragraph edges). Each
            // piece between two boundaries is one text node, wrapped in a flat <mark> when a claim
            // covers it. The innermost covering claim (latest start, then shortest) is the top of
            // a stack of started claims once ended claims are popped off it; claims that ended
            // deeper in the stack are dropped lazily when they surface, so this stays linear.
            const byStart = claims.slice().sort((a, b) => a.start - b.start || b.end - a.end);
            const ends = Float64Array.from(claims, (claim) => claim.end).sort();
            const stack = [];
            let nextStart = 0;
            let nextEnd = 0;
            let depth = 0; // number of claims covering the current position
            for (const [blockStart, blockEnd] of splitBlocks(text)) {
                const block = document.createElement('p');
                block.className = 'ct-block';
                block.dir = 'auto';
                let position = blockStart;
                while (position < blockEnd) {
                    while (nextStart < byStart.length && byStart[nextStart].start <= position) {
                        stack.push(byStart[nextStart++]);
                        depth++;
                    }
                    while (nextEnd < ends.length && ends[nextEnd] <= position) {
                        nextEnd++;
                        depth--;
                    }
                    let segmentEnd = blockEnd;
                    if (nextStart < byStart.length && byStart[nextStart].start < segmentEnd) {
                        segmentEnd = byStart[nextStart].start;
                    }
                    if (nextEnd < ends.length && ends[nextEnd] < segmentEnd) {
                        segmentEnd = ends[nextEnd];
                    }
                    const node = document.createTextNode(text.slice(position, segmentEnd));
                    if (depth > 0) {
                        while (stack[stack.length - 1].end <= position) {
                            stack.pop();
                        }
                        const mark = document.createElement('mark');
                        mark.className = 'ct-claim';
                        mark.setAttribute('data-claim-id', stack[stack.length - 1].id);
                        mark.setAttribute('data-depth', String(depth));
                        mark.append(node);
                        block.append(mark);
                        marks.push({start: position, end: segmentEnd, element: mark});
                    } else {
                        block.append(node);
                    }
                    textNodes.push({node, start: position});
                    nodeStart.set(node, position);
                    position = segmentEnd;
                }
                fragment.append(block);
            }
            fragment.append(this._caret);
            this.replaceChildren(fragment);

            this._renderedText = text;
            this._textNodes = textNodes;
            this._nodeStart = nodeStart;
            this._marks = marks;
            this._claimsById = new Map();
            for (const claim of claims) {
                if (!this._claimsById.has(claim.id)) {
                    this._claimsById.set(claim.id, claim);
                }
            }
            this._selectedMarks = [];
            this._flashMarks = [];
            this._markSelected();

            if (textChanged) {
                clearTimeout(this._syncTimer);
                this._syncTimer = 0;
                this._selection = NO_SELECTION;
                this._report(NO_SELECTION);
            } else if (restore) {
                const anchor = this._pointAt(restore.anchor);
                const focus = this._pointAt(restore.focus);
                document.getSelection().setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
            }
            this.lastRenderMillis = performance.now() - started;
            this._scheduleCaretUpdate();
        }

        /** The claims that fit the text, as {id, start, end}; the others are reported and skipped. */
        _validClaims(text) {
            const valid = [];
            const invalid = [];
            for (const claim of this._claims) {
                const ok = claim != null
                    && (typeof claim.id === 'string' || typeof claim.id === 'number')
                    && Number.isInteger(claim.start) && Number.isInteger(claim.end)
                    && claim.start >= 0 && claim.start < claim.end && claim.end <= text.length;
                if (ok) {
                    valid.push({id: String(claim.id), start: claim.start, end: claim.end});
                } else {
                    invalid.push(claim);
                }
            }
            if (invalid.length > 0) {
                console.warn(`claim-text: ignoring ${invalid.length} claim(s) with invalid offsets `
                    + `for a text of length ${text.length}`, invalid.slice(0, 10));
            }
            return valid;
        }

        /** The highlighted segments of a claim: those inside [start, end), found by binary search. */
        _segmentsOf(claim) {
            const segments = [];
            for (let i = lowerBound(this._marks, (mark) => mark.start >= claim.start);
                 i < this._marks.length && this._marks[i].end <= claim.end; i++) {
                segments.push(this._marks[i].element);
            }
            return segments;
        }

        _markSelected() {
            for (const element of this._selectedMarks) {
                element.classList.remove('ct-selected');
            }
            const claim = this._selectedClaimId == null ? null : this._claimsById.get(this._selectedClaimId);
            this._selectedMarks = claim ? this._segmentsOf(claim) : [];
            for (const element of this._selectedMarks) {
                element.classList.add('ct-selected');
            }
        }

        _flash(segments) {
            clearTimeout(this._flashTimer);
            for (const element of this._flashMarks) {
                element.classList.remove('ct-flash');
            }
            for (const element of segments) {
                element.classList.remove('ct-flash');
            }
            void segments[0].offsetWidth; // restart the animation if this claim is still flashing
            for (const element of segments) {
                element.classList.add('ct-flash');
            }
            this._flashMarks = segments;
            this._flashTimer = setTimeout(() => {
                for (const element of segments) {
                    element.classList.remove('ct-flash');
                }
                this._flashMarks = [];
            }, FLASH_MS);
        }

        // ---------------------------------------------------------------- selection

        _onSelectionChange() {
            this._scheduleCaretUpdate();
            clearTimeout(this._syncTimer);
            this._syncTimer = setTimeout(this._syncSelection, SELECTION_DEBOUNCE_MS);
        }

        /** Reads the page selection now; reports it if it concerns this element. */
        _syncSelection() {
            clearTimeout(this._syncTimer);
            this._syncTimer = 0;
            this._flushRender();
            const detail = this._readSelection();
            if (detail === null) {
                return; // the selection is elsewhere on the page: keep the last one made here
            }
            this._selection = detail;
            this._report(detail);
        }

        _report(detail, force = false) {
            if (force || !sameDetail(detail, this._reported)) {
                this._reported = detail;
                this._dispatch('claim-selection-change', {...detail});
            }
        }

        _dispatch(type, detail) {
            this.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
        }

        /** True if the range starts, ends or passes through this element. */
        _touches(range) {
            return this.contains(range.startContainer) || this.contains(range.endContainer)
                || range.intersectsNode(this);
        }

        /**
         * The page selection as a detail, NO_SELECTION when it is collapsed or only whitespace,
         * or null when it does not concern this element.
         */
        _readSelection() {
            const selection = document.getSelection();
            if (!selection || selection.rangeCount === 0) {
                return null;
            }
            const range = selection.getRangeAt(0);
            if (!this._touches(range)) {
                return null;
            }
            if (range.collapsed) {
                return NO_SELECTION;
            }
            const start = this._offsetOf(range.startContainer, range.startOffset, true);
            const end = this._offsetOf(range.endContainer, range.endOffset, false);
            return this._detail(start, end);
        }

        /**
         * Widens [start, end) to whole characters as a reader sees them (grapheme clusters: the
         * server refuses a selection that splits one), trims whitespace, and adds the quote.
         */
        _detail(start, end) {
            const text = this._renderedText;
            start = clusterBoundary(text, start, true);
            end = clusterBoundary(text, end, false);
            while (start < end && WHITESPACE.test(text[start])) {
                start++;
            }
            while (end > start && WHITESPACE.test(text[end - 1])) {
                end--;
            }
            return start < end ? {start, end, quote: text.slice(start, end)} : NO_SELECTION;
        }

        /**
         * The text offset of a DOM boundary point. A point in a rendered text node maps directly.
         * Any other point (an element with a child index, the caret, or a point outside this
         * element) maps to the start of the next rendered text node when it starts a range
         * (forward), or to the end of the previous one when it ends a range. That skips the
         * unrendered paragraph breaks and clamps a selection reaching outside the element.
         */
        _offsetOf(node, offset, forward) {
            const start = this._nodeStart.get(node);
            if (start !== undefined) {
                return start + Math.min(offset, node.length);
            }
            const nodes = this._textNodes;
            const point = document.createRange();
            let next;
            try {
                point.setStart(node, offset);
                next = lowerBound(nodes, (entry) => point.comparePoint(entry.node, 0) >= 0);
            } catch (e) {
                return forward ? this._renderedText.length : 0; // not comparable: treat as outside
            }
            if (forward) {
                return next < nodes.length ? nodes[next].start : this._renderedText.length;
            }
            return next > 0 ? nodes[next - 1].start + nodes[next - 1].node.length : 0;
        }

        /** The DOM point for a text offset (one inside a paragraph break maps to the next paragraph). */
        _pointAt(offset) {
            const nodes = this._textNodes;
            if (nodes.length === 0) {
                return {node: this, offset: 0};
            }
            const index = Math.max(0, lowerBound(nodes, (entry) => entry.start > offset) - 1);
            const {node, start} = nodes[index];
            if (offset - start <= node.length || index + 1 === nodes.length) {
                return {node, offset: Math.max(0, Math.min(offset - start, node.length))};
            }
            return {node: nodes[index + 1].node, offset: 0};
        }

        /** Anchor and focus of the page selection as text offsets, if it is inside the element. */
        _selectionOffsets() {
            const selection = document.getSelection();
            if (!selection || selection.rangeCount === 0 || !this.contains(selection.anchorNode)
                || !this.contains(selection.focusNode)) {
                return null;
            }
            return {
                anchor: this._offsetOf(selection.anchorNode, selection.anchorOffset, true),
                focus: this._offsetOf(selection.focusNode, selection.focusOffset, true),
            };
        }

        // ---------------------------------------------------------------- mouse and keyboard

        _onClick(event) {
            if (event.button !== 0) {
                return;
            }
            const selection = document.getSelection();
            if (selection && !selection.isCollapsed && this._touches(selection.getRangeAt(0))) {
                return; // the click ended a drag (or a double click) that selected text
            }
            const mark = event.target instanceof Element ? event.target.closest('mark.ct-claim') : null;
            if (mark && this.contains(mark)) {
                this._dispatch('claim-click', {id: mark.getAttribute('data-claim-id')});
            }
        }

        _onKeyDown(event) {
            if (event.defaultPrevented || event.isComposing) {
                return;
            }
            const selection = document.getSelection();
            if (event.key === 'Enter') {
                event.preventDefault();
                this.requestClaim();
                return;
            }
            if (event.key === 'Escape') {
                if (selection.rangeCount > 0 && !selection.isCollapsed && this.contains(selection.focusNode)) {
                    event.preventDefault();
                    selection.collapse(selection.focusNode, selection.focusOffset);
                }
                return;
            }
            const movement = this._movementFor(event);
            if (!movement) {
                return;
            }
            event.preventDefault();
            const alter = event.shiftKey ? 'extend' : 'move';
            if (selection.rangeCount === 0 || !this.contains(selection.focusNode)) {
                // First arrow key: put the caret at the start of the text; with Shift, go on and extend.
                const start = this._pointAt(0);
                selection.collapse(start.node, start.offset);
                if (alter === 'move') {
                    this._revealCaret();
                    return;
                }
            }
            if (movement.edge) {
                const edge = this._pointAt(movement.edge === 'start' ? 0 : this._renderedText.length);
                this._moveFocus(selection, alter, edge);
            } else {
                selection.modify(alter, movement.direction, movement.granularity);
                this._keepFocusInside(selection, alter);
            }
            this._revealCaret();
        }

        /** The Selection.modify() arguments for a caret key, or null for other keys. */
        _movementFor(event) {
            const byWord = event.ctrlKey || event.altKey;
            switch (event.key) {
                case 'ArrowLeft':
                case 'ArrowRight':
                    return {
                        direction: event.key === 'ArrowLeft' ? 'left' : 'right',
                        granularity: event.metaKey ? 'lineboundary' : byWord ? 'word' : 'character',
                    };
                case 'ArrowUp':
                case 'ArrowDown':
                    return {direction: event.key === 'ArrowUp' ? 'backward' : 'forward', granularity: 'line'};
                case 'Home':
                case 'End':
                    if (event.ctrlKey || event.metaKey) {
                        // Not 'documentboundary': that is the page's boundary, outside this element.
                        return {edge: event.key === 'Home' ? 'start' : 'end'};
                    }
                    return {direction: event.key === 'Home' ? 'backward' : 'forward', granularity: 'lineboundary'};
                default:
                    return null;
            }
        }

        _moveFocus(selection, alter, point) {
            if (alter === 'extend') {
                selection.extend(point.node, point.offset);
            } else {
                selection.collapse(point.node, point.offset);
            }
        }

        /** Selection.modify() can walk out of the element into the page; pull the focus back. */
        _keepFocusInside(selection, alter) {
            if (this.contains(selection.focusNode) && selection.focusNode !== this._caret) {
                return;
            }
            const all = document.createRange();
            all.selectNodeContents(this);
            const after = all.comparePoint(selection.focusNode, selection.focusOffset) > 0;
            this._moveFocus(selection, alter, this._pointAt(after ? this._renderedText.length : 0));
        }

        _revealCaret() {
            this._updateCaret();
            this._caret.scrollIntoView({block: 'nearest', inline: 'nearest'});
        }

        // ---------------------------------------------------------------- fake caret

        _scheduleCaretUpdate() {
            if (!this._caretFrame && this.isConnected) {
                this._caretFrame = requestAnimationFrame(this._updateCaret);
            }
        }

        /**
         * Puts the caret element at the selection's focus. It is only shown for a collapsed
         * selection while the element has focus, but always positioned, so that keyboard
         * selection can scroll the focus end into view through it.
         */
        _updateCaret() {
            cancelAnimationFrame(this._caretFrame);
            this._caretFrame = 0;
            const selection = document.getSelection();
            let rect = null;
            if (selection && selection.rangeCount > 0 && this.contains(selection.focusNode)) {
                rect = this._caretRect(this._offsetOf(selection.focusNode, selection.focusOffset, true));
            }
            if (rect) {
                const host = this.getBoundingClientRect();
                const x = rect.left - host.left - this.clientLeft + this.scrollLeft;
                const y = rect.top - host.top - this.clientTop + this.scrollTop;
                this._caret.style.transform = `translate(${Math.round(x - 1)}px, ${Math.round(y)}px)`;
                this._caret.style.height = `${rect.height}px`;
            }
            const visible = rect !== null && selection.isCollapsed && document.activeElement === this;
            this._caret.classList.toggle('ct-caret-visible', visible);
        }

        /** A zero-width client rect at a text offset, or null. */
        _caretRect(offset) {
            const {node, offset: at} = this._pointAt(offset);
            if (node.nodeType !== Node.TEXT_NODE) {
                return null;
            }
            const range = document.createRange();
            range.setStart(node, at);
            const rects = range.getClientRects();
            if (rects.length > 0 && rects[0].height > 0) {
                return rects[0];
            }
            // Some collapsed positions have no box; measure the neighbouring character instead.
            const before = at > 0;
            range.setStart(node, before ? at - 1 : at);
            range.setEnd(node, before ? at : Math.min(at + 1, node.length));
            const box = range.getBoundingClientRect();
            if (box.height === 0) {
                return null;
            }
            const rtl = getComputedStyle(node.parentElement).direction === 'rtl';
            const x = before !== rtl ? box.right : box.left;
            return new DOMRect(x, box.top, 0, box.height);
        }
    }

    customElements.define('claim-text', ClaimText);
})();
