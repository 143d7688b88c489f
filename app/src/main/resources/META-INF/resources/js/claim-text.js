/*
 * <claim-text>: shows a news article's text with its annotations highlighted (claims, and mentions of
 * actors and events), and turns the user's text selection into offsets for new ones.
 *
 * Contract (the Java view depends on it):
 *   properties  text         the article text, normalised: "\n" line ends, paragraphs separated by
 *                            blank lines
 *               annotations  [{id, kind, start, end, verdict?, label?}]
 *                              id      string (or number), unique across both kinds
 *                              kind    'claim' or 'mention' (anything else is ignored, with a warning)
 *                              start, end  UTF-16 offsets into text, end exclusive
 *                              verdict claims only: TRUE, MOSTLY_TRUE, MIXED, MISLEADING, MOSTLY_FALSE,
 *                                      FALSE, UNVERIFIABLE or NOT_YET_RATED; absent (or anything else)
 *                                      = NOT_YET_RATED
 *                              label   short text for the tooltip (the actor's name, the verdict's label)
 *                            Setting it lays the whole text out again.
 *               selectedId   id of the annotation (either kind) shown as selected, or null
 *               claims            deprecated alias: reads the claim annotations; setting it replaces
 *                                 the claim annotations (kind 'claim' is added) and keeps the mentions
 *               selectedClaimId   deprecated alias of selectedId
 *   methods     upsertAnnotations([annotation])  adds, or replaces by id, a few annotations
 *               removeAnnotations([id])          removes annotations by id
 *                   Both lay out only the paragraphs whose highlights change; the others keep their
 *                   DOM nodes, and the user's text selection and caret stay where they are.
 *               scrollToAnnotation(id)   scrolls its first segment to the middle and flashes it
 *               flashAnnotations([id])   flashes them without scrolling (say, changed by a colleague)
 *               requestClaim()           dispatches claim-create for the current selection, if any
 *               requestMention()         dispatches mention-create for the current selection, if any
 *               clearSelection()
 *               scrollToClaim(id), flashClaims([id])   deprecated aliases of the two above
 *   events      claim-selection-change {start, end, quote}  ({-1, -1, ''} = no selection); serves
 *                                                            both kinds
 *               claim-create   {start, end, quote}  Enter while text is selected, or requestClaim()
 *               mention-create {start, end, quote}  M while text is selected, or requestMention()
 *               annotation-click {id, kind}  a highlight was clicked, or chosen with the keyboard
 *               claim-click {id}             the same, for claims only (kept for old callers)
 *
 * Rendering. One pass over the sorted boundaries (starts, ends, paragraph edges) cuts the text into
 * flat segments: a text node, wrapped in a <mark> when annotations cover it. Each <mark> belongs to
 * the innermost covering annotation (latest start, then shortest, then the later given):
 *   <mark class="ct-ann ct-claim vt-verdict-FALSE" data-claim-id="…" data-depth="2" data-claim-depth="2">
 *   <mark class="ct-ann ct-mention vt-kind-mention" data-mention-id="…" data-depth="1" title="Mention: …">
 * data-depth is how many annotations (of both kinds) cover the segment, data-claim-depth how many
 * claims (absent if none); title lists the covering annotations, innermost first, when any has a
 * label. The vt-* classes are the colour legend of claim-text.css, which the side list uses too, so a
 * colour means the same there. State classes on segments: ct-selected (all segments inside the
 * selected annotation) with ct-selected-nested (owned by another annotation), ct-selected-fill (filled
 * by the selected one) and ct-selected-mention (the selected one is a mention); ct-current with
 * ct-current-first and ct-current-last (the annotation ringed by the keyboard); ct-flash. The
 * attributes data-l0, data-l1, data-l2 (what runs in each lane), data-under and data-selected-lane
 * are styling hooks of claim-text.css, not part of the contract.
 *
 * Overlap and nesting. Every annotation gets a lane: the lowest line below the text that no
 * annotation overlapping it already uses (greedy in text order, so lanes depend only on the
 * annotations that overlap, directly or in a chain). Each segment draws, under its text, one line per
 * covering annotation in that annotation's lane and colour: solid for claims, dotted for mentions.
 * So one annotation is one unbroken line from its first letter to its last, whatever is nested in it
 * or overlaps it, and nested and overlapping ones run on lines of their own. The segment's fill is
 * the innermost claim's verdict colour, deeper for each claim covering it; a mention has no fill of
 * its own (inside a claim, the claim's fill goes on under it). Three lanes fit between two lines of
 * text; deeper lanes share the third, where the innermost shows. Nothing is drawn outside a
 * segment's own box (no outer shadow, outline, or horizontal padding, margin or border), so a
 * neighbouring segment can never cover a letter. The selected annotation gets a strong fill where it
 * fills the text and a thick dark line (dotted for a mention) in its lane along its whole length;
 * segments of other annotations inside it keep their own colour, so selecting the outer claim hides
 * nothing nested in it.
 *
 * Reaching every annotation. Mouse: a click reports the innermost annotation at that spot; a click
 * on a spot the current annotation covers (the one last clicked, chosen with the keyboard or
 * selected) reports the next one outward, and after the outermost the innermost again. Keyboard: ]
 * and [ move to the next and previous annotation in text order (by start, outer before inner), on
 * from the ringed one, or else from the caret, or else from the current one, wrapping round at the
 * ends; they put the caret at its start and ring it. Enter reports the ringed one, as a click would
 * (with text selected, Enter creates a claim instead); Escape or moving the caret removes the ring.
 * Tab is left alone: it moves the focus on, out of the text, as a keyboard user expects.
 *
 * Ids are unique across both kinds. If one is repeated, the first given is the one selected,
 * scrolled to and flashed, and upsertAnnotations() keeps one annotation with that id.
 *
 * Plain JavaScript in the light DOM: no build step, and selections that cross shadow roots are
 * unreliable. Article text and labels are untrusted: text goes only into text nodes, labels only
 * into title attributes.
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
    const UPGRADED_PROPERTIES = ['text', 'annotations', 'claims', 'selectedId', 'selectedClaimId'];
    const KINDS = new Set(['claim', 'mention']);
    const KIND_NAMES = {claim: 'Claim', mention: 'Mention'};
    const VERDICTS = new Set(['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE',
        'UNVERIFIABLE', 'NOT_YET_RATED']);
    /** Lanes drawn below the text; claim-text.css has room for 3 (its bottom padding). */
    const LANES = 3;
    /** At most this many annotations are named in a segment's tooltip. */
    const TOOLTIP_NAMES = 6;

    const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
    const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;
    const GRAPHEMES = typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('und', {granularity: 'grapheme'}) : null;
    const sameDetail = (a, b) => a.start === b.start && a.end === b.end && a.quote === b.quote;
    const idOf = (item) => item != null && (typeof item.id === 'string' || typeof item.id === 'number')
        ? String(item.id) : null;

    /** True if a lies inside b: starts later, or ends earlier, or (identical) was given later. */
    const isInner = (a, b) => a.start > b.start
        || (a.start === b.start && (a.end < b.end || (a.end === b.end && a.order > b.order)));
    /** Text order: by start, the outer before the inner, then as given. */
    const outerFirst = (a, b) => a.start - b.start || b.end - a.end || a.order - b.order;
    const innerFirst = (a, b) => b.start - a.start || a.end - b.end || b.order - a.order;

    /** The legend class that sets --vt-color for an annotation. */
    const legendClassOf = (annotation) => annotation.kind === 'mention' ? 'vt-kind-mention'
        : `vt-verdict-${annotation.verdict}`;
    /** What a line in a lane is drawn as (claim-text.css): a claim's verdict, or 'mention'. */
    const lineOf = (annotation) => annotation.kind === 'mention' ? 'mention' : annotation.verdict;

    /** Lanes for sorted (outerFirst) annotations: the lowest lane free at each one's start. */
    function assignLanes(sorted) {
        const laneEnds = [];
        for (const annotation of sorted) {
            let lane = 0;
            while (lane < laneEnds.length && laneEnds[lane] > annotation.start) {
                lane++;
            }
            laneEnds[lane] = annotation.end;
            annotation.lane = lane;
        }
    }

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

    /**
     * items with each replacement (a Map id -> item) put in the place of the first item with its id
     * (later ones with that id are dropped); replacements for ids not there are appended.
     */
    function mergeById(items, replacements) {
        const seen = new Set();
        const merged = [];
        for (const item of items) {
            const id = idOf(item);
            if (id !== null && replacements.has(id)) {
                if (!seen.has(id)) {
                    seen.add(id);
                    merged.push(replacements.get(id));
                }
            } else {
                merged.push(item);
            }
        }
        for (const [id, item] of replacements) {
            if (!seen.has(id)) {
                merged.push(item);
            }
        }
        return merged;
    }

    class ClaimText extends HTMLElement {
        constructor() {
            super();
            this._text = '';
            this._given = []; // the annotations as set or upserted, valid or not, in the order given
            this._selectedId = null;
            /** Milliseconds the last render took (building and swapping the DOM, not layout). */
            this.lastRenderMillis = 0;

            this._renderQueued = false;
            this._renderedText = ''; // the text the current DOM shows; offsets refer to it
            this._blocks = []; // {start, end, element} for every rendered paragraph
            this._textNodes = []; // {node, start} for every rendered text node, in document order
            this._nodeStart = new WeakMap(); // rendered Text node -> its start offset
            // {start, end, element, owner, claim} for highlighted segments, sorted by start: owner is the
            // innermost annotation there, claim the innermost claim (or null).
            this._marks = [];
            // The annotations shown, sorted outerFirst: {id, kind, start, end, verdict, label, order, lane, item}.
            this._valid = [];
            this._byId = new Map();
            this._selectedMarks = [];
            this._flashMarks = [];
            this._flashTimer = 0;
            // The annotation that keyboard and repeated clicks move on from, and whether it is ringed.
            this._currentId = null;
            this._ringed = false;
            this._currentMarks = [];

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

        get annotations() {
            return this._given.slice();
        }

        set annotations(value) {
            this._given = Array.isArray(value) ? value.slice() : [];
            this._scheduleRender();
        }

        /** Deprecated: the claim annotations. */
        get claims() {
            return this._given.filter((item) => item != null && item.kind === 'claim');
        }

        /** Deprecated: replaces the claim annotations, keeping the mentions. */
        set claims(value) {
            const claims = (Array.isArray(value) ? value : [])
                .map((item) => item != null && typeof item === 'object' ? {...item, kind: 'claim'} : item);
            this._given = this._given.filter((item) => item != null && item.kind !== 'claim').concat(claims);
            this._scheduleRender();
        }

        get selectedId() {
            return this._selectedId;
        }

        set selectedId(value) {
            this._selectedId = value == null || value === '' ? null : String(value);
            if (this._selectedId !== null) {
                this._currentId = this._selectedId;
            }
            if (!this._renderQueued) {
                this._markSelected();
                this._markCurrent();
            } // else the pending render marks it
        }

        /** Deprecated alias of selectedId. */
        get selectedClaimId() {
            return this.selectedId;
        }

        set selectedClaimId(value) {
            this.selectedId = value;
        }

        /** Adds annotations, or replaces those with the same id, laying out only what changes. */
        upsertAnnotations(list) {
            const replacements = new Map();
            for (const item of Array.isArray(list) ? list : []) {
                const id = idOf(item);
                if (id === null) {
                    console.warn('claim-text: ignoring an annotation without an id', item);
                } else {
                    replacements.set(id, item);
                }
            }
            if (replacements.size > 0) {
                this._given = mergeById(this._given, replacements);
                this._update(new Set(replacements.keys()), replacements);
            }
        }

        /** Removes the annotations with these ids, laying out only what changes. */
        removeAnnotations(ids) {
            const removed = new Set((Array.isArray(ids) ? ids : []).filter((id) => id != null).map(String));
            if (removed.size > 0) {
                this._given = this._given.filter((item) => !removed.has(idOf(item)));
                this._update(removed, new Map());
            }
        }

        /** Scrolls the annotation's first segment to the middle of the view and flashes it. */
        scrollToAnnotation(id) {
            this._flushRender();
            const annotation = this._byId.get(String(id));
            const segments = annotation ? this._segmentsOf(annotation) : [];
            if (segments.length === 0) {
                return;
            }
            segments[0].element.scrollIntoView({block: 'center', inline: 'nearest'});
            this._flash(segments.map((segment) => segment.element));
        }

        /** Flashes the highlights of these annotations (say, changed by a colleague), without scrolling. */
        flashAnnotations(ids) {
            this._flushRender();
            const elements = [];
            for (const id of Array.isArray(ids) ? ids : []) {
                const annotation = this._byId.get(String(id));
                if (annotation) {
                    elements.push(...this._segmentsOf(annotation).map((segment) => segment.element));
                }
            }
            if (elements.length > 0) {
                this._flash(elements);
            }
        }

        /** Deprecated alias of scrollToAnnotation. */
        scrollToClaim(id) {
            this.scrollToAnnotation(id);
        }

        /** Deprecated alias of flashAnnotations. */
        flashClaims(ids) {
            this.flashAnnotations(ids);
        }

        /** Dispatches claim-create for the current selection, if there is one. */
        requestClaim() {
            this._requestCreate('claim-create');
        }

        /** Dispatches mention-create for the current selection, if there is one. */
        requestMention() {
            this._requestCreate('mention-create');
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

        _requestCreate(type) {
            this._syncSelection();
            if (this._selection.start >= 0) {
                this._dispatch(type, {...this._selection});
            }
        }

        // ---------------------------------------------------------------- rendering

        /** text and annotations usually arrive together, in either order: render once for both. */
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

            this._setShown(this._validAnnotations(text, this._given));
            const blocks = splitBlocks(text);
            this._nodeStart = new WeakMap();
            const layout = this._layout(text, blocks, this._valid);
            const fragment = document.createDocumentFragment();
            fragment.append(...layout.elements, this._caret);
            this.replaceChildren(fragment);

            this._renderedText = text;
            this._blocks = blocks.map(([start, end], i) => ({start, end, element: layout.elements[i]}));
            this._textNodes = layout.textNodes;
            this._marks = layout.marks;
            this._selectedMarks = [];
            this._flashMarks = [];
            this._currentMarks = [];
            this._markSelected();
            this._markCurrent();

            if (textChanged) {
                clearTimeout(this._syncTimer);
                this._syncTimer = 0;
                this._selection = NO_SELECTION;
                this._report(NO_SELECTION);
            } else if (restore) {
                this._restoreSelection(restore);
            }
            this.lastRenderMillis = performance.now() - started;
            this._scheduleCaretUpdate();
        }

        /**
         * Applies upserted or removed annotations (their ids, and the new items by id) to what is
         * shown, and lays out again only the paragraphs where a highlight changes: those of the old
         * and new ranges, and those of any annotation whose lane moved because of them.
         */
        _update(ids, replacements) {
            if (this._renderQueued || this._text !== this._renderedText) {
                this._scheduleRender(); // the full render that is due will show them
                return;
            }
            const started = performance.now();
            const text = this._renderedText;
            const changed = [];
            const kept = [];
            for (const annotation of this._valid) {
                if (ids.has(annotation.id)) {
                    changed.push([annotation.start, annotation.end]);
                } else {
                    kept.push(annotation);
                }
            }
            const added = this._validAnnotations(text, [...replacements.values()]);
            for (const annotation of added) {
                changed.push([annotation.start, annotation.end]);
            }
            // Order as a full render would have it: the place in the list given.
            const places = new Map(this._given.map((item, place) => [item, place]));
            const shown = kept.concat(added);
            for (const annotation of shown) {
                annotation.order = places.get(annotation.item);
            }
            const lanesBefore = new Map(kept.map((annotation) => [annotation, annotation.lane]));
            this._setShown(shown);
            for (const [annotation, lane] of lanesBefore) {
                if (annotation.lane !== lane) {
                    changed.push([annotation.start, annotation.end]);
                }
            }
            this._relayout(changed);
            this.lastRenderMillis = performance.now() - started;
        }

        /** Makes these the annotations shown: in text order, with lanes and a lookup by id. */
        _setShown(valid) {
            valid.sort(outerFirst);
            assignLanes(valid);
            this._valid = valid;
            this._byId = new Map();
            for (const annotation of valid.slice().sort((a, b) => a.order - b.order)) {
                if (!this._byId.has(annotation.id)) {
                    this._byId.set(annotation.id, annotation);
                }
            }
        }

        /** Lays out again the paragraphs that [start, end) ranges touch, run by run. */
        _relayout(ranges) {
            const blocks = this._blocks;
            const dirty = new Set();
            for (const [start, end] of ranges) {
                for (let i = lowerBound(blocks, (block) => block.end > start); i < blocks.length && blocks[i].start < end; i++) {
                    dirty.add(i);
                }
            }
            if (dirty.size === 0) {
                return;
            }
            const indexes = [...dirty].sort((a, b) => a - b);
            const selection = document.getSelection();
            const inDirtyBlock = (node) => node != null && indexes.some((i) => blocks[i].element.contains(node));
            const restore = selection && selection.rangeCount > 0
                && (inDirtyBlock(selection.anchorNode) || inDirtyBlock(selection.focusNode))
                ? this._selectionOffsets() : null;

            for (let first = 0; first < indexes.length;) {
                let last = first;
                while (last + 1 < indexes.length && indexes[last + 1] === indexes[last] + 1) {
                    last++;
                }
                this._relayoutRun(indexes[first], indexes[last]);
                first = last + 1;
            }
            this._markSelected();
            this._markCurrent();
            if (restore) {
                this._restoreSelection(restore);
            }
            this._scheduleCaretUpdate();
        }

        /** Replaces paragraphs from..to (indexes into _blocks) and their entries in the lookup arrays. */
        _relayoutRun(from, to) {
            const blocks = this._blocks;
            const start = blocks[from].start;
            const end = blocks[to].end;
            const touching = this._valid.filter((annotation) => annotation.start < end && annotation.end > start);
            const ranges = blocks.slice(from, to + 1).map((block) => [block.start, block.end]);
            const layout = this._layout(this._renderedText, ranges, touching);
            const fragment = document.createDocumentFragment();
            fragment.append(...layout.elements);
            blocks[from].element.before(fragment);
            for (let i = from; i <= to; i++) {
                blocks[i].element.remove();
                blocks[i].element = layout.elements[i - from];
            }
            const splice = (array, entries) => {
                const low = lowerBound(array, (entry) => entry.start >= start);
                const high = lowerBound(array, (entry) => entry.start >= end);
                return array.slice(0, low).concat(entries, array.slice(high));
            };
            this._textNodes = splice(this._textNodes, layout.textNodes);
            this._marks = splice(this._marks, layout.marks);
        }

        /**
         * Paragraph elements for blocks ([start, end) pairs, in order) with the highlights of the
         * given annotations (those touching the blocks, sorted outerFirst). One sweep over the
         * boundaries: each piece between two of them is one text node, wrapped in a flat <mark>
         * when annotations cover it. The covering set changes only at a boundary, so a segment's
         * look is worked out once per change and copied for the pieces that share it (the same
         * annotations over a paragraph break).
         */
        _layout(text, blocks, annotations) {
            const ends = Float64Array.from(annotations, (annotation) => annotation.end).sort();
            const elements = [];
            const textNodes = [];
            const marks = [];
            let active = [];
            let look = null;
            let nextStart = 0;
            let nextEnd = 0;
            for (const [blockStart, blockEnd] of blocks) {
                const block = document.createElement('p');
                block.className = 'ct-block';
                block.dir = 'auto';
                let position = blockStart;
                while (position < blockEnd) {
                    let started = false;
                    let ended = false;
                    while (nextStart < annotations.length && annotations[nextStart].start <= position) {
                        active.push(annotations[nextStart++]);
                        started = true;
                    }
                    while (nextEnd < ends.length && ends[nextEnd] <= position) {
                        nextEnd++;
                        ended = true;
                    }
                    if (ended) {
                        active = active.filter((annotation) => annotation.end > position);
                    }
                    if (started || ended) {
                        look = active.length > 0 ? this._segmentLook(active) : null;
                    }
                    let segmentEnd = blockEnd;
                    if (nextStart < annotations.length && annotations[nextStart].start < segmentEnd) {
                        segmentEnd = annotations[nextStart].start;
                    }
                    if (nextEnd < ends.length && ends[nextEnd] < segmentEnd) {
                        segmentEnd = ends[nextEnd];
                    }
                    const node = document.createTextNode(text.slice(position, segmentEnd));
                    if (look !== null) {
                        // The first segment of a look takes the template itself; later ones a copy.
                        const mark = look.used ? look.template.cloneNode(false) : look.template;
                        look.used = true;
                        mark.append(node);
                        block.append(mark);
                        marks.push({start: position, end: segmentEnd, element: mark, owner: look.owner, claim: look.claim});
                    } else {
                        block.append(node);
                    }
                    textNodes.push({node, start: position});
                    this._nodeStart.set(node, position);
                    position = segmentEnd;
                }
                elements.push(block);
            }
            return {elements, textNodes, marks};
        }

        /**
         * The empty <mark> that segments covered by these annotations are cloned from, its owner
         * (the innermost annotation) and the innermost claim (whose colour fills it), or null.
         */
        _segmentLook(active) {
            let owner = active[0];
            let claim = null;
            let labelled = false;
            let claimDepth = 0;
            for (const annotation of active) {
                if (isInner(annotation, owner)) {
                    owner = annotation;
                }
                if (annotation.kind === 'claim') {
                    claimDepth++;
                    if (claim === null || isInner(annotation, claim)) {
                        claim = annotation;
                    }
                }
                labelled ||= annotation.label !== null;
            }
            const mark = document.createElement('mark');
            mark.className = `ct-ann ct-${owner.kind} ${legendClassOf(owner)}`;
            mark.setAttribute(owner.kind === 'claim' ? 'data-claim-id' : 'data-mention-id', owner.id);
            mark.setAttribute('data-depth', String(active.length));
            if (claimDepth > 0) {
                mark.setAttribute('data-claim-depth', String(claimDepth));
            }
            // One line per lane (data-l0, -l1, -l2); where lanes are shared (deeper than LANES), the
            // innermost shows. Attributes, not inline styles: far cheaper to create, and CSP-proof.
            const byLane = [];
            for (const annotation of active) {
                const lane = Math.min(annotation.lane, LANES - 1);
                if (byLane[lane] === undefined || isInner(annotation, byLane[lane])) {
                    byLane[lane] = annotation;
                }
            }
            byLane.forEach((annotation, lane) => mark.setAttribute(`data-l${lane}`, lineOf(annotation)));
            if (owner.kind === 'mention' && claim !== null) {
                mark.setAttribute('data-under', claim.verdict); // the claim's fill goes on under the mention
            }
            if (labelled) {
                const named = active.slice().sort(innerFirst);
                const lines = named.slice(0, TOOLTIP_NAMES).map((annotation) => annotation.label === null
                    ? KIND_NAMES[annotation.kind] : `${KIND_NAMES[annotation.kind]}: ${annotation.label}`);
                if (named.length > TOOLTIP_NAMES) {
                    lines.push(`and ${named.length - TOOLTIP_NAMES} more`);
                }
                mark.title = lines.join('\n');
            }
            return {template: mark, owner, claim, used: false};
        }

        /**
         * The annotations among items that fit the text, as {id, kind, start, end, verdict, label,
         * order, lane, item} (order: the index among items, item: the one given); the others are
         * reported and skipped.
         */
        _validAnnotations(text, items) {
            const valid = [];
            const invalid = [];
            items.forEach((item, order) => {
                const id = idOf(item);
                const ok = id !== null && KINDS.has(item.kind)
                    && Number.isInteger(item.start) && Number.isInteger(item.end)
                    && item.start >= 0 && item.start < item.end && item.end <= text.length;
                if (!ok) {
                    invalid.push(item);
                    return;
                }
                const verdict = item.kind === 'claim' && VERDICTS.has(item.verdict) ? item.verdict
                    : item.kind === 'claim' ? 'NOT_YET_RATED' : null;
                const label = typeof item.label === 'string' && item.label.trim() !== '' ? item.label : null;
                valid.push({id, kind: item.kind, start: item.start, end: item.end, verdict, label, order, lane: 0, item});
            });
            if (invalid.length > 0) {
                console.warn(`claim-text: ignoring ${invalid.length} annotation(s) with a missing id, an unknown kind `
                    + `or invalid offsets for a text of length ${text.length}`, invalid.slice(0, 10));
            }
            return valid;
        }

        /** The highlighted segments inside an annotation's [start, end), found by binary search. */
        _segmentsOf(annotation) {
            const segments = [];
            for (let i = lowerBound(this._marks, (mark) => mark.start >= annotation.start);
                 i < this._marks.length && this._marks[i].end <= annotation.end; i++) {
                segments.push(this._marks[i]);
            }
            return segments;
        }

        /**
         * Marks the selected annotation's segments: ct-selected on all, ct-selected-nested on those
         * another annotation owns, ct-selected-fill on those it fills (its own, and a mention's
         * inside it), and its lane for the thick line drawn along all of them.
         */
        _markSelected() {
            for (const element of this._selectedMarks) {
                element.classList.remove('ct-selected', 'ct-selected-nested', 'ct-selected-fill', 'ct-selected-mention');
                element.removeAttribute('data-selected-lane');
            }
            const selected = this._selectedId == null ? null : this._byId.get(this._selectedId);
            const segments = selected ? this._segmentsOf(selected) : [];
            const lane = selected ? String(Math.min(selected.lane, LANES - 1)) : '0';
            for (const {element, owner, claim} of segments) {
                element.classList.add('ct-selected');
                if (selected.kind === 'mention') {
                    element.classList.add('ct-selected-mention'); // its thick line is dotted too
                }
                if (owner.id !== selected.id) {
                    element.classList.add('ct-selected-nested');
                }
                if (owner.id === selected.id || (owner.kind === 'mention' && claim !== null && claim.id === selected.id)) {
                    element.classList.add('ct-selected-fill');
                }
                if (lane !== '0') {
                    element.setAttribute('data-selected-lane', lane);
                }
            }
            this._selectedMarks = segments.map((segment) => segment.element);
        }

        /** Rings the current annotation's segments, if the keyboard chose it. */
        _markCurrent() {
            for (const element of this._currentMarks) {
                element.classList.remove('ct-current', 'ct-current-first', 'ct-current-last');
            }
            const current = this._ringed && this._currentId !== null ? this._byId.get(this._currentId) : null;
            const elements = current ? this._segmentsOf(current).map((segment) => segment.element) : [];
            for (const element of elements) {
                element.classList.add('ct-current');
            }
            if (elements.length > 0) {
                elements[0].classList.add('ct-current-first');
                elements[elements.length - 1].classList.add('ct-current-last');
            }
            this._currentMarks = elements;
        }

        _flash(elements) {
            clearTimeout(this._flashTimer);
            for (const element of this._flashMarks) {
                element.classList.remove('ct-flash');
            }
            for (const element of elements) {
                element.classList.remove('ct-flash');
            }
            void elements[0].offsetWidth; // restart the animation if this annotation is still flashing
            for (const element of elements) {
                element.classList.add('ct-flash');
            }
            this._flashMarks = elements;
            this._flashTimer = setTimeout(() => {
                for (const element of elements) {
                    element.classList.remove('ct-flash');
                }
                this._flashMarks = [];
            }, FLASH_MS);
        }

        /** Puts back a selection saved as offsets by _selectionOffsets(). */
        _restoreSelection(restore) {
            const anchor = this._pointAt(restore.anchor);
            const focus = this._pointAt(restore.focus);
            document.getSelection().setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
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

        /**
         * A click on a highlight reports the innermost annotation there; if the current one covers
         * the spot, the next one outward (after the outermost, the innermost again).
         */
        _onClick(event) {
            if (event.button !== 0) {
                return;
            }
            const selection = document.getSelection();
            if (selection && !selection.isCollapsed && this._touches(selection.getRangeAt(0))) {
                return; // the click ended a drag (or a double click) that selected text
            }
            const mark = event.target instanceof Element ? event.target.closest('mark.ct-ann') : null;
            const at = mark && this.contains(mark) ? this._nodeStart.get(mark.firstChild) : undefined;
            if (at === undefined) {
                return;
            }
            const covering = [];
            for (const annotation of this._valid) { // sorted by start
                if (annotation.start > at) {
                    break;
                }
                if (annotation.end > at) {
                    covering.push(annotation);
                }
            }
            if (covering.length === 0) {
                return;
            }
            covering.sort(innerFirst);
            const current = covering.findIndex((annotation) => annotation.id === this._currentId);
            this._ringed = false;
            this._choose(covering[(current + 1) % covering.length]);
        }

        /** Makes the annotation current and reports it, as a click on it. */
        _choose(annotation) {
            this._currentId = annotation.id;
            this._markCurrent();
            this._dispatch('annotation-click', {id: annotation.id, kind: annotation.kind});
            if (annotation.kind === 'claim') {
                this._dispatch('claim-click', {id: annotation.id});
            }
        }

        _onKeyDown(event) {
            if (event.defaultPrevented || event.isComposing) {
                return;
            }
            const selection = document.getSelection();
            if (event.key === 'Enter') {
                event.preventDefault();
                this._syncSelection();
                const ringed = this._ringed ? this._byId.get(this._currentId) : undefined;
                if (this._selection.start >= 0) {
                    this._dispatch('claim-create', {...this._selection});
                } else if (ringed) {
                    this._choose(ringed);
                }
                return;
            }
            const plain = !event.metaKey && !(event.ctrlKey && !event.altKey); // Ctrl+Alt is AltGr on Windows
            if ((event.key === 'm' || event.key === 'M') && plain && !event.altKey) {
                this._syncSelection();
                if (this._selection.start >= 0) {
                    event.preventDefault();
                    this._dispatch('mention-create', {...this._selection});
                }
                return;
            }
            if ((event.key === ']' || event.key === '[') && plain) {
                event.preventDefault();
                this._moveToAnnotation(event.key === ']' ? 1 : -1);
                return;
            }
            if (event.key === 'Escape') {
                if (selection.rangeCount > 0 && !selection.isCollapsed && this.contains(selection.focusNode)) {
                    event.preventDefault();
                    selection.collapse(selection.focusNode, selection.focusOffset);
                } else if (this._ringed) {
                    event.preventDefault();
                    this._unring();
                }
                return;
            }
            const movement = this._movementFor(event);
            if (!movement) {
                return;
            }
            event.preventDefault();
            this._unring();
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

        /**
         * ] and [: the next or previous annotation in text order, after the ringed one, or else
         * from the caret, or else from the current one; wraps around at the ends.
         */
        _moveToAnnotation(step) {
            const order = this._valid;
            if (order.length === 0) {
                return;
            }
            const caret = this._caretOffset();
            let index = this._ringed || caret < 0
                ? order.findIndex((annotation) => annotation.id === this._currentId) : -1;
            if (index >= 0) {
                index = (index + step + order.length) % order.length;
            } else if (step > 0) {
                index = lowerBound(order, (annotation) => annotation.start >= Math.max(caret, 0)) % order.length;
            } else {
                index = lowerBound(order, (annotation) => annotation.start >= (caret < 0 ? Infinity : caret)) - 1;
                index = index < 0 ? order.length - 1 : index;
            }
            const annotation = order[index];
            this._currentId = annotation.id;
            this._ringed = true;
            this._markCurrent();
            const point = this._pointAt(annotation.start);
            document.getSelection().collapse(point.node, point.offset);
            this._revealCaret();
        }

        _unring() {
            if (this._ringed) {
                this._ringed = false;
                this._markCurrent();
            }
        }

        /** The text offset of the selection's focus, if it is inside the element, else -1. */
        _caretOffset() {
            const selection = document.getSelection();
            if (!selection || selection.rangeCount === 0 || !this.contains(selection.focusNode)
                || selection.focusNode === this._caret) {
                return -1;
            }
            return this._offsetOf(selection.focusNode, selection.focusOffset, true);
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
