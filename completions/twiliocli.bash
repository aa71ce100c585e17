# bash completion for twiliocli 0.1.0.
# Generated from the command tree by scripts/gen_docs.py (or `twiliocli completion bash`); do not edit.
# Everything is static except profile names, which the program reads from config.toml at TAB time.

# _twiliocli_globals: add the global options, which every command takes too.
_twiliocli_globals() {
    opts+=' --profile -p --api-url --subaccount --all-accounts --account-status --account-parallel --retries --timeout --max-wait --insecure --debug --no-pager --version'; vopts+=' --profile -p --api-url --subaccount --account-status --account-parallel --retries --timeout --max-wait'
}

# _twiliocli_node PATH: the subcommands, the options, and the options that take a value, of command PATH.
_twiliocli_node() {
    subs='' opts='' vopts=''
    case $1 in
    '') subs='accounts addresses api applications authorized-connect-apps caller-ids calls completion conferences config connect-apps conversation doctor emulator errors keys login mcp notifications numbers participants profiles queues recordings sandbox short-codes signing-keys sip sms sql sync tokens transcriptions usage' opts='--profile -p --api-url --subaccount --all-accounts --account-status --account-parallel --retries --timeout --max-wait --insecure --debug --no-pager --version --help' vopts='--profile -p --api-url --subaccount --account-status --account-parallel --retries --timeout --max-wait' ;;
    'accounts') subs='list get create update suspend activate close' opts='--help' vopts=''; _twiliocli_globals ;;
    'accounts list') subs='' opts='--friendly-name --status --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--friendly-name --status --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'accounts get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'accounts create') subs='' opts='--friendly-name --save-profile --force --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --save-profile --output -o --fields --tz'; _twiliocli_globals ;;
    'accounts update') subs='' opts='--dry-run --friendly-name --status --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --status --output -o --fields --tz'; _twiliocli_globals ;;
    'accounts suspend') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'accounts activate') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'accounts close') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'addresses') subs='list get create update delete dependent-numbers' opts='--help' vopts=''; _twiliocli_globals ;;
    'addresses list') subs='' opts='--customer-name --friendly-name --emergency-enabled --no-emergency-enabled --iso-country --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--customer-name --friendly-name --iso-country --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'addresses get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'addresses create') subs='' opts='--customer-name --street --city --region --postal-code --iso-country --friendly-name --emergency-enabled --no-emergency-enabled --auto-correct-address --no-auto-correct-address --street-secondary --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--customer-name --street --city --region --postal-code --iso-country --friendly-name --street-secondary --output -o --fields --tz'; _twiliocli_globals ;;
    'addresses update') subs='' opts='--dry-run --customer-name --street --city --region --postal-code --friendly-name --emergency-enabled --no-emergency-enabled --auto-correct-address --no-auto-correct-address --street-secondary --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--customer-name --street --city --region --postal-code --friendly-name --street-secondary --output -o --fields --tz'; _twiliocli_globals ;;
    'addresses delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'addresses dependent-numbers') subs='list' opts='--help' vopts=''; _twiliocli_globals ;;
    'addresses dependent-numbers list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'api') subs='' opts='--field -F --paginate --help' vopts='--field -F'; _twiliocli_globals ;;
    'applications') subs='list get create update delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'applications list') subs='' opts='--friendly-name --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--friendly-name --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'applications get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'applications create') subs='' opts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --tz'; _twiliocli_globals ;;
    'applications update') subs='' opts='--dry-run --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --sms-status-callback --message-status-callback --output -o --fields --tz'; _twiliocli_globals ;;
    'applications delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'authorized-connect-apps') subs='list get' opts='--help' vopts=''; _twiliocli_globals ;;
    'authorized-connect-apps list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'authorized-connect-apps get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'caller-ids') subs='list get update delete add' opts='--help' vopts=''; _twiliocli_globals ;;
    'caller-ids list') subs='' opts='--phone-number --friendly-name --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--phone-number --friendly-name --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'caller-ids get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'caller-ids update') subs='' opts='--dry-run --friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'caller-ids delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'caller-ids add') subs='' opts='--friendly-name --call-delay --extension --status-callback --status-callback-method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --call-delay --extension --status-callback --status-callback-method --output -o --fields --tz'; _twiliocli_globals ;;
    'calls') subs='export stats disposition trace list get hangup cancel events delete create redirect watch notifications payments recording siprec streams transcriptions user-defined-message-subscriptions user-defined-messages' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls export') subs='' opts='--to --from --status --parent-call-sid --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--to --from --status --parent-call-sid --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'calls stats') subs='' opts='--by --since --until --to --from --status --parent-call-sid --parallel --output -o --fields --no-header --excel-safe --tz --help' vopts='--by --since --until --to --from --status --parent-call-sid --parallel --output -o --fields --tz'; _twiliocli_globals ;;
    'calls disposition') subs='' opts='--since --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'calls trace') subs='' opts='--db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--db --output -o --fields --tz'; _twiliocli_globals ;;
    'calls list') subs='' opts='--to --from --status --parent-call-sid --since --started-after --until --started-before --started-on --ended-after --ended-before --ended-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --watch -w --interval --help' vopts='--to --from --status --parent-call-sid --since --started-after --until --started-before --started-on --ended-after --ended-before --ended-on --output -o --fields --tz --limit -n --page-size --interval'; _twiliocli_globals ;;
    'calls get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls hangup') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls cancel') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls events') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'calls delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'calls create') subs='' opts='--to --from --url --twiml --application-sid --method --status-callback --timeout --record --send-digits --machine-detection --yes -y --output -o --fields --no-header --profile -p --api-url --subaccount --all-accounts --account-status --account-parallel --retries --max-wait --insecure --debug --no-pager --version --help' vopts='--to --from --url --twiml --application-sid --method --status-callback --timeout --send-digits --machine-detection --output -o --fields --profile -p --api-url --subaccount --account-status --account-parallel --retries --max-wait' ;;
    'calls redirect') subs='' opts='--dry-run --url --method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--url --method --output -o --fields --tz'; _twiliocli_globals ;;
    'calls watch') subs='' opts='--interval --output -o --fields --no-header --help' vopts='--interval --output -o --fields'; _twiliocli_globals ;;
    'calls notifications') subs='list get' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls notifications list') subs='' opts='--log --message-date-on --until --message-date-before --since --message-date-after --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--log --message-date-on --until --message-date-before --since --message-date-after --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'calls notifications get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls payments') subs='start update' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls payments start') subs='' opts='--idempotency-key --status-callback --bank-account-type --charge-amount --currency --description --input --min-postal-code-length --parameter --payment-connector --payment-method --postal-code --no-postal-code --security-code --no-security-code --timeout --token-type --valid-card-types --require-matching-inputs --confirmation --output -o --fields --no-header --excel-safe --tz --yes -y --profile -p --api-url --subaccount --all-accounts --account-status --account-parallel --retries --max-wait --insecure --debug --no-pager --version --help' vopts='--idempotency-key --status-callback --bank-account-type --charge-amount --currency --description --input --min-postal-code-length --parameter --payment-connector --payment-method --timeout --token-type --valid-card-types --require-matching-inputs --confirmation --output -o --fields --tz --profile -p --api-url --subaccount --account-status --account-parallel --retries --max-wait' ;;
    'calls payments update') subs='' opts='--dry-run --idempotency-key --status-callback --capture --status --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--idempotency-key --status-callback --capture --status --output -o --fields --tz'; _twiliocli_globals ;;
    'calls recording') subs='list get start pause resume stop delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls recording list') subs='' opts='--created-on --until --created-before --since --created-after --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--created-on --until --created-before --since --created-after --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'calls recording get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls recording start') subs='' opts='--recording-status-callback-event --recording-status-callback --recording-status-callback-method --trim --recording-channels --recording-track --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--recording-status-callback-event --recording-status-callback --recording-status-callback-method --trim --recording-channels --recording-track --output -o --fields --tz'; _twiliocli_globals ;;
    'calls recording pause') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls recording resume') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls recording stop') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls recording delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'calls siprec') subs='start stop' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls siprec start') subs='' opts='--name --connector-name --track --status-callback --status-callback-method --parameter --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--name --connector-name --track --status-callback --status-callback-method --parameter --output -o --fields --tz'; _twiliocli_globals ;;
    'calls siprec stop') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls streams') subs='start stop' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls streams start') subs='' opts='--url --name --track --status-callback --status-callback-method --parameter --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--url --name --track --status-callback --status-callback-method --parameter --output -o --fields --tz'; _twiliocli_globals ;;
    'calls streams stop') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls transcriptions') subs='start stop' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls transcriptions start') subs='' opts='--name --track --status-callback-url --status-callback-method --inbound-track-label --outbound-track-label --partial-results --no-partial-results --language-code --transcription-engine --profanity-filter --no-profanity-filter --speech-model --hints --enable-automatic-punctuation --no-enable-automatic-punctuation --intelligence-service --conversation-configuration --conversation-id --configuration-id --enable-provider-data --no-enable-provider-data --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--name --track --status-callback-url --status-callback-method --inbound-track-label --outbound-track-label --language-code --transcription-engine --speech-model --hints --intelligence-service --conversation-configuration --conversation-id --configuration-id --output -o --fields --tz'; _twiliocli_globals ;;
    'calls transcriptions stop') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'calls user-defined-message-subscriptions') subs='create delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls user-defined-message-subscriptions create') subs='' opts='--callback --idempotency-key --method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--callback --idempotency-key --method --output -o --fields --tz'; _twiliocli_globals ;;
    'calls user-defined-message-subscriptions delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'calls user-defined-messages') subs='send' opts='--help' vopts=''; _twiliocli_globals ;;
    'calls user-defined-messages send') subs='' opts='--content --idempotency-key --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--content --idempotency-key --output -o --fields --tz'; _twiliocli_globals ;;
    'completion') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'conferences') subs='export list get end recordings' opts='--help' vopts=''; _twiliocli_globals ;;
    'conferences export') subs='' opts='--status --friendly-name --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--status --friendly-name --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'conferences list') subs='' opts='--status --friendly-name --since --created-after --until --created-before --created-on --updated-after --updated-before --updated-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--status --friendly-name --since --created-after --until --created-before --created-on --updated-after --updated-before --updated-on --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'conferences get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'conferences end') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'conferences recordings') subs='list get pause resume stop delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'conferences recordings list') subs='' opts='--created-on --until --created-before --since --created-after --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--created-on --until --created-before --since --created-after --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'conferences recordings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'conferences recordings pause') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'conferences recordings resume') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'conferences recordings stop') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'conferences recordings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'config') subs='path set get unset' opts='--help' vopts=''; _twiliocli_globals ;;
    'config path') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'config set') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'config get') subs='' opts='--output -o --fields --no-header --help' vopts='--output -o --fields'; _twiliocli_globals ;;
    'config unset') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'connect-apps') subs='list get update delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'connect-apps list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'connect-apps get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'connect-apps update') subs='' opts='--dry-run --authorize-redirect-url --company-name --deauthorize-callback-method --deauthorize-callback-url --description --friendly-name --homepage-url --permissions --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--authorize-redirect-url --company-name --deauthorize-callback-method --deauthorize-callback-url --description --friendly-name --homepage-url --permissions --output -o --fields --tz'; _twiliocli_globals ;;
    'connect-apps delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'conversation') subs='' opts='--db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--db --output -o --fields --tz'; _twiliocli_globals ;;
    'doctor') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'emulator') subs='serve inbound' opts='--help' vopts=''; _twiliocli_globals ;;
    'emulator serve') subs='' opts='--host --port --db --account-sid --auth-token --empty --no-empty --calls --messages --subaccounts --subaccount-records --ring-seconds --call-seconds --delivery-seconds --latency --fail-rate --fail-codes --drop-rate --fault-seed --help' vopts='--host --port --db --account-sid --auth-token --calls --messages --subaccounts --subaccount-records --ring-seconds --call-seconds --delivery-seconds --latency --fail-rate --fail-codes --drop-rate --fault-seed'; _twiliocli_globals ;;
    'emulator inbound') subs='sms call' opts='--help' vopts=''; _twiliocli_globals ;;
    'emulator inbound sms') subs='' opts='--to --from --body --output -o --help' vopts='--to --from --body --output -o'; _twiliocli_globals ;;
    'emulator inbound call') subs='' opts='--to --from --digits --speech --output -o --help' vopts='--to --from --digits --speech --output -o'; _twiliocli_globals ;;
    'errors') subs='' opts='--output -o --fields --no-header --help' vopts='--output -o --fields'; _twiliocli_globals ;;
    'keys') subs='list get create update delete rotate' opts='--help' vopts=''; _twiliocli_globals ;;
    'keys list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'keys get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'keys create') subs='' opts='--friendly-name --save-profile --force --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --save-profile --output -o --fields --tz'; _twiliocli_globals ;;
    'keys update') subs='' opts='--dry-run --friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'keys delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'keys rotate') subs='' opts='--profile -p --dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --api-url --subaccount --all-accounts --account-status --account-parallel --retries --timeout --max-wait --insecure --debug --no-pager --version --help' vopts='--profile -p --output -o --fields --tz --api-url --subaccount --account-status --account-parallel --retries --timeout --max-wait' ;;
    'login') subs='' opts='--profile -p --account-sid --token-stdin --api-key --api-url --keyring --force --subaccount --all-accounts --account-status --account-parallel --retries --timeout --max-wait --insecure --debug --no-pager --version --help' vopts='--profile -p --account-sid --api-key --api-url --subaccount --account-status --account-parallel --retries --timeout --max-wait' ;;
    'mcp') subs='' opts='--allow-writes --allow-to --max-bytes --db --help' vopts='--allow-to --max-bytes --db'; _twiliocli_globals ;;
    'notifications') subs='export list get delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'notifications export') subs='' opts='--log --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--log --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'notifications list') subs='' opts='--log --since --after --until --before --on --call --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --watch -w --interval --help' vopts='--log --since --after --until --before --on --call --output -o --fields --tz --limit -n --page-size --interval'; _twiliocli_globals ;;
    'notifications get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'notifications delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'numbers') subs='idle webhooks list get search buy update release transfer add-ons countries' opts='--help' vopts=''; _twiliocli_globals ;;
    'numbers idle') subs='' opts='--since --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers webhooks') subs='' opts='--probe --probe-timeout --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--probe-timeout --db --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers list') subs='' opts='--phone-number --friendly-name --type --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--phone-number --friendly-name --type --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'numbers get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'numbers search') subs='' opts='--area-code --contains --in-region --in-postal-code --in-rate-center --in-lata --in-locality --near-number --near-lat-long --distance --sms-enabled --no-sms-enabled --mms-enabled --no-mms-enabled --voice-enabled --no-voice-enabled --fax-enabled --no-fax-enabled --exclude-all-address-required --no-exclude-all-address-required --exclude-local-address-required --no-exclude-local-address-required --exclude-foreign-address-required --no-exclude-foreign-address-required --beta --no-beta --country --type --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--area-code --contains --in-region --in-postal-code --in-rate-center --in-lata --in-locality --near-number --near-lat-long --distance --country --type --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'numbers buy') subs='' opts='--phone-number --area-code --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --type --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--phone-number --area-code --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --type --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers update') subs='' opts='--dry-run --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --voice-caller-id-lookup --no-voice-caller-id-lookup --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --status-callback --status-callback-method --sms-url --sms-method --sms-fallback-url --sms-fallback-method --api-version --voice-application-sid --sms-application-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers release') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'numbers transfer') subs='' opts='--dry-run --to-account --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--to-account --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers add-ons') subs='list get create delete extensions' opts='--help' vopts=''; _twiliocli_globals ;;
    'numbers add-ons list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'numbers add-ons get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'numbers add-ons create') subs='' opts='--installed-add-on-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--installed-add-on-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'numbers add-ons delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'numbers add-ons extensions') subs='list get' opts='--help' vopts=''; _twiliocli_globals ;;
    'numbers add-ons extensions list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'numbers add-ons extensions get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'numbers countries') subs='list get' opts='--help' vopts=''; _twiliocli_globals ;;
    'numbers countries list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'numbers countries get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'participants') subs='list get add mute unmute kick' opts='--help' vopts=''; _twiliocli_globals ;;
    'participants list') subs='' opts='--muted --unmuted --hold --no-hold --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'participants get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'participants add') subs='' opts='--from --to --label --muted --unmuted --start-conference-on-enter --no-start-conference-on-enter --end-conference-on-exit --no-end-conference-on-exit --status-callback --status-callback-method --timeout --record --no-record --output -o --fields --no-header --excel-safe --tz --yes -y --profile -p --api-url --subaccount --all-accounts --account-status --account-parallel --retries --max-wait --insecure --debug --no-pager --version --help' vopts='--from --to --label --status-callback --status-callback-method --timeout --output -o --fields --tz --profile -p --api-url --subaccount --account-status --account-parallel --retries --max-wait' ;;
    'participants mute') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'participants unmute') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'participants kick') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'profiles') subs='list use show remove' opts='--help' vopts=''; _twiliocli_globals ;;
    'profiles list') subs='' opts='--output -o --no-header --help' vopts='--output -o'; _twiliocli_globals ;;
    'profiles use') subs='' opts='--help' vopts=''; _twiliocli_globals ;;
    'profiles show') subs='' opts='--output -o --no-header --help' vopts='--output -o'; _twiliocli_globals ;;
    'profiles remove') subs='' opts='--yes -y --help' vopts=''; _twiliocli_globals ;;
    'queues') subs='list get create update delete members' opts='--help' vopts=''; _twiliocli_globals ;;
    'queues list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'queues get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'queues create') subs='' opts='--friendly-name --max-size --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --max-size --output -o --fields --tz'; _twiliocli_globals ;;
    'queues update') subs='' opts='--dry-run --friendly-name --max-size --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --max-size --output -o --fields --tz'; _twiliocli_globals ;;
    'queues delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'queues members') subs='list get dequeue' opts='--help' vopts=''; _twiliocli_globals ;;
    'queues members list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'queues members get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'queues members dequeue') subs='' opts='--dry-run --url --method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--url --method --output -o --fields --tz'; _twiliocli_globals ;;
    'recordings') subs='export list get delete download add-on-results transcriptions' opts='--help' vopts=''; _twiliocli_globals ;;
    'recordings export') subs='' opts='--call --conference --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--call --conference --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'recordings list') subs='' opts='--call --conference --since --created-after --until --created-before --created-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--call --conference --since --created-after --until --created-before --created-on --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'recordings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'recordings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'recordings download') subs='' opts='--format -f --out -O --help' vopts='--format -f --out -O'; _twiliocli_globals ;;
    'recordings add-on-results') subs='list get delete payloads' opts='--help' vopts=''; _twiliocli_globals ;;
    'recordings add-on-results list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'recordings add-on-results get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'recordings add-on-results delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'recordings add-on-results payloads') subs='list get delete data' opts='--help' vopts=''; _twiliocli_globals ;;
    'recordings add-on-results payloads list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'recordings add-on-results payloads get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'recordings add-on-results payloads delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'recordings add-on-results payloads data') subs='get' opts='--help' vopts=''; _twiliocli_globals ;;
    'recordings add-on-results payloads data get') subs='' opts='--output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'recordings transcriptions') subs='list get delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'recordings transcriptions list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'recordings transcriptions get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'recordings transcriptions delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sandbox') subs='get update' opts='--help' vopts=''; _twiliocli_globals ;;
    'sandbox get') subs='' opts='--output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sandbox update') subs='' opts='--voice-url --voice-method --sms-url --sms-method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--voice-url --voice-method --sms-url --sms-method --output -o --fields --tz'; _twiliocli_globals ;;
    'short-codes') subs='list get update' opts='--help' vopts=''; _twiliocli_globals ;;
    'short-codes list') subs='' opts='--friendly-name --short-code --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--friendly-name --short-code --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'short-codes get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'short-codes update') subs='' opts='--dry-run --friendly-name --api-version --sms-url --sms-method --sms-fallback-url --sms-fallback-method --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --api-version --sms-url --sms-method --sms-fallback-url --sms-fallback-method --output -o --fields --tz'; _twiliocli_globals ;;
    'signing-keys') subs='list get create update delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'signing-keys list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'signing-keys get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'signing-keys create') subs='' opts='--friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'signing-keys update') subs='' opts='--dry-run --friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'signing-keys delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip') subs='credential-lists domains ip-access-control-lists' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip credential-lists') subs='list get create update delete credentials' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip credential-lists list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip credential-lists get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip credential-lists create') subs='' opts='--friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'sip credential-lists update') subs='' opts='--dry-run --friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'sip credential-lists delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip credential-lists credentials') subs='list get create update delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip credential-lists credentials list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip credential-lists credentials get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip credential-lists credentials create') subs='' opts='--username --password-stdin --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--username --output -o --fields --tz'; _twiliocli_globals ;;
    'sip credential-lists credentials update') subs='' opts='--dry-run --password-stdin --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip credential-lists credentials delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip domains') subs='list get create update delete auth credential-list-mappings ip-access-control-list-mappings' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip domains get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains create') subs='' opts='--domain-name --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --voice-status-callback-url --voice-status-callback-method --sip-registration --no-sip-registration --emergency-calling-enabled --no-emergency-calling-enabled --secure --no-secure --byoc-trunk-sid --emergency-caller-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--domain-name --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --voice-status-callback-url --voice-status-callback-method --byoc-trunk-sid --emergency-caller-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains update') subs='' opts='--dry-run --domain-name --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --voice-status-callback-url --voice-status-callback-method --sip-registration --no-sip-registration --emergency-calling-enabled --no-emergency-calling-enabled --secure --no-secure --byoc-trunk-sid --emergency-caller-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--domain-name --friendly-name --voice-url --voice-method --voice-fallback-url --voice-fallback-method --voice-status-callback-url --voice-status-callback-method --byoc-trunk-sid --emergency-caller-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip domains auth') subs='calls registrations' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains auth calls') subs='credential-list-mappings ip-access-control-list-mappings' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains auth calls credential-list-mappings') subs='list get create delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains auth calls credential-list-mappings list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip domains auth calls credential-list-mappings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains auth calls credential-list-mappings create') subs='' opts='--credential-list-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--credential-list-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains auth calls credential-list-mappings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip domains auth calls ip-access-control-list-mappings') subs='list get create delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains auth calls ip-access-control-list-mappings list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip domains auth calls ip-access-control-list-mappings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains auth calls ip-access-control-list-mappings create') subs='' opts='--ip-access-control-list-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--ip-access-control-list-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains auth calls ip-access-control-list-mappings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip domains auth registrations') subs='credential-list-mappings' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains auth registrations credential-list-mappings') subs='list get create delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains auth registrations credential-list-mappings list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip domains auth registrations credential-list-mappings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains auth registrations credential-list-mappings create') subs='' opts='--credential-list-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--credential-list-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains auth registrations credential-list-mappings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip domains credential-list-mappings') subs='list get create delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains credential-list-mappings list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip domains credential-list-mappings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains credential-list-mappings create') subs='' opts='--credential-list-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--credential-list-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains credential-list-mappings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip domains ip-access-control-list-mappings') subs='list get create delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip domains ip-access-control-list-mappings list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip domains ip-access-control-list-mappings get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains ip-access-control-list-mappings create') subs='' opts='--ip-access-control-list-sid --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--ip-access-control-list-sid --output -o --fields --tz'; _twiliocli_globals ;;
    'sip domains ip-access-control-list-mappings delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip ip-access-control-lists') subs='list get create update delete ip-addresses' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip ip-access-control-lists list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip ip-access-control-lists get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip ip-access-control-lists create') subs='' opts='--friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'sip ip-access-control-lists update') subs='' opts='--dry-run --friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'sip ip-access-control-lists delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sip ip-access-control-lists ip-addresses') subs='list get create update delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'sip ip-access-control-lists ip-addresses list') subs='' opts='--output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sip ip-access-control-lists ip-addresses get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sip ip-access-control-lists ip-addresses create') subs='' opts='--friendly-name --ip-address --cidr-prefix-length --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --ip-address --cidr-prefix-length --output -o --fields --tz'; _twiliocli_globals ;;
    'sip ip-access-control-lists ip-addresses update') subs='' opts='--dry-run --friendly-name --ip-address --cidr-prefix-length --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--friendly-name --ip-address --cidr-prefix-length --output -o --fields --tz'; _twiliocli_globals ;;
    'sip ip-access-control-lists ip-addresses delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sms') subs='export stats search failures funnel opt-outs list get delete send redact cancel media feedback' opts='--help' vopts=''; _twiliocli_globals ;;
    'sms export') subs='' opts='--to --from --format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--to --from --format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'sms stats') subs='' opts='--by --since --until --to --from --status --error-code --parallel --output -o --fields --no-header --excel-safe --tz --help' vopts='--by --since --until --to --from --status --error-code --parallel --output -o --fields --tz'; _twiliocli_globals ;;
    'sms search') subs='' opts='--limit -n --all --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--limit -n --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms failures') subs='' opts='--since --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms funnel') subs='' opts='--since --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms opt-outs') subs='' opts='--since --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--since --db --output -o --fields --tz'; _twiliocli_globals ;;
    'sms list') subs='' opts='--to --from --since --sent-after --until --sent-before --sent-on --status --error-code --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --watch -w --interval --help' vopts='--to --from --since --sent-after --until --sent-before --sent-on --status --error-code --output -o --fields --tz --limit -n --page-size --interval'; _twiliocli_globals ;;
    'sms get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sms delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sms send') subs='' opts='--to --from --messaging-service-sid --schedule-at --body --media-url --status-callback --yes -y --output -o --fields --no-header --help' vopts='--to --from --messaging-service-sid --schedule-at --body --media-url --status-callback --output -o --fields'; _twiliocli_globals ;;
    'sms redact') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sms cancel') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sms media') subs='list get delete download' opts='--help' vopts=''; _twiliocli_globals ;;
    'sms media list') subs='' opts='--since --created-after --until --created-before --created-on --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--since --created-after --until --created-before --created-on --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'sms media get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'sms media delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'sms media download') subs='' opts='--out -O --help' vopts='--out -O'; _twiliocli_globals ;;
    'sms feedback') subs='create' opts='--help' vopts=''; _twiliocli_globals ;;
    'sms feedback create') subs='' opts='--outcome --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--outcome --output -o --fields --tz'; _twiliocli_globals ;;
    'sql') subs='' opts='--db --output -o --no-header --excel-safe --verbose -v --help' vopts='--db --output -o'; _twiliocli_globals ;;
    'sync') subs='status' opts='--db --resources --since --parallel --subaccounts --quiet -q --help' vopts='--db --resources --since --parallel'; _twiliocli_globals ;;
    'sync status') subs='' opts='--db --output -o --no-header --help' vopts='--db --output -o'; _twiliocli_globals ;;
    'tokens') subs='create' opts='--help' vopts=''; _twiliocli_globals ;;
    'tokens create') subs='' opts='--ttl --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--ttl --output -o --fields --tz'; _twiliocli_globals ;;
    'transcriptions') subs='export list get delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'transcriptions export') subs='' opts='--format -f --out --since --until --state --append --force --hold --lag --parallel --fields --no-header --excel-safe --page-size --quiet -q --verbose -v --help' vopts='--format -f --out --since --until --state --append --hold --lag --parallel --fields --page-size'; _twiliocli_globals ;;
    'transcriptions list') subs='' opts='--recording --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--recording --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'transcriptions get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'transcriptions delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
    'usage') subs='by-subaccount list balance summary triggers' opts='--help' vopts=''; _twiliocli_globals ;;
    'usage by-subaccount') subs='' opts='--period --db --verbose -v --output -o --fields --no-header --excel-safe --tz --help' vopts='--period --db --output -o --fields --tz'; _twiliocli_globals ;;
    'usage list') subs='' opts='--category --since --until --period --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--category --since --until --period --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'usage balance') subs='' opts='--output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'usage summary') subs='' opts='--period --since --until --output -o --fields --no-header --excel-safe --tz --help' vopts='--period --since --until --output -o --fields --tz'; _twiliocli_globals ;;
    'usage triggers') subs='list get create update delete' opts='--help' vopts=''; _twiliocli_globals ;;
    'usage triggers list') subs='' opts='--recurring --trigger-by --usage-category --output -o --fields --no-header --excel-safe --tz --limit -n --all --page-size --count --help' vopts='--recurring --trigger-by --usage-category --output -o --fields --tz --limit -n --page-size'; _twiliocli_globals ;;
    'usage triggers get') subs='' opts='--dry-run --output -o --fields --no-header --excel-safe --tz --help' vopts='--output -o --fields --tz'; _twiliocli_globals ;;
    'usage triggers create') subs='' opts='--callback-url --value --category --callback-method --friendly-name --recurring --trigger-by --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--callback-url --value --category --callback-method --friendly-name --recurring --trigger-by --output -o --fields --tz'; _twiliocli_globals ;;
    'usage triggers update') subs='' opts='--dry-run --callback-url --callback-method --friendly-name --output -o --fields --no-header --excel-safe --tz --yes -y --help' vopts='--callback-url --callback-method --friendly-name --output -o --fields --tz'; _twiliocli_globals ;;
    'usage triggers delete') subs='' opts='--dry-run --yes -y --help' vopts=''; _twiliocli_globals ;;
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
    'addresses list --output'|'addresses list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'addresses get --output'|'addresses get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'addresses create --output'|'addresses create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'addresses update --output'|'addresses update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'addresses dependent-numbers list --output'|'addresses dependent-numbers list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
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
    'authorized-connect-apps list --output'|'authorized-connect-apps list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'authorized-connect-apps get --output'|'authorized-connect-apps get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
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
    'calls notifications list --output'|'calls notifications list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls notifications get --output'|'calls notifications get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls payments start --bank-account-type') _twiliocli_words 'consumer-checking consumer-savings commercial-checking' ;;
    'calls payments start --payment-method') _twiliocli_words 'credit-card ach-debit' ;;
    'calls payments start --token-type') _twiliocli_words 'one-time reusable payment-method' ;;
    'calls payments start --confirmation') _twiliocli_words 'true false' ;;
    'calls payments start --output'|'calls payments start -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls payments update --capture') _twiliocli_words 'payment-card-number expiration-date security-code postal-code bank-routing-number bank-account-number payment-card-number-matcher expiration-date-matcher security-code-matcher postal-code-matcher' ;;
    'calls payments update --status') _twiliocli_words 'complete cancel' ;;
    'calls payments update --output'|'calls payments update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls recording list --output'|'calls recording list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls recording get --output'|'calls recording get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls recording start --recording-status-callback-method') _twiliocli_words 'GET POST' ;;
    'calls recording start --output'|'calls recording start -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls recording pause --output'|'calls recording pause -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls recording resume --output'|'calls recording resume -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls recording stop --output'|'calls recording stop -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls siprec start --track') _twiliocli_words 'inbound_track outbound_track both_tracks' ;;
    'calls siprec start --status-callback-method') _twiliocli_words 'GET POST' ;;
    'calls siprec start --output'|'calls siprec start -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls siprec stop --output'|'calls siprec stop -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls streams start --track') _twiliocli_words 'inbound_track outbound_track both_tracks' ;;
    'calls streams start --status-callback-method') _twiliocli_words 'GET POST' ;;
    'calls streams start --output'|'calls streams start -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls streams stop --output'|'calls streams stop -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls transcriptions start --track') _twiliocli_words 'inbound_track outbound_track both_tracks' ;;
    'calls transcriptions start --status-callback-method') _twiliocli_words 'GET POST' ;;
    'calls transcriptions start --output'|'calls transcriptions start -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls transcriptions stop --output'|'calls transcriptions stop -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls user-defined-message-subscriptions create --method') _twiliocli_words 'GET POST' ;;
    'calls user-defined-message-subscriptions create --output'|'calls user-defined-message-subscriptions create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'calls user-defined-messages send --output'|'calls user-defined-messages send -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences export --status') _twiliocli_words 'init in-progress completed' ;;
    'conferences export --format'|'conferences export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'conferences export --out') _twiliocli_files ;;
    'conferences export --state') _twiliocli_files ;;
    'conferences export --append') _twiliocli_files ;;
    'conferences list --status') _twiliocli_words 'init in-progress completed' ;;
    'conferences list --output'|'conferences list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences get --output'|'conferences get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences end --output'|'conferences end -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences recordings list --output'|'conferences recordings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences recordings get --output'|'conferences recordings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences recordings pause --output'|'conferences recordings pause -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences recordings resume --output'|'conferences recordings resume -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conferences recordings stop --output'|'conferences recordings stop -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'config get --output'|'config get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'connect-apps list --output'|'connect-apps list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'connect-apps get --output'|'connect-apps get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'connect-apps update --deauthorize-callback-method') _twiliocli_words 'GET POST' ;;
    'connect-apps update --permissions') _twiliocli_words 'get-all post-all' ;;
    'connect-apps update --output'|'connect-apps update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'conversation --db') _twiliocli_files ;;
    'conversation --output'|'conversation -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'emulator serve --db') _twiliocli_files ;;
    'emulator inbound sms --output'|'emulator inbound sms -o') _twiliocli_words 'text json' ;;
    'emulator inbound call --output'|'emulator inbound call -o') _twiliocli_words 'text json' ;;
    'errors --output'|'errors -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'keys list --output'|'keys list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'keys get --output'|'keys get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'keys create --output'|'keys create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'keys update --output'|'keys update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'keys rotate --profile'|'keys rotate -p') _twiliocli_dynamic ;;
    'keys rotate --output'|'keys rotate -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'mcp --db') _twiliocli_files ;;
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
    'numbers list --type') _twiliocli_words 'local mobile toll-free' ;;
    'numbers list --output'|'numbers list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers get --output'|'numbers get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers search --type') _twiliocli_words 'local mobile toll-free national shared-cost voip machine-to-machine' ;;
    'numbers search --output'|'numbers search -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers buy --voice-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --status-callback-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --sms-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --sms-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers buy --api-version') _twiliocli_words '2010-04-01 2008-08-01' ;;
    'numbers buy --type') _twiliocli_words 'local mobile toll-free' ;;
    'numbers buy --output'|'numbers buy -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers update --voice-method') _twiliocli_words 'GET POST' ;;
    'numbers update --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers update --status-callback-method') _twiliocli_words 'GET POST' ;;
    'numbers update --sms-method') _twiliocli_words 'GET POST' ;;
    'numbers update --sms-fallback-method') _twiliocli_words 'GET POST' ;;
    'numbers update --api-version') _twiliocli_words '2010-04-01 2008-08-01' ;;
    'numbers update --output'|'numbers update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers transfer --output'|'numbers transfer -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers add-ons list --output'|'numbers add-ons list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers add-ons get --output'|'numbers add-ons get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers add-ons create --output'|'numbers add-ons create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers add-ons extensions list --output'|'numbers add-ons extensions list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers add-ons extensions get --output'|'numbers add-ons extensions get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers countries list --output'|'numbers countries list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'numbers countries get --output'|'numbers countries get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants list --output'|'participants list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants get --output'|'participants get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants add --status-callback-method') _twiliocli_words 'GET POST' ;;
    'participants add --output'|'participants add -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants mute --output'|'participants mute -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'participants unmute --output'|'participants unmute -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'profiles list --output'|'profiles list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'profiles show --output'|'profiles show -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'queues list --output'|'queues list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'queues get --output'|'queues get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'queues create --output'|'queues create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'queues update --output'|'queues update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'queues members list --output'|'queues members list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'queues members get --output'|'queues members get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'queues members dequeue --method') _twiliocli_words 'GET POST' ;;
    'queues members dequeue --output'|'queues members dequeue -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings export --format'|'recordings export -f') _twiliocli_words 'csv jsonl json tsv' ;;
    'recordings export --out') _twiliocli_files ;;
    'recordings export --state') _twiliocli_files ;;
    'recordings export --append') _twiliocli_files ;;
    'recordings list --output'|'recordings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings get --output'|'recordings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings download --format'|'recordings download -f') _twiliocli_words 'wav mp3' ;;
    'recordings download --out'|'recordings download -O') _twiliocli_files ;;
    'recordings add-on-results list --output'|'recordings add-on-results list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings add-on-results get --output'|'recordings add-on-results get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings add-on-results payloads list --output'|'recordings add-on-results payloads list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings add-on-results payloads get --output'|'recordings add-on-results payloads get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings add-on-results payloads data get --output'|'recordings add-on-results payloads data get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings transcriptions list --output'|'recordings transcriptions list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'recordings transcriptions get --output'|'recordings transcriptions get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sandbox get --output'|'sandbox get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sandbox update --voice-method') _twiliocli_words 'GET POST' ;;
    'sandbox update --sms-method') _twiliocli_words 'GET POST' ;;
    'sandbox update --output'|'sandbox update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'short-codes list --output'|'short-codes list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'short-codes get --output'|'short-codes get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'short-codes update --sms-method') _twiliocli_words 'GET POST' ;;
    'short-codes update --sms-fallback-method') _twiliocli_words 'GET POST' ;;
    'short-codes update --output'|'short-codes update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'signing-keys list --output'|'signing-keys list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'signing-keys get --output'|'signing-keys get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'signing-keys create --output'|'signing-keys create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'signing-keys update --output'|'signing-keys update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists list --output'|'sip credential-lists list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists get --output'|'sip credential-lists get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists create --output'|'sip credential-lists create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists update --output'|'sip credential-lists update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists credentials list --output'|'sip credential-lists credentials list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists credentials get --output'|'sip credential-lists credentials get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists credentials create --output'|'sip credential-lists credentials create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip credential-lists credentials update --output'|'sip credential-lists credentials update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains list --output'|'sip domains list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains get --output'|'sip domains get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains create --voice-method') _twiliocli_words 'GET POST' ;;
    'sip domains create --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'sip domains create --voice-status-callback-method') _twiliocli_words 'GET POST' ;;
    'sip domains create --output'|'sip domains create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains update --voice-method') _twiliocli_words 'GET POST' ;;
    'sip domains update --voice-fallback-method') _twiliocli_words 'GET POST' ;;
    'sip domains update --voice-status-callback-method') _twiliocli_words 'GET POST' ;;
    'sip domains update --output'|'sip domains update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth calls credential-list-mappings list --output'|'sip domains auth calls credential-list-mappings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth calls credential-list-mappings get --output'|'sip domains auth calls credential-list-mappings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth calls credential-list-mappings create --output'|'sip domains auth calls credential-list-mappings create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth calls ip-access-control-list-mappings list --output'|'sip domains auth calls ip-access-control-list-mappings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth calls ip-access-control-list-mappings get --output'|'sip domains auth calls ip-access-control-list-mappings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth calls ip-access-control-list-mappings create --output'|'sip domains auth calls ip-access-control-list-mappings create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth registrations credential-list-mappings list --output'|'sip domains auth registrations credential-list-mappings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth registrations credential-list-mappings get --output'|'sip domains auth registrations credential-list-mappings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains auth registrations credential-list-mappings create --output'|'sip domains auth registrations credential-list-mappings create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains credential-list-mappings list --output'|'sip domains credential-list-mappings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains credential-list-mappings get --output'|'sip domains credential-list-mappings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains credential-list-mappings create --output'|'sip domains credential-list-mappings create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains ip-access-control-list-mappings list --output'|'sip domains ip-access-control-list-mappings list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains ip-access-control-list-mappings get --output'|'sip domains ip-access-control-list-mappings get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip domains ip-access-control-list-mappings create --output'|'sip domains ip-access-control-list-mappings create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists list --output'|'sip ip-access-control-lists list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists get --output'|'sip ip-access-control-lists get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists create --output'|'sip ip-access-control-lists create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists update --output'|'sip ip-access-control-lists update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists ip-addresses list --output'|'sip ip-access-control-lists ip-addresses list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists ip-addresses get --output'|'sip ip-access-control-lists ip-addresses get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists ip-addresses create --output'|'sip ip-access-control-lists ip-addresses create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sip ip-access-control-lists ip-addresses update --output'|'sip ip-access-control-lists ip-addresses update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
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
    'sms redact --output'|'sms redact -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms cancel --output'|'sms cancel -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms media list --output'|'sms media list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms media get --output'|'sms media get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sms media download --out'|'sms media download -O') _twiliocli_files ;;
    'sms feedback create --outcome') _twiliocli_words 'confirmed unconfirmed' ;;
    'sms feedback create --output'|'sms feedback create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sql --db') _twiliocli_files ;;
    'sql --output'|'sql -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'sync --db') _twiliocli_files ;;
    'sync status --db') _twiliocli_files ;;
    'sync status --output'|'sync status -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'tokens create --output'|'tokens create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
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
    'usage triggers list --recurring') _twiliocli_words 'daily monthly yearly alltime' ;;
    'usage triggers list --trigger-by') _twiliocli_words 'count usage price' ;;
    'usage triggers list --output'|'usage triggers list -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'usage triggers get --output'|'usage triggers get -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'usage triggers create --callback-method') _twiliocli_words 'GET POST' ;;
    'usage triggers create --recurring') _twiliocli_words 'daily monthly yearly alltime' ;;
    'usage triggers create --trigger-by') _twiliocli_words 'count usage price' ;;
    'usage triggers create --output'|'usage triggers create -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    'usage triggers update --callback-method') _twiliocli_words 'GET POST' ;;
    'usage triggers update --output'|'usage triggers update -o') _twiliocli_words 'table tsv csv json jsonl' ;;
    *' --profile'|*' -p') _twiliocli_dynamic ;;
    *' --account-status') _twiliocli_words 'active suspended closed all' ;;
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
