spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((col("id") == lit(1).cast("bigint"))).createOrReplaceTempView("src")
result = spark.sql("SELECT map_contains_key(map((i * 3), 'a', 3, 'b'), 3) AS k1, round(vector_sum(array(CAST(array_min(array(size(split(t, '[aeiou]')), getbit(abs(i) % 100, 0), CAST(NULL AS INT))) AS FLOAT), 1.0F))[0], 3) AS a1, sum(round(negative(sec(3.75D)))) AS a2, bit_and(bitwise_not(i)) AS a3 FROM src GROUP BY map_contains_key(map((i * 3), 'a', 3, 'b'), 3)")
OUTPUT_MODE = "update"
