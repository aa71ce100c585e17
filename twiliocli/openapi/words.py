"""The command words of every group derived from the spec (`twiliocli.api.declared.nodes`).

Written by scripts/vendor_spec.py: do not edit, re-run it. The command tree reads these few words to
list and find the spec's groups without building them: `--help`, TAB completion and `calls list`
never import the operation table or the declarations.
"""

WORDS: tuple[tuple[str, ...], ...] = (
    ('addresses',),
    ('addresses', 'dependent-numbers'),
    ('authorized-connect-apps',),
    ('calls', 'notifications'),
    ('calls', 'payments'),
    ('calls', 'recording'),
    ('calls', 'siprec'),
    ('calls', 'streams'),
    ('calls', 'transcriptions'),
    ('calls', 'user-defined-message-subscriptions'),
    ('calls', 'user-defined-messages'),
    ('conferences', 'recordings'),
    ('connect-apps',),
    ('keys',),
    ('numbers', 'add-ons'),
    ('numbers', 'add-ons', 'extensions'),
    ('numbers', 'countries'),
    ('queues',),
    ('queues', 'members'),
    ('recordings', 'add-on-results'),
    ('recordings', 'add-on-results', 'payloads'),
    ('recordings', 'add-on-results', 'payloads', 'data'),
    ('recordings', 'transcriptions'),
    ('short-codes',),
    ('signing-keys',),
    ('sip', 'credential-lists'),
    ('sip', 'credential-lists', 'credentials'),
    ('sip', 'domains'),
    ('sip', 'domains', 'auth', 'calls', 'credential-list-mappings'),
    ('sip', 'domains', 'auth', 'calls', 'ip-access-control-list-mappings'),
    ('sip', 'domains', 'auth', 'registrations', 'credential-list-mappings'),
    ('sip', 'domains', 'credential-list-mappings'),
    ('sip', 'domains', 'ip-access-control-list-mappings'),
    ('sip', 'ip-access-control-lists'),
    ('sip', 'ip-access-control-lists', 'ip-addresses'),
    ('sms', 'feedback'),
    ('tokens',),
    ('usage', 'triggers'),
)
