# A lexer's callbacks, named in its token table: called by the lexer
# engine on every lexer object, which share the class's list.


class Lexer:
    state = []

    def push_state(lexer, match):
        lexer.state.append(match)  # want: CT102

    tokens = {"root": [("<", push_state)]}
