from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.next_day(expr("CASE b WHEN true THEN dt WHEN true THEN DATE'2000-01-01' ELSE dt END"), "SUN")).withColumn("dt", F.trunc(col("dt"), "yy")).withColumn("c3", expr("(m + i)")).withColumn("c4", expr("TRY_CAST(s AS BIGINT)")).select("id", "c1", "c3", "c4")
OUTPUT_MODE = "append"
