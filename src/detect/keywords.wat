;; The keyword prefilter's inner loops (src/detect/keywords.ts), in WebAssembly: the same DFA walk that
;; ran at 2.4 ns a byte as JavaScript (typed-array bounds checks and spilled registers, issue 14) runs
;; here near 1 ns. Compiled to src/detect/keywords-wasm.ts by scripts/build-wasm.mjs; test/keywords.test.ts
;; checks that the two agree.
;;
;; Memory, laid out by KeywordMatcher: bytes 0..255 hold each byte's character class times 4 (a column's
;; offset in a row), 256..287 the loops' states and counts, 512..767 each byte's flags for `marks`; the DFA's rows start at byte 1024, each state's entry being the byte offset of its
;; next state's row (from 1024), so a step is one add and one load; a state ends a keyword when its offset
;; has the bit `end`. The text and the records follow. A record is (state, address after the byte that
;; reached it), written for each state with the bit: at most one per byte, so n bytes fill at most n.
(module
  (import "abr" "memory" (memory 1))
  ;; Bytes 256..287 hold four states (s0..s3) and four counts (k0..k3), 32 bits each: `quad` starts from the states
  ;; and leaves there the states it ended in and how many records each stream wrote; `one` leaves its state in s0.
  ;; (Memory, not exported globals: JavaScript reads them through one typed array, where a global's `value` is a
  ;; property access its compiled code must look up.)

  ;; The state after the n bytes from p, from state s; nothing recorded.
  (func (export "warm") (param $p i32) (param $n i32) (param $s i32) (result i32)
    (local $e i32)
    (local.set $e (i32.add (local.get $p) (local.get $n)))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $p) (local.get $e)))
        (local.set $s (i32.load offset=1024 (i32.add (local.get $s) (i32.load8_u (i32.load8_u (local.get $p))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $step)))
    (local.get $s))

  ;; One stream over the n bytes from p, from state s, recording at out. Returns how many records; the state
  ;; it ended in goes to s0.
  (func (export "one") (param $p i32) (param $n i32) (param $s i32) (param $end i32) (param $out i32) (result i32)
    (local $e i32) (local $k i32)
    (local.set $e (i32.add (local.get $p) (local.get $n)))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $p) (local.get $e)))
        (local.set $s (i32.load offset=1024 (i32.add (local.get $s) (i32.load8_u (i32.load8_u (local.get $p))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.and (local.get $s) (local.get $end))
          (then
            (i32.store (local.get $out) (local.get $s))
            (i32.store offset=4 (local.get $out) (local.get $p))
            (local.set $out (i32.add (local.get $out) (i32.const 8)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))))
        (br $step)))
    (i32.store offset=256 (i32.const 0) (local.get $s))
    (local.get $k))

  ;; Four streams in one loop, n bytes each, from p, p+q, p+2q and p+3q, from the states in s0..s3: four
  ;; independent chains of loads keep the processor busy where one waits on each load. Stream j records at
  ;; out + j*stride, its count in kj; s0..s3 are left holding the states they ended in.
  (func (export "quad") (param $p i32) (param $q i32) (param $n i32) (param $end i32) (param $out i32) (param $stride i32)
    (local $e i32) (local $a i32) (local $b i32) (local $c i32) (local $d i32)
    (local $o0 i32) (local $o1 i32) (local $o2 i32) (local $o3 i32) (local $q2 i32) (local $q3 i32)
    (local.set $a (i32.load offset=256 (i32.const 0)))
    (local.set $b (i32.load offset=260 (i32.const 0)))
    (local.set $c (i32.load offset=264 (i32.const 0)))
    (local.set $d (i32.load offset=268 (i32.const 0)))
    (local.set $q2 (i32.shl (local.get $q) (i32.const 1)))
    (local.set $q3 (i32.add (local.get $q2) (local.get $q)))
    (local.set $o0 (local.get $out))
    (local.set $o1 (i32.add (local.get $o0) (local.get $stride)))
    (local.set $o2 (i32.add (local.get $o1) (local.get $stride)))
    (local.set $o3 (i32.add (local.get $o2) (local.get $stride)))
    (local.set $e (i32.add (local.get $p) (local.get $n)))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $p) (local.get $e)))
        (local.set $a (i32.load offset=1024 (i32.add (local.get $a) (i32.load8_u (i32.load8_u (local.get $p))))))
        (local.set $b (i32.load offset=1024 (i32.add (local.get $b) (i32.load8_u (i32.load8_u (i32.add (local.get $p) (local.get $q)))))))
        (local.set $c (i32.load offset=1024 (i32.add (local.get $c) (i32.load8_u (i32.load8_u (i32.add (local.get $p) (local.get $q2)))))))
        (local.set $d (i32.load offset=1024 (i32.add (local.get $d) (i32.load8_u (i32.load8_u (i32.add (local.get $p) (local.get $q3)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.and (i32.or (i32.or (local.get $a) (local.get $b)) (i32.or (local.get $c) (local.get $d))) (local.get $end))
          (then
            (if (i32.and (local.get $a) (local.get $end)) (then
              (i32.store (local.get $o0) (local.get $a))
              (i32.store offset=4 (local.get $o0) (local.get $p))
              (local.set $o0 (i32.add (local.get $o0) (i32.const 8)))))
            (if (i32.and (local.get $b) (local.get $end)) (then
              (i32.store (local.get $o1) (local.get $b))
              (i32.store offset=4 (local.get $o1) (i32.add (local.get $p) (local.get $q)))
              (local.set $o1 (i32.add (local.get $o1) (i32.const 8)))))
            (if (i32.and (local.get $c) (local.get $end)) (then
              (i32.store (local.get $o2) (local.get $c))
              (i32.store offset=4 (local.get $o2) (i32.add (local.get $p) (local.get $q2)))
              (local.set $o2 (i32.add (local.get $o2) (i32.const 8)))))
            (if (i32.and (local.get $d) (local.get $end)) (then
              (i32.store (local.get $o3) (local.get $d))
              (i32.store offset=4 (local.get $o3) (i32.add (local.get $p) (local.get $q3)))
              (local.set $o3 (i32.add (local.get $o3) (i32.const 8)))))))
        (br $step)))
    (i32.store offset=256 (i32.const 0) (local.get $a))
    (i32.store offset=260 (i32.const 0) (local.get $b))
    (i32.store offset=264 (i32.const 0) (local.get $c))
    (i32.store offset=268 (i32.const 0) (local.get $d))
    (i32.store offset=272 (i32.const 0) (i32.shr_u (i32.sub (local.get $o0) (local.get $out)) (i32.const 3)))
    (i32.store offset=276 (i32.const 0) (i32.shr_u (i32.sub (local.get $o1) (i32.add (local.get $out) (local.get $stride))) (i32.const 3)))
    (i32.store offset=280 (i32.const 0) (i32.shr_u (i32.sub (local.get $o2) (i32.add (local.get $out) (i32.shl (local.get $stride) (i32.const 1)))) (i32.const 3)))
    (i32.store offset=284 (i32.const 0) (i32.shr_u (i32.sub (local.get $o3) (i32.add (local.get $out) (i32.mul (local.get $stride) (i32.const 3)))) (i32.const 3))))

;; The DFA's rows renumbered, built once per matcher: each of the n states' rows (1 << shift entries of
  ;; 16 bits, each a next state's number) at src goes to row rank[s] at dst, each entry as the byte offset of
  ;; its state's new row (rank << rowShift). As JavaScript this loop took 10 ms of every scan's start-up.
  (func (export "remap") (param $src i32) (param $n i32) (param $shift i32) (param $rank i32) (param $dst i32) (param $rowShift i32)
    (local $s i32) (local $c i32) (local $w i32) (local $from i32) (local $to i32)
    (local.set $w (i32.shl (i32.const 1) (local.get $shift)))
    (block $states
      (loop $state
        (br_if $states (i32.ge_u (local.get $s) (local.get $n)))
        (local.set $from (i32.add (local.get $src) (i32.shl (i32.shl (local.get $s) (local.get $shift)) (i32.const 1))))
        (local.set $to (i32.add (local.get $dst)
          (i32.shl (i32.shl (i32.load (i32.add (local.get $rank) (i32.shl (local.get $s) (i32.const 2)))) (local.get $shift)) (i32.const 2))))
        (local.set $c (i32.const 0))
        (block $entries
          (loop $entry
            (br_if $entries (i32.ge_u (local.get $c) (local.get $w)))
            (i32.store (i32.add (local.get $to) (i32.shl (local.get $c) (i32.const 2)))
              (i32.shl
                (i32.load (i32.add (local.get $rank) (i32.shl (i32.load16_u (i32.add (local.get $from) (i32.shl (local.get $c) (i32.const 1)))) (i32.const 2))))
                (local.get $rowShift)))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $entry)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $state)))
  )

  ;; Of the n bytes from p, how many more they are than the UTF-16 units they decode to (valid UTF-8): each
  ;; continuation byte is one more; the lead of a four-byte sequence, which makes two units, one fewer.
  (func (export "units") (param $p i32) (param $n i32) (result i32)
    (local $e i32) (local $k i32) (local $b i32) (local $v v128) (local $acc v128) (local $i i32) (local $w v128)
    (local.set $e (i32.add (local.get $p) (local.get $n)))
    (block $wide
      (loop $block
        (br_if $wide (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $e)))
        ;; 16 lanes, each -1 per continuation byte and +1 per lead of four: at most 127 rounds fit a byte lane.
        (local.set $acc (v128.const i64x2 0 0))
        (local.set $i (i32.const 0))
        (block $full
          (loop $lanes
            (br_if $full (i32.ge_u (local.get $i) (i32.const 127)))
            (br_if $full (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $e)))
            (local.set $v (v128.load (local.get $p)))
            (local.set $acc (i8x16.add (local.get $acc)
              (i8x16.sub
                (i8x16.eq (v128.and (local.get $v) (i8x16.splat (i32.const 0xC0))) (i8x16.splat (i32.const 0x80)))
                (i8x16.ge_u (local.get $v) (i8x16.splat (i32.const 0xF0))))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $lanes)))
        (local.set $w (i32x4.extadd_pairwise_i16x8_s (i16x8.extadd_pairwise_i8x16_s (local.get $acc))))
        (local.set $k (i32.sub (local.get $k)
          (i32.add
            (i32.add (i32x4.extract_lane 0 (local.get $w)) (i32x4.extract_lane 1 (local.get $w)))
            (i32.add (i32x4.extract_lane 2 (local.get $w)) (i32x4.extract_lane 3 (local.get $w))))))
        (br $block)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $p) (local.get $e)))
        (local.set $b (i32.load8_u (local.get $p)))
        (local.set $k (i32.add (local.get $k)
          (i32.sub (i32.eq (i32.and (local.get $b) (i32.const 0xC0)) (i32.const 0x80)) (i32.ge_u (local.get $b) (i32.const 0xF0)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
    (local.get $k))

  ;; The n bytes from p, valid UTF-8 (the caller checked), decoded to UTF-16LE at out. Returns how many 16-bit
  ;; units. Sixteen ASCII bytes at a time are widened as they are; other characters one by one, a four-byte one as
  ;; its surrogate pair. V8's own decoder went byte by byte through files that are ASCII but for a few characters.
  (func (export "utf16") (param $p i32) (param $n i32) (param $out i32) (result i32)
    (local $e i32) (local $o i32) (local $b i32) (local $c i32) (local $v v128)
    (local.set $e (i32.add (local.get $p) (local.get $n)))
    (local.set $o (local.get $out))
    (block $done
      (loop $char
        (br_if $done (i32.ge_u (local.get $p) (local.get $e)))
        (if (i32.le_u (i32.add (local.get $p) (i32.const 16)) (local.get $e))
          (then
            (local.set $v (v128.load (local.get $p)))
            (if (i32.eqz (i8x16.bitmask (local.get $v)))
              (then
                (v128.store (local.get $o) (i16x8.extend_low_i8x16_u (local.get $v)))
                (v128.store offset=16 (local.get $o) (i16x8.extend_high_i8x16_u (local.get $v)))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (local.set $o (i32.add (local.get $o) (i32.const 32)))
                (br $char)))))
        (local.set $b (i32.load8_u (local.get $p)))
        (if (i32.lt_u (local.get $b) (i32.const 0x80))
          (then
            (i32.store16 (local.get $o) (local.get $b))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $o (i32.add (local.get $o) (i32.const 2)))
            (br $char)))
        (if (i32.lt_u (local.get $b) (i32.const 0xE0))
          (then
            (i32.store16 (local.get $o) (i32.or
              (i32.shl (i32.and (local.get $b) (i32.const 0x1F)) (i32.const 6))
              (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F))))
            (local.set $p (i32.add (local.get $p) (i32.const 2)))
            (local.set $o (i32.add (local.get $o) (i32.const 2)))
            (br $char)))
        (if (i32.lt_u (local.get $b) (i32.const 0xF0))
          (then
            (i32.store16 (local.get $o) (i32.or
              (i32.or
                (i32.shl (i32.and (local.get $b) (i32.const 0x0F)) (i32.const 12))
                (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F)) (i32.const 6)))
              (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3F))))
            (local.set $p (i32.add (local.get $p) (i32.const 3)))
            (local.set $o (i32.add (local.get $o) (i32.const 2)))
            (br $char)))
        ;; Four bytes: a code point past U+FFFF, less 0x10000, as a high and a low surrogate.
        (local.set $c (i32.sub
          (i32.or
            (i32.or
              (i32.shl (i32.and (local.get $b) (i32.const 0x07)) (i32.const 18))
              (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3F)) (i32.const 12)))
            (i32.or
              (i32.shl (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3F)) (i32.const 6))
              (i32.and (i32.load8_u offset=3 (local.get $p)) (i32.const 0x3F))))
          (i32.const 0x10000)))
        (i32.store16 (local.get $o) (i32.add (i32.const 0xD800) (i32.shr_u (local.get $c) (i32.const 10))))
        (i32.store16 offset=2 (local.get $o) (i32.add (i32.const 0xDC00) (i32.and (local.get $c) (i32.const 0x3FF))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (local.set $o (i32.add (local.get $o) (i32.const 4)))
        (br $char)))
    (i32.shr_u (i32.sub (local.get $o) (local.get $out)) (i32.const 1)))

  ;; Where a base64 value may follow a mark (src/detect/decode.ts `markedSpans`): after each `:`, `=` and `Basic ` in
  ;; the bytes [p, e) of a text that ends at t, the address just past the mark, when what follows passes the checks
  ;; `base64ValueAt` makes before it decodes anything: up to eight blanks, a quote, a first character of base64 of
  ;; printable text (I-Z, a-f) and fifteen more characters of base64. A record is (address, kind: 0 `:`, 1 `=`,
  ;; 2 `Basic `), 8 bytes; returns how many. Sixteen bytes are searched for the marks at a time: as JavaScript,
  ;; indexOf and a test per colon and equals sign of every text cost a tenth of a scan's CPU (issue 14).
  ;; Byte flags at 512 + byte: 1 base64, 2 first of base64 of printable text, 4 blank, 8 quote.
  (func (export "marks") (param $p i32) (param $e i32) (param $t i32) (param $out i32) (result i32)
    (local $o i32) (local $bits i32) (local $v v128)
    (local.set $o (local.get $out))
    (block $tail
      (loop $block
        (br_if $tail (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $e)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $bits (i8x16.bitmask (v128.or
          (v128.or (i8x16.eq (local.get $v) (i8x16.splat (i32.const 58))) (i8x16.eq (local.get $v) (i8x16.splat (i32.const 61))))
          (i8x16.eq (local.get $v) (i8x16.splat (i32.const 66))))))
        (block $none
          (loop $bit
            (br_if $none (i32.eqz (local.get $bits)))
            (local.set $o (call $mark (i32.add (local.get $p) (i32.ctz (local.get $bits))) (local.get $t) (local.get $o)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $bit)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $block)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $p) (local.get $e)))
        (local.set $o (call $mark (local.get $p) (local.get $t) (local.get $o)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
    (i32.shr_u (i32.sub (local.get $o) (local.get $out)) (i32.const 3)))

  ;; The record for the byte at i, if it is a mark a value may follow (see `marks`), at o; returns where the next goes.
  (func $mark (param $i i32) (param $t i32) (param $o i32) (result i32)
    (local $c i32) (local $j i32) (local $kind i32) (local $limit i32) (local $k i32)
    (local.set $c (i32.load8_u (local.get $i)))
    (local.set $j (i32.add (local.get $i) (i32.const 1)))
    (if (i32.eq (local.get $c) (i32.const 61)) (then (local.set $kind (i32.const 1))))
    (if (i32.eq (local.get $c) (i32.const 66))
      (then
        ;; `Basic `: "asic" read as one little-endian word, then the space.
        (if (i32.gt_u (i32.add (local.get $i) (i32.const 6)) (local.get $t)) (then (return (local.get $o))))
        (if (i32.ne (i32.load offset=1 align=1 (local.get $i)) (i32.const 0x63697361)) (then (return (local.get $o))))
        (if (i32.ne (i32.load8_u offset=5 (local.get $i)) (i32.const 32)) (then (return (local.get $o))))
        (local.set $j (i32.add (local.get $i) (i32.const 6)))
        (local.set $kind (i32.const 2)))
      (else
        (if (i32.and (i32.ne (local.get $c) (i32.const 58)) (i32.ne (local.get $c) (i32.const 61))) (then (return (local.get $o))))))
    (if (i32.ge_u (local.get $j) (local.get $t)) (then (return (local.get $o))))
    ;; Most marks end here: what follows is no blank, quote or first character.
    (if (i32.eqz (i32.and (i32.load8_u offset=512 (i32.load8_u (local.get $j))) (i32.const 14))) (then (return (local.get $o))))
    (local.set $k (local.get $j))
    (local.set $limit (select (local.get $t) (i32.add (local.get $j) (i32.const 8)) (i32.lt_u (local.get $t) (i32.add (local.get $j) (i32.const 8)))))
    (block $blanks
      (loop $blank
        (br_if $blanks (i32.ge_u (local.get $k) (local.get $limit)))
        (br_if $blanks (i32.eqz (i32.and (i32.load8_u offset=512 (i32.load8_u (local.get $k))) (i32.const 4))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $blank)))
    (if (i32.lt_u (local.get $k) (local.get $t))
      (then
        (if (i32.and (i32.load8_u offset=512 (i32.load8_u (local.get $k))) (i32.const 8))
          (then (local.set $k (i32.add (local.get $k) (i32.const 1)))))))
    ;; The first character and fifteen more of base64, all before the text's end.
    (if (i32.gt_u (i32.add (local.get $k) (i32.const 16)) (local.get $t)) (then (return (local.get $o))))
    (if (i32.eqz (i32.and (i32.load8_u offset=512 (i32.load8_u (local.get $k))) (i32.const 2))) (then (return (local.get $o))))
    (local.set $limit (i32.add (local.get $k) (i32.const 16)))
    (block $short
      (loop $run
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $short (i32.ge_u (local.get $k) (local.get $limit)))
        (br_if $run (i32.and (i32.load8_u offset=512 (i32.load8_u (local.get $k))) (i32.const 1)))
        (return (local.get $o))))
    (i32.store (local.get $o) (local.get $j))
    (i32.store offset=4 (local.get $o) (local.get $kind))
    (i32.add (local.get $o) (i32.const 8)))
)
