// a labeling file 100,000 columns wide: the header alone is about 690 KB
def columns = ['labeling_set_id', 'label'] + (1..99_998).collect { "column_${it}" }
new File(basedir, 'wide-labels.csv').withWriter('UTF-8') { out ->
  out << columns.join(',') << '\n'
  ['s1,A', 's1,A', 's2,B'].each { start -> out << start << ',x' * 99_998 << '\n' }
}
return true
