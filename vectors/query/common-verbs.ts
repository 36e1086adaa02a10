/** Base forms of verbs common in questions about institutional reports. */
export const COMMON_VERBS = new Set(
  `be have do make take give hold send spend bring build come become get know lead leave meet pay put say see sell set
  teach tell write find begin run grow keep win choose draw cost cut lose read seek stand undertake oversee show mean
  deal hear provide include perform train assist receive support fund organize organise publish cover focus aim help
  reach discuss adopt approve establish launch create propose review conduct host serve play offer implement achieve
  employ produce select resettle return require last start end contribute address promote work facilitate develop
  collaborate explore examine consider plan invite attend participate partner cooperate manage protect assess estimate
  count represent comprise contain involve concern describe identify recommend suggest emphasize
  emphasise highlight note mention state expect intend seek strengthen enhance improve increase decrease
  reduce expand join visit use apply combat prevent respond deliver deploy evacuate transport register
  monitor evaluate measure define decide agree sign ratify convene chair coordinate co-chair lead engage mobilize
  mobilise raise allocate spend earn affect influence migrate move travel stay live happen
  occur change rise fall double triple grow decline remain continue stop look tackle underpin analyse analyze handle call
  die flee`.split(/\s+/),
);
