from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.regexp_like(F.regexp_substr(col("s"), lit("[0-9]+")), lit("[aeiou]{2}")) | col("b"))).groupBy(F.when(col("b"), col("i").try_cast("int")).when(col("b"), col("i")).alias("k1")).agg(expr("count_if(contains(from_unixtime(i, 'yyyy-MM-dd'), 'é')) AS a1"), expr("sort_array(collect_set(regexp_extract(regexp_replace(s, '[aeiou]', '*'), '(.)(.)', 0))) AS a2"), expr("(max((-1 * datediff(dt, dt))) - min((-1 * datediff(dt, dt)))) AS a3"))
OUTPUT_MODE = "update"
