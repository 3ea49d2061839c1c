from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.url_decode(F.concat(col("s"), lit("%zz"))).alias("c1"), expr("CASE WHEN isnull(dt) THEN id WHEN (m IS NOT NULL) THEN id WHEN isnan(d) THEN try_mod(CAST(i AS BIGINT), 0L) ELSE id END").alias("c2"), expr("slice(array(i, i, 3, 4), -1, 1)").alias("c3"), F.array_position(F.array(expr("ascii(char((i % nullif(weekofyear(dt), 0))))"), col("i"), lit(7)), 7).alias("c4"), expr("atan2(f, ('-1' * CAST(d AS DOUBLE))) AS c5")).where("(isnan(d) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
