;;; aims-mode.el --- Major mode for AIMS, a language for AI management systems  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages
;; SPDX-License-Identifier: Apache-2.0

;;; Commentary:

;; AIMS is a declarative language in which an organisation writes down its AI
;; management system.  This mode gives `.aims' files syntax highlighting
;; (comments, doc comments, declaration kinds and names, field names, strings and
;; """ blocks, requirement paths, dates, durations, numbers and status words),
;; indentation by braces, `//' comments, and registers the language server
;; `aims-lsp' with Eglot.
;;
;; Usage:
;;
;;   (add-to-list 'load-path "/path/to/aims/editors/emacs")
;;   (require 'aims-mode)
;;   (add-hook 'aims-mode-hook #'eglot-ensure)   ; start aims-lsp automatically

;;; Code:

(defgroup aims nil
  "Support for the AIMS language."
  :group 'languages
  :prefix "aims-")

(defcustom aims-indent-offset 2
  "Number of spaces for each level of braces or brackets."
  :type 'integer
  :safe #'integerp)

(defcustom aims-lsp-program "aims-lsp"
  "The AIMS language server: a name on the variable `exec-path' or a full path."
  :type 'string)

(defcustom aims-as-of nil
  "The as-of date (\"YYYY-MM-DD\") sent to the language server.
Nil means `as_of' in aims.toml, else today."
  :type '(choice (const :tag "From aims.toml, else today" nil) string)
  :safe (lambda (v) (or (null v) (stringp v))))

(defcustom aims-check-prose t
  "Whether the language server checks the prose of publications."
  :type 'boolean
  :safe #'booleanp)

(defconst aims-declaration-kinds
  '("organisation" "role" "system" "dataset" "supplier" "assessment" "risk"
    "control" "evidence" "exclude" "certification" "attestation" "publication"
    "framework" "crosswalk" "assurance" "internal_audit" "management_review"
    "nonconformity")
  "Kinds of top-level declaration.")

(defconst aims-catalogue-kinds
  '("group" "clause" "subcategory" "criterion" "obligation" "theme" "article" "standard" "map")
  "Kinds of item nested in a framework or crosswalk (`control' is a kind too).")

(defconst aims-constants
  '("true" "false"
    ;; Statuses of controls and certifications.
    "planned" "in_progress" "implemented" "achieved" "lapsed"
    ;; Lifecycle, EU AI Act role and tier, risk scales and levels, treatment, type.
    "concept" "development" "validation" "production" "retired"
    "provider" "deployer" "importer" "distributor"
    "prohibited" "high" "limited" "minimal"
    "rare" "unlikely" "possible" "likely" "almost_certain"
    "negligible" "minor" "moderate" "major" "severe"
    "mitigate" "accept" "avoid" "transfer"
    "low" "medium" "critical" "type1" "type2")
  "Enumeration words of the language.")

(defvar aims-mode-syntax-table
  (let ((table (make-syntax-table)))
    ;; `//' starts a comment that the end of the line closes.
    (modify-syntax-entry ?/ ". 12" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    ;; `_', `-' and `.' join words into one symbol: `R-001', `iso42001.A.6.2.4'.
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?. "_" table)
    (modify-syntax-entry ?% "." table)
    (modify-syntax-entry ?: "." table)
    (modify-syntax-entry ?, "." table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    (modify-syntax-entry ?\[ "(]" table)
    (modify-syntax-entry ?\] ")[" table)
    table)
  "Syntax table for `aims-mode'.")

