spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (xpath_long('<a>' || replace(replace(t, '<', ''), '&', '') || '</a>', 'string-length(a)') IS NULL) AS k1, round(kurtosis(reduce(array(i, i, 4), 0, (acc, x) -> acc + coalesce(x, 0))), 6) AS a1, round(regr_r2(positive(regexp_instr(s, '([a-z])([a-z])', 2)), regexp_instr(s, '[aeiou]')), 6) AS a2, size(collect_union(array(shiftrightunsigned(i, 28) % 3, NULL))) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
