// The inspection record sheet (巡检记录表, Art. 10): the paper form an inspector fills in at a
// station, as the record holds it, with the lines the inspector, the station head and the
// centre sign.

#include "html_report.hpp"

#include "html/document.hpp"
#include "html/table.hpp"
#include "i18n/translate.hpp"
#include "oversight/checklist.hpp"

#include <fmt/format.h>

namespace czs::cli {

namespace {

std::string or_none(const std::string& text)
{
  return text.empty() ? std::string(tr("none")) : text;
}

std::string checklist(const oversight::Inspection& i)
{
  html::Table t(tr("Checklist"), {{tr("no."), true}, {tr("checked")}, {tr("article")}, {tr("result")}, {tr("note")}});
  std::int64_t n = 0;
  for (const auto& item : i.items) {
    const auto* info = oversight::find_inspection_item(item.item);
    t.row({count_text(++n), info ? std::string(tr(info->label)) : item.item,
           info ? std::string(info->article) : std::string(), item.passed ? tr("pass") : tr("fail"), item.note});
  }
  // An inspection recorded before an item joined the checklist: the sheet shows the item unjudged.
  for (const auto* info : oversight::not_judged(i.items)) {
    t.row({count_text(++n), tr(info->label), std::string(info->article), tr("not checked"),
           tr("not on the checklist when this inspection was recorded")});
  }
  t.total({"", tr("items failed"), "", count_text(i.failed), ""});
  return t.html(tr("no checklist items were recorded"));
}

} // namespace

void write_inspection_sheet(Context& ctx, const oversight::Inspection& i, const stations::Station& s)
{
  html::Document doc(ctx.out(), trf("Inspection record sheet {} ({})", i.id, s.name), html_lang());
  doc.add(html::heading(1, tr("Village e-commerce service station inspection record sheet")));
  doc.add(html::paragraph(trf("No. {} · Art. 10 of the measures", i.id), "lead"));
  doc.add(html::fields({{tr("station"), s.name},
                        {tr("code"), s.code},
                        {tr("township"), s.township},
                        {tr("village"), s.village},
                        {tr("station head"), s.manager_name},
                        {tr("phone"), s.manager_phone},
                        {tr("date of the visit"), i.inspected_on},
                        {tr("inspector"), i.inspector}}));
  doc.add(checklist(i));
  doc.add(html::heading(2, tr("Problems found")));
  doc.add(html::paragraph(or_none(i.problems)));
  doc.add(html::heading(2, tr("Follow-up")));
  doc.add(html::fields({{tr("to be followed up by"), or_none(i.followup_by)},
                        {tr("followed up on"), or_none(i.followup_on)},
                        {tr("what was found and done"), or_none(i.followup_note)}}));
  doc.add(html::signatures({{tr("Inspector (signature)"), i.inspector},
                            {tr("Station head (signature)"), s.manager_name},
                            {tr("County e-commerce public service centre (seal)"), ""}},
                           tr("Date")));
  doc.finish();
}

} // namespace czs::cli
