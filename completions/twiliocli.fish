# fish completion for twiliocli 0.1.0.
# Generated from the command tree by scripts/gen_docs.py (or `twiliocli completion fish`); do not edit.
# Everything is static except profile names, which the program reads from config.toml at TAB time.

function __twiliocli_subs --argument-names cmdpath
    switch $cmdpath
        case ''
            printf '%s\n' accounts api applications caller-ids calls completion conferences config conversation emulator login notifications numbers participants profiles recordings sandbox sms sql sync transcriptions usage
        case 'accounts'
            printf '%s\n' list get create update suspend activate close
        case 'applications'
            printf '%s\n' list get create update delete
        case 'caller-ids'
            printf '%s\n' list get update delete add
        case 'calls'
            printf '%s\n' export stats disposition trace list get hangup cancel events delete create redirect watch
        case 'conferences'
            printf '%s\n' export list get end
        case 'config'
            printf '%s\n' path set get unset
        case 'emulator'
            printf '%s\n' serve
        case 'notifications'
            printf '%s\n' export list get delete
        case 'numbers'
            printf '%s\n' idle webhooks list get search buy update release transfer
        case 'participants'
            printf '%s\n' list get add mute unmute kick
        case 'profiles'
            printf '%s\n' list use show remove
        case 'recordings'
            printf '%s\n' export list get delete download
        case 'sandbox'
            printf '%s\n' get update
        case 'sms'
            printf '%s\n' export stats search failures funnel opt-outs list get delete send media
        case 'sms media'
            printf '%s\n' list get delete download
        case 'sync'
            printf '%s\n' status
        case 'transcriptions'
            printf '%s\n' export list get delete
        case 'usage'
            printf '%s\n' by-subaccount list balance summary
    end
end

function __twiliocli_vopts --argument-names cmdpath
    switch $cmdpath
        case 'accounts list'
            printf '%s\n' --friendly-name --status --output -o --fields --tz --limit -n --page-size
        case 'accounts get'
            printf '%s\n' --output -o --fields --tz
        case 'accounts create'
            printf '%s\n' --friendly-name --output -o --fields --tz
        case 'accounts update'
            printf '%s\n' --friendly-name --status --output -o --fields --tz
        case 'accounts suspend'
            printf '%s\n' --output -o --fields --tz
        case 'accounts activate'
            printf '%s\n' --output -o --fields --tz
        case 'accounts close'
            printf '%s\n' --output -o --fields --tz
        case 'api'
            printf '%s\n' --field -F
        case 'applications list'
            printf '%s\n' --friendly-name --output -o --fields --tz --limit -n --page-size
        case 'applications get'
            printf '%s\n' --output -o --fields --tz
        case 'applications create'
            printf '%s\n' --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --tz
        case 'applications update'
            printf '%s\n' --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --tz
        case 'caller-ids list'
            printf '%s\n' --phone-number --friendly-name --output -o --fields --tz --limit -n --page-size
        case 'caller-ids get'
            printf '%s\n' --output -o --fields --tz
        case 'caller-ids update'
            printf '%s\n' --friendly-name --output -o --fields --tz
        case 'caller-ids add'
            printf '%s\n' --friendly-name --call-delay --extension --status-callback --status-callback-method --output -o --fields --tz
        case 'calls export'
            printf '%s\n' --to --from --status --parent-call-sid --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size
        case 'calls stats'
            printf '%s\n' --by --since --until --to --from --status --parent-call-sid --parallel --output -o --fields --tz
        case 'calls disposition'
            printf '%s\n' --since --db --output -o --fields --tz
        case 'calls trace'
            printf '%s\n' --db --output -o --fields --tz
        case 'calls list'
            printf '%s\n' --to --from --status --parent-call-sid --started-after --started-before --started-on --ended-after --ended-before --ended-on --output -o --fields --tz --limit -n --page-size --interval
        case 'calls get'
            printf '%s\n' --output -o --fields --tz
        case 'calls hangup'
            printf '%s\n' --output -o --fields --tz
        case 'calls cancel'
            printf '%s\n' --output -o --fields --tz
        case 'calls events'
            printf '%s\n' --output -o --fields --tz --limit -n --page-size
        case 'calls create'
            printf '%s\n' --to --from --url --twiml --application-sid --method --status-callback --timeout --send-digits --machine-detection --output -o --fields
        case 'calls redirect'
            printf '%s\n' --url --method --output -o --fields --tz
        case 'calls watch'
            printf '%s\n' --interval --output -o --fields
        case 'conferences export'
            printf '%s\n' --status --friendly-name --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size
        case 'conferences list'
            printf '%s\n' --status --friendly-name --created-after --created-before --created-on --updated-after --updated-before --updated-on --output -o --fields --tz --limit -n --page-size
        case 'conferences get'
            printf '%s\n' --output -o --fields --tz
        case 'conferences end'
            printf '%s\n' --output -o --fields --tz
        case 'conversation'
            printf '%s\n' --db --output -o --fields --tz
        case 'emulator serve'
            printf '%s\n' --host --port --db --account-sid --auth-token --calls --messages --ring-seconds --call-seconds --delivery-seconds --latency --fail-rate --fail-codes --drop-rate --fault-seed
        case 'login'
            printf '%s\n' --profile -p --account-sid --api-key --api-url
        case 'notifications export'
            printf '%s\n' --log --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size
        case 'notifications list'
            printf '%s\n' --log --after --before --on --call --output -o --fields --tz --limit -n --page-size --interval
        case 'notifications get'
            printf '%s\n' --output -o --fields --tz
        case 'numbers idle'
            printf '%s\n' --since --db --output -o --fields --tz
        case 'numbers webhooks'
            printf '%s\n' --probe-timeout --db --output -o --fields --tz
        case 'numbers list'
            printf '%s\n' --phone-number --friendly-name --output -o --fields --tz --limit -n --page-size
        case 'numbers get'
            printf '%s\n' --output -o --fields --tz
        case 'numbers search'
            printf '%s\n' --area-code --contains --in-region --in-postal-code --in-rate-center --in-lata --in-locality --near-number --near-lat-long --distance --country --type --output -o --fields --tz --limit -n --page-size
        case 'numbers buy'
            printf '%s\n' --phone-number --area-code --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --tz
        case 'numbers update'
            printf '%s\n' --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --tz
        case 'numbers transfer'
            printf '%s\n' --to-account --output -o --fields --tz
        case 'participants list'
            printf '%s\n' --output -o --fields --tz --limit -n --page-size
        case 'participants get'
            printf '%s\n' --output -o --fields --tz
        case 'participants add'
            printf '%s\n' --from --to --label --status-callback --status-callback-method --timeout --output -o --fields --tz
        case 'participants mute'
            printf '%s\n' --output -o --fields --tz
        case 'participants unmute'
            printf '%s\n' --output -o --fields --tz
        case 'profiles list'
            printf '%s\n' --output -o
        case 'profiles show'
            printf '%s\n' --output -o
        case 'recordings export'
            printf '%s\n' --call --conference --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size
        case 'recordings list'
            printf '%s\n' --call --conference --created-after --created-before --created-on --output -o --fields --tz --limit -n --page-size
        case 'recordings get'
            printf '%s\n' --output -o --fields --tz
        case 'recordings download'
            printf '%s\n' --format -f --out -O
        case 'sandbox get'
            printf '%s\n' --output -o --fields --tz
        case 'sandbox update'
            printf '%s\n' --voice-url --voice-method --sms-url --sms-method --output -o --fields --tz
        case 'sms export'
            printf '%s\n' --to --from --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size
        case 'sms stats'
            printf '%s\n' --by --since --until --to --from --status --error-code --parallel --output -o --fields --tz
        case 'sms search'
            printf '%s\n' --limit -n --db --output -o --fields --tz
        case 'sms failures'
            printf '%s\n' --since --db --output -o --fields --tz
        case 'sms funnel'
            printf '%s\n' --since --db --output -o --fields --tz
        case 'sms opt-outs'
            printf '%s\n' --since --db --output -o --fields --tz
        case 'sms list'
            printf '%s\n' --to --from --sent-after --sent-before --sent-on --status --error-code --output -o --fields --tz --limit -n --page-size --interval
        case 'sms get'
            printf '%s\n' --output -o --fields --tz
        case 'sms send'
            printf '%s\n' --to --from --body --media-url --status-callback --output -o --fields
        case 'sms media list'
            printf '%s\n' --created-after --created-before --created-on --output -o --fields --tz --limit -n --page-size
        case 'sms media get'
            printf '%s\n' --output -o --fields --tz
        case 'sms media download'
            printf '%s\n' --out -O
        case 'sql'
            printf '%s\n' --db --output -o
        case 'sync'
            printf '%s\n' --db --resources --since --parallel
        case 'sync status'
            printf '%s\n' --db --output -o
        case 'transcriptions export'
            printf '%s\n' --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size
        case 'transcriptions list'
            printf '%s\n' --recording --output -o --fields --tz --limit -n --page-size
        case 'transcriptions get'
            printf '%s\n' --output -o --fields --tz
        case 'usage by-subaccount'
            printf '%s\n' --period --db --output -o --fields --tz
        case 'usage list'
            printf '%s\n' --category --since --until --period --output -o --fields --tz --limit -n --page-size
        case 'usage balance'
            printf '%s\n' --output -o --fields --tz
        case 'usage summary'
            printf '%s\n' --period --since --until --output -o --fields --tz
    end
    printf '%s\n' --profile -p --api-url --subaccount --retries --timeout --max-wait