(defun aims--propertize-triple-quote ()
  "Make the `\"\"\"' just matched open or close a string fence."
  (let* ((start (match-beginning 0))
         (state (save-excursion (syntax-ppss start))))
    (cond
     ;; Inside a block string: these quotes close it.
     ((eq (nth 3 state) t)
      (put-text-property start (+ start 2) 'syntax-table (string-to-syntax "."))
      (put-text-property (+ start 2) (+ start 3) 'syntax-table (string-to-syntax "|")))
     ;; Inside an ordinary string or a comment: nothing to do.
     ((or (nth 3 state) (nth 4 state)) nil)
     (t
      (put-text-property start (1+ start) 'syntax-table (string-to-syntax "|"))
      (put-text-property (1+ start) (+ start 3) 'syntax-table (string-to-syntax "."))))))

(defconst aims--syntax-propertize
  (syntax-propertize-rules
   ("\"\"\"" (0 (ignore (aims--propertize-triple-quote)))))
  "Marks `\"\"\"' blocks, which span lines and may hold `\"'.")

(defun aims--syntactic-face (state)
  "The face of the string or comment described by the `syntax-ppss' STATE."
  (cond
   ((nth 3 state) font-lock-string-face)
   ((save-excursion
      (goto-char (nth 8 state))
      (looking-at-p "///\\([^/]\\|$\\)"))
    font-lock-doc-face)
   (t font-lock-comment-face)))

(defconst aims--identifier "[[:alpha:]_][[:alnum:]_-]*"
  "An identifier: a letter or `_', then letters, digits, `_' and `-'.")

(defconst aims-font-lock-keywords
  (let ((kinds (regexp-opt (append aims-declaration-kinds aims-catalogue-kinds) t)))
    `(;; Field names come first, so that `system: x' is a field and not a kind.
      (,(concat "\\_<\\(" aims--identifier "\\)[ \t]*:") 1 font-lock-variable-name-face)
      ;; A kind at the start of a line, and the name after it.
      (,(concat "^[ \t]*" kinds "\\_>\\(?:[ \t]+\\([^ \t\n{\"]+\\)\\)?")
       (1 font-lock-keyword-face)
       (2 font-lock-function-name-face nil t))
      ;; Dates, months, quarters, durations, percentages and integers.
      ("\\_<[0-9]\\{4\\}-\\(?:[0-9]\\{2\\}\\(?:-[0-9]\\{2\\}\\)?\\|[Qq][0-9]\\)\\_>" . font-lock-constant-face)
      ("\\_<[0-9]+[ \t]+\\(?:day\\|week\\|month\\|year\\)s?\\_>" . font-lock-constant-face)
      ("\\_<[0-9]+%" . font-lock-constant-face)
      ;; Requirement paths, `iso42001.A.6.2.4', and bare ids, `A.6.2.4', `6.1.4'.
      ("\\_<[[:alnum:]_-]+\\(?:\\.[[:alnum:]_]+\\)+" . font-lock-constant-face)
      ("\\_<[0-9]+\\_>" . font-lock-constant-face)
      (,(concat "\\_<" (regexp-opt aims-constants t) "\\_>") 1 font-lock-builtin-face)))
  "Highlighting for `aims-mode'.")

(defun aims-indent-line ()
  "Indent the current line by the depth of the braces and brackets around it."
  (interactive)
  (let* ((depth (save-excursion (car (syntax-ppss (line-beginning-position)))))
         (closing (save-excursion
                    (back-to-indentation)
                    (looking-at-p "[]}]")))
         (column (* aims-indent-offset (max 0 (if closing (1- depth) depth))))
         (offset (- (current-column) (current-indentation))))
    (unless (nth 3 (syntax-ppss (line-beginning-position)))
      (indent-line-to column)
      (when (> offset 0)
        (move-to-column (+ column offset))))))

;;;###autoload
(define-derived-mode aims-mode prog-mode "AIMS"
  "Major mode for AIMS, a language for AI management systems."
  :syntax-table aims-mode-syntax-table
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "//+[ \t]*")
  (setq-local syntax-propertize-function aims--syntax-propertize)
  (setq-local indent-line-function #'aims-indent-line)
  (setq-local electric-indent-chars (append "{}[]" electric-indent-chars))
  (setq-local font-lock-defaults
              '(aims-font-lock-keywords
                nil nil nil nil
                (font-lock-syntactic-face-function . aims--syntactic-face))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.aims\\'" . aims-mode))

;;; The language server, through Eglot.

(defun aims-server-settings ()
  "The settings that the language server receives, as a plist for JSON.
Eglot writes nil as JSON null and `:json-false' as false."
  (list :asOf aims-as-of
        :checkProse (if aims-check-prose t :json-false)))

;;;###autoload
(defun aims-eglot-contact (&optional _interactive _project)
  "Return how Eglot should start `aims-lsp': the program and its options."
  (list aims-lsp-program :initializationOptions (aims-server-settings)))

;;;###autoload
(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs '(aims-mode . aims-eglot-contact)))

(provide 'aims-mode)

;;; aims-mode.el ends here
