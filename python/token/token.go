// Package token defines the lexical tokens of Python 3.14 and the line table
// that turns byte offsets into CPython's line and column numbers.
package token

// Kind is the kind of a lexical token.
type Kind uint8

// The token kinds. Hard keywords get their own kinds; soft keywords (match,
// case, type, _) are NAMEs and are recognised by the parser in context.
const (
	ILLEGAL Kind = iota
	EOF
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING // a complete string or bytes literal, prefix and quotes included

	FSTRING_START  // f" rf''' ... : the prefix and opening quote
	FSTRING_MIDDLE // literal text between replacement fields, raw source
	FSTRING_END    // the closing quote
	TSTRING_START  // t-string counterparts (PEP 750)
	TSTRING_MIDDLE
	TSTRING_END

	operatorBegin
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	LBRACE           // {
	RBRACE           // }
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (f-string conversion)
	operatorEnd

	keywordBegin
	FALSE
	NONE
	TRUE
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRY
	WHILE
	WITH
	YIELD
	keywordEnd
)

var names = [...]string{
	ILLEGAL: "ILLEGAL", EOF: "ENDMARKER", NEWLINE: "NEWLINE", INDENT: "INDENT",
	DEDENT: "DEDENT", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	FSTRING_START: "FSTRING_START", FSTRING_MIDDLE: "FSTRING_MIDDLE", FSTRING_END: "FSTRING_END",
	TSTRING_START: "TSTRING_START", TSTRING_MIDDLE: "TSTRING_MIDDLE", TSTRING_END: "TSTRING_END",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", PLUS: "+", MINUS: "-", STAR: "*",
	SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<", GREATER: ">", EQUAL: "=",
	DOT: ".", PERCENT: "%", EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=",
	GREATEREQUAL: ">=", TILDE: "~", CIRCUMFLEX: "^", LEFTSHIFT: "<<",
	RIGHTSHIFT: ">>", DOUBLESTAR: "**", PLUSEQUAL: "+=", MINEQUAL: "-=",
	STAREQUAL: "*=", SLASHEQUAL: "/=", PERCENTEQUAL: "%=", AMPEREQUAL: "&=",
	VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=", LEFTSHIFTEQUAL: "<<=",
	RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=", DOUBLESLASH: "//",
	DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=", RARROW: "->",
	ELLIPSIS: "...", COLONEQUAL: ":=", EXCLAMATION: "!",
	FALSE: "False", NONE: "None", TRUE: "True", AND: "and", AS: "as",
	ASSERT: "assert", ASYNC: "async", AWAIT: "await", BREAK: "break",
	CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del", ELIF: "elif",
	ELSE: "else", EXCEPT: "except", FINALLY: "finally", FOR: "for", FROM: "from",
	GLOBAL: "global", IF: "if", IMPORT: "import", IN: "in", IS: "is",
	LAMBDA: "lambda", NONLOCAL: "nonlocal", NOT: "not", OR: "or", PASS: "pass",
	RAISE: "raise", RETURN: "return", TRY: "try", WHILE: "while", WITH: "with",
	YIELD: "yield",
}

// String returns the operator or keyword text, or the token's CPython name.
func (k Kind) String() string {
	if int(k) < len(names) && names[k] != "" {
		return names[k]
	}
	return "Kind(?)"
}

// IsKeyword reports whether k is a hard keyword.
func (k Kind) IsKeyword() bool { return keywordBegin < k && k < keywordEnd }

// IsOperator reports whether k is an operator or delimiter.
func (k Kind) IsOperator() bool { return operatorBegin < k && k < operatorEnd }

// keywordTable holds the hard keywords at keywordHash of their spelling,
// which is collision-free for them (TestKeywordHashIsPerfect): Keyword
// compares a name with at most one candidate.
var keywordTable = func() (t [128]Kind) {
	for k := keywordBegin + 1; k < keywordEnd; k++ {
		t[keywordHash(names[k])] = k
	}
	return
}()

// keywordHash hashes a name of 2 to 8 bytes by its first and last bytes
// and its length.
func keywordHash[S string | []byte](s S) int {
	n := len(s)
	return (int(s[0]) + int(s[n-1]) + 19*n) & 127
}

// Keyword returns the keyword kind spelled by ident, or NAME if ident is not
// a hard keyword. It does not allocate.
func Keyword(ident []byte) Kind {
	if len(ident) < 2 || len(ident) > 8 {
		return NAME
	}
	if k := keywordTable[keywordHash(ident)]; k != 0 && names[k] == string(ident) {
		return k
	}
	return NAME
}