end

# The command path and the number of positional arguments before the cursor, cached per command line.
function __twiliocli_state
    set -l line (commandline -pc)
    if test "$line" = "$__twiliocli_state_line"
        printf '%s\n' $__twiliocli_state_value
        return
    end
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l cmdpath ''
    set -l n 0
    set -l skip 0
    set -l dashdash 0
    for word in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        if test $dashdash = 1
            set n (math $n + 1)
            continue
        end
        switch $word
            case '--'
                set dashdash 1
            case '-*=*'
            case '-*'
                if contains -- $word (__twiliocli_vopts "$cmdpath")
                    set skip 1
                end
            case '*'
                if test $n = 0; and contains -- $word (__twiliocli_subs "$cmdpath")
                    set cmdpath (string trim -- "$cmdpath $word")
                else
                    set n (math $n + 1)
                end
        end
    end
    set -g __twiliocli_state_line $line
    set -g __twiliocli_state_value "$cmdpath" $n
    printf '%s\n' "$cmdpath" $n
end

function __twiliocli_at --argument-names cmdpath
    set -l state (__twiliocli_state)
    test "$state[1]" = "$cmdpath"
end

function __twiliocli_arg --argument-names cmdpath index
    set -l state (__twiliocli_state)
    test "$state[1]" = "$cmdpath"; and begin; test "$index" = '*'; or test "$state[2]" = "$index"; end
end

# Values known only at run time (profile names): ask the program, which prints one a line.
function __twiliocli_dynamic
    set -l tokens (commandline -opc)
    set -l cword (count $tokens)
    set -a tokens (commandline -ct)
    env _TWILIOCLI_COMPLETE=fish_complete COMP_WORDS="$tokens" COMP_CWORD=$cword $tokens[1] 2>/dev/null
end

