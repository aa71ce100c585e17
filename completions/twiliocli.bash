# bash completion for twiliocli 0.1.0.
# Generated from the command tree by scripts/gen_docs.py (or `twiliocli completion bash`); do not edit.
# Everything is static except profile names, which the program reads from config.toml at TAB time.

# _twiliocli_globals: add the global options, which every command takes too.
_twiliocli_globals() {
    opts+=' --profile -p --api-url --subaccount --retries --timeout --max-wait --insecure --debug --no-pager --version'; vopts+=' --profile -p --api-url --subaccount --retries --timeout --max-wait'
}

# _twiliocli_node PATH: the subcommands, the options, and the options that take a value, of command PATH.
_twiliocli_node() {
    subs='' opts='' vopts=''
    case $1 in
    '') subs='accounts api applications caller-ids calls completion conferences config conversation emulator login notifications numbers participants profiles recordings sandbox sms sql sync transcriptions usage' opts='--profile -p --api-url --subaccount --retries --timeout --max-wait --insecure --debug --no-pager --version --help' vopts='--profile -p --api-url --subaccount --retries --timeout --max-wait' ;;
    'accounts') subs='list get create update suspend activate close' opts='--help' vopts=''; _twiliocli_globals ;;
    'accounts list') subs='' opts='--friendly-name --status --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--friendly-name --status --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'accounts get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'accounts create') subs='' opts='--friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'accounts update') subs='' opts='--dry-run --friendly-name --status --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --status --output -o --fields --tz'; _twiliocli_globals ;;
    'accounts suspend') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'accounts activate') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'accounts close') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'api') subs='' opts='--field -F --paginate --help' vopts='--field -F'; _twiliocli_globals ;;
    'applications') subs='list get create update delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'applications list') subs='' opts='--friendly-name --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--friendly-name --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'applications get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'applications create') subs='' opts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --tz'; _twiliocli_globals ;;
    'applications update') subs='' opts='--dry-run --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --tz'; _twiliocli_globals ;;
    'applications delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'caller-ids') subs='list get update delete add' opts='--help' vopts=''; _twiliocli_globals ;;
    'caller-ids list') subs='' opts='--phone-number --friendly-name --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--phone-number --friendly-name --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'caller-ids get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'caller-ids update') subs='' opts='--dry-run --friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'caller-ids delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'caller-ids add') subs='' opts='--friendly-name --call-delay --extension --status-callback --status-callback-method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --call-delay --extension --status-callback --status-callback-method --output -o --fields --tz'; _twiliocli_globals ;;
    'calls') subs='export stats disposition trace list get hangup cancel events delete create redirect watch' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls export') subs='' opts='--to --from --status --parent-call-sid --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--to --from --status --parent-call-sid --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'calls stats') subs='' opts='--by --since --until --to --from --status --parent-call-sid --parallel --output -o --fields --no-header --excel-safe --tz --help' vopts='--by --since --until --to --from --status --parent-call-sid --parallel --output -o --fields --tz'; _twiliocli_globals ;;
    'calls disposition') subs='' opts='--since --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'calls trace') subs='' opts='--db --output -o --fields --no-header --excel-safe --tz --help' vopts='--db --output -o --fields --tz'; _twiliocli_globals ;;
    'calls list') subs='' opts='--to --from --status --parent-call-sid --started-after --started-before --started-on --ended-after --ended-before --ended-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --watch -w --interval --help' vopts='--to --from --status --parent-call-sid --started-after --started-before --started-on --ended-after --ended-before --ended-on --output -o --fields --tz --limit -n --page-size --interval'; _twiliocli_globals ;;
    'calls get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls hangup') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls cancel') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls events') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'calls delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'calls create') subs='' opts='--to --from --url --twiml --application-sid --method --status-callback --timeout --record --send-digits --machine-detection --yes -y --output -o --fields --no-header --profile -p --api-url --subaccount --retries --max-wait --insecure --debug --no-pager --version --help' vopts='--to --from --url --twiml --application-sid --method --status-callback --timeout --send-digits --machine-detection --output -o --fields --profile -p --api-url --subaccount --retries --max-wait' ;;
    'calls redirect') subs='' opts='--dry-run --url --method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--url --method --output -o --fields --tz'; _twiliocli_globals ;;
    'calls watch') subs='' opts='--interval --output -o --fields --no-header --help' vopts='--interval --output -o --fields'; _twiliocli_globals ;;
    'completion') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'conferences') subs='export list get end' opts='--help' vopts=''; _twiliocli_globals ;;
    'conferences export') subs='' opts='--status --friendly-name --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--status --friendly-name --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'conferences list') subs='' opts='--status --friendly-name --created-after --created-before --created-on --updated-after --updated-before --updated-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--status --friendly-name --created-after --created-before --created-on --updated-after --updated-before --updated-on --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'conferences get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'conferences end') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'config') subs='path set get unset' opts='--help' vopts=''; _twiliocli_globals ;;
    'config path') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'config set') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'config get') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'config unset') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'conversation') subs='' opts='--db --output -o --fields --no-header --excel-safe --tz --help' vopts='--db --output -o --fields --tz'; _twiliocli_globals ;;
    'emulator') subs='serve' opts='--help' vopts=''; _twiliocli_globals ;;
    'emulator serve') subs='' opts='--host --port --db --account-sid --auth-token --empty --no-empty --calls --messages --ring-seconds --call-seconds --delivery-seconds --latency --fail-rate --fail-codes --drop-rate --fault-seed --help' vopts='--host --port --db --account-sid --auth-token --calls --messages --ring-seconds --call-seconds --delivery-seconds --latency --fail-rate --fail-codes --drop-rate --fault-seed'; _twiliocli_globals ;;
    'login') subs='' opts='--profile -p --account-sid --token-stdin --api-key --api-url --keyring --subaccount --retries --timeout --max-wait --insecure --debug --no-pager --version --help' vopts='--profile -p --account-sid --api-key --api-url --subaccount --retries --timeout --max-wait' ;;
    'notifications') subs='export list get delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'notifications export') subs='' opts='--log --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--log --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'notifications list') subs='' opts='--log --after --before --on --call --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --watch -w --interval --help' vopts='--log --after --before --on --call --output -o --fields --tz --limit -n --page-size --interval'; _twiliocli_globals ;;
    'notifications get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'notifications delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'numbers') subs='idle webhooks list get search buy update release transfer' opts='--help' vopts=''; _twiliocli_globals ;;
    'numbers idle') subs='' opts='--since --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers webhooks') subs='' opts='--probe --probe-timeout --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--probe-timeout --db --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers list') subs='' opts='--phone-number --friendly-name --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--phone-number --friendly-name --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'numbers get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'numbers search') subs='' opts='--area-code --contains --in-region --in-postal-code --in-rate-center --in-lata --in-locality --near-number --near-lat-long --distance --sms-enabled --no-sms-enabled --mms-enabled --no-mms-enabled --voice-enabled --no-voice-enabled --fax-enabled --no-fax-enabled --exclude-all-address-required --no-exclude-all-address-required --exclude-local-address-required --no-exclude-local-address-required --exclude-foreign-address-required --no-exclude-foreign-address-required --beta --no-beta --country --type --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--area-code --contains --in-region --in-postal-code --in-rate-center --in-lata --in-locality --near-number --near-lat-long --distance --country --type --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'numbers buy') subs='' opts='--phone-number --area-code --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--phone-number --area-code --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers update') subs='' opts='--dry-run --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers release') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'numbers transfer') subs='' opts='--dry-run --to-account --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--to-account --output -o --fields --tz'; _twiliocli_globals ;;
    'participants') subs='list get add mute unmute kick' opts='--help' vopts=''; _twiliocli_globals ;;
    'participants list') subs='' opts='--muted --unmuted --hold --no-hold --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'participants get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'participants add') subs='' opts='--from --to --label --muted --unmuted --start-conference-on-enter --no-start-conference-on-enter --end-conference-on-exit --no-end-conference-on-exit --status-callback --status-callback-method --timeout --record --no-record --output -o --fields --no-header --excel-safe --tz --yes -y --profile -p --api-url --subaccount --retries --max-wait --insecure --debug --no-pager --version --help' vopts='--from --to --label --status-callback --status-callback-method --timeout --output -o --fields --tz --profile -p --api-url --subaccount --retries --max-wait' ;;
    'participants mute') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'participants unmute') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'participants kick') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'profiles') subs='list use show remove' opts='--help' vopts=''; _twiliocli_globals ;;
    'profiles list') subs='' opts='--output -o --no-header --help' vopts='--output -o'; _twiliocli_globals ;;
    'profiles use') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'profiles show') subs='' opts='--output -o --no-header --help' vopts='--output -o'; _twiliocli_globals ;;
    'profiles remove') subs='' opts='--yes -y --help' vopts=''; _twiliocli_globals ;;
    'recordings') subs='export list get delete download' opts='--help' vopts=''; _twiliocli_globals ;;
    'recordings export') subs='' opts='--call --conference --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--call --conference --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'recordings list') subs='' opts='--call --conference --created-after --created-before --created-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--call --conference --created-after --created-before --created-on --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'recordings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'recordings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'recordings download') subs='' opts='--format -f --out -O --help' vopts='--format -f --out -O'; _twiliocli_globals ;;
    'sandbox') subs='get update' opts='--help' vopts=''; _twiliocli_globals ;;
    'sandbox get') subs='' opts='--output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sandbox update') subs='' opts='--voice-url --voice-method --sms-url --sms-method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--voice-url --voice-method --sms-url --sms-method --output -o --fields --tz'; _twiliocli_globals ;;
    'sms') subs='export stats search failures funnel opt-outs list get delete send media' opts='--help' vopts=''; _twiliocli_globals ;;
    'sms export') subs='' opts='--to --from --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--to --from --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'sms stats') subs='' opts='--by --since --until --to --from --status --error-code --parallel --output -o --fields --no-header --excel-safe --tz --help' vopts='--by --since --until --to --from --status --error-code --parallel --output -o --fields --tz'; _twiliocli_globals ;;
    'sms search') subs='' opts='--limit -n --all --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--limit -n --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms failures') subs='' opts='--since --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms funnel') subs='' opts='--since --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms opt-outs') subs='' opts='--since --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms list') subs='' opts='--to --from --sent-after --sent-before --sent-on --status --error-code --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --watch -w --interval --help' vopts='--to --from --sent-after --sent-before --sent-on --status --error-code --output -o --fields --tz --limit -n --page-size --interval'; _twiliocli_globals ;;
    'sms get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sms delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sms send') subs='' opts='--to --from --body --media-url --status-callback --yes -y --output -o --fields --no-header --help' vopts='--to --from --body --media-url --status-callback --output -o --fields'; _twiliocli_globals ;;
    'sms media') subs='list get delete download' opts='--help' vopts=''; _twiliocli_globals ;;
    'sms media list') subs='' opts='--created-after --created-before --created-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--created-after --created-before --created-on --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sms media get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sms media delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sms media download') subs='' opts='--out -O --help' vopts='--out -O'; _twiliocli_globals ;;
    'sql') subs='' opts='--db --output -o --no-header --excel-safe --help' vopts='--db --output -o'; _twiliocli_globals ;;
    'sync') subs='status' opts='--db --resources --since --parallel --subaccounts --quiet -q --help' vopts='--db --resources --since --parallel'; _twiliocli_globals ;;
    'sync status') subs='' opts='--db --output -o --no-header --help' vopts='--db --output -o'; _twiliocli_globals ;;
    'transcriptions') subs='export list get delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'transcriptions export') subs='' opts='--format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'transcriptions list') subs='' opts='--recording --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--recording --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'transcriptions get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'transcriptions delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'usage') subs='by-subaccount list balance summary' opts='--help' vopts=''; _twiliocli_globals ;;
    'usage by-subaccount') subs='' opts='--period --db --output -o --fields --no-header --excel-safe --tz --help' vopts='--period --db --output -o --fields --tz'; _twiliocli_globals ;;
    'usage list') subs='' opts='--category --since --until --period --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--category --since --until --period --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'usage balance') subs='' opts='--output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'usage summary') subs='' opts='--period --since --until --output -o --fields --no-header --excel-safe --tz --help' vopts='--period --since --until --output -o --fields --tz'; _twiliocli_globals ;;
    esac
}

