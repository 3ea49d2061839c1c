from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(ts IS NOT NULL)").select("id", expr("(ts + INTERVAL '1-2' YEAR TO MONTH) AS c1"), F.when(F.sha2(F.concat(col("s"), col("t")), 512).like("% %"), F.left(F.concat(col("s"), col("s"), col("t")), lit(0))).otherwise(F.date_format(col("dt"), "MMM d, yyyy")).alias("c2"), expr("(ts > TIMESTAMP'1999-12-31 23:59:59.999') AS c3"))
OUTPUT_MODE = "append"