complete -c twiliocli -e
complete -c twiliocli -f
# twiliocli (and global options, after any command)
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a accounts -d 'Accounts and subaccounts: list, inspect, create, rename, suspend, reactivate, close.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a api -d 'Send any request to the 2010-04-01 API and print the JSON answer.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a applications -d 'TwiML applications: list, inspect, create, update and delete.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a caller-ids -d 'Verified caller IDs: list, inspect, verify a new number, rename, remove.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a calls -d 'Voice calls: list, inspect, place, hang up, redirect and export.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a completion -d 'Print the shell completion script for bash, zsh or fish.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a conferences -d 'Conference rooms: list, inspect and end.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a config -d 'The configuration file and the defaults it keeps.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a conversation -d 'Every message and call with one number, as one timeline (oldest first).'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a emulator -d 'The local Twilio-compatible API server, for trying the tool and testing scripts.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a login -d 'Save credentials as a profile, after checking them against the API.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a notifications -d 'Notifications (the debugger log): list, inspect and delete.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a numbers -d 'Phone numbers: list yours, search and buy new ones, configure, release and transfer.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a participants -d 'Conference participants: list, inspect, call in, mute, unmute and kick.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a profiles -d 'Saved credential profiles: list, switch, show, remove.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a recordings -d 'Recordings: list, inspect, download the audio, delete.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a sandbox -d 'The developer sandbox: its PIN, number and webhooks (retired by Twilio; kept by the emulator).'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a sms -d 'SMS and MMS messages: list, inspect, send and export.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a sql -d 'Run a read-only SQL query over the mirror and print the rows in any output format.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a sync -d 'Mirror the account into a local SQLite file, for SQL, search and the offline analyses.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a transcriptions -d 'Recording transcriptions: list, inspect and delete.'
complete -c twiliocli -n '__twiliocli_arg \'\' 0' -a usage -d 'Usage and spend by category, and the account balance.'
complete -c twiliocli -l profile -s p -x -a '(__twiliocli_dynamic)' -d 'Use this saved profile (\'emulator\' is built in)'
complete -c twiliocli -l api-url -x -d 'API base URL (default https://api.twilio.com)'
complete -c twiliocli -l subaccount -x -d 'Act on this subaccount (AC…) with the parent\'s credentials'
complete -c twiliocli -l retries -x -d 'Retries for failed requests that are safe to repeat'
complete -c twiliocli -l timeout -x -d 'Seconds one request may take in all: connecting, waiting and reading the whole answer'
complete -c twiliocli -l max-wait -x -d 'Longest wait for a server\'s Retry-After before a retry (longer ones are cut to this)'
complete -c twiliocli -l insecure -d 'Allow a plain http:// API URL that is not on this machine'
complete -c twiliocli -l debug -d 'Show the HTTP exchange (credentials redacted) and tracebacks on stderr'
complete -c twiliocli -l no-pager -d 'Print straight to the terminal, not through a pager'
complete -c twiliocli -l version -d 'Print the version and exit'
complete -c twiliocli -n '__twiliocli_at \'\'' -l help -d 'Show this message and exit'
# twiliocli accounts
complete -c twiliocli -n '__twiliocli_arg \'accounts\' 0' -a list -d 'List the account and its subaccounts.'
complete -c twiliocli -n '__twiliocli_arg \'accounts\' 0' -a get -d 'Show one account (its auth token is masked).'
complete -c twiliocli -n '__twiliocli_arg \'accounts\' 0' -a create -d 'Create a subaccount of the account in use.'
complete -c twiliocli -n '__twiliocli_arg \'accounts\' 0' -a update -d 'Rename an account or change its status.'
complete -c twiliocli -n '__twiliocli_arg \'accounts\' 0' -a suspend -d 'Suspend a subaccount: its requests fail until it is activated (asks first).'
complete -c twiliocli -n '__twiliocli_arg \'accounts\' 0' -a activate -d 'Reactivate a suspended subaccount.'
complete -c twiliocli -n '__twiliocli_arg \'accounts\' 0' -a close -d 'Close a subaccount for good: its numbers are released and it cannot be reopened (asks first).'
complete -c twiliocli -n '__twiliocli_at \'accounts\'' -l help -d 'Show this message and exit'
# twiliocli accounts list
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l friendly-name -x -d 'Only accounts with exactly this friendly name'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l status -x -a 'active suspended closed' -d 'Only accounts with this status'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'accounts list\'' -l help -d 'Show this message and exit'
# twiliocli accounts get
complete -c twiliocli -n '__twiliocli_at \'accounts get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'accounts get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'accounts get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'accounts get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'accounts get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'accounts get\'' -l help -d 'Show this message and exit'
# twiliocli accounts create
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l friendly-name -x -d 'A name for the account, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'accounts create\'' -l help -d 'Show this message and exit'
# twiliocli accounts update
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l friendly-name -x -d 'A name for the account, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l status -x -a 'active suspended closed' -d 'New status (closing is final)'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'accounts update\'' -l help -d 'Show this message and exit'
# twiliocli accounts suspend
complete -c twiliocli -n '__twiliocli_at \'accounts suspend\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'accounts suspend\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'accounts suspend\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'accounts suspend\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'accounts suspend\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'accounts suspend\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'accounts suspend\'' -l help -d 'Show this message and exit'
# twiliocli accounts activate
complete -c twiliocli -n '__twiliocli_at \'accounts activate\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'accounts activate\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'accounts activate\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'accounts activate\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'accounts activate\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'accounts activate\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'accounts activate\'' -l help -d 'Show this message and exit'
# twiliocli accounts close
complete -c twiliocli -n '__twiliocli_at \'accounts close\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'accounts close\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'accounts close\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'accounts close\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'accounts close\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'accounts close\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'accounts close\'' -l help -d 'Show this message and exit'
# twiliocli api
complete -c twiliocli -n '__twiliocli_at \'api\'' -l field -s F -x -d 'A parameter (query for GET and DELETE, form for POST); repeatable'
complete -c twiliocli -n '__twiliocli_at \'api\'' -l paginate -d 'GET a list page by page (following next_page_uri) and print its records as one JSON array, streamed'
complete -c twiliocli -n '__twiliocli_at \'api\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'api\' 0' -a 'GET POST DELETE'
# twiliocli applications
complete -c twiliocli -n '__twiliocli_arg \'applications\' 0' -a list -d 'List applications.'
complete -c twiliocli -n '__twiliocli_arg \'applications\' 0' -a get -d 'Show one application.'
complete -c twiliocli -n '__twiliocli_arg \'applications\' 0' -a create -d 'Create an application from its webhook URLs.'
complete -c twiliocli -n '__twiliocli_arg \'applications\' 0' -a update -d 'Change an application\'s name or webhooks (only the options given change).'
complete -c twiliocli -n '__twiliocli_arg \'applications\' 0' -a delete -d 'Delete an application (numbers using it stop answering through it).'
complete -c twiliocli -n '__twiliocli_at \'applications\'' -l help -d 'Show this message and exit'
# twiliocli applications list
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l friendly-name -x -d 'Only applications with exactly this friendly name'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'applications list\'' -l help -d 'Show this message and exit'
# twiliocli applications get
complete -c twiliocli -n '__twiliocli_at \'applications get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'applications get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'applications get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'applications get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'applications get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'applications get\'' -l help -d 'Show this message and exit'
# twiliocli applications create
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l friendly-name -x -d 'A name for it, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l voice-url -x -d 'URL Twilio requests when a call comes in'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l voice-method -x -a 'GET POST' -d 'HTTP method for --voice-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l voice-fallback-url -x -d 'URL Twilio requests when --voice-url fails'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l voice-fallback-method -x -a 'GET POST' -d 'HTTP method for --voice-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l status-callback -x -d 'URL Twilio tells of call status changes (e.g'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l status-callback-method -x -a 'GET POST' -d 'HTTP method for --status-callback (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l voice-caller-id-lookup -l no-voice-caller-id-lookup -d 'Look up callers\' names in the CNAM database (extra charges)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l sms-url -x -d 'URL Twilio requests when a message comes in'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l sms-method -x -a 'GET POST' -d 'HTTP method for --sms-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l sms-fallback-url -x -d 'URL Twilio requests when --sms-url fails'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l sms-fallback-method -x -a 'GET POST' -d 'HTTP method for --sms-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l api-version -x -a '2010-04-01 2008-08-01' -d 'TwiML API version for the requests Twilio makes'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l sms-status-callback -x -d 'URL Twilio tells of the status of messages sent with this application'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l message-status-callback -x -d 'URL Twilio tells of the status of messages (Messages API)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'applications create\'' -l help -d 'Show this message and exit'
# twiliocli applications update
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l friendly-name -x -d 'A name for it, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l voice-url -x -d 'URL Twilio requests when a call comes in'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l voice-method -x -a 'GET POST' -d 'HTTP method for --voice-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l voice-fallback-url -x -d 'URL Twilio requests when --voice-url fails'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l voice-fallback-method -x -a 'GET POST' -d 'HTTP method for --voice-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l status-callback -x -d 'URL Twilio tells of call status changes (e.g'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l status-callback-method -x -a 'GET POST' -d 'HTTP method for --status-callback (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l voice-caller-id-lookup -l no-voice-caller-id-lookup -d 'Look up callers\' names in the CNAM database (extra charges)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l sms-url -x -d 'URL Twilio requests when a message comes in'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l sms-method -x -a 'GET POST' -d 'HTTP method for --sms-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l sms-fallback-url -x -d 'URL Twilio requests when --sms-url fails'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l sms-fallback-method -x -a 'GET POST' -d 'HTTP method for --sms-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l api-version -x -a '2010-04-01 2008-08-01' -d 'TwiML API version for the requests Twilio makes'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l sms-status-callback -x -d 'URL Twilio tells of the status of messages sent with this application'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l message-status-callback -x -d 'URL Twilio tells of the status of messages (Messages API)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'applications update\'' -l help -d 'Show this message and exit'
# twiliocli applications delete
complete -c twiliocli -n '__twiliocli_at \'applications delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'applications delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'applications delete\'' -l help -d 'Show this message and exit'
# twiliocli caller-ids
complete -c twiliocli -n '__twiliocli_arg \'caller-ids\' 0' -a list -d 'List verified caller IDs.'
complete -c twiliocli -n '__twiliocli_arg \'caller-ids\' 0' -a get -d 'Show one caller ID.'
complete -c twiliocli -n '__twiliocli_arg \'caller-ids\' 0' -a update -d 'Rename a caller ID.'
complete -c twiliocli -n '__twiliocli_arg \'caller-ids\' 0' -a delete -d 'Remove a caller ID: calls can no longer show it.'
complete -c twiliocli -n '__twiliocli_arg \'caller-ids\' 0' -a add -d 'Verify a number you own as a caller ID: Twilio calls it and you key in the code printed here.'
complete -c twiliocli -n '__twiliocli_at \'caller-ids\'' -l help -d 'Show this message and exit'
# twiliocli caller-ids list
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l phone-number -x -d 'Only this caller ID (E.164)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l friendly-name -x -d 'Only caller IDs with exactly this friendly name'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'caller-ids list\'' -l help -d 'Show this message and exit'
# twiliocli caller-ids get
complete -c twiliocli -n '__twiliocli_at \'caller-ids get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'caller-ids get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'caller-ids get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids get\'' -l help -d 'Show this message and exit'
# twiliocli caller-ids update
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l friendly-name -x -d 'A name for it, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'caller-ids update\'' -l help -d 'Show this message and exit'
# twiliocli caller-ids delete
complete -c twiliocli -n '__twiliocli_at \'caller-ids delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'caller-ids delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'caller-ids delete\'' -l help -d 'Show this message and exit'
# twiliocli caller-ids add
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l friendly-name -x -d 'A name for it, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l call-delay -x -d 'Seconds Twilio waits (0-60) before it calls the number to verify'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l extension -x -d 'Digits Twilio dials after the call connects (an extension)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l status-callback -x -d 'URL Twilio tells of the verification call\'s result'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l status-callback-method -x -a 'GET POST' -d 'HTTP method for --status-callback (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'caller-ids add\'' -l help -d 'Show this message and exit'
# twiliocli calls
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a export -d 'Export voice calls to a file, for cron: incremental, atomic, parallel.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a stats -d 'Counts, failures, seconds and prices by day, status, … (a chart on a terminal).'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a disposition -d 'Calls started in the window by status and answered_by, with minutes and cost.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a trace -d 'Everything about one call, as one timeline.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a list -d 'List calls, newest first.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a get -d 'Show one call.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a hangup -d 'Hang up a call that is in progress (asks first).'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a cancel -d 'Cancel a call that is queued or ringing (asks first).'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a events -d 'List a call\'s events: the API requests and webhooks it made, with their answers, newest first.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a delete -d 'Delete a call\'s record from the log.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a create -d 'Place a call (costs money: asks first).'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a redirect -d 'Send a live call to new TwiML.'
complete -c twiliocli -n '__twiliocli_arg \'calls\' 0' -a watch -d 'Follow one call: print it each time its status changes, until it ends (Ctrl-C stops early, exit 0).'
complete -c twiliocli -n '__twiliocli_at \'calls\'' -l help -d 'Show this message and exit'
# twiliocli calls export
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l to -x -d 'Only calls to this number (E.164), client:NAME or sip: address'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l from -x -d 'Only calls from this number (E.164), client:NAME or sip: address'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l status -x -a 'queued ringing in-progress completed busy failed no-answer canceled' -d 'Only calls with this status'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l parent-call-sid -x -d 'Only child legs of this call'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l format -s f -x -a 'csv jsonl json tsv' -d 'Output format'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l out -r -F -d 'Write to FILE, atomically: it appears whole or not at all (default: stdout)'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l since -x -d 'Start of the window (inclusive): YYYY-MM-DD, ISO date-time, or 90m/24h/7d back'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l until -x -d 'End of the window (exclusive; default: now)'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l state -r -F -d 'Incremental: start where the last successful run with this file ended, and record where this one ends'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l append -r -F -d 'Add the records to the end of FILE, each exactly once across runs (needs --state)'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l force -d 'Let --out replace a file that holds records'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l hold -x -d 'With --state: how long to wait for a record to become final (a call to end, an SMS to be confirmed) before writing it as it is; those are named on stderr'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l lag -x -d 'End the window this long before the server\'s now, for records that show up late'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l page-size -x -d 'Records per API request'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l quiet -s q -d 'No progress bar and no summary, even on a terminal'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l verbose -s v -d 'Print a one-line summary on stderr when done'
complete -c twiliocli -n '__twiliocli_at \'calls export\'' -l help -d 'Show this message and exit'
# twiliocli calls stats
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l by -x -a 'day hour status direction to from' -d 'What to group by (hour: of the day, UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l since -x -d 'Start of the window (default: 7d back)'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l until -x -d 'End of the window, exclusive (default: now)'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l to -x -d 'Only calls to this number (E.164), client:NAME or sip: address'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l from -x -d 'Only calls from this number (E.164), client:NAME or sip: address'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l status -x -a 'queued ringing in-progress completed busy failed no-answer canceled' -d 'Only calls with this status'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l parent-call-sid -x -d 'Only child legs of this call'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls stats\'' -l help -d 'Show this message and exit'
# twiliocli calls disposition
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l since -x -d 'Start of the window: YYYY-MM-DD, ISO date-time or a span back (90m, 24h, 7d)'
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls disposition\'' -l help -d 'Show this message and exit'
# twiliocli calls trace
complete -c twiliocli -n '__twiliocli_at \'calls trace\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'calls trace\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls trace\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls trace\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls trace\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls trace\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls trace\'' -l help -d 'Show this message and exit'
# twiliocli calls list
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l to -x -d 'Only calls to this number (E.164), client:NAME or sip: address'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l from -x -d 'Only calls from this number (E.164), client:NAME or sip: address'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l status -x -a 'queued ringing in-progress completed busy failed no-answer canceled' -d 'Only calls with this status'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l parent-call-sid -x -d 'Only child legs of this call'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l started-after -x -d 'Only calls started on or after this date'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l started-before -x -d 'Only calls started on or before this date'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l started-on -x -d 'Only calls started on this date'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l ended-after -x -d 'Only calls ended on or after this date'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l ended-before -x -d 'Only calls ended on or before this date'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l ended-on -x -d 'Only calls ended on this date'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l watch -s w -d 'Keep printing new records as they appear, until Ctrl-C'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l interval -x -d 'Seconds between polls with --watch or `watch`'
complete -c twiliocli -n '__twiliocli_at \'calls list\'' -l help -d 'Show this message and exit'
# twiliocli calls get
complete -c twiliocli -n '__twiliocli_at \'calls get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls get\'' -l help -d 'Show this message and exit'
# twiliocli calls hangup
complete -c twiliocli -n '__twiliocli_at \'calls hangup\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls hangup\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls hangup\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls hangup\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls hangup\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls hangup\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'calls hangup\'' -l help -d 'Show this message and exit'
# twiliocli calls cancel
complete -c twiliocli -n '__twiliocli_at \'calls cancel\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls cancel\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls cancel\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls cancel\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls cancel\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls cancel\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'calls cancel\'' -l help -d 'Show this message and exit'
# twiliocli calls events
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'calls events\'' -l help -d 'Show this message and exit'
# twiliocli calls delete
complete -c twiliocli -n '__twiliocli_at \'calls delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'calls delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'calls delete\'' -l help -d 'Show this message and exit'
# twiliocli calls create
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l to -x -d 'Number to call (E.164), client:NAME or sip:USER@HOST'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l from -x -d 'Your Twilio number or verified caller ID (E.164), client:NAME, or a SIP user name for a sip: --to'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l url -x -d 'TwiML URL that runs the call'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l twiml -x -d 'TwiML instructions, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l application-sid -x -d 'Application whose voice URL runs the call'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l method -x -a 'GET POST' -d 'HTTP method for --url'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l status-callback -x -d 'URL told of status changes'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l timeout -x -d 'Seconds to let it ring'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l record -d 'Record the call'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l send-digits -x -d 'Keys to press once connected (0-9 # * w)'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l machine-detection -x -a 'Enable DetectMessageEnd' -d 'Answering-machine detection'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls create\'' -l help -d 'Show this message and exit'
# twiliocli calls redirect
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l url -x -d 'New TwiML URL for the live call'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l method -x -a 'GET POST' -d 'HTTP method for --url'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'calls redirect\'' -l help -d 'Show this message and exit'
# twiliocli calls watch
complete -c twiliocli -n '__twiliocli_at \'calls watch\'' -l interval -x -d 'Seconds between polls with --watch or `watch`'
complete -c twiliocli -n '__twiliocli_at \'calls watch\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'calls watch\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'calls watch\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'calls watch\'' -l help -d 'Show this message and exit'
# twiliocli completion
complete -c twiliocli -n '__twiliocli_at \'completion\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'completion\' 0' -a 'bash zsh fish'
# twiliocli conferences
complete -c twiliocli -n '__twiliocli_arg \'conferences\' 0' -a export -d 'Export conference rooms to a file, for cron: incremental, atomic, parallel.'
complete -c twiliocli -n '__twiliocli_arg \'conferences\' 0' -a list -d 'List conferences, newest first.'
complete -c twiliocli -n '__twiliocli_arg \'conferences\' 0' -a get -d 'Show one conference.'
complete -c twiliocli -n '__twiliocli_arg \'conferences\' 0' -a end -d 'End a conference: every participant is hung up (asks first).'
complete -c twiliocli -n '__twiliocli_at \'conferences\'' -l help -d 'Show this message and exit'
# twiliocli conferences export
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l status -x -a 'init in-progress completed' -d 'Only conferences with this status'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l friendly-name -x -d 'Only conferences with exactly this friendly name'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l format -s f -x -a 'csv jsonl json tsv' -d 'Output format'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l out -r -F -d 'Write to FILE, atomically: it appears whole or not at all (default: stdout)'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l since -x -d 'Start of the window (inclusive): YYYY-MM-DD, ISO date-time, or 90m/24h/7d back'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l until -x -d 'End of the window (exclusive; default: now)'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l state -r -F -d 'Incremental: start where the last successful run with this file ended, and record where this one ends'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l append -r -F -d 'Add the records to the end of FILE, each exactly once across runs (needs --state)'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l force -d 'Let --out replace a file that holds records'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l hold -x -d 'With --state: how long to wait for a record to become final (a call to end, an SMS to be confirmed) before writing it as it is; those are named on stderr'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l lag -x -d 'End the window this long before the server\'s now, for records that show up late'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l page-size -x -d 'Records per API request'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l quiet -s q -d 'No progress bar and no summary, even on a terminal'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l verbose -s v -d 'Print a one-line summary on stderr when done'
complete -c twiliocli -n '__twiliocli_at \'conferences export\'' -l help -d 'Show this message and exit'
# twiliocli conferences list
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l status -x -a 'init in-progress completed' -d 'Only conferences with this status'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l friendly-name -x -d 'Only conferences with exactly this friendly name'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l created-after -x -d 'Only conferences created on or after this date'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l created-before -x -d 'Only conferences created on or before this date'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l created-on -x -d 'Only conferences created on this date'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l updated-after -x -d 'Only conferences updated on or after this date'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l updated-before -x -d 'Only conferences updated on or before this date'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l updated-on -x -d 'Only conferences updated on this date'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'conferences list\'' -l help -d 'Show this message and exit'
# twiliocli conferences get
complete -c twiliocli -n '__twiliocli_at \'conferences get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'conferences get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'conferences get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'conferences get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'conferences get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'conferences get\'' -l help -d 'Show this message and exit'
# twiliocli conferences end
complete -c twiliocli -n '__twiliocli_at \'conferences end\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'conferences end\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'conferences end\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'conferences end\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'conferences end\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'conferences end\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'conferences end\'' -l help -d 'Show this message and exit'
# twiliocli config
complete -c twiliocli -n '__twiliocli_arg \'config\' 0' -a path -d 'Print where the configuration file lives.'
complete -c twiliocli -n '__twiliocli_arg \'config\' 0' -a set -d 'Keep a default: output, timezone, pager, page_size or profile.'
complete -c twiliocli -n '__twiliocli_arg \'config\' 0' -a get -d 'Print a default (nothing when unset), or every one that is set as KEY=VALUE lines.'
complete -c twiliocli -n '__twiliocli_arg \'config\' 0' -a unset -d 'Forget a default: the built-in one applies again.'
complete -c twiliocli -n '__twiliocli_at \'config\'' -l help -d 'Show this message and exit'
# twiliocli config path
complete -c twiliocli -n '__twiliocli_at \'config path\'' -l help -d 'Show this message and exit'
# twiliocli config set
complete -c twiliocli -n '__twiliocli_at \'config set\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'config set\' 0' -a 'output timezone pager page_size profile'
# twiliocli config get
complete -c twiliocli -n '__twiliocli_at \'config get\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'config get\' 0' -a 'output timezone pager page_size profile'
# twiliocli config unset
complete -c twiliocli -n '__twiliocli_at \'config unset\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'config unset\' 0' -a 'output timezone pager page_size profile'
# twiliocli conversation
complete -c twiliocli -n '__twiliocli_at \'conversation\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'conversation\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'conversation\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'conversation\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'conversation\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'conversation\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'conversation\'' -l help -d 'Show this message and exit'
# twiliocli emulator
complete -c twiliocli -n '__twiliocli_arg \'emulator\' 0' -a serve -d 'Serve the emulator until Ctrl-C; prints its URL and credentials.'
complete -c twiliocli -n '__twiliocli_at \'emulator\'' -l help -d 'Show this message and exit'
# twiliocli emulator serve
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l host -x -d 'Address to listen on'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l port -x -d 'Port to listen on (0: any free port)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l db -r -F -d 'SQLite file to keep state in (default: in memory)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l account-sid -x -d 'Account SID to accept (default: the fixed demo SID)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l auth-token -x -d 'Auth Token to accept (default: the fixed demo token; not a secret)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l empty -l no-empty -d 'Start with only the account, no demo data (and only the calls and messages --calls/--messages ask for)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l calls -x -d 'Generate this many calls (with recordings, notifications, transcriptions)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l messages -x -d 'Generate this many messages'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l ring-seconds -x -d 'How long a created call rings before it is answered (0: at once)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l call-seconds -x -d 'How long an answered call talks before it completes, unless its TwiML says otherwise (0: at once)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l delivery-seconds -x -d 'How long a sent message takes to be delivered; it is sending after a third, sent after two (0: at once)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l latency -x -d 'Delay every response by this many milliseconds'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l fail-rate -x -d 'Fraction of requests answered with an error from --fail-codes'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l fail-codes -x -d 'Statuses for --fail-rate (429 carries Retry-After)'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l drop-rate -x -d 'Fraction of requests whose connection is cut mid-answer'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l fault-seed -x -d 'Seed that makes injected faults repeatable'
complete -c twiliocli -n '__twiliocli_at \'emulator serve\'' -l help -d 'Show this message and exit'
# twiliocli login
complete -c twiliocli -n '__twiliocli_at \'login\'' -l profile -s p -x -d 'Name to save the credentials under'
complete -c twiliocli -n '__twiliocli_at \'login\'' -l account-sid -x -d 'Account SID (prompted for when missing)'
complete -c twiliocli -n '__twiliocli_at \'login\'' -l token-stdin -d 'Read the Auth Token (or API secret) from stdin'
complete -c twiliocli -n '__twiliocli_at \'login\'' -l api-key -x -d 'Sign in with this API key; its secret comes from a prompt or stdin'
complete -c twiliocli -n '__twiliocli_at \'login\'' -l api-url -x -d 'API base URL to check the credentials against and save with the profile (e.g'
complete -c twiliocli -n '__twiliocli_at \'login\'' -l keyring -d 'Keep the secret in the OS keyring instead of the config file'
complete -c twiliocli -n '__twiliocli_at \'login\'' -l help -d 'Show this message and exit'
# twiliocli notifications
complete -c twiliocli -n '__twiliocli_arg \'notifications\' 0' -a export -d 'Export account and call notifications (debugger log) to a file, for cron: incremental, atomic, parallel.'
complete -c twiliocli -n '__twiliocli_arg \'notifications\' 0' -a list -d 'List notifications, newest first: the account\'s, or one call\'s with --call.'
complete -c twiliocli -n '__twiliocli_arg \'notifications\' 0' -a get -d 'Show one notification, with the request and response that caused it.'
complete -c twiliocli -n '__twiliocli_arg \'notifications\' 0' -a delete -d 'Delete a notification (Twilio\'s API no longer allows it; the emulator does).'
complete -c twiliocli -n '__twiliocli_at \'notifications\'' -l help -d 'Show this message and exit'
# twiliocli notifications export
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l log -x -a 'error warning' -d 'Only errors or only warnings'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l format -s f -x -a 'csv jsonl json tsv' -d 'Output format'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l out -r -F -d 'Write to FILE, atomically: it appears whole or not at all (default: stdout)'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l since -x -d 'Start of the window (inclusive): YYYY-MM-DD, ISO date-time, or 90m/24h/7d back'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l until -x -d 'End of the window (exclusive; default: now)'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l state -r -F -d 'Incremental: start where the last successful run with this file ended, and record where this one ends'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l append -r -F -d 'Add the records to the end of FILE, each exactly once across runs (needs --state)'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l force -d 'Let --out replace a file that holds records'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l hold -x -d 'With --state: how long to wait for a record to become final (a call to end, an SMS to be confirmed) before writing it as it is; those are named on stderr'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l lag -x -d 'End the window this long before the server\'s now, for records that show up late'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l page-size -x -d 'Records per API request'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l quiet -s q -d 'No progress bar and no summary, even on a terminal'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l verbose -s v -d 'Print a one-line summary on stderr when done'
complete -c twiliocli -n '__twiliocli_at \'notifications export\'' -l help -d 'Show this message and exit'
# twiliocli notifications list
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l log -x -a 'error warning' -d 'Only errors or only warnings'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l after -x -d 'Only notifications on or after this date'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l before -x -d 'Only notifications on or before this date'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l on -x -d 'Only notifications on this date'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l call -x -d 'Only this call\'s notifications'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l watch -s w -d 'Keep printing new records as they appear, until Ctrl-C'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l interval -x -d 'Seconds between polls with --watch or `watch`'
complete -c twiliocli -n '__twiliocli_at \'notifications list\'' -l help -d 'Show this message and exit'
# twiliocli notifications get
complete -c twiliocli -n '__twiliocli_at \'notifications get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'notifications get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'notifications get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'notifications get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'notifications get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'notifications get\'' -l help -d 'Show this message and exit'
# twiliocli notifications delete
complete -c twiliocli -n '__twiliocli_at \'notifications delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'notifications delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'notifications delete\'' -l help -d 'Show this message and exit'
# twiliocli numbers
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a idle -d 'Numbers with no call and no message in the window, with their monthly cost.'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a webhooks -d 'Numbers and applications grouped by webhook URL: the URLs the account depends on, and who uses each.'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a list -d 'List your phone numbers.'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a get -d 'Show one of your numbers.'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a search -d 'Search the numbers Twilio has for sale.'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a buy -d 'Buy a number, optionally configuring it (costs money: asks first).'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a update -d 'Change a number\'s name, webhooks or applications (only the options given change).'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a release -d 'Release a number back to Twilio: billing stops and you may never get it back (asks first).'
complete -c twiliocli -n '__twiliocli_arg \'numbers\' 0' -a transfer -d 'Move a number to another subaccount of the same main account (asks first).'
complete -c twiliocli -n '__twiliocli_at \'numbers\'' -l help -d 'Show this message and exit'
# twiliocli numbers idle
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l since -x -d 'Start of the window: YYYY-MM-DD, ISO date-time or a span back (90m, 24h, 7d)'
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers idle\'' -l help -d 'Show this message and exit'
# twiliocli numbers webhooks
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l probe -d 'Send one HEAD request to each URL (short timeout, no credentials) and flag those that do not answer'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l probe-timeout -x -d 'Seconds to wait for each URL'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers webhooks\'' -l help -d 'Show this message and exit'
# twiliocli numbers list
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l phone-number -x -d 'Only numbers matching this pattern (digits, * wildcard)'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l friendly-name -x -d 'Only numbers with exactly this friendly name'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'numbers list\'' -l help -d 'Show this message and exit'
# twiliocli numbers get
complete -c twiliocli -n '__twiliocli_at \'numbers get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers get\'' -l help -d 'Show this message and exit'
# twiliocli numbers search
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l area-code -x -d 'Only numbers in this area code'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l contains -x -d 'Only numbers matching this pattern (digits, letters, * wildcard)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l in-region -x -d 'Only numbers in this region (state or province)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l in-postal-code -x -d 'Only numbers in this postal code'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l in-rate-center -x -d 'Only numbers in this rate center (needs --in-lata)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l in-lata -x -d 'Only numbers in this LATA'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l in-locality -x -d 'Only numbers in this locality (city)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l near-number -x -d 'Only numbers near this one (E.164)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l near-lat-long -x -d 'Only numbers near LAT,LONG, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l distance -x -d 'Search radius in miles for --near-* (0-500)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l sms-enabled -l no-sms-enabled -d 'Only numbers that can (or cannot) send SMS'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l mms-enabled -l no-mms-enabled -d 'Only numbers that can (or cannot) send MMS'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l voice-enabled -l no-voice-enabled -d 'Only numbers that can (or cannot) take calls'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l fax-enabled -l no-fax-enabled -d 'Only numbers that can (or cannot) fax'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l exclude-all-address-required -l no-exclude-all-address-required -d 'Leave out numbers that need any address'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l exclude-local-address-required -l no-exclude-local-address-required -d 'Leave out numbers that need a local address'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l exclude-foreign-address-required -l no-exclude-foreign-address-required -d 'Leave out numbers that need a foreign address'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l beta -l no-beta -d 'Include numbers new to Twilio\'s platform'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l country -x -d 'Two-letter country code (ISO 3166-1)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l type -x -a 'local toll-free mobile' -d 'Kind of number'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'numbers search\'' -l help -d 'Show this message and exit'
# twiliocli numbers buy
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l phone-number -x -d 'The number to buy (E.164), as `numbers search` found it'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l area-code -x -d 'Buy any available number in this area code instead'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l friendly-name -x -d 'A name for it, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l voice-url -x -d 'URL Twilio requests when a call comes in'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l voice-method -x -a 'GET POST' -d 'HTTP method for --voice-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l voice-fallback-url -x -d 'URL Twilio requests when --voice-url fails'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l voice-fallback-method -x -a 'GET POST' -d 'HTTP method for --voice-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l status-callback -x -d 'URL Twilio tells of call status changes (e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l status-callback-method -x -a 'GET POST' -d 'HTTP method for --status-callback (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l voice-caller-id-lookup -l no-voice-caller-id-lookup -d 'Look up callers\' names in the CNAM database (extra charges)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l sms-url -x -d 'URL Twilio requests when a message comes in'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l sms-method -x -a 'GET POST' -d 'HTTP method for --sms-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l sms-fallback-url -x -d 'URL Twilio requests when --sms-url fails'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l sms-fallback-method -x -a 'GET POST' -d 'HTTP method for --sms-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l api-version -x -a '2010-04-01 2008-08-01' -d 'TwiML API version for the requests Twilio makes'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l voice-application-sid -x -d 'Application that handles calls (instead of the voice URLs)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l sms-application-sid -x -d 'Application that handles messages (instead of the SMS URLs)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'numbers buy\'' -l help -d 'Show this message and exit'
# twiliocli numbers update
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l friendly-name -x -d 'A name for it, up to 64 characters'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l voice-url -x -d 'URL Twilio requests when a call comes in'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l voice-method -x -a 'GET POST' -d 'HTTP method for --voice-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l voice-fallback-url -x -d 'URL Twilio requests when --voice-url fails'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l voice-fallback-method -x -a 'GET POST' -d 'HTTP method for --voice-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l status-callback -x -d 'URL Twilio tells of call status changes (e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l status-callback-method -x -a 'GET POST' -d 'HTTP method for --status-callback (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l voice-caller-id-lookup -l no-voice-caller-id-lookup -d 'Look up callers\' names in the CNAM database (extra charges)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l sms-url -x -d 'URL Twilio requests when a message comes in'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l sms-method -x -a 'GET POST' -d 'HTTP method for --sms-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l sms-fallback-url -x -d 'URL Twilio requests when --sms-url fails'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l sms-fallback-method -x -a 'GET POST' -d 'HTTP method for --sms-fallback-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l api-version -x -a '2010-04-01 2008-08-01' -d 'TwiML API version for the requests Twilio makes'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l voice-application-sid -x -d 'Application that handles calls (instead of the voice URLs)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l sms-application-sid -x -d 'Application that handles messages (instead of the SMS URLs)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'numbers update\'' -l help -d 'Show this message and exit'
# twiliocli numbers release
complete -c twiliocli -n '__twiliocli_at \'numbers release\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'numbers release\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'numbers release\'' -l help -d 'Show this message and exit'
# twiliocli numbers transfer
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l to-account -x -d 'The account (AC…) to move the number to'
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'numbers transfer\'' -l help -d 'Show this message and exit'
# twiliocli participants
complete -c twiliocli -n '__twiliocli_arg \'participants\' 0' -a list -d 'List a conference\'s participants.'
complete -c twiliocli -n '__twiliocli_arg \'participants\' 0' -a get -d 'Show one participant.'
complete -c twiliocli -n '__twiliocli_arg \'participants\' 0' -a add -d 'Call a number into a conference (places a call: asks first).'
complete -c twiliocli -n '__twiliocli_arg \'participants\' 0' -a mute -d 'Mute a participant.'
complete -c twiliocli -n '__twiliocli_arg \'participants\' 0' -a unmute -d 'Unmute a participant.'
complete -c twiliocli -n '__twiliocli_arg \'participants\' 0' -a kick -d 'Remove a participant from the conference: their call is hung up (asks first).'
complete -c twiliocli -n '__twiliocli_at \'participants\'' -l help -d 'Show this message and exit'
# twiliocli participants list
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l muted -l unmuted -d 'Only muted (or only unmuted) participants'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l hold -l no-hold -d 'Only participants on hold (or not on hold)'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'participants list\'' -l help -d 'Show this message and exit'
# twiliocli participants get
complete -c twiliocli -n '__twiliocli_at \'participants get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'participants get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'participants get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'participants get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'participants get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'participants get\'' -l help -d 'Show this message and exit'
# twiliocli participants add
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l from -x -d 'Caller ID for the new participant\'s call: your Twilio number (E.164) or client:NAME'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l to -x -d 'Number (E.164), client:NAME or sip: address to call into the conference'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l label -x -d 'A label to address the participant by'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l muted -l unmuted -d 'Join muted (or not)'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l start-conference-on-enter -l no-start-conference-on-enter -d 'Start the conference when this participant joins'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l end-conference-on-exit -l no-end-conference-on-exit -d 'End the conference when this participant leaves'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l status-callback -x -d 'URL Twilio tells of the participant\'s call status'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l status-callback-method -x -a 'GET POST' -d 'HTTP method for --status-callback (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l timeout -x -d 'Seconds to let the call ring (5-600)'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l record -l no-record -d 'Record the participant\'s call'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'participants add\'' -l help -d 'Show this message and exit'
# twiliocli participants mute
complete -c twiliocli -n '__twiliocli_at \'participants mute\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'participants mute\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'participants mute\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'participants mute\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'participants mute\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'participants mute\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'participants mute\'' -l help -d 'Show this message and exit'
# twiliocli participants unmute
complete -c twiliocli -n '__twiliocli_at \'participants unmute\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'participants unmute\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'participants unmute\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'participants unmute\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'participants unmute\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'participants unmute\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'participants unmute\'' -l help -d 'Show this message and exit'
# twiliocli participants kick
complete -c twiliocli -n '__twiliocli_at \'participants kick\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'participants kick\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'participants kick\'' -l help -d 'Show this message and exit'
# twiliocli profiles
complete -c twiliocli -n '__twiliocli_arg \'profiles\' 0' -a list -d 'List saved profiles (secrets are never shown).'
complete -c twiliocli -n '__twiliocli_arg \'profiles\' 0' -a use -d 'Make a profile the active one.'
complete -c twiliocli -n '__twiliocli_arg \'profiles\' 0' -a show -d 'Show one profile, its secret masked.'
complete -c twiliocli -n '__twiliocli_arg \'profiles\' 0' -a remove -d 'Forget a saved profile (and its keyring secret).'
complete -c twiliocli -n '__twiliocli_at \'profiles\'' -l help -d 'Show this message and exit'
# twiliocli profiles list
complete -c twiliocli -n '__twiliocli_at \'profiles list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'profiles list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'profiles list\'' -l help -d 'Show this message and exit'
# twiliocli profiles use
complete -c twiliocli -n '__twiliocli_at \'profiles use\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'profiles use\' 0' -a '(__twiliocli_dynamic)'
# twiliocli profiles show
complete -c twiliocli -n '__twiliocli_at \'profiles show\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'profiles show\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'profiles show\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'profiles show\' 0' -a '(__twiliocli_dynamic)'
# twiliocli profiles remove
complete -c twiliocli -n '__twiliocli_at \'profiles remove\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'profiles remove\'' -l help -d 'Show this message and exit'
complete -c twiliocli -n '__twiliocli_arg \'profiles remove\' 0' -a '(__twiliocli_dynamic)'
# twiliocli recordings
complete -c twiliocli -n '__twiliocli_arg \'recordings\' 0' -a export -d 'Export call recordings to a file, for cron: incremental, atomic, parallel.'
complete -c twiliocli -n '__twiliocli_arg \'recordings\' 0' -a list -d 'List recordings, newest first.'
complete -c twiliocli -n '__twiliocli_arg \'recordings\' 0' -a get -d 'Show one recording.'
complete -c twiliocli -n '__twiliocli_arg \'recordings\' 0' -a delete -d 'Delete a recording and its audio for good.'
complete -c twiliocli -n '__twiliocli_arg \'recordings\' 0' -a download -d 'Download a recording\'s audio to a file or stdout (never to a terminal).'
complete -c twiliocli -n '__twiliocli_at \'recordings\'' -l help -d 'Show this message and exit'
# twiliocli recordings export
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l call -x -d 'Only recordings of this call'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l conference -x -d 'Only recordings of this conference'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l format -s f -x -a 'csv jsonl json tsv' -d 'Output format'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l out -r -F -d 'Write to FILE, atomically: it appears whole or not at all (default: stdout)'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l since -x -d 'Start of the window (inclusive): YYYY-MM-DD, ISO date-time, or 90m/24h/7d back'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l until -x -d 'End of the window (exclusive; default: now)'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l state -r -F -d 'Incremental: start where the last successful run with this file ended, and record where this one ends'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l append -r -F -d 'Add the records to the end of FILE, each exactly once across runs (needs --state)'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l force -d 'Let --out replace a file that holds records'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l hold -x -d 'With --state: how long to wait for a record to become final (a call to end, an SMS to be confirmed) before writing it as it is; those are named on stderr'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l lag -x -d 'End the window this long before the server\'s now, for records that show up late'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l page-size -x -d 'Records per API request'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l quiet -s q -d 'No progress bar and no summary, even on a terminal'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l verbose -s v -d 'Print a one-line summary on stderr when done'
complete -c twiliocli -n '__twiliocli_at \'recordings export\'' -l help -d 'Show this message and exit'
# twiliocli recordings list
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l call -x -d 'Only recordings of this call'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l conference -x -d 'Only recordings of this conference'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l created-after -x -d 'Only recordings created on or after this date'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l created-before -x -d 'Only recordings created on or before this date'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l created-on -x -d 'Only recordings created on this date'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'recordings list\'' -l help -d 'Show this message and exit'
# twiliocli recordings get
complete -c twiliocli -n '__twiliocli_at \'recordings get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'recordings get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'recordings get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'recordings get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'recordings get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'recordings get\'' -l help -d 'Show this message and exit'
# twiliocli recordings delete
complete -c twiliocli -n '__twiliocli_at \'recordings delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'recordings delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'recordings delete\'' -l help -d 'Show this message and exit'
# twiliocli recordings download
complete -c twiliocli -n '__twiliocli_at \'recordings download\'' -l format -s f -x -a 'wav mp3' -d 'Audio format'
complete -c twiliocli -n '__twiliocli_at \'recordings download\'' -l out -s O -r -F -d 'Write the audio here (\'-\' or none: stdout)'
complete -c twiliocli -n '__twiliocli_at \'recordings download\'' -l help -d 'Show this message and exit'
# twiliocli sandbox
complete -c twiliocli -n '__twiliocli_arg \'sandbox\' 0' -a get -d 'Show the sandbox: PIN, phone number and webhooks.'
complete -c twiliocli -n '__twiliocli_arg \'sandbox\' 0' -a update -d 'Change the sandbox\'s webhooks.'
complete -c twiliocli -n '__twiliocli_at \'sandbox\'' -l help -d 'Show this message and exit'
# twiliocli sandbox get
complete -c twiliocli -n '__twiliocli_at \'sandbox get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sandbox get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sandbox get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sandbox get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sandbox get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sandbox get\'' -l help -d 'Show this message and exit'
# twiliocli sandbox update
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l voice-url -x -d 'URL Twilio requests when a call comes in'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l voice-method -x -a 'GET POST' -d 'HTTP method for --voice-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l sms-url -x -d 'URL Twilio requests when a message comes in'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l sms-method -x -a 'GET POST' -d 'HTTP method for --sms-url (GET or POST)'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'sandbox update\'' -l help -d 'Show this message and exit'
# twiliocli sms
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a export -d 'Export SMS and MMS messages to a file, for cron: incremental, atomic, parallel.'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a stats -d 'Counts, failures, segments and prices by day, status, … (a chart on a terminal).'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a search -d 'Full-text search over the bodies of mirrored messages, newest first.'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a failures -d 'Failed and undelivered messages by error code (with its meaning) and destination country, with cost.'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a funnel -d 'Where sent messages ended: per status, how many, their share and the median seconds it took.'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a opt-outs -d 'Numbers that texted STOP (UNSUBSCRIBE, END, QUIT, CANCEL …), and what was sent to them afterwards.'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a list -d 'List messages, newest first.'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a get -d 'Show one message (SM… for SMS, MM… for MMS).'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a delete -d 'Delete a message from the log.'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a send -d 'Send a message (costs money: asks first).'
complete -c twiliocli -n '__twiliocli_arg \'sms\' 0' -a media -d 'Media of a message (MMS): list, inspect, download, delete.'
complete -c twiliocli -n '__twiliocli_at \'sms\'' -l help -d 'Show this message and exit'
# twiliocli sms export
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l to -x -d 'Only messages to this number (E.164) or channel address (whatsapp:+1…)'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l from -x -d 'Only messages from this number, short code, sender ID or channel address'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l format -s f -x -a 'csv jsonl json tsv' -d 'Output format'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l out -r -F -d 'Write to FILE, atomically: it appears whole or not at all (default: stdout)'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l since -x -d 'Start of the window (inclusive): YYYY-MM-DD, ISO date-time, or 90m/24h/7d back'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l until -x -d 'End of the window (exclusive; default: now)'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l state -r -F -d 'Incremental: start where the last successful run with this file ended, and record where this one ends'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l append -r -F -d 'Add the records to the end of FILE, each exactly once across runs (needs --state)'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l force -d 'Let --out replace a file that holds records'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l hold -x -d 'With --state: how long to wait for a record to become final (a call to end, an SMS to be confirmed) before writing it as it is; those are named on stderr'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l lag -x -d 'End the window this long before the server\'s now, for records that show up late'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l page-size -x -d 'Records per API request'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l quiet -s q -d 'No progress bar and no summary, even on a terminal'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l verbose -s v -d 'Print a one-line summary on stderr when done'
complete -c twiliocli -n '__twiliocli_at \'sms export\'' -l help -d 'Show this message and exit'
# twiliocli sms stats
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l by -x -a 'day hour status error-code direction to from' -d 'What to group by (hour: of the day, UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l since -x -d 'Start of the window (default: 7d back)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l until -x -d 'End of the window, exclusive (default: now)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l to -x -d 'Only messages to this number (E.164) or channel address (whatsapp:+1…)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l from -x -d 'Only messages from this number, short code, sender ID or channel address'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l status -x -a 'queued sending sent failed delivered undelivered receiving received accepted scheduled read partially_delivered canceled' -d 'Only messages with this status (checked here: the API has no such filter)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l error-code -x -d 'Only messages that failed with this Twilio error code, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms stats\'' -l help -d 'Show this message and exit'
# twiliocli sms search
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms search\'' -l help -d 'Show this message and exit'
# twiliocli sms failures
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l since -x -d 'Start of the window: YYYY-MM-DD, ISO date-time or a span back (90m, 24h, 7d)'
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms failures\'' -l help -d 'Show this message and exit'
# twiliocli sms funnel
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l since -x -d 'Start of the window: YYYY-MM-DD, ISO date-time or a span back (90m, 24h, 7d)'
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms funnel\'' -l help -d 'Show this message and exit'
# twiliocli sms opt-outs
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l since -x -d 'Start of the window: YYYY-MM-DD, ISO date-time or a span back (90m, 24h, 7d)'
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms opt-outs\'' -l help -d 'Show this message and exit'
# twiliocli sms list
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l to -x -d 'Only messages to this number (E.164) or channel address (whatsapp:+1…)'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l from -x -d 'Only messages from this number, short code, sender ID or channel address'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l sent-after -x -d 'Only messages sent on or after this date'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l sent-before -x -d 'Only messages sent on or before this date'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l sent-on -x -d 'Only messages sent on this date'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l status -x -a 'queued sending sent failed delivered undelivered receiving received accepted scheduled read partially_delivered canceled' -d 'Only messages with this status (checked here: the API has no such filter)'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l error-code -x -d 'Only messages that failed with this Twilio error code, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l watch -s w -d 'Keep printing new records as they appear, until Ctrl-C'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l interval -x -d 'Seconds between polls with --watch or `watch`'
complete -c twiliocli -n '__twiliocli_at \'sms list\'' -l help -d 'Show this message and exit'
# twiliocli sms get
complete -c twiliocli -n '__twiliocli_at \'sms get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms get\'' -l help -d 'Show this message and exit'
# twiliocli sms delete
complete -c twiliocli -n '__twiliocli_at \'sms delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'sms delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'sms delete\'' -l help -d 'Show this message and exit'
# twiliocli sms send
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l to -x -d 'Recipient: a number (E.164) or channel address (whatsapp:+1…)'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l from -x -d 'Your Twilio number (E.164), short code, alphanumeric sender ID or channel address'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l body -x -d 'Text of the message (up to 1600 characters); \'-\' reads stdin'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l media-url -x -d 'Media to attach (MMS); repeatable'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l status-callback -x -d 'URL told of delivery status'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms send\'' -l help -d 'Show this message and exit'
# twiliocli sms media
complete -c twiliocli -n '__twiliocli_arg \'sms media\' 0' -a list -d 'List a message\'s media.'
complete -c twiliocli -n '__twiliocli_arg \'sms media\' 0' -a get -d 'Show one media record.'
complete -c twiliocli -n '__twiliocli_arg \'sms media\' 0' -a delete -d 'Delete a media file from Twilio for good.'
complete -c twiliocli -n '__twiliocli_arg \'sms media\' 0' -a download -d 'Download a media file, named by its content type (e.g. ME….jpg); written whole or not at all.'
complete -c twiliocli -n '__twiliocli_at \'sms media\'' -l help -d 'Show this message and exit'
# twiliocli sms media list
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l created-after -x -d 'Only media created on or after this date'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l created-before -x -d 'Only media created on or before this date'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l created-on -x -d 'Only media created on this date'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'sms media list\'' -l help -d 'Show this message and exit'
# twiliocli sms media get
complete -c twiliocli -n '__twiliocli_at \'sms media get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sms media get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'sms media get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sms media get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sms media get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'sms media get\'' -l help -d 'Show this message and exit'
# twiliocli sms media delete
complete -c twiliocli -n '__twiliocli_at \'sms media delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'sms media delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'sms media delete\'' -l help -d 'Show this message and exit'
# twiliocli sms media download
complete -c twiliocli -n '__twiliocli_at \'sms media download\'' -l out -s O -r -F -d 'A file, or a folder to save ME….EXT in (default: the current folder); \'-\' writes to stdout'
complete -c twiliocli -n '__twiliocli_at \'sms media download\'' -l help -d 'Show this message and exit'
# twiliocli sql
complete -c twiliocli -n '__twiliocli_at \'sql\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'sql\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sql\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sql\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'sql\'' -l help -d 'Show this message and exit'
# twiliocli sync
complete -c twiliocli -n '__twiliocli_arg \'sync\' 0' -a status -d 'Per table and account: rows, the last synced window and how long ago it ended.'
complete -c twiliocli -n '__twiliocli_at \'sync\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'sync\'' -l resources -x -d 'Comma-separated resources to sync (default: all of calls,messages,recordings,transcriptions,notifications,conferences,numbers,applications,usage,accounts)'
complete -c twiliocli -n '__twiliocli_at \'sync\'' -l since -x -d 'How far back the first run goes: YYYY-MM-DD, ISO date-time or 90m/24h/7d (default: everything)'
complete -c twiliocli -n '__twiliocli_at \'sync\'' -l parallel -x -d 'Fetch N slices of each window at once'
complete -c twiliocli -n '__twiliocli_at \'sync\'' -l subaccounts -d 'Also mirror every subaccount of the account'
complete -c twiliocli -n '__twiliocli_at \'sync\'' -l quiet -s q -d 'No summary, even on a terminal'
complete -c twiliocli -n '__twiliocli_at \'sync\'' -l help -d 'Show this message and exit'
# twiliocli sync status
complete -c twiliocli -n '__twiliocli_at \'sync status\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'sync status\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'sync status\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'sync status\'' -l help -d 'Show this message and exit'
# twiliocli transcriptions
complete -c twiliocli -n '__twiliocli_arg \'transcriptions\' 0' -a export -d 'Export recording transcriptions to a file, for cron: incremental, atomic, parallel.'
complete -c twiliocli -n '__twiliocli_arg \'transcriptions\' 0' -a list -d 'List transcriptions, all or of one recording.'
complete -c twiliocli -n '__twiliocli_arg \'transcriptions\' 0' -a get -d 'Show one transcription, with its text.'
complete -c twiliocli -n '__twiliocli_arg \'transcriptions\' 0' -a delete -d 'Delete a transcription.'
complete -c twiliocli -n '__twiliocli_at \'transcriptions\'' -l help -d 'Show this message and exit'
# twiliocli transcriptions export
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l format -s f -x -a 'csv jsonl json tsv' -d 'Output format'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l out -r -F -d 'Write to FILE, atomically: it appears whole or not at all (default: stdout)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l since -x -d 'Start of the window (inclusive): YYYY-MM-DD, ISO date-time, or 90m/24h/7d back'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l until -x -d 'End of the window (exclusive; default: now)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l state -r -F -d 'Incremental: start where the last successful run with this file ended, and record where this one ends'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l append -r -F -d 'Add the records to the end of FILE, each exactly once across runs (needs --state)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l force -d 'Let --out replace a file that holds records'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l hold -x -d 'With --state: how long to wait for a record to become final (a call to end, an SMS to be confirmed) before writing it as it is; those are named on stderr'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l lag -x -d 'End the window this long before the server\'s now, for records that show up late'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l parallel -x -d 'Fetch N slices of the window at once (same output as a sequential run)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l page-size -x -d 'Records per API request'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l quiet -s q -d 'No progress bar and no summary, even on a terminal'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l verbose -s v -d 'Print a one-line summary on stderr when done'
complete -c twiliocli -n '__twiliocli_at \'transcriptions export\'' -l help -d 'Show this message and exit'
# twiliocli transcriptions list
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l recording -x -d 'Only transcriptions of this recording'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'transcriptions list\'' -l help -d 'Show this message and exit'
# twiliocli transcriptions get
complete -c twiliocli -n '__twiliocli_at \'transcriptions get\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions get\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'transcriptions get\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions get\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'transcriptions get\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'transcriptions get\'' -l help -d 'Show this message and exit'
# twiliocli transcriptions delete
complete -c twiliocli -n '__twiliocli_at \'transcriptions delete\'' -l dry-run -d 'Only say what would be done; change nothing'
complete -c twiliocli -n '__twiliocli_at \'transcriptions delete\'' -l yes -s y -d 'Do not ask for confirmation'
complete -c twiliocli -n '__twiliocli_at \'transcriptions delete\'' -l help -d 'Show this message and exit'
# twiliocli usage
complete -c twiliocli -n '__twiliocli_arg \'usage\' 0' -a by-subaccount -d 'Spend per account (the parent and each subaccount) and category in one month, as one pivot.'
complete -c twiliocli -n '__twiliocli_arg \'usage\' 0' -a list -d 'List usage records: one per category for the window (default: all time), or per day, month or year.'
complete -c twiliocli -n '__twiliocli_arg \'usage\' 0' -a balance -d 'Show the account\'s balance.'
complete -c twiliocli -n '__twiliocli_arg \'usage\' 0' -a summary -d 'Spend and counts by category: a bar chart on a terminal, rows with -o or in a pipe.'
complete -c twiliocli -n '__twiliocli_at \'usage\'' -l help -d 'Show this message and exit'
# twiliocli usage by-subaccount
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l period -x -d 'this-month, last-month or YYYY-MM'
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l db -r -F -d 'The mirror\'s SQLite file (default: mirror.db in the user data folder)'
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'usage by-subaccount\'' -l help -d 'Show this message and exit'
# twiliocli usage list
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l category -x -d 'Only this usage category (e.g'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l since -x -d 'Only usage on or after this day (YYYY-MM-DD)'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l until -x -d 'Only usage on or before this day (YYYY-MM-DD)'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l period -x -a 'all-time today yesterday this-month last-month daily monthly yearly' -d 'Period list: today, yesterday, this-month, last-month, all-time, or daily/monthly/yearly rows'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l limit -s n -x -d 'Show at most this many records'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l all -d 'Show every record (ignores --limit)'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l page-size -x -d 'Records per API request (1-1000)'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l count -d 'Print only how many records match'
complete -c twiliocli -n '__twiliocli_at \'usage list\'' -l help -d 'Show this message and exit'
# twiliocli usage balance
complete -c twiliocli -n '__twiliocli_at \'usage balance\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'usage balance\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'usage balance\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'usage balance\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'usage balance\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'usage balance\'' -l help -d 'Show this message and exit'
# twiliocli usage summary
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l period -x -a 'today yesterday this-month last-month all-time' -d 'The window to sum up'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l since -x -d 'Only usage on or after this day (YYYY-MM-DD)'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l until -x -d 'Only usage on or before this day (YYYY-MM-DD)'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l output -s o -x -a 'table tsv csv json jsonl' -d 'Output format (default: \'config set output\', else table on a terminal and tsv otherwise)'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l fields -x -d 'Comma-separated fields to show, e.g'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l no-header -d 'Leave out the header line (tsv, csv)'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l excel-safe -d 'CSV: neutralise cells starting with = + - @ for spreadsheets'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l tz -x -d 'Time zone of dates in table, tsv and csv: UTC, local or a name like Europe/Paris (default: \'config set timezone\', else UTC)'
complete -c twiliocli -n '__twiliocli_at \'usage summary\'' -l help -d 'Show this message and exit'
