spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((d BETWEEN 2.0D AND 0.001D) OR (dt IS NOT NULL))").select(expr("slice(array(i, shiftrightunsigned(i, 28), 3, 4), -1, 1)").alias("c1"), expr("transform_keys(map(i, 'x', 100, 'y'), (k, v) -> k + 1)").alias("c2"), F.exp(F.reduce(F.array(col("i"), F.year(col("ts")), lit(4)), lit(0), lambda acc, x: acc + F.coalesce(x, lit(0)))).alias("c3"), expr("array_except(array(concat_ws('', s, 'é', s), CAST(to_timestamp_ltz(date_format(ts, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING), 'a', 'a'), array('a', NULL))").alias("c4"))
OUTPUT_MODE = "append"
