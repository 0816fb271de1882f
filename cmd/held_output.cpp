#include "held_output.hpp"

namespace czs::cli {

void HeldOutput::release()
{
  m_target->write(m_held.data(), static_cast<std::streamsize>(m_held.size()));
  m_held.clear();
  m_target->flush();
  m_streaming = true;
}

bool HeldOutput::discard()
{
  m_held.clear();
  return !m_streaming;
}

HeldOutput::int_type HeldOutput::overflow(int_type c)
{
  if (traits_type::eq_int_type(c, traits_type::eof())) {
    return traits_type::not_eof(c);
  }
  const char ch = traits_type::to_char_type(c);
  return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
}

std::streamsize HeldOutput::xsputn(const char* s, std::streamsize n)
{
  if (m_streaming) {
    m_target->write(s, n);
    return *m_target ? n : 0;
  }
  m_held.append(s, static_cast<std::size_t>(n));
  if (m_held.size() > m_limit) {
    release();
  }
  return n;
}

int HeldOutput::sync()
{
  // A flush while held keeps holding: nothing may reach stdout before the command succeeds.
  return m_streaming ? (m_target->flush() ? 0 : -1) : 0;
}

} // namespace czs::cli