# _twiliocli_value PATH OPTION: complete the value of OPTION of command PATH.
_twiliocli_value() {
    case "$1 $2" in
    'accounts list --status') _twiliocli_words 'active suspended closed' ;;
    'accounts list --output'|'accounts list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'accounts get --output'|'accounts get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'accounts create --output'|'accounts create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'accounts update --status') _twiliocli_words 'active suspended closed' ;;
    'accounts update --output'|'accounts update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'accounts suspend --output'|'accounts suspend -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'accounts activate --output'|'accounts activate -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'accounts close --output'|'accounts close -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'applications list --output'|'applications list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'applications get --output'|'applications get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'applications create --voice-method') _twiliocli_words 'GET POST' ;;
    'applications create --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'applications create --status-callback-method') _twiliocli_words 'GET POST' ;;
    'applications create --sms-method') _twiliocli_words 'GET POST' ;;
    'applications create --sms-fallback-method') _twiliocli_words 'GET POST' ;;
    'applications create --api-version') _twiliocli_words '2010-04-01 2008-08-01' ;;
    'applications create --output'|'applications create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'applications update --voice-method') _twiliocli_words 'GET POST' ;;
    'applications update --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'applications update --status-callback-method') _twiliocli_words 'GET POST' ;;
    'applications update --sms-method') _twiliocli_words 'GET POST' ;;
    'applications update --sms-fallback-method') _twiliocli_words 'GET POST' ;;
    'applications update --api-version') _twiliocli_words '2010-04-01 2008-08-01' ;;
    'applications update --output'|'applications update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'caller-ids list --output'|'caller-ids list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'caller-ids get --output'|'caller-ids get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'caller-ids update --output'|'caller-ids update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'caller-ids add --status-callback-method') _twiliocli_words 'GET POST' ;;
    'caller-ids add --output'|'caller-ids add -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls export --status') _twiliocli_words 'queued ringing in-progress completed busy failed no-answer canceled' ;;
    'calls export --format'|'calls export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'calls export --out') _twiliocli_files ;;
    'calls export --state') _twiliocli_files ;;
    'calls export --append') _twiliocli_files ;;
    'calls stats --by') _twiliocli_words 'day hour status direction to from' ;;
    'calls stats --status') _twiliocli_words 'queued ringing in-progress completed busy failed no-answer canceled' ;;
    'calls stats --output'|'calls stats -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls disposition --db') _twiliocli_files ;;
    'calls disposition --output'|'calls disposition -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls trace --db') _twiliocli_files ;;
    'calls trace --output'|'calls trace -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls list --status') _twiliocli_words 'queued ringing in-progress completed busy failed no-answer canceled' ;;
    'calls list --output'|'calls list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls get --output'|'calls get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls hangup --output'|'calls hangup -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls cancel --output'|'calls cancel -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls events --output'|'calls events -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls create --method') _twiliocli_words 'GET POST' ;;
    'calls create --machine-detection') _twiliocli_words 'Enable DetectMessageEnd' ;;
    'calls create --output'|'calls create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls redirect --method') _twiliocli_words 'GET POST' ;;
    'calls redirect --output'|'calls redirect -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls watch --output'|'calls watch -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences export --status') _twiliocli_words 'init in-progress completed' ;;
    'conferences export --format'|'conferences export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'conferences export --out') _twiliocli_files ;;
    'conferences export --state') _twiliocli_files ;;
    'conferences export --append') _twiliocli_files ;;
    'conferences list --status') _twiliocli_words 'init in-progress completed' ;;
    'conferences list --output'|'conferences list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences get --output'|'conferences get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences end --output'|'conferences end -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conversation --db') _twiliocli_files ;;
    'conversation --output'|'conversation -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'emulator serve --db') _twiliocli_files ;;
    'notifications export --log') _twiliocli_words 'error warning' ;;
    'notifications export --format'|'notifications export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'notifications export --out') _twiliocli_files ;;
    'notifications export --state') _twiliocli_files ;;
    'notifications export --append') _twiliocli_files ;;
    'notifications list --log') _twiliocli_words 'error warning' ;;
    'notifications list --output'|'notifications list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'notifications get --output'|'notifications get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers idle --db') _twiliocli_files ;;
    'numbers idle --output'|'numbers idle -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers webhooks --db') _twiliocli_files ;;
    'numbers webhooks --output'|'numbers webhooks -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers list --output'|'numbers list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers get --output'|'numbers get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers search --type') _twiliocli_words 'local toll-free mobile' ;;
    'numbers search --output'|'numbers search -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers buy --voice-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --status-callback-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --sms-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --sms-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --api-version') _twiliocli_words '2010-04-01 2008-08-01' ;;
    'numbers buy --output'|'numbers buy -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers update --voice-method') _twiliocli_words 'GET POST' ;;
    'numbers update --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers update --status-callback-method') _twiliocli_words 'GET POST' ;;
    'numbers update --sms-method') _twiliocli_words 'GET POST' ;;
    'numbers update --sms-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers update --api-version') _twiliocli_words '2010-04-01 2008-08-01' ;;
    'numbers update --output'|'numbers update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers transfer --output'|'numbers transfer -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants list --output'|'participants list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants get --output'|'participants get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants add --status-callback-method') _twiliocli_words 'GET POST' ;;
    'participants add --output'|'participants add -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants mute --output'|'participants mute -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants unmute --output'|'participants unmute -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'profiles list --output'|'profiles list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'profiles show --output'|'profiles show -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings export --format'|'recordings export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'recordings export --out') _twiliocli_files ;;
    'recordings export --state') _twiliocli_files ;;
    'recordings export --append') _twiliocli_files ;;
    'recordings list --output'|'recordings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings get --output'|'recordings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings download --format'|'recordings download -f') _twiliocli_words 'wav mp3' ;;
    'recordings download --out'|'recordings download -O') _twiliocli_files ;;
    'sandbox get --output'|'sandbox get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sandbox update --voice-method') _twiliocli_words 'GET POST' ;;
    'sandbox update --sms-method') _twiliocli_words 'GET POST' ;;
    'sandbox update --output'|'sandbox update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms export --format'|'sms export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'sms export --out') _twiliocli_files ;;
    'sms export --state') _twiliocli_files ;;
    'sms export --append') _twiliocli_files ;;
    'sms stats --by') _twiliocli_words 'day hour status error-code direction to from' ;;
    'sms stats --status') _twiliocli_words 'queued sending sent failed delivered undelivered receiving received accepted scheduled read partially_delivered canceled' ;;
    'sms stats --output'|'sms stats -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms search --db') _twiliocli_files ;;
    'sms search --output'|'sms search -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms failures --db') _twiliocli_files ;;
    'sms failures --output'|'sms failures -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms funnel --db') _twiliocli_files ;;
    'sms funnel --output'|'sms funnel -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms opt-outs --db') _twiliocli_files ;;
    'sms opt-outs --output'|'sms opt-outs -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms list --status') _twiliocli_words 'queued sending sent failed delivered undelivered receiving received accepted scheduled read partially_delivered canceled' ;;
    'sms list --output'|'sms list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms get --output'|'sms get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms send --output'|'sms send -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms media list --output'|'sms media list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms media get --output'|'sms media get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms media download --out'|'sms media download -O') _twiliocli_files ;;
    'sql --db') _twiliocli_files ;;
    'sql --output'|'sql -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sync --db') _twiliocli_files ;;
    'sync status --db') _twiliocli_files ;;
    'sync status --output'|'sync status -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'transcriptions export --format'|'transcriptions export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'transcriptions export --out') _twiliocli_files ;;
    'transcriptions export --state') _twiliocli_files ;;
    'transcriptions export --append') _twiliocli_files ;;
    'transcriptions list --output'|'transcriptions list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'transcriptions get --output'|'transcriptions get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'usage by-subaccount --db') _twiliocli_files ;;
    'usage by-subaccount --output'|'usage by-subaccount -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'usage list --period') _twiliocli_words 'all-time today yesterday this-month last-month daily monthly yearly' ;;
    'usage list --output'|'usage list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'usage balance --output'|'usage balance -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'usage summary --period') _twiliocli_words 'today yesterday this-month last-month all-time' ;;
    'usage summary --output'|'usage summary -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    *' --profile'|*' -p') _twiliocli_dynamic ;;
    esac
}

