spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((F.is_valid_utf8(F.translate(col("s"), "aeiou", "AEI")) | (col("n") == expr("0.001")))).createOrReplaceTempView("src")
result = spark.sql("SELECT (dt IS NOT NULL) AS k1, positive(tinyint(abs(i) % 100)) AS k2, listagg(hex(unhex(parse_url('https://user@spark.apache.org:8080/path/p?query=1&k=' || t || '#frag', 'QUERY', 'k'))), ',') WITHIN GROUP (ORDER BY hex(unhex(parse_url('https://user@spark.apache.org:8080/path/p?query=1&k=' || t || '#frag', 'QUERY', 'k')))) AS a1, substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)'))))), 1, 24) AS a2 FROM src GROUP BY k1, k2 HAVING count(*) >= 1 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
