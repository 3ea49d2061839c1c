from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, s STRING, b BOOLEAN, k BIGINT, i INT, dt DATE, m DECIMAL(7,0), j INT").load(INPUT)
result = df.where(F.coalesce(col("s").endswith("o"), lit(True))).groupBy(F.substr(col("s"), lit(2), lit(3)).alias("k1"), F.months_between(col("dt"), col("ts")).alias("k2")).agg(F.sort_array(F.collect_set(col("s"))).alias("a1"), expr("count_if((s != replace(s, 'l', 'LL'))) AS a2"), expr("sum(CASE WHEN (NOT (s BETWEEN 'abc' AND '42')) THEN CASE WHEN b THEN m WHEN b THEN m WHEN (s = '日本') THEN m END ELSE 0 END) AS a3"))
OUTPUT_MODE = "update"
