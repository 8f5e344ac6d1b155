;;; test.el --- Batch tests of aims-mode.el  -*- lexical-binding: t; -*-

;;; Commentary:

;; Run by test.sh: `emacs --batch -l test.el SERVER'.  Checks highlighting and
;; indentation, then starts SERVER through Eglot on a `.aims' file with a misspelt
;; field and waits up to 10 s for a diagnostic.  Exits 0 when every check passed.

;;; Code:

(require 'cl-lib)

(defvar aims-test-failures 0 "Number of failed checks.")

(defun aims-test-check (ok what)
  "Report check WHAT, which passed when OK is non-nil."
  (princ (format "%s: %s\n" (if ok "ok" "FAIL") what))
  (unless ok (cl-incf aims-test-failures)))

(defun aims-test-face-at (text)
  "The face of the first character of the first TEXT in the buffer."
  (save-excursion
    (goto-char (point-min))
    (search-forward text)
    (let ((face (get-text-property (match-beginning 0) 'face)))
      (if (consp face) (car face) face))))

(defconst aims-test-source "/// The organisation.
organisation acme \"Acme\" {
  jurisdiction: UK
  system: triage // a field, not a kind
  satisfies: [iso42001.A.6.2.4, A.6.2.4]
  review_every: 12 months
  date: 2026-11-28
  target: 2027-Q4
  status: in_progress
  coverage: 80%
  note: \"\"\"
    Prose with \"quotes\", status: achieved and // no comment.
    \"\"\"
  after: true
}
")

(defun aims-test-highlighting ()
  "Check the faces of each kind of token."
  (with-temp-buffer
    (insert aims-test-source)
    (aims-mode)
    (font-lock-ensure)
    (dolist (case '(("/// The" font-lock-doc-face)
                    ("organisation acme" font-lock-keyword-face)
                    ("acme" font-lock-function-name-face)
                    ("\"Acme\"" font-lock-string-face)
                    ("jurisdiction" font-lock-variable-name-face)
                    ("system" font-lock-variable-name-face)
                    ("a field, not" font-lock-comment-face)
                    ("iso42001.A.6.2.4" font-lock-constant-face)
                    (" A.6.2.4" nil)
                    ("A.6.2.4]" font-lock-constant-face)
                    ("12 months" font-lock-constant-face)
                    ("2026-11-28" font-lock-constant-face)
                    ("2027-Q4" font-lock-constant-face)
                    ("in_progress" font-lock-builtin-face)
                    ("80%" font-lock-constant-face)
                    ("Prose" font-lock-string-face)
                    ("status: achieved" font-lock-string-face)
                    ("// no comment" font-lock-string-face)
                    ("true" font-lock-builtin-face)))
      (let ((actual (aims-test-face-at (car case))))
        (aims-test-check (eq actual (cadr case))
                         (format "%S is %S (got %S)" (car case) (cadr case) actual))))))

(defun aims-test-indentation ()
  "Check the indentation that `indent-region' gives."
  (with-temp-buffer
    (insert "system s {\nowner: r\neu_ai_act: {\nrole: provider\n}\nsatisfies: [\niso42001.A.6.2.4,\n]\n}\n")
    (aims-mode)
    (indent-region (point-min) (point-max))
    (aims-test-check
     (equal (buffer-string)
            "system s {\n  owner: r\n  eu_ai_act: {\n    role: provider\n  }\n  satisfies: [\n    iso42001.A.6.2.4,\n  ]\n}\n")
     "indent-region indents by braces and brackets")))

(defun aims-test-modes ()
  "Check mode selection and comment settings."
  (with-temp-buffer
    (setq buffer-file-name "/tmp/x.aims")
    (set-auto-mode)
    (aims-test-check (eq major-mode 'aims-mode) ".aims files open in aims-mode")
    (aims-test-check (equal comment-start "// ") "comments start with //")
    (setq buffer-file-name nil)))

(defun aims-test-eglot (server)
  "Start SERVER through Eglot on a file with a misspelt field; wait for a diagnostic."
  (require 'eglot)
  (let* ((dir (make-temp-file "aims-emacs-" t))
         (file (expand-file-name "spec.aims" dir))
         (aims-lsp-program server))
    (with-temp-file (expand-file-name "aims.toml" dir) (insert "# A workspace for the Emacs test.\n"))
    (with-temp-file file (insert "organisation acme { jurisdction: UK }\n"))
    (aims-test-check (equal (car (aims-eglot-contact)) server) "the Eglot contact runs aims-lsp-program")
    (aims-test-check (assq 'aims-mode eglot-server-programs) "aims-mode is in eglot-server-programs")
    (with-current-buffer (find-file-noselect file)
      (let ((started (condition-case err
                         (progn (apply #'eglot (eglot--guess-contact)) t)
                       (error (princ (format "error: %s\n" (error-message-string err))) nil)))
            (deadline (+ (float-time) 10))
            diagnostics)
        (aims-test-check started "Eglot started the server")
        (while (and (null diagnostics) (< (float-time) deadline))
          (accept-process-output nil 0.1)
          (when (bound-and-true-p flymake-mode)
            (flymake-start)
            (setq diagnostics (flymake-diagnostics))))
        (dolist (d diagnostics)
          (princ (format "diagnostic: %s %s\n" (flymake-diagnostic-type d) (flymake-diagnostic-text d))))
        (aims-test-check diagnostics "a diagnostic arrived from the server within 10 s")
        (ignore-errors (eglot-shutdown (eglot-current-server)))))
    (delete-directory dir t)))

(let ((server (car command-line-args-left)))
  (setq command-line-args-left nil)
  (princ (format "emacs: %s\n" emacs-version))
  (aims-test-modes)
  (aims-test-highlighting)
  (aims-test-indentation)
  (if server
      (aims-test-eglot server)
    (princ "skipped: the Eglot test (no server given)\n"))
  (princ (format "%s\n" (if (zerop aims-test-failures) "OK" (format "%d check(s) failed" aims-test-failures))))
  (kill-emacs (if (zerop aims-test-failures) 0 1)))

;;; test.el ends here
