from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, f FLOAT, ts TIMESTAMP, i INT, m DECIMAL(10,2), s STRING, dt DATE, n DECIMAL(5,3)").load(INPUT)
df.filter("(d >= -1.5D)").createOrReplaceTempView("src")
result = spark.sql("SELECT next_day((dt + INTERVAL 2 YEARS), 'fri') AS k1, max('') AS a1, max(m) AS a2, sort_array(collect_set((dayofmonth(TIMESTAMP'2024-02-29 00:00:00') - greatest(i, i, i)))) AS a3, count(nullif(nullif(s, 'a'), 'o')) AS a4 FROM src GROUP BY next_day((dt + INTERVAL 2 YEARS), 'fri')")
OUTPUT_MODE = "update"