# _twiliocli_arg PATH N: complete the N-th positional argument (from 0) of command PATH.
_twiliocli_arg() {
    case "$1 $2" in
    'api'\ 0) _twiliocli_words 'GET POST DELETE' ;;
    'completion'\ 0) _twiliocli_words 'bash zsh fish' ;;
    'config set'\ 0) _twiliocli_words 'output timezone pager page_size profile' ;;
    'config get'\ 0) _twiliocli_words 'output timezone pager page_size profile' ;;
    'config unset'\ 0) _twiliocli_words 'output timezone pager page_size profile' ;;
    'profiles use'\ 0) _twiliocli_dynamic ;;
    'profiles show'\ 0) _twiliocli_dynamic ;;
    'profiles remove'\ 0) _twiliocli_dynamic ;;
    *) return 1 ;;
    esac
}

_twiliocli_words() {
    local IFS=$' \t\n'
    COMPREPLY=($(compgen -W "$1" -- "$cur"))
}

_twiliocli_files() {
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$cur"))
}

_twiliocli_dirs() {
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -d -- "$cur"))
}

# Values known only at run time (profile names): ask the program, which prints one a line.
_twiliocli_dynamic() {
    local line="twiliocli ${words[*]}" out
    out=$(COMP_WORDS="$line" COMP_CWORD=$((last + 1)) _TWILIOCLI_COMPLETE=bash_complete "${COMP_WORDS[0]}" 2>/dev/null) || return 0
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$out" -- "$cur"))
}

