#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace czs::importing {

// A bounded queue between the thread that reads and validates an import file and the one that
// writes it to the database: push waits while `capacity` items are queued, pop waits while none
// are, and close() ends the stream (pop then returns nullopt once the queue is drained).
template <typename T>
class BoundedQueue
{
public:
  explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity) {}

  void push(T item)
  {
    std::unique_lock lock(m_mutex);
    m_not_full.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
    if (m_closed) {
      return; // the reader gave up: nothing more is wanted
    }
    m_items.push_back(std::move(item));
    m_not_empty.notify_one();
  }

  std::optional<T> pop()
  {
    std::unique_lock lock(m_mutex);
    m_not_empty.wait(lock, [this] { return !m_items.empty() || m_closed; });
    return take_front();
  }

  // The next item if one is queued, without waiting; nullopt otherwise.
  std::optional<T> try_pop()
  {
    std::lock_guard lock(m_mutex);
    return take_front();
  }

  // Queues the item if there is room, without waiting; false (and the item left to the caller)
  // when the queue is full or closed.
  bool try_push(T& item)
  {
    std::lock_guard lock(m_mutex);
    if (m_closed || m_items.size() >= m_capacity) {
      return false;
    }
    m_items.push_back(std::move(item));
    m_not_empty.notify_one();
    return true;
  }

  void close()
  {
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_not_empty.notify_all();
    m_not_full.notify_all();
  }

private:
  // The first item, or nullopt when there is none; the caller holds the lock.
  std::optional<T> take_front()
  {
    if (m_items.empty()) {
      return std::nullopt;
    }
    T item = std::move(m_items.front());
    m_items.pop_front();
    m_not_full.notify_one();
    return item;
  }

  std::size_t m_capacity;
  std::deque<T> m_items;
  std::mutex m_mutex;
  std::condition_variable m_not_full;
  std::condition_variable m_not_empty;
  bool m_closed = false;
};

} // namespace czs::importing
