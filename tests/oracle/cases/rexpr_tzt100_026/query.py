spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, dt DATE, i INT, s STRING, ts TIMESTAMP, t STRING, d DOUBLE, k BIGINT, j INT, m DECIMAL(10,2)").json(INPUT)
result = df.filter(((~col("b")) | col("dt").isNull())).select("id", expr("CASE WHEN b THEN m WHEN b THEN m WHEN (j IS NOT NULL) THEN 1.25 ELSE m END").alias("c1"), F.when(col("b"), col("d")).when(col("b").isNotNull(), col("d")).when(col("b"), col("d")).otherwise(col("d")))
OUTPUT_MODE = "append"
