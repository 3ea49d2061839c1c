spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, ts TIMESTAMP, d DOUBLE, i INT, t STRING, n DECIMAL(20,0), b BOOLEAN, dt DATE, s STRING, m DECIMAL(38,10), k BIGINT").load(INPUT)
result = df.select("d", expr("right(concat_ws(', ', '42', CAST(coalesce(100BD, 12.345) AS STRING), CAST(extract(SECOND FROM (dt - ts)) AS STRING)), 2)").alias("c1"), expr("contains(s, 'é') AS c2"), F.when(expr("((ts - dt) <= INTERVAL '1' DAY)"), (col("id") % F.nullif(lit(10), lit(0)))).otherwise(col("id")).alias("c3"), expr("substring(s, 2, 0)").alias("c4")).where(col("j").isNotNull())
OUTPUT_MODE = "append"