_twiliocli() {
    local cur cmdpath='' word pending='' prefix='' subs opts vopts
    local -a words=()
    local -i i last n=0 dashdash=0
    COMPREPLY=()
    # Bash splits "--opt=value" at "="; join those words again.
    for ((i = 1; i <= COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        last=${#words[@]}-1
        if [[ $word == = ]] && ((last >= 0)) && [[ ${words[last]} == -* && ${words[last]} != *=* ]]; then
            words[last]+='='
            if ((i < COMP_CWORD)); then
                ((i++))
                words[last]+=${COMP_WORDS[i]}
            fi
        else
            words+=("$word")
        fi
    done
    last=${#words[@]}-1
    cur=${words[last]}
    # Walk the words before the cursor: the command path, option values to skip, positional count.
    for ((i = 0; i < last; i++)); do
        word=${words[i]}
        if ((dashdash)); then
            n+=1
            continue
        fi
        _twiliocli_node "$cmdpath"
        case $word in
        --) dashdash=1 ;;
        -*=*) ;;
        -*)
            if [[ " $vopts " == *" $word "* ]]; then
                if ((i + 1 == last)); then pending=$word; else i+=1; fi
            fi
            ;;
        *)
            if ((n == 0)) && [[ " $subs " == *" $word "* ]]; then
                cmdpath=${cmdpath:+$cmdpath }$word
            else
                n+=1
            fi
            ;;
        esac
    done
    _twiliocli_node "$cmdpath"
    if [[ -n $pending ]]; then
        _twiliocli_value "$cmdpath" "$pending"
    elif ((!dashdash)) && [[ $cur == -*=* ]]; then
        word=${cur%%=*}
        cur=${cur#*=}
        [[ ${COMP_WORDS[COMP_CWORD]} == -*=* ]] && prefix="$word="
        _twiliocli_value "$cmdpath" "$word"
        [[ -n $prefix ]] && COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    elif ((!dashdash)) && [[ $cur == -* ]]; then
        _twiliocli_words "$opts"
    elif ((n == 0)) && [[ -n $subs ]]; then
        _twiliocli_words "$subs"
    else
        _twiliocli_arg "$cmdpath" "$n" || _twiliocli_arg "$cmdpath" '*'
    fi
    return 0
}

complete -F _twiliocli twiliocli
