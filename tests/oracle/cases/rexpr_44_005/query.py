from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "s", F.unix_timestamp((col("i").cast("timestamp") + expr("INTERVAL -3 DAYS"))).alias("c1"), F.right(F.trim(col("s")), lit(2)).alias("c2"), expr("locate('l', 'abc', 5) AS c3")).filter("((s ILIKE 'H%') OR (s IS NULL))")
OUTPUT_MODE = "append"
